import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import {
  egdiGroup,
  EGDI_GROUPS,
  HIGH_THRESHOLD,
  MIDDLE_THRESHOLD,
  VERY_HIGH_THRESHOLD,
} from '../../core/indicators/groups';
import type { EgdiGroup } from '../../core/indicators/groups';
import type { ViewProps } from '../../state/url/view-props';
import type { MapParams } from './params';
import { choropleth } from '../../charts/choropleth';
import type { ChoroplethBand } from '../../charts/choropleth';
import { IndexSelect } from '../../components/index-select';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { usePanelLabels } from '../../components/view-fields';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { mapMessages } from './messages';
import { loadWorldMap, WORLD_MAP } from './world-map';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { mapFindings } from '../../core/findings/views';

const BAND_COLORS: Record<EgdiGroup, string> = {
  low: '#fde0c5',
  middle: '#f59e6c',
  high: '#d1495b',
  'very-high': '#6a1b3d',
};

const BAND_BOUNDS: Record<EgdiGroup, Omit<ChoroplethBand, 'label' | 'color'>> = {
  low: { gte: 0, lt: MIDDLE_THRESHOLD },
  middle: { gte: MIDDLE_THRESHOLD, lt: HIGH_THRESHOLD },
  high: { gte: HIGH_THRESHOLD, lte: VERY_HIGH_THRESHOLD },
  'very-high': { gt: VERY_HIGH_THRESHOLD, lte: 1 },
};

const PLAY_MS = 1200;

interface MapRow {
  iso3: string;
  name: string;
  value: number | null;
  group: EgdiGroup | null;
}

