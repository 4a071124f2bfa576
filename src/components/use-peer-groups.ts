import { useMemo } from 'react';
import type { Dataset } from '../core/dataset';
import { customToPeerGroup, decodeCustomGroups } from '../core/groups/custom-groups';
import { derivedGroups } from '../core/groups/peer-groups';
import type { PeerGroup } from '../core/groups/peer-groups';
import { LOCAL_KEYS } from '../state/storage/keys';
import { readLocal, writeLocal } from '../state/storage/local-storage';
import { useI18n } from '../i18n/i18n-context';
import { useMessages } from '../i18n/messages';
import { peerGroupMessages } from './peer-group-messages';

/** The custom groups saved in this browser (same encoding as the URL), '' when none or unreadable. */
export function readStoredGroups(): string {
  const read = readLocal(LOCAL_KEYS.customGroups);
  return read.ok ? (read.text ?? '') : '';
}

/** Saves the custom groups for the next visit ('' clears them). */
export function storeCustomGroups(encoded: string): void {
  // Storage may be disabled (private mode, intranet policy); the URL still holds the groups.
  writeLocal(LOCAL_KEYS.customGroups, encoded || null);
}

/**
 * Every peer group: the named groups (data/groups/groups.csv, from the data layer), regions,
 * sub-regions and income groups derived from the countries table, and the custom groups in
 * the URL (`groups`; saved to local storage by storeCustomGroups).
 */
export function usePeerGroups(ds: Dataset, named: readonly PeerGroup[], encodedCustom: string): PeerGroup[] {
  const msg = useMessages(peerGroupMessages);
  const { t, lang } = useI18n();
  return useMemo(() => {
    const derived = derivedGroups(ds.countries.values(), {
      region: msg('regionSource'),
      income: msg('incomeSource'),
    }).map((g) => {
      const label = g.nameEn;
      // Labels outside the tables (a new sub-region in the data) show as stored.
      const table: Record<string, string> = peerGroupMessages[lang];
      const name =
        g.kind === 'region'
          ? t(`region.${label}` as Parameters<typeof t>[0])
          : (table[`${g.kind === 'income' ? 'income' : 'sub'}.${label}`] ?? label);
      return { ...g, nameZh: name, nameEn: name };
    });
    const custom = decodeCustomGroups(encodedCustom).map((g) => {
      const pg = customToPeerGroup(g);
      return { ...pg, members: pg.members.filter((m) => ds.countries.has(m)) };
    });
    return [...named, ...derived, ...custom];
  }, [ds, named, encodedCustom, lang, msg, t]);
}

/** Select options for peer groups, labelled "kind · name" in the UI language. */
export function usePeerGroupOptions(groups: readonly PeerGroup[]): { value: string; label: string }[] {
  const msg = useMessages(peerGroupMessages);
  const { lang } = useI18n();
  return useMemo(
    () =>
      groups.map((g) => ({
        value: g.id,
        label: `${msg(`kind.${g.kind}`)} · ${lang === 'zh' ? g.nameZh : g.nameEn}`,
      })),
    [groups, msg, lang],
  );
}
