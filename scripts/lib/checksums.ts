import { createHash } from 'node:crypto';

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * The two markdown tables the data builds write into data/README.md: sha256 of every
 * input, and rows + sha256 of every output (rows = lines after the header).
 */
export function checksumTables(
  titles: { inputs: string; inputColumn: string; outputs: string },
  inputs: readonly (readonly [name: string, content: string | Buffer])[],
  outputs: Record<string, string>,
): string[] {
  return [
    `### ${titles.inputs}`,
    '',
    `| ${titles.inputColumn} | sha256 |`,
    '|---|---|',
    ...inputs.map(([f, content]) => `| \`${f}\` | \`${sha256(content)}\` |`),
    '',
    `### ${titles.outputs}`,
    '',
    '| file | rows | sha256 |',
    '|---|---|---|',
    ...Object.entries(outputs).map(
      ([rel, text]) => `| \`data/${rel}\` | ${text.trimEnd().split('\n').length - 1} | \`${sha256(text)}\` |`,
    ),
  ];
}
