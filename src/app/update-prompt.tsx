// The "new version, reload" prompt: shown when a new build has been deployed and its
// service worker waits (service-worker.ts). A small card of its own root, outside the
// shell, in the current UI language; Reload switches to the new build, Later keeps this one
// (the new build then starts when every tab of the app has closed).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { defineMessages, messageFunction } from '../i18n/messages';
import { useUrlSnapshot } from '../state/url/use-url-state';
import { urlStore } from './url';
import './update-prompt.css';

export const updateMessages = defineMessages(
  {
    available: '本看板有新版本。重新加载即可使用,当前视图保存在链接中。',
    reload: '重新加载',
    later: '稍后',
    reloading: '正在重新加载…',
  },
  {
    available:
      'A new version of this dashboard is available. Reload to use it; the current view is kept in the link.',
    reload: 'Reload',
    later: 'Later',
    reloading: 'Reloading…',
  },
);

function UpdatePrompt({ reload, close }: { reload: () => Promise<void>; close: () => void }) {
  const { lang } = useUrlSnapshot(urlStore).state;
  const m = messageFunction(updateMessages, lang);
  const [busy, setBusy] = useState(false);
  return (
    <div
      className="update-prompt"
      role="alertdialog"
      aria-labelledby="update-prompt-text"
      data-testid="update-prompt"
    >
      <p id="update-prompt-text">{busy ? m('reloading') : m('available')}</p>
      <div className="update-prompt-actions">
        <button
          type="button"
          disabled={busy}
          data-testid="update-reload"
          onClick={() => {
            setBusy(true);
            // The page reloads once the new service worker controls it (or, failing that, soon).
            void reload()
              .then(() => setTimeout(() => window.location.reload(), 5_000))
              .catch(() => window.location.reload());
          }}
        >
          {m('reload')}
        </button>
        <button type="button" disabled={busy} onClick={close}>
          {m('later')}
        </button>
      </div>
    </div>
  );
}

let shown: (() => void) | null = null;

/** Shows the prompt (once: a second call while it is open does nothing). */
export function showUpdatePrompt(reload: () => Promise<void>): void {
  if (shown) return;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const close = () => {
    root.unmount();
    host.remove();
    shown = null;
  };
  shown = close;
  root.render(<UpdatePrompt reload={reload} close={close} />);
}
