import { defineMessages } from '../i18n/messages';

/** What each URL parameter sets, as the invalid-link notice names it. */
export const paramLabels = defineMessages(
  {
    view: '页面',
    lang: '语言',
    year: '版次',
    index: '指数',
    rule: '并列排名规则',
    tables: '表格视图',
    region: '地区',
    q: '搜索',
    countries: '国家',
    metric: '指标',
    cnYear: '年份(省级)',
    province: '省份',
    base: '基期版次',
    peer: '对比组',
    groups: '自定义组',
  },
  {
    view: 'page',
    lang: 'language',
    year: 'edition',
    index: 'index',
    rule: 'tie rule',
    tables: 'table tabs',
    region: 'region',
    q: 'search',
    countries: 'countries',
    metric: 'metric',
    cnYear: 'year (provinces)',
    province: 'province',
    base: 'base edition',
    peer: 'peer group',
    groups: 'custom groups',
  },
);
