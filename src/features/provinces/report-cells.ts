import type { RegionRow, Stated, TableNote } from '../../core/indicators/report-index';
import { siteOf } from '../../core/citation';
import { GROUP_LABELS } from '../../core/load/metrics';
import type { EntryFlag } from '../../core/load/report-index';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageFunction } from '../../i18n/messages';
import type { REPORT_MESSAGES } from './messages';
import { refMarks } from './report-refs';
import type { RefNumbers } from './report-refs';

export type ReportM = MessageFunction<keyof (typeof REPORT_MESSAGES)['zh']>;

/** A group label in the UI language (非常高 / very high). */
export function groupLabel(group: string, lang: 'zh' | 'en'): string {
  const g = GROUP_LABELS.find((l) => l.zh === group);
  return lang === 'en' && g ? g.en : group;
}

/** Each distinct value with its reference numbers, side by side: "87.91 [1] · 88.04 [4]". */
function side<T>(list: readonly Stated<T>[], refs: RefNumbers, show: (v: T) => string): string {
  return list.map((s) => `${show(s.value)} ${refMarks(refs.of(s.entries))}`).join(' · ');
}

/** The figures of one region's row as text, in the order the table shows them (which numbers the references). */
export function rowCells(
  row: RegionRow,
  refs: RefNumbers,
  m: ReportM,
  i18n: Pick<I18n, 'num' | 'lang'>,
): { rank: string; value: string; group: string; sub: string; marks: string } {
  const rank = side(row.ranks, refs, String);
  const value = row.values.length
    ? row.values
        .map((s) => {
          const decimals = Math.max(0, ...s.entries.map((e) => e.decimals ?? 0));
          return `${i18n.num(s.value, decimals)} ${refMarks(refs.of(s.entries))}`;
        })
        .join(' · ')
    : row.marks.has('no-value')
      ? m('notListed')
      : '';
  const group = side(row.groups, refs, (g) => groupLabel(g, i18n.lang));
  const sub = row.subRanks
    .map((s) =>
      s.ranks
        .map(
          (r) =>
            `${m('subRank', { indicator: m(`ind.${s.indicator}`), rank: r.value })} ${refMarks(refs.of(r.entries))}`,
        )
        .join(' · '),
    )
    .join('; ');
  const flags = new Set<EntryFlag>(
    [...row.ranks, ...row.values, ...row.groups, ...row.subRanks.flatMap((s) => s.ranks)].flatMap((s) =>
      s.entries.flatMap((e) => e.flags),
    ),
  );
  const marks = [...[...row.marks].map((k) => m(`mark.${k}`)), ...[...flags].map((f) => m(`flag.${f}`))].join(
    '; ',
  );
  return { rank, value, group, sub, marks };
}

/** A table note in the UI language. `value` formats an index value with its published decimals. */
export function noteText(
  n: TableNote,
  m: ReportM,
  i18n: Pick<I18n, 'num' | 'lang'>,
  refs: RefNumbers,
): string {
  const v = (value: number | null, decimals: number | null) =>
    value === null ? m('notListed') : i18n.num(value, decimals ?? 0);
  const copy = (c: string) => siteOf(c);
  switch (n.kind) {
    case 'order-contradiction':
      return m('note.order-contradiction', {
        above: n.above.nameZh,
        aboveRank: n.above.rank ?? '',
        aboveValue: v(n.above.value, n.above.decimals),
        below: n.below.nameZh,
        belowRank: n.below.rank ?? '',
        belowValue: v(n.below.value, n.below.decimals),
        copy: copy(n.copy),
      });
    case 'dense-ranks':
      return m('note.dense-ranks', { entries: n.entries, maxRank: n.maxRank, copy: copy(n.copy) });
    case 'tie':
    case 'tie-different-values':
      return m(`note.${n.kind}`, {
        rank: n.rank,
        places: n.places
          .map((p) => (p.value === null ? p.nameZh : `${p.nameZh} ${v(p.value, p.decimals)}`))
          .join(i18n.lang === 'zh' ? '、' : ', '),
        copy: copy(n.copy),
      });
    case 'no-value':
      return m('note.no-value', { name: n.place.nameZh, rank: n.place.rank ?? '', copy: copy(n.copy) });
    case 'conflict':
      return m('note.conflict', {
        name: n.nameZh,
        indicator: m(`ind.${n.indicator}`),
        stated: n.stated
          .map((s) => {
            const decimals = Math.max(0, ...s.entries.map((e) => e.decimals ?? 0));
            const text =
              typeof s.value === 'string'
                ? groupLabel(s.value, i18n.lang)
                : n.indicator === 'overall'
                  ? i18n.num(s.value, decimals)
                  : String(s.value);
            return `${text} ${refMarks(refs.of(s.entries))}`;
          })
          .join(i18n.lang === 'zh' ? ' 与 ' : ' vs '),
      });
    case 'separate-claims':
      return m('note.separate-claims', {
        rank: n.rank,
        claims: n.claims
          .map((c) => `${c.nameZh} ${refMarks(refs.of(c.entries))}`)
          .join(i18n.lang === 'zh' ? '、' : ', '),
      });
    case 'list-position':
      return m('note.list-position');
  }
}
