import { useEffect, useState } from 'react';
import { afterFirstChart } from './echarts/first-chart';
import type { PublishedFiguresProps } from './published-figures-table';

type TableModule = typeof import('./published-figures-table');
let loaded: TableModule | null = null;

/**
 * The figures the UN published for an edition beside the same figures computed here (see
 * published-figures-table.tsx). The table, its data and its CSV reader load once the
 * page's first chart is drawn, so they do not hold it back; nothing shows until then.
 */
export function PublishedFigures(props: PublishedFiguresProps) {
  const [mod, setMod] = useState<TableModule | null>(loaded);
  useEffect(() => {
    if (mod) return;
    let live = true;
    void afterFirstChart()
      .then(() => import('./published-figures-table'))
      .then((m) => {
        loaded = m;
        if (live) setMod(m);
      });
    return () => {
      live = false;
    };
  }, [mod]);
  return mod ? <mod.PublishedFiguresTable {...props} /> : null;
}
