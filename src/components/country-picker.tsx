import { useCallback, useMemo } from 'react';
import type { Dataset } from '../core/dataset';
import type { PeerGroup } from '../core/groups/peer-groups';
import { matchItems } from '../core/search/match';
import { useI18n } from '../i18n/i18n-context';
import { useMessages } from '../i18n/messages';
import { Combobox } from './combobox';
import type { ComboSection } from './combobox';
import { peerGroupMessages } from './peer-group-messages';
import { pickerMessages } from './picker-messages';

type PickItem =
  | { kind: 'country'; key: string; iso3: string; nameZh: string; nameEn: string }
  | { kind: 'group'; key: string; group: PeerGroup; adds: string[] };

/**
 * Adds countries: one by name (Chinese or English, accents ignored) or ISO3 code, or a
 * whole peer group at once (its members not yet in `present`). Countries already present
 * are not offered.
 */
export function CountryPicker({
  ds,
  groups,
  present,
  onAdd,
  label,
  testId,
}: {
  ds: Dataset;
  groups: readonly PeerGroup[];
  present: readonly string[];
  onAdd: (iso3s: string[]) => void;
  label: string;
  testId?: string;
}) {
  const { lang } = useI18n();
  const msg = useMessages(pickerMessages);
  const kind = useMessages(peerGroupMessages);
  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en'), [lang]);
  const countries = useMemo(() => {
    const have = new Set(present);
    return [...ds.countries.values()]
      .filter((c) => !have.has(c.iso3))
      .map((c) => ({
        kind: 'country' as const,
        key: c.iso3,
        iso3: c.iso3,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
      }))
      .sort((a, b) => collator.compare(uiName(a, lang), uiName(b, lang)));
  }, [ds, present, collator, lang]);
  const groupItems = useMemo(() => {
    const have = new Set(present);
    return groups
      .map((g) => ({
        kind: 'group' as const,
        key: `group:${g.id}`,
        group: g,
        adds: g.members.filter((m) => ds.countries.has(m) && !have.has(m)),
      }))
      .filter((g) => g.adds.length > 0);
  }, [groups, present, ds]);
  const search = useCallback(
    (query: string): ComboSection<PickItem>[] => [
      { label: msg('countries'), items: matchItems(query, countries, keysOf) },
      { label: msg('groups'), items: matchItems(query, groupItems, keysOf) },
    ],
    [countries, groupItems, msg],
  );
  const renderItem = useCallback(
    (item: PickItem) => {
      if (item.kind === 'group') {
        const name = lang === 'zh' ? item.group.nameZh : item.group.nameEn;
        return (
          <>
            <span className="combo-main">
              {kind(`kind.${item.group.kind}`)} · {name}
            </span>
            <span className="combo-sub">{msg('adds', { n: item.adds.length })}</span>
          </>
        );
      }
      return (
        <>
          <span className="combo-main">{uiName(item, lang)}</span>
          <span className="combo-sub">{item.iso3}</span>
        </>
      );
    },
    [lang, kind, msg],
  );
  return (
    <Combobox<PickItem>
      label={label}
      placeholder={msg('placeholder')}
      search={search}
      itemKey={(i) => i.key}
      itemText={(i) =>
        i.kind === 'country' ? uiName(i, lang) : lang === 'zh' ? i.group.nameZh : i.group.nameEn
      }
      renderItem={renderItem}
      onPick={(i) => onAdd(i.kind === 'country' ? [i.iso3] : i.adds)}
      emptyText={msg('none')}
      toggleLabel={msg('toggle')}
      testId={testId}
      className="combo-add"
    />
  );
}

function uiName(c: { nameZh: string; nameEn: string }, lang: string): string {
  return lang === 'zh' ? c.nameZh || c.nameEn : c.nameEn;
}

/** Countries by both names and ISO3; groups by both names and their id (brics, g20). */
function keysOf(item: PickItem) {
  if (item.kind === 'country') return { names: [item.nameZh, item.nameEn], code: item.iso3 };
  const id = item.group.id.includes(':') ? undefined : item.group.id;
  return { names: [item.group.nameZh, item.group.nameEn], code: id };
}
