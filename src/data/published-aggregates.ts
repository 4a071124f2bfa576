import aggregatesUrl from '../../data/un-egov/published-aggregates.csv?url';
import { loadPublishedAggregatesCsv } from '../core/load/published-aggregates';
import type { PublishedAggregate } from '../core/load/published-aggregates';
import { defineSource, fetchText } from './source';

/** The figures the UN published in its survey reports (world and regional means, group counts), with citations. */
export const publishedAggregates = defineSource<PublishedAggregate[]>('published-aggregates', async () => {
  const loaded = loadPublishedAggregatesCsv(await fetchText(aggregatesUrl));
  return { value: loaded.rows, issues: loaded.issues };
});
