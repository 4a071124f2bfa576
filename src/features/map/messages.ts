import { defineMessages } from '../../i18n/messages';

export const mapMessages = defineMessages(
  {
    title: '{year} 年世界 {index} 地图',
    edition: '调查年份',
    play: '播放各期',
    pause: '暂停',
    loading: '正在加载地图…',
    failed: '地图加载失败',
    legend: '图例',
    'band.low': '低 (< {middle})',
    'band.middle': '中 ({middle}–{high})',
    'band.high': '高 ({high}–{vh})',
    'band.very-high': '非常高 (> {vh})',
    bandCount: '{label}:{n} 个国家',
    missingCount: '未评估:{n} 个国家',
    notCovered: '不在调查范围内',
    clickHint: '点击国家(或表格中的“对比”)在对比视图中打开。地图可拖动、滚轮缩放。',
    open: '对比',
    openLabel: '在对比视图中打开 {name}',
    caption: '{year} 年 {index}:地图数据',
    mapSource: '地图:@surbowl/world-geo-json-zh(中国标准地图,含南海十段线),随应用打包。',
    bandNote:
      '分段采用联合国 EGDI 分组门槛,各指数、各年份使用同一 0–1 刻度,颜色可跨年比较;恰为 {vh} 属“高”。',
  },
  {
    title: 'World map of {index}, {year}',
    edition: 'Edition',
    play: 'Play editions',
    pause: 'Pause',
    loading: 'Loading the map…',
    failed: 'The map could not be loaded',
    legend: 'Legend',
    'band.low': 'Low (< {middle})',
    'band.middle': 'Middle ({middle}–{high})',
    'band.high': 'High ({high}–{vh})',
    'band.very-high': 'Very High (> {vh})',
    bandCount: '{label}: {n} countries',
    missingCount: 'Not assessed: {n} countries',
    notCovered: 'Not covered by the survey',
    clickHint:
      'Click a country (or "Compare" in the table) to open it in Compare. Drag to pan, scroll to zoom.',
    open: 'Compare',
    openLabel: 'Open {name} in Compare',
    caption: '{index} {year}: map data',
    mapSource:
      'Map: @surbowl/world-geo-json-zh (Chinese standard map with the ten-dash line), bundled with the app.',
    bandNote:
      'Bands use the UN EGDI group thresholds on the same 0–1 scale for every index and edition, so colours compare across years; exactly {vh} is High.',
  },
);
