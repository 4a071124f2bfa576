// The single-file build's import worker: its code is inlined in the page and started from a
// blob: URL (a page opened from file:// cannot start a worker from a file). Replaces
// create-import-worker.ts in that build (scripts/vite-offline.ts, offlineVariants).
import InlineImportWorker from './import-worker.ts?worker&inline';

/** Starts an import worker. */
export function createImportWorker(): Worker {
  return new InlineImportWorker();
}
