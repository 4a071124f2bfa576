import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

export interface ChartPanelProps {
  title: string;
  /** The chart. */
  chart: ReactNode;
  /** The chart's data as a table (its twin: same numbers). */
  table: ReactNode;
  source: string;
  notes?: ReactNode;
  labels: { chart: string; table: string; error: string; retry: string };
}

/** A titled panel with chart / table tabs, its source underneath, and its own error card. */
export function ChartPanel({ title, chart, table, source, notes, labels }: ChartPanelProps) {
  const [tab, setTab] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const tabs = [
    ['chart', labels.chart],
    ['table', labels.table],
  ] as const;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <div role="tablist" aria-label={title} className="tabs">
          {tabs.map(([key, label]) => (
            <button
              key={key}
              type="button"
              role="tab"
              id={`${id}-tab-${key}`}
              aria-selected={tab === key}
              aria-controls={`${id}-panel`}
              tabIndex={tab === key ? 0 : -1}
              onClick={() => setTab(key)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const next = tab === 'chart' ? 'table' : 'chart';
                  setTab(next);
                  document.getElementById(`${id}-tab-${next}`)?.focus();
                }
              }}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`}>
        <ErrorBoundary
          fallback={(error, retry) => (
            <div className="error-card" role="alert">
              <p>{labels.error}</p>
              <p className="muted">{error.message}</p>
              <button type="button" onClick={retry}>
                {labels.retry}
              </button>
            </div>
          )}
        >
          {tab === 'chart' ? chart : table}
        </ErrorBoundary>
      </div>
      {notes ? <div className="panel-notes">{notes}</div> : null}
      <p className="source">{source}</p>
    </section>
  );
}
