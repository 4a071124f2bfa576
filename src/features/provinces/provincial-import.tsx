import { useState } from 'react';
import { readMetricsFile } from '../../core/import/metrics-file';
import type { Issue } from '../../core/issues';
import type { CnData } from '../../core/load/cn-data';
import { metricResolver } from '../../core/load/metric-catalogue';
import type { MetricRow } from '../../core/load/metrics';
import { metricsRowsCsv } from '../../core/load/metrics-template';
import { NATIONAL_CODE } from '../../core/load/provinces';
import { useI18n } from '../../i18n/i18n-context';
import { issueText } from '../../i18n/issue-text';
import { useMessages } from '../../i18n/messages';
import {
  removeProvincialImport,
  renameProvincialImport,
  saveProvincialImport,
} from '../../state/storage/provincial-imports';
import type { ProvincialImportList } from '../../state/storage/provincial-imports';
import type { StorageProblem } from '../../state/storage/idb';
import { downloadText } from './download';
import { MESSAGES } from './messages';
import { FilePicker } from '../../components/file-picker';

type Status =
  | { kind: 'done'; name: string; n: number; issues: string[] }
  | { kind: 'refused'; name: string; reason: string; issues: string[] }
  | { kind: 'no-rows'; name: string; issues: string[] };

/** An id for a new import: its time and a random part (two imports in one millisecond stay apart). */
const newId = () => `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Import of a filled-in provincial table, and the list of the tables imported before
 * (kept in the browser: rename, export as CSV, remove). A file that yields no provincial
 * row (binary, header only, wrong columns) is refused with its reasons in the UI
 * language, and everything imported before stays as it was.
 */
export function ProvincialImport({
  data,
  list,
  onImported,
}: {
  data: CnData;
  list: ProvincialImportList;
  /** Called with the first row of a new import (to show its metric). */
  onImported: (first: MetricRow) => void;
}) {
  const { lang } = useI18n();
  const m = useMessages(MESSAGES);
  const [status, setStatus] = useState<Status | null>(null);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const say = (i: Issue) => {
    const text = issueText(i, lang) + (i.suggestions?.length ? ` → ${i.suggestions.join(', ')}` : '');
    return i.row > 0 ? m('issueRow', { row: i.row, text }) : text;
  };

  const onFile = async (file: File) => {
    // CSV/TSV in any encoding Excel writes, or the filled-in XLSX template.
    const result = await readMetricsFile(file.name, new Uint8Array(await file.arrayBuffer()), {
      provinces: data.gazetteer,
      resolveMetric: metricResolver(data.catalogue),
    });
    const issues = result.issues.map(say);
    const kept = result.rows.filter((r) => r.regionCode !== NATIONAL_CODE);
    if (kept.length === 0) {
      const first = result.issues.find((i) => i.severity === 'error');
      setStatus(
        first
          ? { kind: 'refused', name: file.name, reason: say(first), issues }
          : { kind: 'no-rows', name: file.name, issues },
      );
      return;
    }
    const rows = kept.map((r) => ({ ...r, source: r.source || file.name }));
    const saved = await saveProvincialImport({
      id: newId(),
      name: file.name,
      createdAt: new Date().toISOString(),
      fileName: file.name,
      rows,
    });
    setProblem(saved);
    setStatus({ kind: 'done', name: file.name, n: rows.length, issues });
    const first = rows[0];
    if (first) onImported(first);
  };

  const shownProblem = problem ?? list.problem;
  return (
    <div className="provincial-import">
      <FilePicker
        label={m('importLabel')}
        accept=".csv,.tsv,.txt,.xlsx,text/csv"
        testId="import-file"
        onFile={(f) => void onFile(f)}
      />
      {status ? (
        <div
          role="status"
          data-testid="import-status"
          className={status.kind === 'done' ? '' : 'notice-inline'}
        >
          <p>
            {status.kind === 'done'
              ? m('importDone', { name: status.name, n: status.n, issues: status.issues.length })
              : status.kind === 'refused'
                ? m('importRefused', { name: status.name, reason: status.reason })
                : m('importNoRows', { name: status.name })}
          </p>
          {status.issues.length ? (
            <details>
              <summary>{m('importIssues')}</summary>
              <ul data-testid="import-issues">
                {status.issues.slice(0, 50).map((s, i) => (
                  <li key={i}>{s}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
      {shownProblem ? (
        <p className="notice-inline" role="status" data-testid="import-storage">
          {m(`storage.${shownProblem}`)}
        </p>
      ) : null}
      <section className="provincial-imports" aria-label={m('importsTitle')}>
        <h3>{m('importsTitle')}</h3>
        {list.imports.length === 0 ? <p className="muted">{m('importsEmpty')}</p> : null}
        <ul data-testid="provincial-imports">
          {list.imports.map((d) => (
            <li key={d.id} data-testid="provincial-import">
              <label className="field">
                <span>{m('importName')}</span>
                <input
                  defaultValue={d.name}
                  maxLength={80}
                  onBlur={(e) => {
                    const name = e.target.value.trim();
                    if (name && name !== d.name) void renameProvincialImport(d.id, name).then(setProblem);
                  }}
                />
              </label>{' '}
              <span className="muted">
                {m('importRows', { n: d.rows.length })} · {d.fileName}
                {d.skippedRows ? ` · ${m('importSkipped', { n: d.skippedRows })}` : ''}
                {d.unsaved ? ` · ${m('importUnsaved')}` : ''}
              </span>{' '}
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    metricsRowsCsv(d.rows, data.provinces),
                    `${d.name.replace(/[\\/:*?"<>|]+/g, '_').replace(/\.(csv|tsv|txt|xlsx)$/i, '')}.csv`,
                  )
                }
              >
                {m('importExport')}
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(m('importRemoveConfirm', { name: d.name })))
                    void removeProvincialImport(d.id).then(setProblem);
                }}
              >
                {m('importRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
