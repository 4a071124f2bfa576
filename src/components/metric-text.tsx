import { displayQuote } from '../core/indicators/cn-metrics';
import { SourceText } from './source-text';
import type { Citation } from '../core/citation';
import type { MetricDef } from '../core/load/metric-catalogue';
import type { MetricRow, MetricUnit } from '../core/load/metrics';
import { defineMessages, useMessages } from '../i18n/messages';
import { CitationView } from './citation';
import { formatMetric } from '../i18n/metric-value';

export { formatMetric };

const UNIT = defineMessages(
  {
    percent: '%',
    count: '数量',
    index: '指数',
    rank: '名次',
    ratio: '比值',
    group: '分组',
    days: '天',
    visits: '次',
    scope: '范围',
    asOf: '截至',
    undated: '原文无日期',
    editionYear: '报告版本年份;该版报告评估上一年度',
    userSource: '来源(导入的表格所填)',
    noUserSource: '表格未填来源',
    source: '来源',
    sourceWording: '原文指标表述',
    note: '备注',
  },
  {
    percent: '%',
    count: 'count',
    index: 'index',
    rank: 'rank',
    ratio: 'ratio',
    group: 'group',
    days: 'days',
    visits: 'trips',
    scope: 'Scope',
    asOf: 'As of',
    undated: 'undated in the source',
    editionYear: 'the report edition’s year; the edition assesses the year before',
    userSource: 'Source (as the imported table gives it)',
    noUserSource: 'the table gives none',
    source: 'Source',
    sourceWording: 'Source wording',
    note: 'Note',
  },
);

/** The unit's label in the UI language ('%', 'days', …). */
export function useUnitLabel(): (unit: MetricUnit) => string {
  return useMessages(UNIT);
}

/** A metric's name in the UI language. */
export function metricName(def: MetricDef | undefined, id: string, lang: 'zh' | 'en'): string {
  if (!def) return id;
  return lang === 'zh' ? def.nameZh : def.nameEn;
}

/**
 * One figure's provenance: the quote (as a quotation, pinyin artefacts of the stored page
 * removed for reading), its citation (original publication first, then the copy read),
 * the date, the scope and the source's wording. A figure of a user's table (no shipped
 * citation) shows the source the table gives, as text.
 */
export function FigureSource({ row, citation }: { row: MetricRow; citation: Citation | null }) {
  const m = useMessages(UNIT);
  return (
    <div className="citation">
      {row.quote ? <blockquote lang="zh-CN">“{displayQuote(row.quote)}”</blockquote> : null}
      {citation ? (
        <CitationView citation={citation} />
      ) : (
        <p className="cite">
          <span className="cite-label">{m('userSource')}:</span> {row.source || m('noUserSource')}
        </p>
      )}
      <dl>
        <dt>{m('asOf')}</dt>
        <dd>
          {row.asOf ?? m('undated')}
          {row.flags.includes('edition-year') ? ` (${m('editionYear')})` : ''}
        </dd>
        <dt>{m('scope')}</dt>
        <dd>
          <SourceText text={row.scope} />
        </dd>
        {row.label && row.label !== row.scope ? (
          <>
            <dt>{m('sourceWording')}</dt>
            <dd>
              <SourceText text={row.label} />
            </dd>
          </>
        ) : null}
        {row.note ? (
          <>
            <dt>{m('note')}</dt>
            <dd>{row.note}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
