/**
 * English names and bilingual definitions of the Chinese metrics (words, not figures).
 * Every metric of data/cn has one (tests/core/cn-data.test.ts checks); a metric not
 * listed here would get its Chinese name from the source's wording and an English name
 * derived from the id (see build-cn-data.ts).
 */
export interface CnMetricText {
  zh?: string;
  en: string;
  higherIsBetter?: boolean;
  definition: string;
}

const MAIN_TEXT: Record<string, CnMetricText> = {
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

// The remaining metrics: mostly one source each. `zh` and `en` are the halves of the
// bilingual definition; qualified figures (超过, 突破, 余, 多, 以上) are lower bounds and
// 约/近 approximate, as the source wrote them.
const LOWER = '(原文为下限:超过/余/多) / Lower bound: the source says “more than”.';
const APPROX = '(原文为约数) / Approximate, as the source states.';
const t = (
  en: string,
  zh: string,
  enDef: string,
  extra?: string,
  higherIsBetter?: boolean,
): CnMetricText => ({
  en,
  definition: `${zh}。 / ${enDef}.${extra ? ` ${extra}` : ''}`,
  ...(higherIsBetter === undefined ? {} : { higherIsBetter }),
});

const MORE_TEXT: Record<string, CnMetricText> = {
  actual_online_handling_share: t(
    'Yiwangtongban: share of cases actually handled online',
    '上海“一网通办”实际办件中网上办理的比例(%)',
    'Share of cases actually handled online in Shanghai’s one-stop online service (Yiwangtongban) (%)',
    LOWER,
  ),
  admin_approval_online_handleable_share: t(
    'City and district approval items available online',
    '北京市区两级行政审批事项网上可办率(%)',
    'Share of Beijing city- and district-level administrative approval items available online (%)',
    LOWER,
  ),
  application_materials_reduced: t(
    'Application documents cut',
    '市区两级依申请政务服务事项减少的申请材料份数',
    'Number of application documents no longer required for city- and district-level services applied for',
    LOWER,
  ),
  application_materials_reduction_share: t(
    'Cut in application documents',
    '依申请政务服务事项申请材料精简比例(%)',
    'Share of application documents removed for services applied for (%); scope per row',
  ),
  beijing_full_online_handling_share: t(
    'Beijing: items with fully online handling',
    '北京政务服务事项中“全程网办”的比例(%)',
    'Share of Beijing’s service items with fully online handling (%)',
  ),
  beijing_portal_enterprise_users: t(
    'Beijing online service hall: enterprise users',
    '北京市网上政务服务大厅企业用户数',
    'Enterprise users of the Beijing online government service hall',
  ),
  beijing_portal_personal_users: t(
    'Beijing online service hall: personal users',
    '北京市网上政务服务大厅个人用户总数',
    'Personal users of the Beijing online government service hall',
  ),
  bujianmian_items_published: t(
    'Items published for approval without meeting in person',
    '江苏省市县三级行政机关公布的“不见面审批(服务)”业务数',
    'Items published by Jiangsu’s provincial, city and county agencies for approval (service) without meeting in person',
  ),
  bujianmian_share_of_online_items: t(
    'Approval without meeting in person: share of fully online items',
    '“不见面审批”占应上尽上、全程在线政务服务事项的比重(%)',
    'Share of items approved without meeting in person among items that are online end to end (%)',
    LOWER,
  ),
  central_info_silos_eliminated: t(
    'Information silos eliminated (central ministries)',
    '中央部委层面消除的信息孤岛数',
    'Information silos removed at the level of central ministries',
    LOWER,
  ),
  certificates_cancelled_5y: t(
    'Certificates of proof abolished in five years',
    '近五年取消的办事证明项数',
    'Certificates of proof no longer required for services, over the last five years',
  ),
  cps_consecutive_editions_first_tier: t(
    'Consecutive years in the national first tier (CPS)',
    '中央党校评估中连续位居全国第一方阵的年数',
    'Consecutive years in the national first tier of the CPS assessment',
  ),
  cps_consecutive_editions_ranked_first: t(
    'Consecutive years ranked first (CPS)',
    '中央党校评估中连续居全国第一的年数',
    'Consecutive years ranked first nationally in the CPS assessment; the sources differ in edition',
  ),
  cps_consecutive_editions_top3: t(
    'Consecutive years in the national top 3 (CPS)',
    '省级政府网上政务服务能力第三方评估连续位居全国前三的年数',
    'Consecutive years in the national top 3 of the third-party assessment of provincial online services',
  ),
  cps_provinces_high_count: t(
    'Provinces in the “high” group (CPS)',
    '中央党校评估中指数为“高”(80–90)的省级政府数',
    'Provincial governments with a “high” index (80–90) in the CPS assessment; edition per row',
  ),
  cps_provinces_high_or_above_count: t(
    'Provinces “high” or above (CPS)',
    '中央党校评估中指数为“高”以上的省级政府数',
    'Provincial governments with a “high” or “very high” index in the CPS assessment',
  ),
  cps_provinces_low_count: t(
    'Provinces in the “low” group (CPS)',
    '中央党校评估中指数为“低”(<65)的省级政府数',
    'Provincial governments with a “low” index (below 65) in the CPS assessment',
    undefined,
    false,
  ),
  cps_provinces_medium_count: t(
    'Provinces in the “medium” group (CPS)',
    '中央党校评估中指数为“中”(65–80)的省级政府数',
    'Provincial governments with a “medium” index (65–80) in the CPS assessment; edition per row',
  ),
  cps_provinces_very_high_count: t(
    'Provinces in the “very high” group (CPS)',
    '中央党校评估中指数为“非常高”(>90)的省级政府数',
    'Provincial governments with a “very high” index (above 90) in the CPS assessment; edition per row',
  ),
  cps_provincial_index_mean: t(
    'Mean provincial online service index (CPS)',
    '省级政府网上政务服务能力指数平均值',
    'Mean online service capability index of the provincial governments in the CPS assessment',
  ),
  cps_subindex_rank_guide_accuracy: t(
    'Rank in service-guide accuracy (CPS)',
    '中央党校评估中办事指南准确度指数的排名',
    'Rank in the service-guide accuracy sub-index of the CPS assessment',
  ),
  cps_subindex_rank_online_handling_maturity: t(
    'Rank in online handling maturity (CPS)',
    '中央党校评估中在线办理成熟度指数的排名',
    'Rank in the online handling maturity sub-index of the CPS assessment',
  ),
  cps_subindex_rank_online_service_effectiveness: t(
    'Rank in online service effectiveness (CPS)',
    '中央党校评估中在线服务成效度指数的排名',
    'Rank in the online service effectiveness sub-index of the CPS assessment',
  ),
  e_licence_types: t(
    'Types of electronic licences collected',
    '电子证照库归集的证照种类',
    'Types of licence and certificate held in the province’s electronic licence repository; scope per row',
  ),
  e_licence_types_legal_person: t(
    'Types of legal-person licences made electronic',
    '已电子化的法人证照种类',
    'Types of licence for legal persons (companies, organisations) available in electronic form',
  ),
  e_licence_types_personal: t(
    'Types of personal licences made electronic',
    '已电子化的常用(个人)证照种类',
    'Types of commonly used personal licence available in electronic form',
  ),
  e_licences: t(
    'Electronic licences collected',
    '电子证照库中的电子证照总数',
    'Number of electronic licences held in the province’s repository; scope per row',
    LOWER,
  ),
  e_seals_issued: t(
    'Unified electronic seals issued',
    '全省统一制发的电子印章数',
    'Unified electronic seals issued across the province',
    LOWER,
  ),
  e_seals_registered: t(
    'Electronic seals registered',
    '备案的电子印章数',
    'Electronic seals registered with the authorities',
  ),
  full_online_capable_items: t(
    'Items ready for fully online handling',
    '具备全程网办能力的事项数',
    'Service items that can be handled fully online',
  ),
  full_online_personal_items: t(
    'Personal items with fully online handling (pilot)',
    '全程网办的个人事项数(试点阶段)',
    'Services for individuals with fully online handling, pilot stage; undated in the source',
    LOWER,
  ),
  gov_service_portal_daily_visits: t(
    'Zhejiang government service portal: daily visits',
    '浙江政务服务网日均访问量',
    'Average daily visits to the Zhejiang government service portal',
    LOWER,
  ),
  gov_service_portal_enterprise_users: t(
    'Online service hall: enterprise users',
    '市网上政务服务大厅企业用户数',
    'Enterprise users of the city’s online government service hall',
  ),
  gov_service_portal_items: t(
    'Guangdong government service portal: items available',
    '广东政务服务网可办事项数',
    'Service items that can be handled on the Guangdong government service portal',
    LOWER,
  ),
  gov_service_portal_personal_users: t(
    'Online service hall: personal users',
    '市网上政务服务大厅个人用户总数',
    'Personal users of the city’s online government service hall',
  ),
  gov_service_portal_registered_users: t(
    'Government service portal: registered users',
    '省政务服务网注册用户数',
    'Registered users of the provincial government service portal; scope per row',
  ),
  gov_service_portal_visits: t(
    'Jiangsu government service portal: total visits',
    '江苏政务服务网访问量',
    'Total visits to the Jiangsu government service portal',
    LOWER,
  ),
  health_code_calls: t(
    'Henan health code: cumulative uses',
    '“河南省健康码”累计调用次数',
    'Cumulative number of times the Henan health code was called up',
  ),
  health_code_issued: t(
    'Henan health code: codes issued',
    '“河南省健康码”累计发码量',
    'Cumulative number of Henan health codes issued',
    LOWER,
  ),
  henan_health_code_calls: t(
    'Henan health code: cumulative uses (second source)',
    '河南健康码累计调用次数',
    'Cumulative number of times the Henan health code was called up',
  ),
  henan_health_code_issued: t(
    'Henan health code: codes issued (second source)',
    '河南健康码累计发码量',
    'Cumulative number of Henan health codes issued',
    LOWER,
  ),
  henan_health_code_migrant_workers_served: t(
    'Henan migrant workers given health certificates',
    '通过健康码为河南外出务工人员提供健康证明的人数',
    'Henan migrant workers away from home who received a health certificate through the health code',
    LOWER,
  ),
  items_on_service_middle_platform: t(
    'Items connected to the service middle platform',
    '接入“政务服务中台”的政务服务事项数',
    'Government service items connected to Zhejiang’s shared service middle platform',
  ),
  max_one_visit_capable_items: t(
    'Items ready for “at most one trip”',
    '具备“最多跑一次”能力的事项数',
    'Service items that can be completed with at most one trip',
  ),
  mini_program_users: t(
    'National platform mini-program users',
    '国家政务服务平台小程序用户数',
    'Users of the national government service platform’s mini program',
    LOWER,
  ),
  mobile_app_services: t(
    'Mobile services on the government service platform',
    '政务服务平台提供的移动应用服务数',
    'Mobile application services offered by the government service platform',
  ),
  mobile_app_services_growth: t(
    'Growth of mobile services',
    '政务服务平台移动应用服务数的增长率(%)',
    'Growth in the number of mobile application services of the government service platform (%)',
  ),
  mobile_apps_services: t(
    'Jiangsu government service mobile apps',
    '江苏政务服务移动端的应用数',
    'Applications on Jiangsu’s government service mobile channel',
    LOWER,
  ),
  mobile_cases_2020_01_20_to_03_03: t(
    'Matters handled on mobile, 20 Jan – 3 Mar 2020',
    '2020年1月20日至3月3日浙江群众在掌上办理的政务事项数',
    'Government matters handled on mobile phones in Zhejiang from 20 January to 3 March 2020',
    LOWER,
  ),
  mobile_handleable_items: t(
    'Yukuaiban: high-frequency items available on mobile',
    '“渝快办”移动端可办的高频事项数',
    'High-frequency items that can be handled on the Yukuaiban mobile app (Chongqing)',
  ),
  mobile_monthly_active_users: t(
    'Jiangsu government service mobile: monthly active users',
    '江苏政务服务移动端月活跃用户数',
    'Monthly active users of Jiangsu’s government service mobile channel',
    LOWER,
  ),
  mobile_netizens: t(
    'Mobile internet users',
    '全国手机网民规模',
    'Number of people in China who use the internet on a mobile phone',
  ),
  national_platform_connected_local_govts: t(
    'National platform: local governments connected',
    '国家政务服务平台接入的地方政府数',
    'Local governments (provinces and the Xinjiang Production and Construction Corps) connected to the national platform',
  ),
  national_platform_connected_regions: t(
    'National platform: regions connected',
    '国家政务服务平台联通的地区数',
    'Regions connected to the national government service platform',
  ),
  national_platform_connected_state_council_depts: t(
    'National platform: State Council departments connected',
    '国家政务服务平台联通或接入的国务院部门数',
    'State Council departments connected to the national government service platform',
    '(“40余个”为下限) / “40-odd” is a lower bound.',
  ),
  national_platform_covered_provinces: t(
    'Integrated platform: provinces covered',
    '全国一体化政务服务平台覆盖的省(区、市)数,另含新疆生产建设兵团',
    'Provinces, autonomous regions and municipalities covered by the national integrated platform, plus the Xinjiang Production and Construction Corps',
  ),
  national_platform_covered_state_council_depts: t(
    'Integrated platform: State Council departments covered',
    '全国一体化政务服务平台覆盖的国务院部门数',
    'State Council departments covered by the national integrated platform',
  ),
  national_platform_e_licence_exchanges: t(
    'National platform: electronic licence exchanges',
    '国家政务服务平台运行一年累计提供的电子证照共享交换服务次数',
    'Electronic licence sharing and exchange services provided by the national platform in its first year',
  ),
  national_platform_guideline_key_tasks: t(
    'Integrated platform guideline: key tasks',
    '国务院一体化在线政务服务平台指导意见明确的重点建设任务数',
    'Key construction tasks set out in the State Council guideline on the national integrated online platform',
  ),
  national_platform_high_frequency_services: t(
    'National platform: high-frequency services',
    '国家政务服务平台提供的高频热点办事服务数',
    'High-frequency services offered on the national government service platform',
    LOWER,
  ),
  national_platform_real_name_users: t(
    'National platform: real-name registered users',
    '国家(一体化)政务服务平台实名注册用户数',
    'Users registered under their real name on the national (integrated) government service platform',
    LOWER,
  ),
  netizens: t(
    'Internet users',
    '全国网民规模',
    'Number of internet users in China',
    '(一行为约数) / One row is approximate.',
  ),
  notify_commit_items: t(
    'Items approved on notification and commitment',
    '告知承诺审批事项数(两批)',
    'Items approved on the applicant’s written commitment (two batches)',
  ),
  one_network_handling_share: t(
    'Items with one-stop online service',
    '已实现“一网通办”的事项比例(%)',
    'Share of items available through one-stop online service (%)',
  ),
  one_thing_full_joint_handling: t(
    '“One thing” bundles handled jointly end to end',
    '实现“全程联办”的“一件事”数',
    'Bundled “one thing” services handled jointly by several agencies from start to finish',
  ),
  online_actual_handling_increase_yoy: t(
    'Year-on-year rise in the online handling rate',
    '网上办理实办率同比提升(原文“提升38%”)',
    'Year-on-year rise of the share of cases actually handled online; the source says “up 38%” without saying percent or points',
  ),
  online_cases_mailed_result_share: t(
    'Online applications with results sent by post',
    '网上申请后邮寄领取结果的办件占比(%,2020年2月3日起)',
    'Share of cases applied for online whose result was sent by post (%, since 3 February 2020)',
    LOWER,
  ),
  online_handleable_items: t(
    'Yukuaiban: items available online (PC)',
    '“渝快办”PC端可在线办理的事项数',
    'Items that can be handled online on the Yukuaiban website (Chongqing)',
  ),
  online_handleable_items_all_levels: t(
    'Items available online (province, city, county)',
    '省市县三级可网上办理的事项数',
    'Items of the provincial, city and county levels available online',
  ),
  online_handleable_share_all_levels: t(
    'Share of items available online (province, city, county)',
    '省市县三级可网上办理事项占比(%)',
    'Share of items of the provincial, city and county levels available online (%)',
  ),
  online_platform_cases: t(
    'Cases handled on the online service platform',
    '网上政务服务平台办理的企业和群众审批服务数量',
    'Approval and service cases for businesses and citizens handled on the online platform',
    LOWER,
  ),
  platform_cumulative_user_visits: t(
    'National platform: cumulative user visits',
    '国家政务服务平台累计用户使用量(人次)',
    'Cumulative user visits to the national government service platform',
    LOWER,
  ),
  platform_visitors: t(
    'National platform: visitors',
    '国家政务服务平台访问人数',
    'People who have visited the national government service platform',
    LOWER,
  ),
  portal_convenience_items: t(
    'Jiangsu portal: convenience service items',
    '江苏政务服务网便民服务事项数',
    'Convenience services for citizens listed on the Jiangsu government service portal',
  ),
  portal_power_items: t(
    'Jiangsu portal: administrative power items',
    '江苏政务服务网汇集的省市县三级权力事项数',
    'Administrative power items of the provincial, city and county levels listed on the Jiangsu portal',
  ),
  portal_service_guides: t(
    'Jiangsu portal: service guides',
    '江苏政务服务网提供的办事指南数',
    'Service guides published on the Jiangsu government service portal',
  ),
  prefecture_cities_single_sign_on: t(
    'Prefecture-level cities with single sign-on',
    '实现“一次认证、全网通办”的地市级数',
    'Prefecture-level cities where one identity check gives access to all online services',
  ),
  prefecture_depts_single_sign_on: t(
    'Prefecture-level departments with single sign-on',
    '实现“一次认证、全网通办”的地市级部门数',
    'Prefecture-level departments where one identity check gives access to all online services',
  ),
  prefecture_items_single_sign_on: t(
    'Items with single sign-on',
    '基本实现“一次认证、全网通办”的事项数',
    'Service items where one identity check basically gives access across the network',
  ),
  processing_time_reduction: t(
    'Average cut in processing time',
    '办理时限平均减少比例(%)',
    'Average reduction of processing time limits (%)',
  ),
  provinces_with_digital_gov_plan: t(
    'Provinces with a digital government plan',
    '32个省级单位中出台数字政府规划的省级地方政府数',
    'Provincial governments, of 32, that have issued a digital government plan',
  ),
  provinces_with_gov_service_mobile_app: t(
    'Provinces with a government service mobile app',
    '开通政务服务移动端的省级政府数',
    'Provincial governments offering a government service mobile channel',
  ),
  provinces_with_gov_service_wechat: t(
    'Provinces with a government service WeChat account',
    '开通政务服务微信公众号的省级政府数',
    'Provincial governments with a government service WeChat official account',
  ),
  provinces_with_integrated_platform: t(
    'Provinces with an integrated platform (CPS)',
    '已构建覆盖省市县三级以上一体化网上政务服务平台的省级政府数',
    'Provincial governments with an integrated online platform covering at least the provincial, city and county levels (CPS)',
  ),
  provinces_with_platform_3plus_levels: t(
    'Provinces with a platform covering three or more levels',
    '已构建覆盖省市县三级以上政务服务平台的省级政府数',
    'Provincial governments with a service platform covering at least the provincial, city and county levels',
  ),
  provinces_with_published_digital_gov_plan: t(
    'Provinces with a published digital government plan',
    '出台并公开数字政府规划的省级政府数',
    'Provincial governments that have issued and published a digital government plan',
  ),
  provincial_data_governance_policy_docs: t(
    'Provincial government data governance policy documents',
    '2010年以来31个省(区、市)省级政府层面出台的政务数据治理直接相关政策文件数',
    'Policy documents on government data governance issued at provincial level by the 31 provinces since 2010',
  ),
  provincial_items_online_handleable_share: t(
    'Provincial service items available online',
    '省级政务服务事项可网上办理率(%)',
    'Share of provincial-level service items available online (%)',
  ),
  provincial_permits_full_online_share: t(
    'Provincial permits handled fully online',
    '省本级行政许可类事项实现全流程网上办理的比例(%)',
    'Share of provincial-level administrative permit items handled online from start to finish (%)',
  ),
  provincial_platform_items_1481_as_stated: t(
    'Provincial-level permit and other items (as stated, unclear)',
    '省本级行政许可等事项数(原文“1481个”,含义存疑)',
    'Provincial-level administrative permit and other items as the source states (“1,481”); the meaning is unclear',
  ),
  provincial_platform_real_name_users: t(
    'Provincial platforms: real-name users (CPS)',
    '省级政务服务平台实名用户数(中央党校报告2019版,2018年数据)',
    'Real-name users of the provincial government service platforms in 2018 (CPS report, 2019 edition)',
  ),
  provincial_platform_service_items: t(
    'Provincial platforms: items in 10 categories',
    '省级平台行政确认等10类服务事项数',
    'Service items in 10 categories (administrative confirmation and others) on the provincial platforms',
  ),
  provincial_platforms_with_e_licence_repository: t(
    'Provincial platforms with an electronic licence repository',
    '32个省级政务服务平台中已构建省级电子证照库的数量',
    'Provincial government service platforms, of 32, that have built a provincial electronic licence repository',
  ),
  public_data_pilot_provinces_cities: t(
    'Public data use pilot provinces and cities',
    '公共数据资源开发利用试点省市数',
    'Provinces and cities chosen to pilot the development and use of public data resources',
  ),
  regions_with_5_level_coverage: t(
    'Regions with five-level service coverage',
    '实现省、市、县、乡、村服务五级覆盖的地区数',
    'Regions whose services cover all five levels: province, city, county, township and village',
  ),
  required_certificate_items: t(
    'Matters requiring a certificate of proof',
    '证明事项数(由135项减至)',
    'Matters still requiring a certificate of proof (reduced from 135)',
    undefined,
    false,
  ),
  required_certificate_materials: t(
    'Certificate documents required',
    '证明材料数(由860项减至)',
    'Certificate documents still required (reduced from 860)',
    undefined,
    false,
  ),
  same_day_completion_share: t(
    'Applications completed on the spot or the same day',
    '当场或当天办结的申请比例(%)',
    'Share of applications completed on the spot or on the same day (%)',
  ),
  shared_data_items: t(
    'Data items shared',
    '共享的数据项数(16个重点领域)',
    'Data items shared across 16 key domains',
    APPROX,
  ),
  shared_key_domains: t(
    'Key domains with shared data',
    '共享数据的重点领域数',
    'Key domains in which data are shared',
  ),
  standardized_service_items: t(
    'Service items with standardised handling',
    '初步实现标准化办理的各级政务服务事项数',
    'Government service items of all levels with standardised handling in place',
    APPROX,
  ),
  state_council_vertical_systems_connected: t(
    'State Council vertically managed systems linked up',
    '打通的国务院部门垂直管理信息系统数',
    'Vertically managed information systems of State Council departments connected',
  ),
  suishenban_items: t(
    'Suishenban app: items connected',
    '“随申办”APP接入的事项数',
    'High-frequency items suited to mobile handling connected to the Suishenban app (Shanghai)',
  ),
  suishenban_mau_share: t(
    'Suishenban app: monthly active share of users',
    '“随申办”APP月活跃用户占总用户数的比例(%)',
    'Monthly active users of the Suishenban app as a share of all its users (%)',
  ),
  suishenban_monthly_active_users: t(
    'Suishenban app: monthly active users',
    '“随申办”APP月活跃用户数',
    'Monthly active users of the Suishenban app',
  ),
  suishenban_peak_monthly_active_users: t(
    'Suishenban app: peak monthly active users',
    '“随申办”月活跃用户峰值',
    'Peak monthly active users of the Suishenban app',
    LOWER,
  ),
  suishenma_cumulative_uses: t(
    'Suishenma code: cumulative uses',
    '“随申码”累计使用次数',
    'Cumulative uses of the Suishenma code (Shanghai)',
    LOWER,
  ),
  sukangma_holders: t(
    'Sukangma code holders',
    '领取“苏康码”的人数',
    'People who obtained the Sukangma health code (Jiangsu)',
  ),
  un_2020_national_ranking_as_stated: t(
    '“National ranking” (as stated, unclear)',
    '原文所称“国家排名”,所指不明',
    'A “national ranking” as the source words it; what it ranks is unclear',
  ),
  wanshitong_cumulative_visits: t(
    'Wanshitong app: cumulative service visits',
    '“皖事通”累计服务访问(笔/次)',
    'Cumulative service visits (transactions) on the Wanshitong app (Anhui)',
    LOWER,
  ),
  wanshitong_mobile_services: t(
    'Wanshitong app: services handled on mobile',
    '“皖事通”APP实现“掌上办”的服务数',
    'Services that can be handled on the Wanshitong app',
    LOWER,
  ),
  wanshitong_registered_users: t(
    'Wanshitong app: registered users',
    '“皖事通”注册用户数(原文无日期)',
    'Registered users of the Wanshitong app; undated in the source',
    LOWER,
  ),
  yiwangtongban_cumulative_cases: t(
    'Yiwangtongban: cumulative cases',
    '上海“一网通办”平台累计办件量',
    'Cumulative cases handled on Shanghai’s one-stop online service (Yiwangtongban) platform',
    '(一行为下限) / One row is a lower bound.',
  ),
  yiwangtongban_enterprise_users: t(
    'Yiwangtongban: enterprise users',
    '上海“一网通办”企业用户数',
    'Enterprise users of Shanghai’s one-stop online service (Yiwangtongban)',
  ),
  yiwangtongban_huji_user_share: t(
    'Yiwangtongban: registered residents as a share of the population',
    '“一网通办”户籍用户占上海户籍人口的比例(%)',
    'Yiwangtongban users with Shanghai household registration as a share of all registered residents (%)',
  ),
  yiwangtongban_huji_users: t(
    'Yiwangtongban: users with Shanghai household registration',
    '“一网通办”户籍用户数',
    'Yiwangtongban users with Shanghai household registration (hukou)',
  ),
  yiwangtongban_items_connected: t(
    'Yiwangtongban: service items connected',
    '接入上海“一网通办”平台的政务服务事项数',
    'Government service items connected to the Yiwangtongban platform',
  ),
  yiwangtongban_legal_person_user_share: t(
    'Yiwangtongban: legal-person users as a share of enterprises',
    '“一网通办”法人用户占上海企业法人总数的比例(%)',
    'Legal-person users of Yiwangtongban as a share of all enterprise legal persons in Shanghai (%)',
  ),
  yiwangtongban_legal_person_users: t(
    'Yiwangtongban: legal-person users',
    '“一网通办”法人用户注册量',
    'Registered legal-person (organisation) users of Yiwangtongban',
    LOWER,
  ),
  yiwangtongban_max_one_visit_case_share: t(
    'Yiwangtongban: share of cases with at most one trip',
    '“一网通办”中“最多跑一次”办件量占总办件量的比例(%)',
    'Cases needing at most one trip as a share of all Yiwangtongban cases (%)',
  ),
  yiwangtongban_max_one_visit_cases: t(
    'Yiwangtongban: cases with at most one trip',
    '“一网通办”中“最多跑一次”的办件量',
    'Yiwangtongban cases needing at most one trip',
  ),
  yiwangtongban_personal_real_name_users: t(
    'Yiwangtongban: personal real-name users',
    '“一网通办”个人实名注册用户数',
    'Individuals registered under their real name on Yiwangtongban',
    LOWER,
  ),
  yueshengshi_e_licence_types: t(
    'Yueshengshi app: types of electronic licence',
    '“粤省事”提供的电子证照种类',
    'Types of electronic licence available in the Yueshengshi app (Guangdong)',
  ),
  yueshengshi_no_visit_services: t(
    'Yueshengshi app: items needing no trip',
    '“粤省事”实现“一次不用跑”的事项数',
    'Items in the Yueshengshi app that need no trip at all',
  ),
  yueshengshi_real_name_users: t(
    'Yueshengshi app: real-name users',
    '“粤省事”实名注册用户数',
    'Users registered under their real name in the Yueshengshi app',
    '(一行为下限) / One row is a lower bound.',
  ),
  yueshengshi_registered_users: t(
    'Yueshengshi app: registered users',
    '“粤省事”注册用户数',
    'Registered users of the Yueshengshi app',
    LOWER,
  ),
  yueshengshi_services: t(
    'Yueshengshi app: services available',
    '“粤省事”可办的民生政务服务事项或上线服务数',
    'Services available in the Yueshengshi app; wording differs by row',
    '(一行为下限) / One row is a lower bound.',
  ),
  yueshengshi_transactions: t(
    'Yueshengshi app: transactions in 2020',
    '“粤省事”2020年累计业务量(笔)',
    'Transactions handled in the Yueshengshi app during 2020',
  ),
  yueshengshi_zero_visit_services: t(
    'Yueshengshi app: services with zero trips',
    '“粤省事”实现“零跑动”的服务数',
    'Services in the Yueshengshi app needing zero trips',
  ),
  yuezhizhu_people_served: t(
    'Yuezhizhu kiosks: people served',
    '“粤智助”政务服务自助机服务人数',
    'People served by the Yuezhizhu government self-service kiosks (Guangdong)',
    LOWER,
  ),
  zheliban_service_apps: t(
    'Zheliban app: convenience service applications',
    '“浙里办”便民服务应用数',
    'Convenience service applications in the Zheliban app (Zhejiang)',
    LOWER,
  ),
  zmrc_item_share_city_level: t(
    '“At most one trip” items: city level',
    '设区市本级“最多跑一次”事项占比(%)',
    'Share of items at the level of the prefecture-level cities needing at most one trip (%)',
  ),
  zmrc_item_share_county_level: t(
    '“At most one trip” items: county level',
    '县(市、区)“最多跑一次”事项占比(%)',
    'Share of county-level (county, city, district) items needing at most one trip (%)',
  ),
  zmrc_item_share_provincial_depts: t(
    '“At most one trip” items: provincial departments',
    '省级部门“最多跑一次”事项占比(%)',
    'Share of provincial departments’ items needing at most one trip (%)',
  ),
  zmrc_items_all_levels: t(
    '“At most one trip” items (province, city, county)',
    '省市县三级全部实现“最多跑一次”的办事事项数(除例外事项)',
    'Items of the provincial, city and county levels all needing at most one trip (exceptions excluded)',
  ),
  zmrc_items_published_city_avg: t(
    '“At most one trip” items published: city average',
    '设区市本级平均公布的“最多跑一次”事项数',
    'Average number of items needing at most one trip published by each prefecture-level city',
  ),
  zmrc_items_published_county_avg: t(
    '“At most one trip” items published: county average',
    '县(市、区)平均公布的“最多跑一次”事项数',
    'Average number of items needing at most one trip published by each county, county-level city or district',
  ),
  zmrc_items_published_provincial: t(
    '“At most one trip” items published: provincial units',
    '省级单位公布的“最多跑一次”事项数',
    'Items needing at most one trip published by provincial-level units',
  ),
};

/** Names and definitions per metric id, read by build-cn-data.ts. */
export const CN_METRIC_TEXT: Record<string, CnMetricText> = { ...MAIN_TEXT, ...MORE_TEXT };
