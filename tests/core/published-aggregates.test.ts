/** Loader and computation for the UN's published aggregates, on hand-made fixtures. */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/dataset';
import {
  atPrecision,
  compareWithPublished,
  computeAggregate,
  publishedFor,
} from '../../src/core/indicators/published-aggregates';
import { loadPublishedAggregatesCsv } from '../../src/core/load/published-aggregates';
import { COUNTRIES, surveyRow } from './fixtures';

const HEADER =
  'year,scope,metric,group,value,quote,original,locator,copy_url,copy_kind,known_difference,known_difference_zh';
const CITED = '"The quote, verbatim.","UN DESA, Survey 2030",p. 1,https://example.org/a,official';
// Each fixture line ends with its known_difference; the Chinese one is the same text.
const file = (...lines: string[]) =>
  [HEADER, ...lines.map((l) => `${l},${l.slice(l.lastIndexOf(',') + 1)}`)].join('\n') + '\n';

describe('loadPublishedAggregatesCsv', () => {
  it('wants an explanation in both languages or in neither', () => {
    const text = `${HEADER}\n2030,Europe,mean_egdi,,0.8490,${CITED},why,\n`;
    const { rows, issues } = loadPublishedAggregatesCsv(text);
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.code, i.column])).toEqual([['missing-citation', 'known_difference_zh']]);
  });

  it('reads a row with its precision, groups and citation', () => {
    const { rows, issues } = loadPublishedAggregatesCsv(
      file(
        `2030,Europe,mean_egdi,,0.8490,${CITED},`,
        `2030,World,percent_in_group,very-high+high,65,${CITED},x`,
      ),
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      year: 2030,
      scope: 'Europe',
      metric: 'mean_egdi',
      groups: [],
      value: 0.849,
      decimals: 4,
      quote: 'The quote, verbatim.',
      original: 'UN DESA, Survey 2030',
      locator: 'p. 1',
      copyUrl: 'https://example.org/a',
      copyKind: 'official',
      knownDifference: '',
    });
    expect(rows[1]).toMatchObject({ groups: ['very-high', 'high'], decimals: 0, knownDifference: 'x' });
  });

  it.each([
    ['20x0,World,mean_egdi,,0.5', 'bad-year', 'year'],
    ['2030,Asia-Pacific,mean_egdi,,0.5', 'unknown-region', 'scope'],
    ['2030,World,median_egdi,,0.5', 'unknown-format', 'metric'],
    ['2030,World,count_in_group,,5', 'unknown-format', 'group'],
    ['2030,World,count_in_group,very high,5', 'unknown-format', 'group'],
    ['2030,World,mean_egdi,high,0.5', 'unknown-format', 'group'],
    ['2030,World,mean_egdi,,n/a', 'not-a-number', 'value'],
  ])('rejects %j with %s in column %s', (start, code, column) => {
    const { rows, issues } = loadPublishedAggregatesCsv(file(`${start},${CITED},`));
    expect(rows).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code, row: 2, column })]);
  });

  it('rejects a figure without its quote, original or copy address, or with a copy that is not a web address', () => {
    const { rows, issues } = loadPublishedAggregatesCsv(
      file(
        '2030,World,mean_egdi,,0.5,,"UN DESA",p. 1,https://example.org/a,official,',
        '2030,World,countries,,193,"q",,p. 1,,official,',
        '2030,World,count_in_group,low,7,"q","UN DESA",,file:///tmp/a,official,',
        '2030,World,count_in_group,high,7,"q","UN DESA",,https://example.org/a,blog,',
      ),
    );
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['missing-citation', 2, 'quote'],
      ['missing-citation', 3, 'original, copyUrl'],
      ['missing-citation', 4, 'copy_url'],
      ['missing-citation', 5, 'copy_kind'],
    ]);
  });

  it('keeps one figure cited from two copies, rejects the same copy twice, flags copies that disagree', () => {
    const other = CITED.replace('https://example.org/a', 'https://example.org/b');
    const { rows, issues } = loadPublishedAggregatesCsv(
      file(
        `2030,Asia,mean_egdi,,0.6,${CITED},`,
        `2030,Asia,mean_egdi,,0.6,${CITED},`,
        `2030,Asia,mean_egdi,,0.7,${other},`,
      ),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(issues.map((i) => [i.severity, i.code, i.row])).toEqual([
      ['error', 'duplicate', 3],
      ['warning', 'conflict', 4],
    ]);
  });

  it('reports missing columns', () => {
    const { rows, issues } = loadPublishedAggregatesCsv('year,scope,value\n2030,World,0.5\n');
    expect(rows).toEqual([]);
    expect(issues[0]).toMatchObject({ code: 'missing-column', row: 1 });
  });
});

