/// <reference types="vite-plugin-pwa/client" />
// Offline after the first visit: registers the service worker the build writes
// (vite-plugin-pwa / Workbox, configured in vite.config.ts), which precaches the app shell,
// every chunk and the shipped data. When a new build is deployed the new worker waits, and
// the page offers to reload into it (update-prompt.tsx). The single-file build has no
// service worker: service-worker.offline.ts replaces this module there.
import { registerSW } from 'virtual:pwa-register';
import { showUpdatePrompt } from './update-prompt';
import { afterFirstChart } from '../components/echarts/first-chart';

/** How often an open tab asks the server whether a new build is deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker once the page has loaded, its first chart is drawn and the
 * main thread is idle, so the first view neither waits for it nor shares the network with
 * its precaching (registerSW fetches its workbox-window chunk at once).
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 5_000 })
      : setTimeout(register, 1_000);
  // After the load event and the first chart (or 3 s without one), whichever is later.
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([loaded, afterFirstChart(3000, { always: true })]).then(idle);
}

function register(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => showUpdatePrompt(() => update(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    // The app works without it (only not offline): nothing to tell the user.
    onRegisterError: (err: unknown) => console.warn('service worker not registered:', err),
  });
}
