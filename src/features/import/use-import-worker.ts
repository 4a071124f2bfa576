import { useCallback, useEffect, useRef, useState } from 'react';
import countriesUrl from '../../../data/un-egov/countries.csv?url';
import aliasesUrl from '../../../data/un-egov/name-aliases.csv?url';
import type { SurveyRow } from '../../core/types';
import type { ImportResult } from '../../core/import/import-table';
import type { MergePlan } from '../../core/import/merge-plan';
import type { ShapeMatch } from '../../core/import/shapes';
import type { FromImportWorker, ToImportWorker } from '../../workers/import-protocol';
import { createImportWorker } from '../../workers/create-import-worker';
import { fetchText } from '../../data/source';

export interface ImportJob {
  id: number;
  name: string;
  size: number;
  status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  /** 0..1 of the text parsed. */
  progress: number;
  result?: ImportResult;
  plan?: MergePlan;
  message?: string;
}

let nextId = 1;

async function startWorker(): Promise<Worker> {
  const [countriesCsv, aliasesCsv] = await Promise.all([fetchText(countriesUrl), fetchText(aliasesUrl)]);
  const worker = createImportWorker();
  worker.postMessage({ type: 'init', countriesCsv, aliasesCsv } satisfies ToImportWorker);
  return worker;
}

/**
 * Runs imports in a Web Worker, one file at a time, with progress. Cancel terminates
 * the worker (the only way to stop a synchronous parse) and starts a fresh one for the
 * next file. `existing` is read when a file starts, so conflicts are checked against
 * the data loaded at that moment.
 */
export function useImportWorker(existing: readonly SurveyRow[]) {
  const [jobs, setJobs] = useState<ImportJob[]>([]);
  const worker = useRef<Promise<Worker> | null>(null);
  const files = useRef(new Map<number, File>());
  const existingRef = useRef(existing);
  useEffect(() => {
    existingRef.current = existing;
  }, [existing]);

  const patch = useCallback((id: number, p: Partial<ImportJob>) => {
    setJobs((js) => js.map((j) => (j.id === id ? { ...j, ...p } : j)));
  }, []);

  const getWorker = useCallback(() => {
    if (!worker.current) {
      const w = startWorker();
      worker.current = w;
      void w.then((wk) => {
        wk.addEventListener('message', (e: MessageEvent<FromImportWorker>) => {
          const m = e.data;
          if (m.type === 'progress') patch(m.id, { progress: m.total > 0 ? m.done / m.total : 1 });
          else if (m.type === 'result')
            patch(m.id, { status: 'done', progress: 1, result: m.result, plan: m.plan });
          else patch(m.id, { status: 'failed', message: m.message });
        });
        // An error the worker did not catch: the running file fails (its card can be
        // dismissed) and the next file gets a fresh worker.
        wk.addEventListener('error', (e: ErrorEvent) => {
          e.preventDefault();
          if (worker.current === w) worker.current = null;
          wk.terminate();
          setJobs((js) =>
            js.map((j) =>
              j.status === 'running' ? { ...j, status: 'failed', message: e.message || 'worker error' } : j,
            ),
          );
        });
      });
    }
    return worker.current;
  }, [patch]);

  // Start the worker (and read the country lists) when the page opens, not when the
  // first file arrives, so the first import does not pay for it.
  useEffect(() => {
    void getWorker();
  }, [getWorker]);

  // Start the next queued file when none is running.
  useEffect(() => {
    if (jobs.some((j) => j.status === 'running')) return;
    const next = jobs.find((j) => j.status === 'queued');
    const file = next ? files.current.get(next.id) : undefined;
    if (!next || !file) return;
    patch(next.id, { status: 'running' });
    void getWorker().then(
      (w) =>
        w.postMessage({
          type: 'import',
          id: next.id,
          file,
          name: file.name,
          existing: existingRef.current,
        } satisfies ToImportWorker),
      (e: unknown) => patch(next.id, { status: 'failed', message: String(e) }),
    );
  }, [jobs, getWorker, patch]);

  const add = useCallback((list: readonly File[]) => {
    const added = list.map((f) => {
      const id = nextId++;
      files.current.set(id, f);
      return { id, name: f.name, size: f.size, status: 'queued' as const, progress: 0 };
    });
    setJobs((js) => [...js, ...added]);
  }, []);

  const cancel = useCallback(() => {
    const w = worker.current;
    worker.current = null;
    void w?.then((wk) => wk.terminate());
    setJobs((js) =>
      js.map((j) => (j.status === 'running' || j.status === 'queued' ? { ...j, status: 'cancelled' } : j)),
    );
  }, []);

  const remap = useCallback(
    (id: number, mapping: ShapeMatch) => {
      patch(id, { status: 'running', progress: 1 });
      void getWorker().then((w) =>
        w.postMessage({ type: 'remap', id, mapping, existing: existingRef.current } satisfies ToImportWorker),
      );
    },
    [getWorker, patch],
  );

  const reheader = useCallback(
    (id: number, headerRow: number) => {
      patch(id, { status: 'running', progress: 0 });
      void getWorker().then((w) =>
        w.postMessage({
          type: 'reheader',
          id,
          headerRow,
          existing: existingRef.current,
        } satisfies ToImportWorker),
      );
    },
    [getWorker, patch],
  );

  const dismiss = useCallback((id: number) => {
    files.current.delete(id);
    void worker.current?.then((w) => w.postMessage({ type: 'forget', id } satisfies ToImportWorker));
    setJobs((js) => js.filter((j) => j.id !== id));
  }, []);

  useEffect(
    () => () => {
      void worker.current?.then((w) => w.terminate());
    },
    [],
  );

  return { jobs, add, cancel, remap, reheader, dismiss };
}
