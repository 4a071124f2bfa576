/**
 * English names of the scopes of the national figures (region 00 of data/cn/metrics.csv),
 * as the sources word them in Chinese. A scope not listed here is shown in its Chinese
 * wording, marked as such (tests/features/milestones-scope-names.test.ts checks that every
 * national scope of the shipped data is listed).
 */
export const SCOPE_EN: Readonly<Record<string, string>> = {
  中央部委层面: 'central ministries',
  '全国(省级汇总)': 'national (sum of the provinces)',
  政务服务平台: 'government service platforms',
  全国: 'national',
  国家政务服务平台: 'national government service platform',
  '国家政务服务平台(上线试运行时)': 'national government service platform (at its trial launch)',
  全国一体化政务服务平台: 'national integrated government service platform',
  '全国一体化在线政务服务平台(国务院指导意见)':
    'national integrated online government service platform (State Council guideline)',
  全国网民: 'internet users nationwide',
  '政务服务平台(PC端、APP和小程序)': 'government service platforms (PC, apps and mini-programs)',
  地市级: 'prefecture-level cities',
  '32个省级单位': '32 provincial units',
  省级政府: 'provincial governments',
  省级地方政府: 'provincial local governments',
  '全国31个省(自治区、直辖市)': '31 provinces, autonomous regions and municipalities',
  省级行政许可事项: 'provincial administrative permits',
  '32个省级政务服务平台': '32 provincial government service platforms',
  '32个省级网上政务服务平台': '32 provincial online government service platforms',
  '中央网信办试点(全国)': 'Cyberspace Administration pilot (national)',
  省级地区: 'provincial regions',
  国家数据共享交换平台: 'national data sharing and exchange platform',
  全国各级政务服务事项: 'government service items at every level nationwide',
  '全国(联合国电子政务调查)': 'national (UN E-Government Survey)',
};

/** A scope in the UI language; `translated` is false when only the Chinese wording is known. */
export function scopeName(scope: string, lang: 'zh' | 'en'): { text: string; translated: boolean } {
  if (lang === 'zh') return { text: scope, translated: true };
  const en = Object.hasOwn(SCOPE_EN, scope) ? SCOPE_EN[scope] : undefined;
  return en ? { text: en, translated: true } : { text: scope, translated: false };
}
