import { useContext, useId, useMemo, useState } from 'react';
import { SourceText } from './source-text';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';
import { PanelTabsContext } from './panel-tabs-context';
import { ExportMenu } from './export-menu';
import type { ExportSpec } from './echarts/export-spec';
import { useViewFindings } from './findings-context';
import { useSlidePanel } from './slides';
import { useFirstChartDrawn } from './use-loaded';

export interface ChartPanelProps {
  title: string;
  /** The chart. */
  chart: ReactNode;
  /** The chart's data as a table (its twin: same numbers). */
  table: ReactNode;
  source: string;
  notes?: ReactNode;
  labels: { chart: string; table: string; error: string; retry: string };
  /** A stable id (`[a-z][a-z0-9-]*`): the panel's tab is then kept in the URL. */
  panelId?: string;
  /** What the export menu writes (PNG/SVG of `option`, CSV/XLSX of `data`); no menu without it. */
  exportSpec?: Omit<ExportSpec, 'title' | 'source'>;
}

/** A titled panel with chart / table tabs, its source underneath, and its own error card. */
export function ChartPanel({
  title,
  chart,
  table,
  source,
  notes,
  labels,
  panelId,
  exportSpec,
}: ChartPanelProps) {
  const [localTab, setLocalTab] = useState<'chart' | 'table'>('chart');
  const shared = useContext(PanelTabsContext);
  const findings = useViewFindings();
  const spec = useMemo(
    () => (exportSpec ? { ...exportSpec, title, source } : null),
    [exportSpec, title, source],
  );
  const onSlide = useSlidePanel(panelId, title, source, spec, findings);
  const inUrl = panelId !== undefined && shared !== null;
  // A slide shows the chart: a long table would not fit the screen.
  const tab = onSlide ? 'chart' : inUrl ? (shared.tables.includes(panelId) ? 'table' : 'chart') : localTab;
  const setTab = (next: 'chart' | 'table') =>
    inUrl ? shared.setTable(panelId, next === 'table') : setLocalTab(next);
  const id = useId();
  // The print twins are rendered once the page's first chart is drawn: they are not on screen.
  const twins = useFirstChartDrawn();
  const tabs = [
    ['chart', labels.chart],
    ['table', labels.table],
  ] as const;
  return (
    <section
      className={onSlide ? 'panel slide-on' : 'panel'}
      aria-labelledby={`${id}-title`}
      data-panel={panelId}
    >
      <header className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {exportSpec ? <ExportMenu spec={{ ...exportSpec, title, source }} /> : null}
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
      {tab === 'chart' && twins ? (
        // The table twin for print only (a printed page cannot switch tabs); hidden on screen.
        <div className="print-twin" hidden>
          {table}
        </div>
      ) : null}
      {notes ? <div className="panel-notes">{notes}</div> : null}
      <p className="source">
        <SourceText text={source} />
      </p>
    </section>
  );
}
