// The single-file build (opened from file://) has no service worker: a page from a file
// cannot register one, and needs none (everything is in the file). Replaces
// service-worker.ts in that build (scripts/vite-offline.ts, offlineVariants).

export function startServiceWorker(): void {}
