import { useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { shareMessages } from './messages';

/** Copies text through a hidden textarea, for browsers without the async clipboard (plain http intranets). */
function copyWithTextarea(text: string): boolean {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.cssText = 'position:fixed;left:-10000px;top:0';
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    // Deprecated but still the only option where navigator.clipboard is missing (non-secure origins).
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/** "Copy link": the current URL holds the whole view. If copying fails, the link is shown to copy by hand. */
export function CopyLinkButton() {
  const m = useMessages(shareMessages);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [shown, setShown] = useState('');

  const copy = async () => {
    const url = window.location.href;
    let ok = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) ok = copyWithTextarea(url);
    setShown(ok ? '' : url);
    setStatus(ok ? 'copied' : 'failed');
  };

  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={m('copyLinkLabel')}
        data-testid="copy-link"
      >
        {m('copyLink')}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? m('copied') : status === 'failed' ? m('copyFailed') : ''}
      </span>
      {shown ? (
        <input
          className="copy-fallback"
          readOnly
          value={shown}
          aria-label={m('copyLink')}
          onFocus={(e) => e.target.select()}
          autoFocus
        />
      ) : null}
    </span>
  );
}
