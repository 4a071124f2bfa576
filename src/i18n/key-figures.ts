import type { Finding } from '../core/findings/types';
import type { IndexId } from '../core/types';
import type { Lang } from './dictionary';
import { makeI18n } from './i18n-context';
import { defineMessages, messageFunction } from './messages';
import { formatMetric } from './metric-value';

/**
 * A slide's key figures: the headline numbers of a view's findings (src/core/findings), a
 * short label and a value each, for presenter mode and the deck. Only figures the findings
 * hold are shown; a finding about a missing figure gives none (its sentence says so).
 */
export interface KeyFigure {
  label: string;
  value: string;
}

export const MAX_KEY_FIGURES = 5;

const keyFigureMessages = defineMessages(
  {
    value: '{country} {index}({year})',
    rank: '{country} 排名({rule})',
    rankValue: '第 {rank} / {assessed}',
    rankStated: '第 {rank}',
    'rule.competition': '竞争排名',
    'rule.dense': '密集排名',
    change: '{country} {index} 变化 {base}–{year}',
    gap: '距“非常高”({vh})',
    gapAbove: '已高于',
    peers: '{group}中进步更快',
    peersValue: '{faster} / {assessed} 国',
    leader: '{index} 第 1 名({year})',
    rise: '{index} 升幅最大({base}–{year})',
    fall: '{index} 降幅最大({base}–{year})',
    veryHigh: '“非常高”组国家({year})',
    countries: '{n} 国',
    region: '{index} 中位数最高地区({year})',
    others: '{name}等 {total} 国',
    othersProvince: '{name}等 {total} 个省份',
    provinceValue: '{province} · {metric}({year})',
    provinceRank: '{province} 名次({rule})',
    'provinceRule.competition': '按数值',
    'provinceRule.as-stated': '原文所载',
    provinceLeader: '{metric} 第 1 名({year})',
    provinceGroup: '{province} 分组({year})',
    provinceGroups: '“{group}”组省份({year})',
    provinces: '{n} 个',
  },
  {
    value: '{country} {index} ({year})',
    rank: '{country} rank ({rule})',
    rankValue: '{rank} of {assessed}',
    rankStated: '{rank}',
    'rule.competition': 'competition',
    'rule.dense': 'dense',
    change: '{country} {index} change {base}–{year}',
    gap: 'Gap to Very High ({vh})',
    gapAbove: 'above',
    peers: 'Faster in {group}',
    peersValue: '{faster} of {assessed}',
    leader: '{index} rank 1 ({year})',
    rise: 'Biggest {index} rise ({base}–{year})',
    fall: 'Biggest {index} fall ({base}–{year})',
    veryHigh: 'Very High group ({year})',
    countries: '{n} countries',
    region: 'Highest {index} regional median ({year})',
    others: '{name} and {more} more',
    othersProvince: '{name} and {more} more',
    provinceValue: '{province} · {metric} ({year})',
    provinceRank: '{province} rank ({rule})',
    'provinceRule.competition': 'by value',
    'provinceRule.as-stated': 'as stated',
    provinceLeader: '{metric}: rank 1 ({year})',
    provinceGroup: '{province} group ({year})',
    provinceGroups: 'Provinces in “{group}” ({year})',
    provinces: '{n}',
  },
);

