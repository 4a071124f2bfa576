/**
 * A metric name without the report edition it was first catalogued under:
 * "指数“高”的省级政府数(报告2017版) · 全国" -> "指数“高”的省级政府数 · 全国". For a panel that
 * plots several editions, where one edition in its title would misname the others.
 * Parentheses may be ASCII or full-width; other parentheses (scope, source) are kept.
 */
export function withoutEdition(name: string): string {
  return name.replace(/[(\uff08](?:截至)?报告\d{4}版[)\uff09]/gu, '');
}
