import { SourceText } from '../../components/source-text';
import { useMemo } from 'react';
import { editionTable, regionHistory, reportEditions } from '../../core/indicators/report-index';
import type { EditionTable, GroupCheck, RegionRow } from '../../core/indicators/report-index';
import type { CnData } from '../../core/load/cn-data';
import type { ReportLevel } from '../../core/load/report-index';
import { rankingBars } from '../../charts/ranking-bars';
import { ChartPanel } from '../../components/chart-panel';
import { CitationView, useCitationText } from '../../components/citation';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { SelectField } from '../../components/select-field';
import { usePanelLabels } from '../../components/view-fields';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { REPORT_MESSAGES } from './messages';
import { groupLabel, noteText, rowCells } from './report-cells';
import type { ReportM } from './report-cells';
import { RefNumbers, refMarks } from './report-refs';

/** Names a region: a province by its name in the UI language, a city (no English name in the data) as published. */
function useRegionNames(data: CnData): (key: string, fallback: string) => string {
  const { lang } = useI18n();
  return useMemo(() => {
    const byCode = new Map(data.provinces.map((p) => [p.code, p]));
    return (key, fallback) => {
      const p = byCode.get(key);
      return p ? (lang === 'zh' ? p.nameZh : p.nameEn) : fallback;
    };
  }, [data.provinces, lang]);
}

/** The edition's heading words: "2020 年版(评估 2019 年度)". */
function editionWords(
  m: ReportM,
  edition: number,
  assessed: readonly number[],
  plain: 'editionOption' | 'historyEdition',
) {
  return assessed.length === 1
    ? m(plain, { edition, assessed: assessed[0] ?? '' })
    : m(plain === 'editionOption' ? 'editionOptionPlain' : 'historyEditionPlain', { edition });
}

function checkText(c: GroupCheck, m: ReportM, lang: 'zh' | 'en', refs: RefNumbers): string {
  const groups = c.groups.map((g) => groupLabel(g, lang)).join(lang === 'zh' ? '+' : ' + ');
  const names = c.listed.length
    ? m('checkNames', { names: c.listed.map((l) => l.nameZh).join(lang === 'zh' ? '、' : ', ') })
    : '';
  const key = c.status === 'incomplete' && c.listed.length === 0 ? 'none' : c.status;
  const text = m(`check.${key}`, { groups, count: c.count?.count ?? '', n: c.listed.length, names });
  return c.count ? `${text} ${refMarks(refs.ids([c.count.citationId]))}` : text;
}

/** A button near the top of the page that brings the report index into view. */
export function ReportJump() {
  const m = useMessages(REPORT_MESSAGES);
  return (
    <button
      type="button"
      className="link-button report-jump"
      onClick={() => document.getElementById('report-index-title')?.scrollIntoView({ block: 'start' })}
    >
      {m('jump')}
    </button>
  );
}

