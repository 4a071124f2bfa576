import groupsUrl from '../../data/groups/groups.csv?url';
import { loadGroupsCsv } from '../core/groups/peer-groups';
import type { PeerGroup } from '../core/groups/peer-groups';
import { defineSource, fetchText } from './source';
import { unSurveys } from './un-surveys';

/** The named peer groups (data/groups/groups.csv), members checked against the shipped countries. */
export const namedPeerGroups = defineSource<PeerGroup[]>('peer-groups', async () => {
  const [dataset, text] = await Promise.all([unSurveys.get(), fetchText(groupsUrl)]);
  const groups = loadGroupsCsv(text, (c) => dataset.countries.has(c));
  return { value: groups.rows, issues: groups.issues };
});
