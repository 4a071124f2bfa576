import { defineMessages } from '../i18n/messages';

/** The searchable pickers' own words (countries and peer groups; the Provinces metrics). */
export const pickerMessages = defineMessages(
  {
    placeholder: '国名、ISO3 代码或对比组(如 金砖国家、G20、亚洲)',
    countries: '国家',
    groups: '对比组(一次加入全部成员)',
    adds: '加入 {n} 国',
    none: '没有匹配的国家或对比组',
    toggle: '显示列表',
  },
  {
    placeholder: 'Name, ISO3 code or group (BRICS, G20, Asia)',
    countries: 'Countries',
    groups: 'Peer groups (adds every member)',
    adds: 'adds {n}',
    none: 'No country or peer group matches',
    toggle: 'Show the list',
  },
);
