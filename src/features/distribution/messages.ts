import { defineMessages } from '../../i18n/messages';

export const distributionMessages = defineMessages(
  {
    title: '{year} 年 {index} 分布',
    boxTitle: '{year} 年各地区 {index} 箱线图',
    boxCaption: '各地区五数概括',
    boxNote: '箱体为四分位数(线性插值),中线为中位数,须线到最小值和最大值(不另判离群值)。未评估的国家不计入。',
    scatterTitle: '{year} 年 {x} 与 {y}',
    scatterCaption: '各国两项指数',
    scatterNote:
      '每点一国,颜色和形状表示地区或所选同类组;中国和所选国家标注名称。任一指数未评估的国家不画出:{n} 个。',
    yIndex: '纵轴指数',
    min: '最小值',
    q1: '下四分位',
    median: '中位数',
    q3: '上四分位',
    max: '最大值',
    mean: '平均值',
    count: '已评估',
    world: '全球',
    colourBy: '着色分组',
    byRegion: '按地区',
    others: '其他国家',
  },
  {
    title: 'Distribution of {index}, {year}',
    boxTitle: '{index} by region, {year}',
    boxCaption: 'Five-number summary by region',
    boxNote:
      'Boxes span the quartiles (linear interpolation), the line is the median, whiskers reach the minimum and maximum (no outlier rule). Unassessed countries are left out.',
    scatterTitle: '{x} and {y}, {year}',
    scatterCaption: 'Both indices by country',
    scatterNote:
      'One point per country; colour and shape show the region or the chosen peer group; China and the selected countries are labelled. Countries missing either index are not drawn: {n}.',
    yIndex: 'Vertical index',
    min: 'Minimum',
    q1: 'Lower quartile',
    median: 'Median',
    q3: 'Upper quartile',
    max: 'Maximum',
    mean: 'Mean',
    count: 'Assessed',
    world: 'World',
    colourBy: 'Colour by',
    byRegion: 'Region',
    others: 'Other countries',
  },
);