/** Up to `max` key figures of `findings`, in the findings' order, in `lang`. */
export function keyFigures(findings: readonly Finding[], lang: Lang, max = MAX_KEY_FIGURES): KeyFigure[] {
  const i18n = makeI18n(lang);
  const { num, signed, t } = i18n;
  const provinceName = (p: { nameZh: string; nameEn: string }) => (lang === 'zh' ? p.nameZh : p.nameEn);
  const metricName = (x: { nameZh: string; nameEn: string }) =>
    lang === 'zh' ? x.nameZh || x.nameEn : x.nameEn || x.nameZh;
  const m = messageFunction(keyFigureMessages, lang);
  const idx = (i: IndexId) => t(`indexShort.${i}`);
  const name = (c: { nameEn: string; nameZh: string }) => (lang === 'zh' ? c.nameZh || c.nameEn : c.nameEn);
  const names = (list: readonly { nameEn: string; nameZh: string }[]) => {
    const first = list[0];
    if (!first) return '';
    return list.length === 1
      ? name(first)
      : m('others', { name: name(first), total: list.length, more: list.length - 1 });
  };
  const out: KeyFigure[] = [];
  for (const f of findings) {
    switch (f.kind) {
      case 'standing': {
        const p = f.params;
        out.push({
          label: m('value', { country: name(p.country), index: idx(p.index), year: p.year }),
          value: num(p.value, 4),
        });
        out.push({
          label: m('rank', { country: name(p.country), rule: m(`rule.${p.rule}`) }),
          value: m('rankValue', { rank: num(p.rank, 0), assessed: num(p.assessed, 0) }),
        });
        break;
      }
      case 'change':
        out.push({
          label: m('change', {
            country: name(f.params.country),
            index: idx(f.params.index),
            base: f.params.base,
            year: f.params.year,
          }),
          value: signed(f.params.absolute, 4),
        });
        break;
      case 'range-change':
        out.push({
          label: m('change', {
            country: name(f.params.country),
            index: idx(f.params.index),
            base: f.params.first.year,
            year: f.params.last.year,
          }),
          value: signed(f.params.absolute, 4),
        });
        break;
      case 'gap-very-high': {
        const p = f.params;
        out.push({
          label: m('gap', { vh: num(p.threshold, 2) }),
          value: p.outlook.kind === 'above' ? m('gapAbove') : num(p.gap, 4),
        });
        break;
      }
      case 'peers-faster': {
        const p = f.params;
        if (p.assessed === 0) break;
        out.push({
          label: m('peers', { group: lang === 'zh' ? p.group.nameZh : p.group.nameEn }),
          value: m('peersValue', { faster: num(p.faster, 0), assessed: num(p.assessed, 0) }),
        });
        break;
      }
      case 'leader':
        if (f.params.leaders.length === 0) break;
        out.push({
          label: m('leader', { index: idx(f.params.index), year: f.params.year }),
          value: names(f.params.leaders),
        });
        break;
      case 'mover': {
        const p = f.params;
        if (p.movers.length === 0) break;
        out.push({
          label: m(p.direction, { index: idx(p.index), base: p.base, year: p.year }),
          value: names(p.movers.map((x) => x.country)),
        });
        break;
      }
      case 'bands':
        out.push({
          label: m('veryHigh', { year: f.params.year }),
          value: m('countries', { n: num(f.params.counts['very-high'], 0) }),
        });
        break;
      case 'region-medians':
        out.push({
          label: m('region', { index: idx(f.params.index), year: f.params.year }),
          value: `${t(`region.${f.params.highest.region}`)} ${num(f.params.highest.median, 4)}`,
        });
        break;
      case 'province-leader': {
        const p = f.params;
        const first = p.leaders[0];
        if (!first) break;
        out.push({
          label: m('provinceLeader', { metric: metricName(p.metric), year: p.year }),
          value:
            p.leaders.length === 1
              ? provinceName(first)
              : m('othersProvince', {
                  name: provinceName(first),
                  total: p.leaders.length,
                  more: p.leaders.length - 1,
                }),
        });
        break;
      }
      case 'province-standing': {
        const p = f.params;
        out.push({
          label: m('provinceValue', {
            province: provinceName(p.province),
            metric: metricName(p.metric),
            year: p.year,
          }),
          value: formatMetric(
            { value: p.value, decimals: p.decimals, group: null, unit: p.metric.unit },
            i18n,
          ),
        });
        out.push({
          label: m('provinceRank', { province: provinceName(p.province), rule: m(`provinceRule.${p.rule}`) }),
          value:
            p.rule === 'as-stated'
              ? m('rankStated', { rank: num(p.rank, 0) })
              : m('rankValue', { rank: num(p.rank, 0), assessed: num(p.assessed, 0) }),
        });
        break;
      }
      case 'province-group':
        out.push({
          label: m('provinceGroup', { province: provinceName(f.params.province), year: f.params.year }),
          value: formatMetric({ value: null, group: f.params.group, unit: 'group' }, i18n),
        });
        break;
      case 'province-groups': {
        const c = f.params.counts[0];
        if (!c) break;
        out.push({
          label: m('provinceGroups', {
            group: formatMetric({ value: null, group: c.group, unit: 'group' }, i18n),
            year: f.params.year,
          }),
          value: m('provinces', { n: num(c.count, 0) }),
        });
        break;
      }
      case 'province-missing':
      case 'not-assessed':
        break;
    }
  }
  return out.slice(0, max);
}
