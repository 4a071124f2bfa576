import { useMemo, useState } from 'react';
import { readProvinceGeoJson } from '../../core/load/geojson-provinces';
import type { Gazetteer } from '../../core/load/gazetteer';
import type { MetricRow } from '../../core/load/metrics';
import type { Province } from '../../core/load/provinces';
import { provinceGeoMap } from '../../charts/province-geo-map';
import { EChart } from '../../components/echarts/e-chart';
import { ErrorBoundary } from '../../components/error-boundary';
import { registerMap } from '../../components/echarts/lazy-parts';
import type { MapGeometry } from '../../components/echarts/lazy-parts';
import { formatMetric } from '../../components/metric-text';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { NO_DATA } from './colours';
import { MESSAGES } from './messages';
import { FilePicker } from '../../components/file-picker';

let mapCount = 0;

interface Loaded {
  mapName: string;
  fileName: string;
  approval: string;
  codeByName: Map<string, string>;
  unmatched: string[];
}

/**
 * The optional geographic map: the user loads an approved standard map (GeoJSON) and
 * states its 审图号; the app registers it under a name of its own and colours it like the
 * tile map. No boundary file ships with the app.
 */
export default function GeoMap({
  gazetteer,
  provinces,
  snapshot,
  colour,
}: {
  gazetteer: Gazetteer;
  provinces: readonly Province[];
  snapshot: ReadonlyMap<string, readonly MetricRow[]>;
  colour: (row: MetricRow | undefined) => { bg: string; fg: string };
}) {
  const i18n = useI18n();
  const m = useMessages(MESSAGES);
  const [approval, setApproval] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ file: string; error: string } | null>(null);

  // A refused file leaves the map loaded before (if any) as it was.
  const onFile = async (file: File) => {
    const out = readProvinceGeoJson(await file.text(), gazetteer);
    if ('error' in out) {
      setError({ file: file.name, error: m(`geo.${out.code}`, out.params) });
      return;
    }
    mapCount += 1;
    const mapName = `user-provinces-${mapCount}`;
    await registerMap(mapName, out.geojson as MapGeometry);
    setError(null);
    setLoaded({
      mapName,
      fileName: file.name,
      approval: approval.trim(),
      codeByName: out.codeByName,
      unmatched: out.unmatched,
    });
  };

  const option = useMemo(() => {
    if (!loaded) return null;
    const areas = [...loaded.codeByName].map(([name, code]) => {
      const row = snapshot.get(code)?.[0];
      const p = provinces.find((x) => x.code === code);
      const shown = p ? (i18n.lang === 'zh' ? p.shortZh : p.nameEn) : name;
      return {
        name,
        colour: colour(row).bg,
        label: `${shown}: ${row ? formatMetric(row, i18n) : m('noData')}`,
      };
    });
    return provinceGeoMap(loaded.mapName, areas, NO_DATA.bg);
  }, [loaded, snapshot, provinces, colour, i18n, m]);

  return (
    <>
      <p className="muted">{m('geoIntro')}</p>
      <div className="template-actions">
        <label className="file-field">
          <span>{m('geoApproval')}</span>
          <input type="text" value={approval} onChange={(e) => setApproval(e.target.value)} maxLength={60} />
        </label>
        <FilePicker
          label={m('geoFile')}
          accept=".json,.geojson,application/geo+json,application/json"
          disabled={approval.trim() === ''}
          testId="geo-file"
          onFile={(f) => void onFile(f)}
        />
      </div>
      {error ? (
        <p role="alert" className="notice-inline" data-testid="geo-error">
          {m('geoError', error)}
        </p>
      ) : null}
      {loaded && option ? (
        <>
          {/* A chart failure stays in this section: the tile map, the imports and the view carry on. */}
          <ErrorBoundary
            fallback={(err, retry) => (
              <p role="alert" className="notice-inline">
                {m('geoChartFailed', { error: err.message })}{' '}
                <button type="button" onClick={retry}>
                  {m('geoRetry')}
                </button>
              </p>
            )}
          >
            <EChart option={option} label={m('geoTitle')} style={{ height: 480 }} />
          </ErrorBoundary>
          <p className="source">
            {m('geoSource', { file: loaded.fileName, approval: loaded.approval })}
            {loaded.unmatched.length ? ` · ${m('geoUnmatched', { names: loaded.unmatched.join(', ') })}` : ''}
          </p>
        </>
      ) : null}
    </>
  );
}
