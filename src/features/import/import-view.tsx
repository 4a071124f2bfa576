import { useState } from 'react';
import type { ViewProps } from '../../state/url/view-props';
import { useMessages } from '../../i18n/messages';
import { ColumnMapping } from './column-mapping';
import { DatasetList } from './dataset-list';
import { importMessages } from './messages';
import { Review } from './review';
import { useImportWorker } from './use-import-worker';
import type { ImportJob } from './use-import-worker';
import './import.css';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values';

export default function ImportView({ dataset }: ViewProps) {
  const m = useMessages(importMessages);
  const { jobs, add, cancel, remap, reheader, dismiss } = useImportWorker(dataset.rows);
  const [dragging, setDragging] = useState(false);
  const [done, setDone] = useState<string[]>([]);

  const info = (j: ImportJob) => {
    const r = j.result;
    if (!r || r.encoding === null) return null;
    return m('fileInfo', {
      encoding: r.encoding,
      delimiter: r.delimiter === null ? '—' : r.delimiter === '\t' ? 'Tab' : r.delimiter,
      shape: m(r.match ? `shape.${r.match.shape}` : 'shape.none'),
      decimal: r.decimalComma ? m('decimalComma') : '',
    });
  };

  const body = (j: ImportJob) => {
    const close = (
      <button type="button" onClick={() => dismiss(j.id)} aria-label={m('dismissLabel', { name: j.name })}>
        {m('dismiss')}
      </button>
    );
    if (j.status === 'queued') return <p className="note">{m('queued')}</p>;
    if (j.status === 'cancelled')
      return (
        <div className="controls">
          <p className="note">{m('cancelled')}</p> {close}
        </div>
      );
    if (j.status === 'failed')
      return (
        <div className="error-card" role="alert" data-testid="import-failed">
          <p>{m('failed', { message: j.message ?? '' })}</p>
          {close}
        </div>
      );
    if (j.status === 'running')
      return (
        <div role="status">
          <p>
            {m('running')} {m('progress', { pct: Math.round(j.progress * 100) })}
          </p>
          <progress value={j.progress} max={1} data-testid="import-progress" />{' '}
          <button type="button" onClick={cancel} data-testid="import-cancel">
            {m('cancel')}
          </button>
        </div>
      );
    const { result, plan } = j;
    if (!result || !plan) return null;
    if (result.encoding === null)
      return (
        <div className="error-card" role="alert" data-testid="import-refused">
          <p>{m('refused')}</p>
          <Review result={result} plan={plan} dataset={dataset} onDone={() => dismiss(j.id)} refused />
        </div>
      );
    // The mapping step, also when the row read as the header has one cell (a title above
    // a header the finder did not recognise), as long as some first row has more.
    const wide = result.header.length >= 2 || result.top.some((r) => r.cells.length >= 2);
    if (result.match === null && wide && !result.issueCounts['provincial-table'])
      return (
        <ColumnMapping
          key={result.headerRow}
          result={result}
          onApply={(mapping) => remap(j.id, mapping)}
          onHeaderRow={(row) => reheader(j.id, row)}
        />
      );
    return (
      <Review
        result={result}
        plan={plan}
        dataset={dataset}
        onDone={(message) => {
          if (message) setDone((d) => [...d, message]);
          dismiss(j.id);
        }}
      />
    );
  };

  return (
    <div className="view import-view">
      <h1>{m('title')}</h1>
      <p className="note">{m('intro')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add([...e.dataTransfer.files]);
        }}
        data-testid="import-drop"
      >
        <label>
          {m('drop')} <span className="pick">{m('pick')}</span>
          <input
            type="file"
            multiple
            accept={ACCEPT}
            aria-label={m('pickLabel')}
            data-testid="import-input"
            onChange={(e) => {
              add([...(e.target.files ?? [])]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {done.length > 0 ? (
        <ul className="import-done" role="status" data-testid="import-done">
          {done.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
      {jobs.map((j) => (
        <article key={j.id} className="import-job" data-testid="import-job">
          <h2>
            {j.name} <span className="muted">({Math.max(1, Math.round(j.size / 1024))} KB)</span>
          </h2>
          {info(j) ? <p className="note">{info(j)}</p> : null}
          {body(j)}
        </article>
      ))}
      <DatasetList />
    </div>
  );
}
