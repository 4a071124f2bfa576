import type { CountryRef, Finding, FindingSource, MetricRef, ProvinceRef } from '../core/findings/types';
import { citationMessages, citationShortText } from './citation-text';
import { formatMetric } from './metric-value';
import type { IndexId } from '../core/types';
import type { Lang } from './dictionary';
import { makeI18n } from './i18n-context';
import { defineMessages, messageFunction } from './messages';

/**
 * A key finding (src/core/findings) as one sentence in the UI language, with numbers
 * formatted as the UI formats them (num / signed) and thresholds filled from their
 * constants ({vh}, {high}, {middle}). A missing figure is said to be missing
 * (未评估 / not assessed), never read as zero.
 */
export const findingMessages = defineMessages(
  {
    'rule.competition': '标准竞争排名 1-2-2-4',
    'rule.dense': '密集排名 1-2-2-3',
    tied: ',与另外 {n} 国并列',
    tiedOne: ',与另外 1 国并列',
    'band.very-high': '“非常高”组(> {vh})',
    'band.high': '“高”组({high}–{vh})',
    'band.middle': '“中”组({middle}–{high})',
    'band.low': '“低”组(< {middle})',
    standing:
      '{country} {year} 年 {index} 为 {value}{group},在 {assessed} 个已评估国家中排第 {rank} 位({rule}{tied})。',
    standingGroup: ',属{band}',
    leader: '{year} 年 {index} 第 1 名:{names}({value}{tied}),共 {assessed} 个国家评估({rule})。',
    leaderTied: ',并列',
    'change.rise':
      '{country} {index} 由 {base} 年的 {from} 升至 {year} 年的 {to}(变化 {abs},年均 {perYear}){parts}。',
    'change.fall':
      '{country} {index} 由 {base} 年的 {from} 降至 {year} 年的 {to}(变化 {abs},年均 {perYear}){parts}。',
    'change.flat': '{country} {index} 在 {base} 年和 {year} 年均为 {to},没有变化。',
    'driver.osi': ',主要来自在线服务指数 OSI(贡献 {c},即其变化 ÷ 3)',
    'driver.hci': ',主要来自人力资本指数 HCI(贡献 {c},即其变化 ÷ 3)',
    'driver.tii': ',主要来自电信基础设施指数 TII(贡献 {c},即其变化 ÷ 3)',
    'driver.residual': ',主要来自残差(公布的 EGDI 与三项均值之差,{c})',
    partsMissing: ';分项指数未全部评估,无法分解',
    peers:
      '{base}–{year} 年,{group}中有 {faster} 个国家的 {index} 年均变化大于{country}(年均 {own});{group}中两期均有评估的其他国家共 {assessed} 个。',
    peersNone: '{base}–{year} 年,{group}中没有其他国家两期均有 {index} 评估,无法比较{country}的进步速度。',
    'gap.closing':
      '{country} {year} 年 {index} 为 {value},距“非常高”门槛 {vh} 还差 {gap};按 {base}–{year} 年每年缩小 {pace} 的速度,约需 {years} 年({editions} 期调查)追平。',
    'gap.not-closing':
      '{country} {year} 年 {index} 为 {value},距“非常高”门槛 {vh} 还差 {gap};{base}–{year} 年差距没有缩小,按当前速度不会追平。',
    'gap.above': '{country} {year} 年 {index} 为 {value},已高于“非常高”门槛 {vh}。',
    'gap.at-threshold':
      '{country} {year} 年 {index} 为 {value},恰好等于门槛 {vh},仍属“高”组(“非常高”须严格高于 {vh})。',
    'gap.unknown':
      '{country} {year} 年 {index} 为 {value},距“非常高”门槛 {vh} 还差 {gap};{base} 年未评估,无法计算缩小速度。',
    'mover.rise.value':
      '{base}–{year} 年{region} {index} 上升最多的是{names}({score},{from} → {to}),共 {scored} 个国家两期均有评估。',
    'mover.fall.value':
      '{base}–{year} 年{region} {index} 下降最多的是{names}({score},{from} → {to}),共 {scored} 个国家两期均有评估。',
    'mover.rise.rank':
      '{base}–{year} 年{region} {index} 名次上升最多的是{names}(上升 {score} 位,第 {from} → 第 {to} 位,{rule}),共 {scored} 个国家两期均有评估。',
    'mover.fall.rank':
      '{base}–{year} 年{region} {index} 名次下降最多的是{names}(下降 {score} 位,第 {from} → 第 {to} 位,{rule}),共 {scored} 个国家两期均有评估。',
    'mover.none.rise':
      '{base}–{year} 年{region}没有国家的 {index} {what}上升(共 {scored} 个国家两期均有评估)。',
    'mover.none.fall':
      '{base}–{year} 年{region}没有国家的 {index} {what}下降(共 {scored} 个国家两期均有评估)。',
    'mover.what.value': '数值',
    'mover.what.rank': '名次',
    moverRegion: '{region}',
    range:
      '{country} {index} 由 {fromYear} 年的 {from} 变为 {toYear} 年的 {to}(变化 {abs},年均 {perYear}){edges}。',
    rangeEdges: ';{rangeFrom}–{rangeTo} 年中首末两个已评估的年份',
    bands:
      '{year} 年 {index}:“非常高”(> {vh}){vh_n} 国,“高”({high}–{vh}){high_n} 国,“中”({middle}–{high}){middle_n} 国,“低”(< {middle}){low_n} 国,未评估 {na} 国(共 {total} 国)。',
    medians:
      '{year} 年 {index} 中位数最高的地区是{hi}({hiMedian},{hiCount} 国),最低的是{lo}({loMedian},{loCount} 国);全球中位数 {world}({worldCount} 国已评估)。',
    'missing.standing': '{country} {year} 年的 {index} 未评估。',
    'missing.change': '{country} 的 {index} 在 {missing} 年未评估,无法给出 {base}–{year} 年的变化。',
    'missing.gap': '{country} 的 {index} 在 {missing} 年未评估,无法计算距“非常高”门槛 {vh} 的差距。',
    'missing.peers': '{country} 的 {index} 在 {missing} 年未评估,无法与{group}比较进步速度。',
    'missing.range':
      '{country} 的 {index} 在 {from}–{to} 年间已评估不足两期(未评估:{missing}),无法给出变化。',
    'missing.edition': '{years} 年没有任何国家的 {index} 数值(未评估)。',
    listSep: '、',
    listLast: '、',
    'province.leader':
      '{year} 年“{metric}”排第 1 位的是{names}({value}{tied}),共 {assessed} 个省份有数据({rule})。',
    'province.standing':
      '{province} {year} 年“{metric}”为 {value},在 {assessed} 个有数据的省份中排第 {rank} 位({rule}{tied})。',
    'province.leaderStated': '{year} 年“{metric}”原文所载第 1 名:{names}{tied}。',
    'province.standingStated': '{province} {year} 年“{metric}”原文所载为第 {rank} 位{tied}。',
    'province.group': '{province}在 {year} 年“{metric}”中属“{group}”组。',
    'province.groups': '{year} 年“{metric}”:{counts}(共 {assessed} 个省份有分组)。',
    'province.groupCount': '“{group}”{n} 个',
    'province.missing': '{province} {year} 年没有“{metric}”的数据(未评估或未公布)。',
    'province.rule.competition': '按数值排名,并列同名次 1-2-2-4',
    'province.rule.as-stated': '名次为原文所载',
    'province.tied': ',与另外 {n} 个省份并列',
    'source.un': '联合国电子政务调查 {years}',
    'source.imported': '导入数据集“{name}” {years}',
    'source.sep': ';',
    'source.wrap': '〔{parts}〕',
  },
  {
    'rule.competition': 'standard competition ranking, 1-2-2-4',
    'rule.dense': 'dense ranking, 1-2-2-3',
    tied: ', tied with {n} other countries',
    tiedOne: ', tied with 1 other country',
    'band.very-high': 'Very High (above {vh})',
    'band.high': 'High ({high}–{vh})',
    'band.middle': 'Middle ({middle}–{high})',
    'band.low': 'Low (below {middle})',
    standing:
      '{country}: {index} {value} in {year}{group}, rank {rank} of {assessed} countries assessed ({rule}{tied}).',
    standingGroup: ', in the {band} group',
    leader: 'Rank 1 in {index} {year}: {names} ({value}{tied}), of {assessed} countries assessed ({rule}).',
    leaderTied: ', tied',
    'change.rise':
      '{country}: {index} rose from {from} in {base} to {to} in {year} ({abs}, {perYear} a year){parts}.',
    'change.fall':
      '{country}: {index} fell from {from} in {base} to {to} in {year} ({abs}, {perYear} a year){parts}.',
    'change.flat': '{country}: {index} was {to} in both {base} and {year}, no change.',
    'driver.osi': ', mostly from the Online Service Index (OSI contributed {c}, its change ÷ 3)',
    'driver.hci': ', mostly from the Human Capital Index (HCI contributed {c}, its change ÷ 3)',
    'driver.tii':
      ', mostly from the Telecommunication Infrastructure Index (TII contributed {c}, its change ÷ 3)',
    'driver.residual': ', mostly from the residual (published EGDI vs the mean of the three, {c})',
    partsMissing: '; the components are not all assessed, so the change cannot be split',
    peers:
      '{base}–{year}: {faster} of the {assessed} other {group} members assessed in both editions changed their {index} faster per year than {country} ({own} a year).',
    peersNone:
      '{base}–{year}: no other {group} member was assessed on {index} in both editions, so {country}’s pace cannot be compared.',
    'gap.closing':
      '{country}: {index} {value} in {year}, {gap} below the Very High threshold of {vh}; at the {base}–{year} pace ({pace} a year) the gap closes in about {years} years ({editions} editions).',
    'gap.not-closing':
      '{country}: {index} {value} in {year}, {gap} below the Very High threshold of {vh}; the gap did not shrink from {base} to {year}, so it is not closing at the current pace.',
    'gap.above': '{country}: {index} {value} in {year}, above the Very High threshold of {vh}.',
    'gap.at-threshold':
      '{country}: {index} {value} in {year}, exactly at the threshold of {vh}: still High (Very High requires more than {vh}).',
    'gap.unknown':
      '{country}: {index} {value} in {year}, {gap} below the Very High threshold of {vh}; not assessed in {base}, so the pace cannot be given.',
    'mover.rise.value':
      'Biggest rise in {index}{region} {base}–{year}: {names} ({score}, {from} → {to}), of {scored} countries assessed in both editions.',
    'mover.fall.value':
      'Biggest fall in {index}{region} {base}–{year}: {names} ({score}, {from} → {to}), of {scored} countries assessed in both editions.',
    'mover.rise.rank':
      'Biggest rank rise in {index}{region} {base}–{year}: {names} (up {score} places, {from} → {to}, {rule}), of {scored} countries assessed in both editions.',
    'mover.fall.rank':
      'Biggest rank fall in {index}{region} {base}–{year}: {names} (down {score} places, {from} → {to}, {rule}), of {scored} countries assessed in both editions.',
    'mover.none.rise':
      'No country{region} rose in {index} {what} {base}–{year} ({scored} countries assessed in both editions).',
    'mover.none.fall':
      'No country{region} fell in {index} {what} {base}–{year} ({scored} countries assessed in both editions).',
    'mover.what.value': 'value',
    'mover.what.rank': 'rank',
    moverRegion: ' in {region}',
    range:
      '{country}: {index} went from {from} in {fromYear} to {to} in {toYear} ({abs}, {perYear} a year){edges}.',
    rangeEdges: '; the first and last editions assessed within {rangeFrom}–{rangeTo}',
    bands:
      '{index} {year}: Very High (above {vh}) {vh_n}, High ({high}–{vh}) {high_n}, Middle ({middle}–{high}) {middle_n}, Low (below {middle}) {low_n}, not assessed {na} (of {total} countries).',
    medians:
      '{index} {year}: the highest regional median is {hi} ({hiMedian}, {hiCount} countries), the lowest {lo} ({loMedian}, {loCount} countries); world median {world} ({worldCount} countries assessed).',
    'missing.standing': '{country} was not assessed on {index} in {year}.',
    'missing.change':
      '{country} was not assessed on {index} in {missing}, so no change {base}–{year} can be given.',
    'missing.gap':
      '{country} was not assessed on {index} in {missing}, so the gap to the Very High threshold of {vh} cannot be given.',
    'missing.peers':
      '{country} was not assessed on {index} in {missing}, so its pace cannot be compared with {group}.',
    'missing.range':
      '{country} was assessed on {index} in fewer than two editions within {from}–{to} (not assessed: {missing}), so no change can be given.',
    'missing.edition': 'No country has an {index} value in {years} (not assessed).',
    listSep: ', ',
    listLast: ' and ',
    'province.leader':
      'Rank 1 on “{metric}” in {year}: {names} ({value}{tied}); provinces with a figure: {assessed} ({rule}).',
    'province.standing':
      '{province}: “{metric}” {value} in {year}, rank {rank}; provinces with a figure: {assessed} ({rule}{tied}).',
    'province.leaderStated': 'Rank 1 on “{metric}” in {year}, as the source states it: {names}{tied}.',
    'province.standingStated':
      '{province}: rank {rank} on “{metric}” in {year}, as the source states it{tied}.',
    'province.group': '{province} is in the “{group}” group on “{metric}” in {year}.',
    'province.groups': '“{metric}” in {year}: {counts} ({assessed} provinces grouped).',
    'province.groupCount': '{group} {n}',
    'province.missing': '{province} has no figure on “{metric}” in {year} (not assessed or not published).',
    'province.rule.competition': 'ranked by value, ties share a rank, 1-2-2-4',
    'province.rule.as-stated': 'ranks as the source states them',
    'province.tied': ', tied with {n} other provinces',
    'source.un': 'UN E-Government Survey {years}',
    'source.imported': 'imported dataset “{name}” {years}',
    'source.sep': '; ',
    'source.wrap': '[{parts}]',
  },
);

