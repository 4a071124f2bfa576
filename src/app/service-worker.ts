/// <reference types="vite-plugin-pwa/client" />
// Offline after the first visit: registers the service worker the build writes
// (vite-plugin-pwa / Workbox, configured in vite.config.ts), which precaches the app shell,
// every chunk and the shipped data. When a new build is deployed the new worker waits, and
// the page offers to reload into it (update-prompt.tsx). The single-file build has no
// service worker: service-worker.offline.ts replaces this module there.
import { registerSW } from 'virtual:pwa-register';
import { showUpdatePrompt } from './update-prompt';

/** How often an open tab asks the server whether a new build is deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    // Registered once the page has loaded, so the first view does not wait for it.
    immediate: false,
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
