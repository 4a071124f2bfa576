import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import provincesUrl from '../../data/cn/provinces.csv?url';
import catalogueUrl from '../../data/cn/metric-catalogue.csv?url';
import metricsUrl from '../../data/cn/metrics.csv?url';
import { buildCnData } from '../core/load/cn-data';
import type { CnData } from '../core/load/cn-data';

export type CnLoad =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: CnData };

let cache: Promise<CnData> | null = null;

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

function loadCn(): Promise<CnData> {
  cache ??= Promise.all([fetchText(provincesUrl), fetchText(catalogueUrl), fetchText(metricsUrl)]).then(
    ([p, c, m]) => {
      const data = buildCnData(p, c, m);
      const errors = data.issues.filter((i) => i.severity === 'error');
      if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
      return data;
    },
  );
  cache.catch(() => {
    cache = null;
  });
  return cache;
}

/**
 * The Chinese metrics (data/cn), fetched from the app's own origin the first time a
 * view asks for them and shared by every view after that.
 */
export function useCnData(): CnLoad {
  const [load, setLoad] = useState<CnLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCn().then(
      (data) => live && setLoad({ status: 'ready', data }),
      (err: unknown) =>
        live && setLoad({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}
/** Renders `children(data)` once data/cn is loaded; a status line while loading, an error card if it fails. */
export function CnDataGate({
  failedLabel,
  children,
}: {
  failedLabel: string;
  children: (data: CnData) => ReactNode;
}) {
  const load = useCnData();
  if (load.status === 'loading') return <p className="status">…</p>;
  if (load.status === 'error')
    return (
      <div className="error-card" role="alert">
        <p>{failedLabel}</p>
        <pre>{load.message}</pre>
      </div>
    );
  return <>{children(load.data)}</>;
}
