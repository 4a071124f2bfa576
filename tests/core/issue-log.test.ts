import { describe, expect, it } from 'vitest';
import { addUnlisted, issueLog } from '../../src/core/issues';
import type { Issue } from '../../src/core/issues';

const error = (row: number, code: Issue['code'] = 'not-a-number'): Issue => ({
  severity: 'error',
  code,
  row,
  column: 'egdi',
  message: `row ${row}`,
});

describe('issueLog', () => {
  it('lists up to max errors and max warnings, and counts the rest by code and by row', () => {
    const log = issueLog(2);
    let built = 0;
    for (const row of [2, 2, 3, 3, 4]) log.add('error', 'not-a-number', row, () => (built++, error(row)));
    log.push({ ...error(3, 'unknown-edition'), severity: 'warning' });
    expect(log.listed.map((i) => [i.severity, i.row])).toEqual([
      ['error', 2],
      ['error', 2],
      ['warning', 3],
    ]);
    // Only listed issues are built.
    expect(built).toBe(2);
    // Rows 3 and 4 have errors none of which is listed; row 3 counts once.
    expect(log.unlisted()).toEqual({ counts: { 'not-a-number': 3 }, rows: 2 });
  });

  it('does not count a row again whose first error is listed', () => {
    const log = issueLog(1);
    log.push(error(5));
    log.push(error(5, 'bad-rank'));
    expect(log.unlisted()).toEqual({ counts: { 'bad-rank': 1 }, rows: 0 });
  });

  it('adds up what several readers left unlisted', () => {
    expect(
      addUnlisted(
        { counts: { duplicate: 2 }, rows: 2 },
        { counts: { duplicate: 1, 'ragged-row': 4 }, rows: 5 },
      ),
    ).toEqual({ counts: { duplicate: 3, 'ragged-row': 4 }, rows: 7 });
  });
});
