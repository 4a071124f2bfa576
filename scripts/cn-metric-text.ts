/**
 * Names and definitions written for the metrics planners use most (words, not figures).
 * Metrics not listed here get their Chinese name from the source's wording and an
 * English name derived from the id (see build-cn-data.ts).
 */
export const CN_METRIC_TEXT: Record<
  string,
  { zh?: string; en: string; higherIsBetter?: boolean; definition: string }
> = {
  cps_capability_group: {
    zh: '省级政府网上(一体化)政务服务能力分组',
    en: 'Provincial online service capability group',
    definition:
      '中央党校(国家行政学院)电子政务研究中心评估报告中的指数分组:非常高(>90)、高(80–90)、中(65–80)、低(<65)。as_of = 报告版本年份(评估上一年)。 / Group in the CPS (National Academy of Governance) assessment; as_of is the report edition year, which assesses the previous year.',
  },
  cps_capability_rank: {
    zh: '省级政府网上(一体化)政务服务能力总体排名',
    en: 'Provincial online service capability rank (as stated)',
    definition:
      '原文明确说明的总体排名(居首、第一、第三…);不同来源可能并列或相互矛盾,均照录。 / Overall rank as stated in the text; ties and disagreeing sources are kept as published.',
  },
  cps_capability_top10_list_position: {
    zh: '总体排名前10名名单中的位次',
    en: 'Position in the published top-10 list',
    definition:
      '在已发布的有序前10名名单中的位置;名单不显示并列,因此不等同于排名。 / Position in a published ordered top-10 list; such lists do not show ties, so this is not a stated rank.',
  },
  cps_capability_score: {
    zh: '省级政府整体指数得分',
    en: 'Provincial overall index score',
    definition:
      '中央党校评估的省级政府整体指数得分(0–100)。 / Overall index score in the CPS assessment (0–100).',
  },
  cstc_digital_gov_service_tier: {
    zh: '数字政府服务能力梯队(中国软件评测中心)',
    en: 'Digital government service tier (CSTC 2019)',
    definition:
      '中国软件评测中心“2019数字政府服务能力评估”的梯队(优秀/良好);与中央党校报告不同,不可混用。 / Tier in a different evaluation (China Software Testing Center); never mixed with the CPS groups.',
  },
  provincial_permits_online_available_share: {
    zh: '省级行政许可事项网上可办比例',
    en: 'Provincial administrative permits available online',
    definition:
      '省级行政许可事项中实现网上可办的比例(%)。 / Share of provincial-level administrative permit items that can be handled online (%).',
  },
  provincial_permits_online_accept_max_one_visit_share: {
    zh: '省级行政许可事项网上受理和“最多跑一次”比例',
    en: 'Provincial permits accepted online with “at most one trip”',
    definition:
      '省级行政许可事项中实现网上受理和“最多跑一次”的比例(%)。 / Share of provincial-level permit items accepted online and needing at most one trip (%).',
  },
  provincial_permits_online_approval_zero_visit_share: {
    zh: '省级行政许可事项网上审批和“零跑动”比例',
    en: 'Provincial permits approved online with zero trips',
    definition:
      '省级行政许可事项中实现网上审批和“零跑动”的比例(%)。 / Share of provincial-level permit items approved online with no trip (%).',
  },
  provincial_permits_promised_time_cut: {
    zh: '省级行政许可事项平均承诺时限压缩比例',
    en: 'Provincial permits: average cut in promised time limits',
    definition:
      '省级行政许可事项平均承诺办理时限的压缩比例(%)。 / Average reduction of the promised processing time of provincial-level permit items (%).',
  },
  provincial_platform_max_one_visit_share: {
    zh: '32个省级平台实现“最多跑一次”事项比例',
    en: '32 provincial platforms: items needing at most one trip',
    definition:
      '32个省级网上政务服务平台事项中实现“最多跑一次”的比例(%);口径不同于省级行政许可事项。 / Share of items on the 32 provincial online platforms needing at most one trip (%); a different scope from provincial permit items.',
  },
  provincial_platform_no_in_person_share: {
    zh: '32个省级平台实现不见面办理事项比例',
    en: '32 provincial platforms: items handled without meeting in person',
    definition:
      '32个省级网上政务服务平台事项中实现不见面办理的比例(%)。 / Share of items on the 32 provincial platforms handled without an in-person visit (%).',
  },
  provincial_platform_online_booking_prereview_share: {
    zh: '32个省级平台网上在线预约预审事项比例',
    en: '32 provincial platforms: items with online booking and pre-review',
    definition:
      '32个省级网上政务服务平台事项中可网上预约预审的比例(%)。 / Share of items on the 32 provincial platforms with online booking and pre-review (%).',
  },
  un_egdi_value: {
    zh: '联合国电子政务发展指数(EGDI)',
    en: 'UN E-Government Development Index (EGDI)',
    definition: '种子文献中陈述的中国EGDI值(0–1)。 / China’s EGDI as stated in the seed documents (0–1).',
  },
  un_osi_value: {
    zh: '联合国在线服务指数(OSI)',
    en: 'UN Online Service Index (OSI)',
    definition: '种子文献中陈述的中国OSI值(0–1)。 / China’s OSI as stated in the seed documents (0–1).',
  },
  un_egdi_rank: {
    zh: '联合国电子政务发展指数全球排名',
    en: 'UN EGDI world rank',
    definition: '种子文献中陈述的中国EGDI全球排名(193国)。 / China’s EGDI world rank as stated in the seeds.',
  },
  un_osi_rank: {
    zh: '联合国在线服务指数全球排名',
    en: 'UN OSI world rank',
    definition: '种子文献中陈述的中国OSI全球排名。 / China’s OSI world rank as stated in the seeds.',
  },
  un_egdi_rank_improvement_vs_2018: {
    en: 'EGDI rank places gained since 2018',
    higherIsBetter: true,
    definition: '2020年EGDI排名较2018年提升的位数。 / Places gained in the EGDI rank from 2018 to 2020.',
  },
  netizens_per_online_gov_service_user: {
    en: 'Netizens per online government service user (1 in N)',
    higherIsBetter: false,
    definition:
      '“平均每N名网民中有1人运用在线政务服务”中的N。 / N in “one in N netizens uses online government services”.',
  },
  max_one_visit_share: {
    en: 'Items needing at most one trip',
    definition:
      '该省事项中实现“最多跑一次”的比例(%),口径见各行。 / Share of the province’s items needing at most one trip (%); scope per row.',
  },
  zero_visit_share: {
    en: 'Items needing zero trips',
    definition:
      '该省事项中实现“零跑动”的比例(%),口径见各行。 / Share of the province’s items needing no trip (%); scope per row.',
  },
  online_handleable_share: {
    en: 'Items handleable online',
    definition:
      '政务服务事项网上可办率(%),口径见各行。 / Share of service items that can be handled online (%); scope per row.',
  },
  full_online_handling_share: {
    en: 'Items handled fully online',
    definition:
      '“全程网办”事项比例(%),口径见各行。 / Share of items handled fully online (%); scope per row.',
  },
  promised_time_cut: {
    en: 'Cut in promised time limits',
    definition:
      '承诺办理时限压减比例(%),口径见各行。 / Reduction of promised processing time (%); scope per row.',
  },
  provincial_permits_promised_days: {
    en: 'Promised processing time of provincial permits (days)',
    definition:
      '省本级行政许可事项的承诺办理时限(天)。 / Promised processing time of provincial-level permit items (days).',
  },
  avg_visits_city_permits: {
    en: 'Average trips per city-level permit',
    definition: '市级行政许可事项平均跑动次数。 / Average number of trips per city-level permit item.',
  },
};