type Fmt = ReturnType<typeof helpers>;

function helpers(lang: Lang) {
  const i18n = makeI18n(lang);
  const m = messageFunction(findingMessages, lang);
  const name = (c: CountryRef) => (lang === 'zh' ? c.nameZh || c.nameEn : c.nameEn);
  const list = (items: readonly string[]) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(m('listSep'))}${m('listLast')}${items.at(-1) ?? ''}`;
  const years = (ys: readonly number[]) => list(ys.map(String));
  const index = (id: IndexId) => i18n.t(`indexShort.${id}`);
  const province = (p: ProvinceRef) => (lang === 'zh' ? p.nameZh : p.nameEn);
  const metric = (x: MetricRef) => (lang === 'zh' ? x.nameZh || x.nameEn : x.nameEn || x.nameZh);
  const value = (x: MetricRef, v: number, decimals: number | null) =>
    formatMetric({ value: v, decimals, group: null, unit: x.unit }, i18n);
  const group = (g: string) => formatMetric({ value: null, group: g, unit: 'group' }, i18n);
  return { ...i18n, m, name, list, years, index, province, metric, value, group };
}

function text(f: Finding, h: Fmt): string {
  const { m, num, signed, name, list, years, t } = h;
  switch (f.kind) {
    case 'standing': {
      const p = f.params;
      return m('standing', {
        country: name(p.country),
        year: p.year,
        index: h.index(p.index),
        value: num(p.value, 4),
        group: p.group ? m('standingGroup', { band: m(`band.${p.group}`) }) : '',
        assessed: p.assessed,
        rank: p.rank,
        rule: m(`rule.${p.rule}`),
        tied: p.tiedWith === 1 ? m('tiedOne') : p.tiedWith > 1 ? m('tied', { n: p.tiedWith }) : '',
      });
    }
    case 'leader': {
      const p = f.params;
      return m('leader', {
        year: p.year,
        index: h.index(p.index),
        names: list(p.leaders.map(name)),
        value: num(p.value, 4),
        tied: p.leaders.length > 1 ? m('leaderTied') : '',
        assessed: p.assessed,
        rule: m(`rule.${p.rule}`),
      });
    }
    case 'change': {
      const p = f.params;
      let parts = '';
      if (p.parts) {
        const d = p.parts.driver;
        if (d) parts = m(`driver.${d}`, { c: signed(p.parts[d], 4) });
        else if ([p.parts.osi, p.parts.hci, p.parts.tii].some((v) => v === null)) parts = m('partsMissing');
      }
      const key = p.absolute > 0 ? 'change.rise' : p.absolute < 0 ? 'change.fall' : 'change.flat';
      return m(key, {
        country: name(p.country),
        index: h.index(p.index),
        base: p.base,
        year: p.year,
        from: num(p.from, 4),
        to: num(p.to, 4),
        abs: signed(p.absolute, 4),
        perYear: signed(p.perYear, 4),
        parts,
      });
    }
    case 'peers-faster': {
      const p = f.params;
      const group = h.lang === 'zh' ? p.group.nameZh : p.group.nameEn;
      const params = {
        base: p.base,
        year: p.year,
        group,
        faster: p.faster,
        assessed: p.assessed,
        index: h.index(p.index),
        country: name(p.country),
        own: signed(p.ownPerYear, 4),
      };
      return p.assessed === 0 ? m('peersNone', params) : m('peers', params);
    }
    case 'gap-very-high': {
      const p = f.params;
      const o = p.outlook;
      return m(`gap.${o.kind}`, {
        country: name(p.country),
        year: p.year,
        base: p.base,
        index: h.index(p.index),
        value: num(p.value, 4),
        gap: num(p.gap, 4),
        pace: num(p.pace, 4),
        years: o.kind === 'closing' ? num(o.years, 1) : '',
        editions: o.kind === 'closing' ? o.editions : '',
      });
    }
    case 'mover': {
      const p = f.params;
      const region = p.region === 'all' ? '' : m('moverRegion', { region: t(`region.${p.region}`) });
      const common = { base: p.base, year: p.year, index: h.index(p.index), region, scored: p.scored };
      if (p.movers.length === 0)
        return m(`mover.none.${p.direction}`, { ...common, what: m(`mover.what.${p.measure}`) });
      const top = p.movers[0];
      const fmt = (v: number | null) => (p.measure === 'value' ? num(v, 4) : v === null ? '—' : String(v));
      // Tied movers share the score; from → to are listed when there is one.
      const one = p.movers.length === 1 && top !== undefined;
      return m(`mover.${p.direction}.${p.measure}`, {
        ...common,
        names: list(p.movers.map((x) => name(x.country))),
        score: p.measure === 'value' ? signed(top?.score ?? null, 4) : Math.abs(top?.score ?? 0),
        from: one ? fmt(top.from) : '…',
        to: one ? fmt(top.to) : '…',
        rule: m(`rule.${p.rule}`),
      });
    }
    case 'range-change': {
      const p = f.params;
      const inner = p.first.year !== p.range.from || p.last.year !== p.range.to;
      return m('range', {
        country: name(p.country),
        index: h.index(p.index),
        fromYear: p.first.year,
        toYear: p.last.year,
        from: num(p.first.value, 4),
        to: num(p.last.value, 4),
        abs: signed(p.absolute, 4),
        perYear: signed(p.perYear, 4),
        edges: inner ? m('rangeEdges', { rangeFrom: p.range.from, rangeTo: p.range.to }) : '',
      });
    }
    case 'bands': {
      const p = f.params;
      return m('bands', {
        year: p.year,
        index: h.index(p.index),
        vh_n: p.counts['very-high'],
        high_n: p.counts.high,
        middle_n: p.counts.middle,
        low_n: p.counts.low,
        na: p.notAssessed,
        total: p.total,
      });
    }
    case 'region-medians': {
      const p = f.params;
      return m('medians', {
        year: p.year,
        index: h.index(p.index),
        hi: t(`region.${p.highest.region}`),
        hiMedian: num(p.highest.median, 4),
        hiCount: p.highest.count,
        lo: t(`region.${p.lowest.region}`),
        loMedian: num(p.lowest.median, 4),
        loCount: p.lowest.count,
        world: num(p.world.median, 4),
        worldCount: p.world.count,
      });
    }
    case 'province-leader': {
      const p = f.params;
      // Ranks a source states are its own: how many provinces it ranked is not known here.
      if (p.rule === 'as-stated')
        return m('province.leaderStated', {
          year: p.year,
          metric: h.metric(p.metric),
          names: list(p.leaders.map(h.province)),
          tied: p.leaders.length > 1 ? m('leaderTied') : '',
        });
      return m('province.leader', {
        year: p.year,
        metric: h.metric(p.metric),
        names: list(p.leaders.map(h.province)),
        value: h.value(p.metric, p.value, p.decimals),
        tied: p.leaders.length > 1 ? m('leaderTied') : '',
        assessed: p.assessed,
        rule: m(`province.rule.${p.rule}`),
      });
    }
    case 'province-standing': {
      const p = f.params;
      if (p.rule === 'as-stated')
        return m('province.standingStated', {
          province: h.province(p.province),
          year: p.year,
          metric: h.metric(p.metric),
          rank: p.rank,
          tied: p.tiedWith > 0 ? m('province.tied', { n: p.tiedWith }) : '',
        });
      return m('province.standing', {
        province: h.province(p.province),
        year: p.year,
        metric: h.metric(p.metric),
        value: h.value(p.metric, p.value, p.decimals),
        assessed: p.assessed,
        rank: p.rank,
        rule: m(`province.rule.${p.rule}`),
        tied: p.tiedWith > 0 ? m('province.tied', { n: p.tiedWith }) : '',
      });
    }
    case 'province-group': {
      const p = f.params;
      return m('province.group', {
        province: h.province(p.province),
        year: p.year,
        metric: h.metric(p.metric),
        group: h.group(p.group),
      });
    }
    case 'province-groups': {
      const p = f.params;
      return m('province.groups', {
        year: p.year,
        metric: h.metric(p.metric),
        counts: p.counts
          .map((c) => m('province.groupCount', { group: h.group(c.group), n: c.count }))
          .join(m('listSep')),
        assessed: p.assessed,
      });
    }
    case 'province-missing': {
      const p = f.params;
      return m('province.missing', {
        province: h.province(p.province),
        year: p.year,
        metric: h.metric(p.metric),
      });
    }
    case 'not-assessed': {
      const p = f.params;
      return m(`missing.${p.topic}`, {
        country: p.country ? name(p.country) : '',
        index: h.index(p.index),
        year: p.years.at(-1) ?? '',
        base: p.years[0] ?? '',
        from: p.years[0] ?? '',
        to: p.years.at(-1) ?? '',
        years: years(p.years),
        missing: years(p.missing),
        group: p.group ? (h.lang === 'zh' ? p.group.nameZh : p.group.nameEn) : '',
      });
    }
  }
}

/** The finding as one sentence in `lang`. */
export function findingText(f: Finding, lang: Lang): string {
  return text(f, helpers(lang));
}

/**
 * The sources of a finding, short: 〔联合国电子政务调查 2018、2024〕 / [UN E-Government Survey
 * 2018, 2024], with each imported dataset named and its editions; an edition only an
 * import supplied is attributed to the dataset, never to the UN.
 */
export function sourcesText(sources: readonly FindingSource[], lang: Lang): string {
  const h = helpers(lang);
  const un = sources.flatMap((s) => (s.kind === 'un-survey' ? [s.edition] : []));
  const imported = new Map<string, number[]>();
  for (const s of sources)
    if (s.kind === 'imported') imported.set(s.name, [...(imported.get(s.name) ?? []), s.edition]);
  const cite = messageFunction(citationMessages, lang);
  const cn = sources.flatMap((s) => (s.kind === 'cn-citation' ? [citationShortText(s.citation, cite)] : []));
  const parts = [
    ...(un.length > 0 ? [h.m('source.un', { years: h.years(sorted(un)) })] : []),
    ...[...imported.keys()]
      .sort((a, b) => a.localeCompare(b))
      .map((name) => h.m('source.imported', { name, years: h.years(sorted(imported.get(name) ?? [])) })),
    ...[...new Set(cn)],
  ];
  return h.m('source.wrap', { parts: parts.join(h.m('source.sep')) });
}

const sorted = (ys: readonly number[]) => [...new Set(ys)].sort((a, b) => a - b);

/** The finding as an export line: its sentence, then its sources in brackets. */
export function findingLine(f: Finding, lang: Lang): string {
  return `${findingText(f, lang)} ${sourcesText(f.sources, lang)}`;
}
