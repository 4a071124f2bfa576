import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useMessages } from '../i18n/messages';
import { exportMessages } from './export/messages';
import type { ExportKind, ExportSpec } from './echarts/export-spec';
import { useViewFindings } from './findings-context';
import { findingsUiMessages } from './findings-messages';

/**
 * An "Export" button with a menu of formats. The writers (ECharts SVG renderer, the XLSX
 * library) are loaded only when an export is chosen, so they stay out of the first page.
 * Inside a view with key findings (FindingsProvider), every table export carries them and
 * the citation of the view's data, made at export time (the link is the view as it is then).
 */
export function ExportMenu({ spec }: { spec: ExportSpec }) {
  const m = useMessages(exportMessages);
  const f = useMessages(findingsUiMessages);
  const view = useViewFindings();
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const kinds: ExportKind[] = [
    ...(spec.option ? (['png', 'svg'] as const) : []),
    'csv',
    'xlsx',
    ...(spec.full ? (['full-csv', 'full-xlsx'] as const) : []),
  ];
  const label: Record<ExportKind, string> = {
    png: m('png'),
    svg: m('svg'),
    csv: m('csv'),
    xlsx: m('xlsx'),
    'full-csv': spec.fullSpan ? m('fullCsvSpan', { span: spec.fullSpan }) : m('fullCsv'),
    'full-xlsx': spec.fullSpan ? m('fullXlsxSpan', { span: spec.fullSpan }) : m('fullXlsx'),
  };

  // Opening the menu moves focus to its first item; arrow keys move between items.
  useEffect(() => {
    if (open) wrap.current?.querySelector<HTMLButtonElement>('.export-list button')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const run = async (kind: ExportKind) => {
    setOpen(false);
    setStatus(m('working'));
    try {
      const { runExport } = await import('./export/run-export');
      // The date in the UI language, with the ISO date beside it so any reader can sort it.
      const today = new Date();
      const local = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'long' }).format(
        today,
      );
      const date = `${local} (${today.toISOString().slice(0, 10)})`;
      // The citation module (report titles) loads with the export, not with the page.
      const cite = view ? await import('./view-citation') : null;
      const text = view ? await import('../i18n/finding-text') : null;
      const full: ExportSpec =
        view && cite && text
          ? {
              ...spec,
              findings: spec.findings ?? view.findings.map((x) => text.findingLine(x, lang)),
              findingsTitle: spec.findingsTitle ?? f('heading'),
              citation: spec.citation ?? cite.citationLines(cite.citeInput(view.sources, lang), lang),
            }
          : spec;
      const file = await runExport(full, kind, {
        exported: m('exported', { date }),
        empty: m('empty'),
        lang,
      });
      setStatus(m('done', { file }));
    } catch (err) {
      setStatus(m('failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };

  return (
    <div
      className="export-menu"
      ref={wrap}
      onKeyDown={(e) => {
        if (!open) return;
        if (e.key === 'Escape') {
          e.stopPropagation();
          setOpen(false);
          document.getElementById(`${id}-button`)?.focus();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          const items = [...(wrap.current?.querySelectorAll<HTMLButtonElement>('.export-list button') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          const step = e.key === 'ArrowDown' ? 1 : -1;
          items[(at + step + items.length) % items.length]?.focus();
        }
      }}
    >
      <button
        type="button"
        id={`${id}-button`}
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={m('menuLabel', { title: spec.title })}
        onClick={() => setOpen((o) => !o)}
        data-testid="export-button"
      >
        {m('menu')} ▾
      </button>
      {open ? (
        <ul id={`${id}-menu`} className="export-list">
          {kinds.map((k) => (
            <li key={k}>
              <button type="button" onClick={() => void run(k)} data-export={k}>
                {label[k]}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
