import { useEffect, useSyncExternalStore } from 'react';
import type { DataSource, Resource } from '../data/source';
import { onIssuesReported, reportedIssues } from '../data/source';
import type { SourceIssues } from '../data/source';

/** A data source's state; starts loading it on first use. */
export function useSource<T>(source: DataSource<T>): Resource<T> {
  const state = useSyncExternalStore(source.subscribe, source.peek);
  useEffect(() => {
    if (source.peek().status === 'loading') void source.get().catch(() => undefined);
  }, [source]);
  return state;
}

/** The issues every loaded source reported, for the data-quality notes. */
export function useReportedIssues(): readonly SourceIssues[] {
  return useSyncExternalStore(onIssuesReported, reportedIssues);
}
