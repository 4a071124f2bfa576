import { useMemo } from 'react';
import type { AggregateScope, PublishedAggregate } from '../core/load/published-aggregates';
import { compareWithPublished } from '../core/indicators/published-aggregates';
import { publishedAggregates } from '../data/published-aggregates';
import { useI18n } from '../i18n/i18n-context';
import { defineMessages, useMessages } from '../i18n/messages';
import { useSource } from './use-source';
import type { Dataset } from '../core/dataset';

const messages = defineMessages(
  {
    title: '联合国公布的数字({year} 年版)',
    none: '联合国 {year} 年版报告中没有找到这些范围的汇总数字。',
    scope: '范围',
    figure: '数字',
    computed: '本应用计算',
    published: '联合国公布',
    source: '出处',
    match: '一致',
    differs: '不一致',
    world: '世界',
    'metric.mean_egdi': 'EGDI 均值',
    'metric.countries': '国家数',
    'metric.count_in_group': '{groups}组国家数',
    'metric.percent_in_group': '{groups}组占比(%)',
    'metric.count_above_world_mean': 'EGDI 高于世界均值的国家数',
    'group.very-high': '非常高',
    'group.high': '高',
    'group.middle': '中',
    'group.low': '低',
    readFrom: '转引自',
    'kind.official': '官方网站',
    'kind.media': '知名媒体',
    'kind.copy': '转载(非原始出处)',
    note: '本应用按公布的精度计算(四舍五入后比较)。“不一致”处附原因。',
  },
  {
    title: 'Figures the UN published ({year} edition)',
    none: 'No aggregate figure for these scopes was found in the UN’s {year} report.',
    scope: 'Scope',
    figure: 'Figure',
    computed: 'Computed here',
    published: 'Published by the UN',
    source: 'Source',
    match: 'matches',
    differs: 'differs',
    world: 'World',
    'metric.mean_egdi': 'mean EGDI',
    'metric.countries': 'countries',
    'metric.count_in_group': 'countries in {groups}',
    'metric.percent_in_group': 'share in {groups} (%)',
    'metric.count_above_world_mean': 'countries above the world mean EGDI',
    'group.very-high': 'Very High',
    'group.high': 'High',
    'group.middle': 'Middle',
    'group.low': 'Low',
    readFrom: 'Read from',
    'kind.official': 'official site',
    'kind.media': 'established media',
    'kind.copy': 'copy (not the original publication)',
    note: 'Computed at the published precision (rounded, then compared). Where they differ, the reason is given.',
  },
);

/** An address as a link when it is http(s), opening without a referrer; anything else stays text. */
export function SourceLink({ url, children }: { url: string; children: string }) {
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  return safe ? (
    <a href={url} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}

/**
 * The aggregate figures the UN published for an edition (world and regional mean EGDI, counts
 * per group), each beside the same figure computed from the data on screen, with its
 * citation: the original publication first, then the copy it was read from and its kind.
 */
export interface PublishedFiguresProps {
  dataset: Dataset;
  year: number;
  scopes: readonly AggregateScope[];
}

export function PublishedFiguresTable({ dataset, year, scopes }: PublishedFiguresProps) {
  const load = useSource(publishedAggregates);
  const m = useMessages(messages);
  const { t, lang } = useI18n();
  const rows = load.status === 'ready' ? load.value : null;
  const shown = useMemo(
    () =>
      (rows ?? [])
        .filter((r) => r.year === year && scopes.includes(r.scope))
        .map((r) => compareWithPublished(dataset, r)),
    [rows, year, scopes, dataset],
  );
  if (rows === null) return null;
  const scopeName = (s: AggregateScope) => (s === 'World' ? m('world') : t(`region.${s}`));
  const figureName = (r: PublishedAggregate) =>
    m(`metric.${r.metric}`, {
      groups: r.groups.map((g) => m(`group.${g}`)).join(lang === 'zh' ? '、' : ' + '),
    });
  // One numbered source per distinct citation; rows refer to it by number.
  const cite = (r: PublishedAggregate) => `${r.original}|${r.locator}|${r.copyUrl}|${r.copyKind}`;
  const sources: PublishedAggregate[] = [];
  const sourceNo = new Map<string, number>();
  for (const { published } of shown) {
    if (!sourceNo.has(cite(published))) {
      sources.push(published);
      sourceNo.set(cite(published), sources.length);
    }
  }
  return (
    <section className="published-figures" aria-label={m('title', { year })} data-testid="published-figures">
      <h3>{m('title', { year })}</h3>
      {shown.length === 0 ? (
        <p className="note">{m('none', { year })}</p>
      ) : (
        <>
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">{m('scope')}</th>
                <th scope="col">{m('figure')}</th>
                <th scope="col" className="num">
                  {m('computed')}
                </th>
                <th scope="col" className="num">
                  {m('published')}
                </th>
                <th scope="col">{m('source')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.published.line}>
                  <td className="nowrap">{scopeName(c.published.scope)}</td>
                  <td>
                    {figureName(c.published)}
                    {c.published.knownDifference ? (
                      <span className="known-difference">
                        {lang === 'zh' ? c.published.knownDifferenceZh : c.published.knownDifference}
                      </span>
                    ) : null}
                  </td>
                  <td className="num">{c.computedAtPrecision ?? t('notAssessed')}</td>
                  <td className="num">
                    {c.publishedAtPrecision}{' '}
                    <span className={c.matches ? 'match' : 'differs'}>
                      ({c.matches ? m('match') : m('differs')})
                    </span>
                  </td>
                  <td className="num">[{sourceNo.get(cite(c.published))}]</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ol className="sources">
            {sources.map((r) => (
              <li key={cite(r)}>
                <span lang="en">
                  {r.original}
                  {r.locator ? `; ${r.locator}` : ''}
                </span>
                . {m('readFrom')} <SourceLink url={r.copyUrl}>{hostOf(r.copyUrl)}</SourceLink> (
                {m(`kind.${r.copyKind}`)})
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="note">{m('note')}</p>
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
