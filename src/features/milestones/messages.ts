import { defineMessages } from '../../i18n/messages';

export const MESSAGES = defineMessages(
  {
    title: '全国网上政务服务进展',
    intro:
      '以下数字摘自五篇公开的文章与讲话,每张卡片可展开查看原文与出处(原始出处在前,所据文本在后)。口径(哪些事项、哪一级政府)不同的百分比分开显示,从不连成一条线。',
    kpiTitle: '全国比例',
    scopeLead: '范围:',
    asOf: '截至',
    citations: '出处({n} 条)',
    pointsOverTime: '{n} 个日期',
    multiplesTitle: '随时间变化(有多个日期的指标)',
    multiplesIntro: '每个小图是一个指标在同一口径下的数字;横轴为真实时间。',
    contextTitle: '中国在国际比较中的位置',
    contextIntro:
      '上图:联合国电子政务调查中中国的 EGDI 与 OSI(0–1,每版调查年份画在年中)。下图:全国网上政务服务比例(%),每个口径一条线。两图共用时间轴。',
    unPanel: '联合国指数 (0–1)',
    ratioPanel: '全国服务比例 (%)',
    series: '系列',
    date: '日期',
    value: '数值',
    sourceCol: '来源',
    sourcesShort: '来源:{sources}(完整出处见“表格”及导出文件)',
    unSource: '联合国经济和社会事务部《{year} 年联合国电子政务调查》',
    sourceLine:
      '来源:全国比例见各卡片所附出处(原始出处与所据文本);联合国经济和社会事务部《联合国电子政务调查》各版。',
    loadFailed: '全国数据加载失败',
  },
  {
    title: 'National online government service milestones',
    intro:
      'Every figure here is taken from five published articles and speeches; open a card to read the quote and its sources (the original publication first, then the text it was read from). Percentages with different scopes (which items, which level of government) are shown apart and never joined into one line.',
    kpiTitle: 'National ratios',
    scopeLead: 'Scope: ',
    asOf: 'As of',
    citations: 'Sources ({n})',
    pointsOverTime: '{n} dates',
    multiplesTitle: 'Over time (metrics with several dates)',
    multiplesIntro: 'Each small chart is one metric in one scope, on a true time axis.',
    contextTitle: 'China in context',
    contextIntro:
      'Top: China’s EGDI and OSI in the UN E-Government Survey (0–1, each edition drawn at mid-year). Bottom: national online service ratios (%), one line per scope. Both share the time axis.',
    unPanel: 'UN indices (0–1)',
    ratioPanel: 'National service ratios (%)',
    series: 'Series',
    date: 'Date',
    value: 'Value',
    sourceCol: 'Source',
    sourcesShort: 'Sources: {sources} (full citations in the table and in exports)',
    unSource: 'UN DESA, United Nations E-Government Survey {year}',
    sourceLine:
      'Sources: the national ratios as cited on each card (original publication and the text read); UN DESA, United Nations E-Government Survey, each edition.',
    loadFailed: 'The national data could not be loaded',
  },
);