export default function MapView({ dataset: ds, state, year, update }: ViewProps<MapParams>) {
  const sourceLine = useSourceLine(ds);
  const { t, num, countryName } = useI18n();
  const m = useMessages(mapMessages);
  const labels = usePanelLabels();
  // The index select shows a change at once; the map (a heavy redraw) follows from the
  // deferred value, after the next paint.
  const index = useDeferredValue(state.index);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [attempt, setAttempt] = useState(0);
  const [playing, setPlaying] = useState(false);
  // While playing, the edition shown steps locally; the URL gets it when play stops.
  const [playYear, setPlayYear] = useState<number | null>(null);
  const shown = playYear ?? year;
  useEffect(() => {
    let live = true;
    loadWorldMap().then(
      () => live && setStatus('ready'),
      () => live && setStatus('error'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      setPlayYear((y) => {
        const i = ds.editions.indexOf(y ?? year);
        return ds.editions[(i + 1) % ds.editions.length] ?? y;
      });
    }, PLAY_MS);
    return () => window.clearInterval(id);
  }, [playing, ds, year]);
  const stop = () => {
    setPlaying(false);
    setPlayYear(null);
  };

  const rows: MapRow[] = useMemo(
    () =>
      [...ds.countries.values()].map((c) => {
        const value = ds.get(shown, c.iso3)?.[index] ?? null;
        return { iso3: c.iso3, name: countryName(c), value, group: egdiGroup(value) };
      }),
    [ds, shown, index, countryName],
  );
  const bands = useMemo(
    () =>
      EGDI_GROUPS.slice()
        .reverse()
        .map((g) => ({ ...BAND_BOUNDS[g], label: m(`band.${g}`), color: BAND_COLORS[g], group: g })),
    [m],
  );
  const option = useMemo(
    () =>
      choropleth({
        mapName: WORLD_MAP,
        values: new Map(rows.map((r) => [r.iso3, r.value])),
        names: new Map(rows.map((r) => [r.iso3, r.name])),
        bands,
        seriesName: t(`indexShort.${index}`),
        format: num,
        missingLabel: t('notAssessed'),
        notCoveredLabel: m('notCovered'),
      }),
    [rows, bands, index, t, num, m],
  );
  const open = (iso3: string) => {
    if (!ds.countries.has(iso3)) return;
    stop();
    update({
      view: 'compare',
      year: shown,
      countries: [iso3, ...state.countries.filter((c) => c !== iso3)].slice(0, 2),
    });
  };
  // The key findings from the edition and index the map shows (they follow the play button too).
  const rule = state.rule;
  const findings = useMemo(() => mapFindings(ds, { index, year: shown, rule }), [ds, index, shown, rule]);
  const cited = useMemo(() => [shown], [shown]);
  const title = m('title', { year: shown, index: t(`indexShort.${index}`) });
  const idx = ds.editions.indexOf(shown);
  const missing = rows.filter((r) => r.value === null).length;
  let chart;
  if (status === 'ready')
    chart = <EChart option={option} label={title} style={{ height: 520 }} onItemClick={open} />;
  else if (status === 'loading') chart = <p role="status">{m('loading')}</p>;
  else
    chart = (
      <div className="error-card" role="alert">
        <p>{m('failed')}</p>
        <button
          type="button"
          onClick={() => {
            setStatus('loading');
            setAttempt((a) => a + 1);
          }}
        >
          {t('app.retry')}
        </button>
      </div>
    );

  return (
    <FindingsProvider dataset={ds} years={cited} findings={findings}>
      <div className="view">
        <h1>{title}</h1>
        <div className="controls" role="group">
          <IndexSelect value={state.index} onChange={(v) => update({ index: v })} />
          <label className="field edition-slider">
            <span>
              {m('edition')}: <strong>{shown}</strong>
            </span>
            <input
              type="range"
              min={0}
              max={ds.editions.length - 1}
              step={1}
              value={Math.max(0, idx)}
              aria-valuetext={String(shown)}
              data-testid="edition-slider"
              onChange={(e) => {
                const y = ds.editions[Number(e.target.value)];
                if (y !== undefined) {
                  stop();
                  update({ year: y });
                }
              }}
            />
          </label>
          <button
            type="button"
            aria-pressed={playing}
            data-testid="play"
            onClick={() => {
              if (playing) {
                update({ year: shown });
                stop();
              } else setPlaying(true);
            }}
          >
            {playing ? m('pause') : m('play')}
          </button>
        </div>
        <KeyFindings />
        <ChartPanel
          title={title}
          panelId="world-map"
          exportSpec={{
            fileParts: ['map', index, shown],
            data: {
              columns: [t('col.country'), t(`indexShort.${index}`), m('legend')],
              rows: rows.map((r) => [r.name, r.value, r.group ? m(`band.${r.group}`) : null]),
              decimals: [null, 5, null],
            },
            notes: [m('bandNote'), m('mapSource')],
          }}
          chart={chart}
          table={
            <DataTable
              rows={rows}
              rowKey={(r) => r.iso3}
              caption={m('caption', { year: shown, index: t(`indexShort.${index}`) })}
              initialSort={{ id: 'value', dir: 'desc' }}
              testId="map-table"
              columns={[
                { id: 'country', header: t('col.country'), sortValue: (r) => r.name, render: (r) => r.name },
                {
                  id: 'value',
                  header: t(`indexShort.${index}`),
                  numeric: true,
                  sortValue: (r) => r.value,
                  render: (r) =>
                    r.value === null ? <span className="na">{t('notAssessed')}</span> : num(r.value, 5),
                },
                { id: 'group', header: m('legend'), render: (r) => (r.group ? m(`band.${r.group}`) : '—') },
                {
                  id: 'open',
                  header: m('open'),
                  render: (r) => (
                    <button
                      type="button"
                      aria-label={m('openLabel', { name: r.name })}
                      onClick={() => open(r.iso3)}
                    >
                      {m('open')}
                    </button>
                  ),
                },
              ]}
            />
          }
          notes={
            <>
              <ul className="map-legend" aria-label={m('legend')}>
                {bands.map((b) => (
                  <li key={b.group}>
                    <span className="swatch" style={{ background: b.color }} aria-hidden="true" />
                    {m('bandCount', { label: b.label, n: rows.filter((r) => r.group === b.group).length })}
                  </li>
                ))}
                <li>
                  <span className="swatch swatch-missing" aria-hidden="true" />
                  {m('missingCount', { n: missing })}
                </li>
              </ul>
              <p className="note">{m('bandNote')}</p>
              <p className="note">{m('clickHint')}</p>
              <p className="note">{m('mapSource')}</p>
            </>
          }
          source={sourceLine([shown])}
          labels={labels}
        />
      </div>
    </FindingsProvider>
  );
}
