import aggregatesUrl from '../../data/un-egov/published-aggregates.csv?url';
import type { PublishedAggregate } from '../core/load/published-aggregates';
import { defineSource, fetchText } from './source';

/** The figures the UN published in its survey reports (world and regional means, group counts), with citations. */
export const publishedAggregates = defineSource<PublishedAggregate[]>('published-aggregates', async () => {
  // The CSV reader (papaparse) is loaded with the file, not with the page.
  const [{ loadPublishedAggregatesCsv }, text] = await Promise.all([
    import('../core/load/published-aggregates'),
    fetchText(aggregatesUrl),
  ]);
  const loaded = loadPublishedAggregatesCsv(text);
  return { value: loaded.rows, issues: loaded.issues };
});
