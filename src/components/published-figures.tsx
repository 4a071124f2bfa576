import { useFirstChartDrawn, useLoaded } from './use-loaded';
import type { PublishedFiguresProps } from './published-figures-table';

const loadTable = () => import('./published-figures-table');

/**
 * The figures the UN published for an edition beside the same figures computed here (see
 * published-figures-table.tsx). The table, its data and its CSV reader load once the
 * page's first chart is drawn, so they do not hold it back; nothing shows until then.
 */
export function PublishedFigures(props: PublishedFiguresProps) {
  const mod = useLoaded(loadTable, useFirstChartDrawn());
  return mod ? <mod.PublishedFiguresTable {...props} /> : null;
}