// Invented values: Europe DNK 0.9 (very high), MKD 0.6 (high); Africa TCD 0.2 (low),
// CIV 0.5 (high: 0.50 is the lower bound of High), SSD not assessed; Asia CHN 0.75 (High:
// Very High is strictly above 0.75), TUR 0.3 (middle). Americas and Oceania absent.
const ds = buildDataset(
  [
    surveyRow({ year: 2030, iso3: 'DNK', egdi: 0.9 }),
    surveyRow({ year: 2030, iso3: 'MKD', egdi: 0.6 }),
    surveyRow({ year: 2030, iso3: 'TCD', egdi: 0.2 }),
    surveyRow({ year: 2030, iso3: 'CIV', egdi: 0.5 }),
    surveyRow({ year: 2030, iso3: 'SSD', egdi: null }),
    surveyRow({ year: 2030, iso3: 'CHN', egdi: 0.75 }),
    surveyRow({ year: 2030, iso3: 'TUR', egdi: 0.3 }),
  ],
  COUNTRIES,
);
const q = (
  scope: 'World' | 'Europe' | 'Africa' | 'Asia' | 'Oceania',
  metric: Parameters<typeof computeAggregate>[1]['metric'],
  groups: ('very-high' | 'high' | 'middle' | 'low')[] = [],
) => computeAggregate(ds, { year: 2030, scope, metric, groups });

describe('computeAggregate', () => {
  it('averages the assessed countries of a region, leaving the unassessed out', () => {
    expect(q('Africa', 'mean_egdi')).toEqual({ value: (0.2 + 0.5) / 2, assessed: 2 });
    expect(q('World', 'mean_egdi').value).toBeCloseTo((0.9 + 0.6 + 0.2 + 0.5 + 0.75 + 0.3) / 6, 12);
    expect(q('World', 'countries')).toEqual({ value: 6, assessed: 6 });
  });

  it('counts countries per EGDI group with the project thresholds', () => {
    expect(q('World', 'count_in_group', ['very-high']).value).toBe(1);
    expect(q('World', 'count_in_group', ['high']).value).toBe(3);
    expect(q('World', 'count_in_group', ['middle']).value).toBe(1);
    expect(q('World', 'count_in_group', ['low']).value).toBe(1);
    expect(q('Asia', 'count_in_group', ['very-high']).value).toBe(0);
    expect(q('World', 'percent_in_group', ['very-high', 'high']).value).toBeCloseTo(400 / 6, 12);
  });

  it('counts the countries above the world mean of the edition', () => {
    // World mean 3.25 / 6 = 0.5417: DNK, MKD and CHN are above.
    expect(q('Europe', 'count_above_world_mean').value).toBe(2);
    expect(q('Asia', 'count_above_world_mean').value).toBe(1);
    expect(q('Africa', 'count_above_world_mean').value).toBe(0);
  });

  it('gives null, not 0, for a scope with no assessed country', () => {
    expect(q('Oceania', 'mean_egdi')).toEqual({ value: null, assessed: 0 });
    expect(q('Oceania', 'count_in_group', ['low'])).toEqual({ value: null, assessed: 0 });
  });
});

describe('compareWithPublished', () => {
  const published = (value: string, metric = 'mean_egdi', scope = 'Africa') => {
    const [row] = loadPublishedAggregatesCsv(file(`2030,${scope},${metric},,${value},${CITED},`)).rows;
    if (!row) throw new Error(`fixture row ${value} did not load`);
    return row;
  };

  it('rounds half up on the decimal value', () => {
    expect(atPrecision(0.35, 1)).toBe('0.4');
    expect(atPrecision((0.2 + 0.5) / 2, 1)).toBe('0.4');
    expect(atPrecision(0.34999, 1)).toBe('0.3');
    expect(atPrecision(0.638165, 3)).toBe('0.638');
    expect(atPrecision(65.2849, 0)).toBe('65');
    expect(atPrecision(-0.25, 1)).toBe('-0.3');
    expect(atPrecision(-0.01, 1)).toBe('0.0');
  });

  it('matches at the published precision and not beyond', () => {
    // Africa's mean is (0.2 + 0.5) / 2 = 0.35.
    expect(compareWithPublished(ds, published('0.35')).matches).toBe(true);
    expect(compareWithPublished(ds, published('0.350')).matches).toBe(true);
    expect(compareWithPublished(ds, published('0.3')).matches).toBe(false);
    expect(compareWithPublished(ds, published('0.4')).matches).toBe(true);
    expect(compareWithPublished(ds, published('0.3500')).computedAtPrecision).toBe('0.3500');
  });

  it('does not match a figure with nothing computed', () => {
    const c = compareWithPublished(ds, published('0.5', 'mean_egdi', 'Oceania'));
    expect(c).toMatchObject({ matches: false, computedAtPrecision: null, publishedAtPrecision: '0.5' });
  });

  it('finds the published figures of a statistic whatever the order of its groups', () => {
    const rows = loadPublishedAggregatesCsv(
      file(`2030,World,percent_in_group,very-high+high,65,${CITED},`),
    ).rows;
    expect(
      publishedFor(rows, {
        year: 2030,
        scope: 'World',
        metric: 'percent_in_group',
        groups: ['high', 'very-high'],
      }),
    ).toHaveLength(1);
    expect(
      publishedFor(rows, { year: 2030, scope: 'World', metric: 'percent_in_group', groups: ['high'] }),
    ).toEqual([]);
  });
});
