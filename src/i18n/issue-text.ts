import { fill } from './fill';
import type { Lang } from './dictionary';
import type { Issue, IssueCode } from '../core/issues';

/**
 * The reason shown for each issue code, in both UI languages. Placeholders are filled
 * from the issue's params (as plain text: React escapes it when rendered).
 */
export const ISSUE_TEXT: Record<IssueCode, Record<Lang, string>> = {
  'empty-file': { zh: '文件是空的。', en: 'The file is empty.' },
  'header-only': { zh: '文件只有表头,没有数据行。', en: 'The file has a header but no data rows.' },
  'too-large': {
    zh: '文件有 {size} MB,超过 {limit} MB 的上限。',
    en: 'The file is {size} MB; the limit is {limit} MB.',
  },
  'binary-file': {
    zh: '“{name}”是二进制文件,不是 CSV、TSV 或 XLSX。',
    en: '“{name}” is a binary file, not CSV, TSV or XLSX.',
  },
  'html-file': {
    zh: '“{name}”是网页或 XML,不是另存为 CSV 的表格。',
    en: '“{name}” is a web page or XML, not a table saved as CSV.',
  },
  'not-xlsx': {
    zh: '“{name}”无法作为 Excel 工作簿读取。',
    en: '“{name}” could not be read as an Excel workbook.',
  },
  'xlsx-renamed': {
    zh: '“{name}”实为 Excel 工作簿(扩展名被改过),已按 XLSX 读取。',
    en: '“{name}” is an Excel workbook with a text file name; it was read as XLSX.',
  },
  'bad-encoding': {
    zh: '有 {count} 个字符无法解码(按 {encoding} 读取),请检查文件编码。',
    en: '{count} character(s) could not be decoded (read as {encoding}); check the encoding.',
  },
  'unknown-format': {
    zh: '无法识别这些列:{header}。请把列对应到字段。',
    en: 'The columns were not recognised: {header}. Map them to fields.',
  },
  'header-row': {
    zh: '表头在第 {row} 行;其上方的 {skipped} 行(标题等)已跳过。',
    en: 'The header is on row {row}; the {skipped} row(s) above it (a title) were skipped.',
  },
  'footer-notes': {
    zh: '表格下方的 {count} 行被读作注释(来源、说明),不是数据:“{text}”。',
    en: '{count} line(s) under the table were read as notes (source, remarks), not data: “{text}”.',
  },
  'two-row-header': {
    zh: '表头占两行(第 {first}–{row} 行),已合并为一行读取。',
    en: 'The header spans two rows ({first}–{row}); they were read as one.',
  },
  'missing-column': { zh: '缺少必需的列:{columns}。', en: 'Required column(s) missing: {columns}.' },
  'parse-error': {
    zh: '此行无法解析(引号未闭合等)。',
    en: 'This row could not be parsed (e.g. an unclosed quote).',
  },
  'ragged-row': {
    zh: '此行有 {cells} 个单元格,表头有 {expected} 列;可能分隔符混用,已拒绝。',
    en: 'This row has {cells} cells, the header {expected}; mixed delimiters? Rejected.',
  },
  'not-a-number': { zh: '“{value}”不是数字。', en: '“{value}” is not a number.' },
  'out-of-range': { zh: '{value} 超出 0–1 的范围。', en: '{value} is outside 0–1.' },
  'bad-year': { zh: '“{value}”不是有效的调查年份。', en: '“{value}” is not a survey year.' },
  'unknown-edition': {
    zh: '{value} 年不是已发布的版次,作为新版次保留。',
    en: '{value} is not a published edition; kept as a new edition.',
  },
  'bad-rank': { zh: '“{value}”不是有效排名。', en: '“{value}” is not a rank.' },
  'unknown-country': { zh: '未知国家“{value}”。', en: 'Unknown country “{value}”.' },
  duplicate: {
    zh: '“{value}”在同一年份出现第二次,已拒绝。',
    en: 'A second row for “{value}” in the same year; rejected.',
  },
  unassessed: {
    zh: '“{value}”在 {year} 年未评估,数值留空。',
    en: '“{value}” was not assessed in {year}; values left empty.',
  },
  'unknown-indicator': { zh: '未知指标“{value}”。', en: 'Unknown indicator “{value}”.' },
  // Codes of the provincial metrics loader (the Provinces page imports those tables).
  'unknown-region': { zh: '未知省份“{name}”。', en: 'Unknown province “{name}”.' },
  'unknown-metric': {
    zh: '指标“{metric}”不在本应用的指标目录中,已作为新指标保留。',
    en: 'The metric “{metric}” is not in the catalogue; kept as a new metric.',
  },
  'missing-metric': { zh: '此行没有指标。', en: 'This row names no metric.' },
  'missing-value': {
    zh: '数值为空:缺失不是零,此行已跳过。',
    en: 'The value is empty: missing is not zero, so the row was skipped.',
  },
  'not-a-group': {
    zh: '“{value}”不是分组名称({labels})。',
    en: '“{value}” is not a group name ({labels}).',
  },
  'unknown-unit': {
    zh: '单位“{unit}”不符或未知(可用:{units})。',
    en: 'The unit “{unit}” is unknown or does not match (use: {units}).',
  },
  'bad-date': { zh: '日期无效(应为 YYYY 或 YYYY-MM)。', en: 'Not a date (YYYY or YYYY-MM).' },
  'missing-citation': { zh: '缺少来源或引文。', en: 'No source or no quote.' },
  conflict: { zh: '与第 {other} 行的数值不同。', en: 'A different value than row {other}.' },
  'lossy-name': {
    zh: '“{value}”有字符在保存时丢失,已按“{name}”读取。',
    en: '“{value}” lost characters when saved; read as “{name}”.',
  },
  'provincial-table': {
    zh: '这是省级指标表(省份、指标、数值),请在“省级”页面导入。',
    en: 'This is a provincial metrics table (province, metric, value): import it on the Provinces page.',
  },
  'formula-no-value': {
    zh: '有 {count} 个公式单元格没有保存计算结果({cells}),已按空值读取,不会替换已载入的数值;请在 Excel 中重新计算并保存后再导入。',
    en: '{count} formula cell(s) hold no saved result ({cells}); read as blank, they never replace loaded values. Recalculate and save the workbook in Excel to import them.',
  },
  'formula-like': {
    zh: '名称“{value}”以公式字符开头;导出时会加撇号使其不被执行。',
    en: 'The name “{value}” starts like a formula; exports neutralise it.',
  },
};

/** The reason for an issue in the UI language; params missing from the issue stay as placeholders. */
/** Fields a missing column names, as a person reads them (a file's own column names stay as they are). */
const FIELD_LABEL: Record<string, Record<Lang, string>> = {
  egdi: { zh: 'EGDI(或任一指数:OSI、HCI、TII、EPI)', en: 'EGDI (or any index: OSI, HCI, TII, EPI)' },
  country: { zh: '国家(名称或 ISO3 代码)', en: 'country (name or ISO3 code)' },
  year: { zh: '年份', en: 'year' },
};

export function issueText(issue: Pick<Issue, 'code' | 'params'>, lang: Lang): string {
  const params = { ...issue.params };
  if (issue.code === 'missing-column' && typeof params.columns === 'string')
    params.columns = params.columns
      .split(', ')
      .map((c) => FIELD_LABEL[c]?.[lang] ?? c)
      .join(lang === 'zh' ? '、' : ', ');
  return fill(ISSUE_TEXT[issue.code][lang], params);
}