/** The numbered reference list of a table. */
function References({ refs, data, title }: { refs: RefNumbers; data: CnData; title: string }) {
  return (
    <details className="report-refs" open>
      <summary>{title}</summary>
      <ol className="report-ref-list" data-testid="report-refs">
        {refs.list().map(([n, id]) => {
          const c = data.citations.get(id);
          return (
            <li key={id} value={n}>
              {c ? <CitationView citation={c} /> : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

interface Props {
  data: CnData;
  edition: number | null;
  level: ReportLevel;
  /** The region whose history is open: a province code or a city code. */
  open: string | null;
  onChange: (patch: { report?: number | null; reportLevel?: ReportLevel }) => void;
  onOpen: (key: string | null, level: ReportLevel) => void;
}

/**
 * The report index: a ranking of the provincial governments or of the key cities for one
 * report edition (rank as the source states it, value, group, with numbered citations),
 * what the copies get wrong, the group lists against the published counts, and the
 * chosen region's results in every edition.
 */
export function ReportIndexSection({ data, edition: chosen, level, open, onChange, onOpen }: Props) {
  const i18n = useI18n();
  const m = useMessages(REPORT_MESSAGES);
  const citationText = useCitationText();
  const labels = usePanelLabels();
  const names = useRegionNames(data);
  const { entries, counts } = data.report;
  const editions = useMemo(() => reportEditions(entries), [entries]);
  const forLevel = useMemo(
    () => editions.filter((e) => e.level === level).map((e) => e.edition),
    [editions, level],
  );
  // The default edition: the one with most entries at this level (the 2020 edition's full table).
  const edition = useMemo(() => {
    if (chosen !== null && forLevel.includes(chosen)) return chosen;
    const size = (y: number) => entries.filter((e) => e.edition === y && e.level === level).length;
    return forLevel.reduce<number | null>(
      (best, y) => (best === null || size(y) > size(best) ? y : best),
      null,
    );
  }, [chosen, forLevel, entries, level]);
  const table: EditionTable | null = useMemo(
    () => (edition === null ? null : editionTable(entries, counts, edition, level, data.addressOf, names)),
    [entries, counts, edition, level, data.addressOf, names],
  );

  // Reference numbers in the order the table shows its cells, then the notes and the checks.
  const view = useMemo(() => {
    if (!table) return null;
    const refs = new RefNumbers();
    const cells = new Map(table.rows.map((r) => [r.key, rowCells(r, refs, m, i18n)]));
    const notes = table.notes.map((n) => noteText(n, m, i18n, refs));
    const checks = table.groupChecks.map((c) => checkText(c, m, i18n.lang, refs));
    return { refs, cells, notes, checks };
  }, [table, m, i18n]);

  const levelName = m(`level.${level}`);
  const assessed = table?.assessedYears ?? [];
  const heading =
    edition === null
      ? ''
      : assessed.length === 1
        ? m('heading', { edition, assessed: assessed[0] ?? '', level: levelName })
        : m('headingPlain', { edition, level: levelName });
  const reportTitle = useMemo(() => {
    const first = table?.rows[0]?.ranks[0]?.entries[0] ?? table?.rows[0]?.groups[0]?.entries[0];
    const c = first ? data.citations.get(first.citationId) : undefined;
    return c?.original?.title ?? c?.original?.description ?? null;
  }, [table, data.citations]);

  const bars = useMemo(
    () =>
      (table?.rows ?? []).flatMap((r) =>
        r.values.map((s) => {
          const address = data.addressOf(s.entries[0]?.citationId ?? '');
          const sameCopy = r.ranks.find((k) =>
            k.entries.some((e) => data.addressOf(e.citationId) === address),
          );
          return {
            name:
              r.values.length > 1 ? `${r.nameZh} ${refMarks(view?.refs.known(s.entries) ?? [])}` : r.nameZh,
            value: s.value,
            rank: (sameCopy ?? r.ranks[0])?.value ?? 0,
            decimals: Math.max(0, ...s.entries.map((e) => e.decimals ?? 0)),
          };
        }),
      ),
    [table, data, view],
  );
  const chartTitle =
    edition === null
      ? ''
      : assessed.length === 1
        ? m('chartTitle', { edition, assessed: assessed[0] ?? '', level: levelName })
        : m('chartTitlePlain', { edition, level: levelName });
  const option = useMemo(
    () =>
      rankingBars({
        bars,
        valueName: m('col.value'),
        format: (v) => i18n.num(v, Math.max(0, ...bars.filter((b) => b.value === v).map((b) => b.decimals))),
        rankLabel: (rank) => (rank ? m('rankLabel', { rank }) : ''),
      }),
    [bars, m, i18n],
  );

  if (!table || !view || edition === null) return null;
  // Under the chart, a pointer to the numbered list; in an export, every source in full.
  const refCount = view.refs.list().length;
  const lead = reportTitle ? m('reportLead', { title: `《${reportTitle}》` }) : '';
  const source =
    refCount === 1 ? m('chartSourceOne', { report: lead }) : m('chartSource', { report: lead, n: refCount });
  const references = view.refs.list().flatMap(([n, id]) => {
    const c = data.citations.get(id);
    return c ? [`[${n}] ${citationText(c)}`] : [];
  });
  const columns = [
    m('col.rank'),
    m('col.region'),
    m('col.value'),
    m('col.group'),
    m('col.sub'),
    m('col.marks'),
  ];
  const cellsOf = (r: RegionRow) =>
    view.cells.get(r.key) ?? { rank: '', value: '', group: '', sub: '', marks: '' };
  const history = open ? regionHistory(entries, open) : [];
  const openRow = open ? table.rows.find((r) => r.key === open) : undefined;
  const openName = open
    ? names(open, openRow?.nameZh ?? history[0]?.entries.find((e) => e.nameZh)?.nameZh ?? open)
    : '';

  return (
    <section className="panel report-index" aria-labelledby="report-index-title" data-testid="report-index">
      <h2 id="report-index-title">{m('title')}</h2>
      <p className="muted">{m('intro')}</p>
      <div className="controls">
        <SelectField
          label={m('level')}
          value={level}
          testId="report-level"
          options={(['province', 'city'] as const).map((l) => ({ value: l, label: m(`level.${l}`) }))}
          onChange={(v) => onChange({ reportLevel: v === 'city' ? 'city' : 'province' })}
        />
        <SelectField
          label={m('edition')}
          value={edition}
          testId="report-edition"
          options={forLevel.map((y) => ({
            value: y,
            label: editionWords(
              m,
              y,
              [
                ...new Set(
                  entries
                    .filter((e) => e.edition === y && e.assessedYear !== null)
                    .map((e) => e.assessedYear ?? 0),
                ),
              ],
              'editionOption',
            ),
          }))}
          onChange={(v) => onChange({ report: v })}
        />
      </div>
      <h3 className="report-heading" data-testid="report-heading">
        {heading}
      </h3>
      {reportTitle ? (
        <p className="muted">
          <SourceText text={m('report', { title: `《${reportTitle}》` })} />
        </p>
      ) : null}
      <p className="muted" data-testid="report-tie-rule">
        {m('tieRule')}
      </p>
      {view.notes.length ? (
        <div className="notice-inline report-notes" role="note" data-testid="report-notes">
          <strong>{m('notesTitle')}</strong>
          <ul>
            {view.notes.map((text, i) => (
              <li key={i} data-kind={table.notes[i]?.kind}>
                {/* Place names as the report words them. */}
                <SourceText text={text} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.checks.length ? (
        <div className="report-checks" data-testid="report-checks">
          <strong>{m('checksTitle')}</strong>
          <ul>
            {view.checks.map((text, i) => (
              <li key={i} data-status={table.groupChecks[i]?.status}>
                <SourceText text={text} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ChartPanel
        title={chartTitle}
        labels={labels}
        source={source}
        panelId="report-index"
        exportSpec={{
          fileParts: ['provinces', 'report', edition, level],
          notes: [m('tieRule'), ...view.notes, ...view.checks, ...references],
          data: {
            columns,
            rows: table.rows.map((r) => {
              const c = cellsOf(r);
              return [c.rank, r.nameZh, c.value, c.group, c.sub, c.marks];
            }),
          },
          ...(bars.length ? { option } : {}),
        }}
        chart={
          bars.length ? (
            <EChart
              option={option}
              label={chartTitle}
              style={{ height: Math.max(180, bars.length * 22 + 60) }}
            />
          ) : (
            <p className="note">{m('noValues')}</p>
          )
        }
        table={
          <DataTable
            rows={table.rows}
            rowKey={(r) => r.key}
            caption={heading}
            testId="report-table"
            rowClassName={(r) => (r.marks.size ? 'report-row-marked' : undefined)}
            columns={[
              {
                id: 'rank',
                header: m('col.rank'),
                numeric: true,
                sortValue: (r) => (r.ranks.length ? Math.min(...r.ranks.map((s) => s.value)) : null),
                render: (r) => cellsOf(r).rank || '—',
              },
              {
                id: 'region',
                header: m('col.region'),
                sortValue: (r) => r.nameZh,
                render: (r) => (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={m('open', { name: r.nameZh })}
                    aria-pressed={open === r.key}
                    onClick={() => onOpen(open === r.key ? null : r.key, level)}
                  >
                    {r.nameZh}
                  </button>
                ),
              },
              {
                id: 'value',
                header: m('col.value'),
                numeric: true,
                sortValue: (r) => r.values[0]?.value ?? null,
                render: (r) => cellsOf(r).value || '—',
              },
              { id: 'group', header: m('col.group'), render: (r) => cellsOf(r).group || '—' },
              { id: 'sub', header: m('col.sub'), render: (r) => cellsOf(r).sub },
              { id: 'marks', header: m('col.marks'), render: (r) => cellsOf(r).marks },
            ]}
          />
        }
      />
      <References refs={view.refs} data={data} title={m('refsTitle')} />
      {open ? (
        <RegionHistory data={data} regionKey={open} name={openName} onClose={() => onOpen(null, level)} />
      ) : null}
    </section>
  );
}

/** One region's results in every edition that gives any, newest first, with their own references. */
export function RegionHistory({
  data,
  regionKey,
  name,
  onClose,
}: {
  data: CnData;
  regionKey: string;
  name: string;
  onClose?: () => void;
}) {
  const i18n = useI18n();
  const m = useMessages(REPORT_MESSAGES);
  const names = useRegionNames(data);
  const { entries, counts } = data.report;
  const view = useMemo(() => {
    const refs = new RefNumbers();
    const rows = regionHistory(entries, regionKey).flatMap((h) => {
      const row = editionTable(entries, counts, h.edition, h.level, data.addressOf, names).rows.find(
        (r) => r.key === regionKey,
      );
      return row ? [{ ...h, row, cells: rowCells(row, refs, m, i18n) }] : [];
    });
    return { refs, rows };
  }, [entries, counts, regionKey, data.addressOf, names, m, i18n]);
  return (
    <div className="report-history" data-testid="report-history" aria-live="polite">
      <h3>
        {m('historyTitle', { name })}
        {onClose ? (
          <button type="button" className="link-button report-history-close" onClick={onClose}>
            {m('close')}
          </button>
        ) : null}
      </h3>
      {view.rows.length === 0 ? (
        <p className="muted">{m('historyNone', { name })}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{m('historyTitle', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{m('history.col.edition')}</th>
                  <th scope="col">{m('col.rank')}</th>
                  <th scope="col">{m('col.value')}</th>
                  <th scope="col">{m('col.group')}</th>
                  <th scope="col">{m('col.sub')}</th>
                  <th scope="col">{m('col.marks')}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((h) => (
                  <tr key={`${h.edition}-${h.level}`}>
                    <th scope="row">
                      {editionWords(
                        m,
                        h.edition,
                        h.assessedYear === null ? [] : [h.assessedYear],
                        'historyEdition',
                      )}
                    </th>
                    <td className="num">{h.cells.rank || '—'}</td>
                    <td className="num">{h.cells.value || '—'}</td>
                    <td>{h.cells.group || '—'}</td>
                    <td>{h.cells.sub}</td>
                    <td>{h.cells.marks}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <References refs={view.refs} data={data} title={m('refsTitle')} />
        </>
      )}
    </div>
  );
}
