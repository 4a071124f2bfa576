// The import worker (import-worker.ts), as a module worker file of the build. The single-file
// build (opened from file://, where a worker cannot load from a file) replaces this module
// with create-import-worker.offline.ts.

/** Starts an import worker. */
export function createImportWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}
