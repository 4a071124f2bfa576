import { useEffect, useId, useRef, useState } from 'react';
import { CITE_STYLES } from '../core/cite/styles';
import type { CiteStyle } from '../core/cite/styles';
import type { FindingSource } from '../core/findings/types';
import { useI18n } from '../i18n/i18n-context';
import { useMessages } from '../i18n/messages';
import { copyText } from './copy-text';
import { findingsUiMessages } from './findings-messages';

type Status = 'idle' | 'copied' | 'failed';

/**
 * "引用 / Cite": a dialog with the data of the view cited in GB/T 7714-2015 and in APA
 * (the UN E-Government Survey editions by UN DESA, imported datasets, and the dashboard
 * with its version, this view's link and today's date), each copied with one click.
 * The texts are made when the dialog opens, so the link is the view as it is then.
 */
export function CiteButton({ sources }: { sources: readonly FindingSource[] }) {
  const m = useMessages(findingsUiMessages);
  const { lang } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [blocks, setBlocks] = useState<Record<CiteStyle, string> | null>(null);
  const [status, setStatus] = useState<Record<CiteStyle, Status>>({ gbt7714: 'idle', apa: 'idle' });

  useEffect(() => {
    const d = dialog.current;
    if (blocks && d && !d.open) d.showModal();
  }, [blocks]);

  const open = async () => {
    setStatus({ gbt7714: 'idle', apa: 'idle' });
    // The report titles load when a citation is first asked for, not with the page.
    const { citationBlocks, citeInput } = await import('./view-citation');
    setBlocks(citationBlocks(citeInput(sources, lang), lang));
  };
  const copy = async (style: CiteStyle) => {
    if (!blocks) return;
    const ok = await copyText(blocks[style]);
    setStatus((s) => ({ ...s, [style]: ok ? 'copied' : 'failed' }));
    if (!ok) {
      // Leave the text selected for copying by hand.
      const pre = document.getElementById(`${id}-${style}`);
      if (pre) window.getSelection()?.selectAllChildren(pre);
    }
  };

  return (
    <>
      <button
        type="button"
        className="cite-button"
        onClick={() => void open()}
        aria-label={m('citeLabel')}
        data-testid="cite"
      >
        {m('cite')}
      </button>
      {blocks ? (
        <dialog
          ref={dialog}
          className="cite-dialog"
          aria-labelledby={`${id}-title`}
          onClose={() => setBlocks(null)}
          data-testid="cite-dialog"
        >
          <div className="cite-head">
            <h2 id={`${id}-title`}>{m('citeTitle')}</h2>
            <button type="button" onClick={() => dialog.current?.close()} data-testid="cite-close">
              {m('close')}
            </button>
          </div>
          {CITE_STYLES.map((style) => (
            <section key={style} className="cite-style" data-style={style}>
              <div className="cite-style-head">
                <h3>{m(`style.${style}`)}</h3>
                <button
                  type="button"
                  onClick={() => void copy(style)}
                  aria-label={m('copyLabel', { style: m(`style.${style}`) })}
                  data-testid={`cite-copy-${style}`}
                >
                  {m('copy')}
                </button>
                <span role="status" className="copy-status">
                  {status[style] === 'copied'
                    ? m('copied')
                    : status[style] === 'failed'
                      ? m('copyFailed')
                      : ''}
                </span>
              </div>
              <pre id={`${id}-${style}`} className="cite-text" data-testid={`cite-text-${style}`}>
                {blocks[style]}
              </pre>
            </section>
          ))}
          <p className="note">{m('citeNote')}</p>
        </dialog>
      ) : null}
    </>
  );
}
