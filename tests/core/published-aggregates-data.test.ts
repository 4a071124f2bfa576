/**
 * The app's own figures, computed from the shipped data/ (surveys.csv, countries.csv with
 * UN M49 regions), against every figure the UN published (data/un-egov/published-aggregates.csv),
 * at the published precision. A row whose `known_difference` names why the UN's figure
 * differs must still differ: if the data come to match, the explanation is stale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/dataset';
import { compareWithPublished } from '../../src/core/indicators/published-aggregates';
import { loadAliasesCsv, loadCountriesCsv } from '../../src/core/load/countries';
import { buildGazetteer } from '../../src/core/load/gazetteer';
import { loadPublishedAggregatesCsv } from '../../src/core/load/published-aggregates';
import { loadSurveyCsv } from '../../src/core/load/surveys';

const read = (name: string) => readFileSync(new URL(`../../data/un-egov/${name}`, import.meta.url), 'utf8');
const countries = loadCountriesCsv(read('countries.csv')).rows;
const gazetteer = buildGazetteer(countries, loadAliasesCsv(read('name-aliases.csv')).rows);
const ds = buildDataset(
  loadSurveyCsv(read('surveys.csv'), gazetteer, { outOfRange: 'keep' }).rows,
  countries,
);
const published = loadPublishedAggregatesCsv(read('published-aggregates.csv'));

const label = (r: (typeof published.rows)[number]) =>
  `row ${r.line}: ${r.year} ${r.scope} ${r.metric}${r.groups.length ? ` ${r.groups.join('+')}` : ''} = ${r.value}`;

describe('data/un-egov/published-aggregates.csv', () => {
  it('loads with no issue at all', () => {
    expect(published.issues).toEqual([]);
    expect(published.rows.length).toBeGreaterThan(0);
  });

  it('covers the 2018, 2020, 2022 and 2024 editions, world and every region', () => {
    const years = new Set(published.rows.map((r) => r.year));
    for (const y of [2018, 2020, 2022, 2024]) expect(years).toContain(y);
    const scopes = new Set(published.rows.map((r) => r.scope));
    expect([...scopes].sort()).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'World']);
  });

  it.each(published.rows.filter((r) => r.knownDifference === '').map((r) => [label(r), r] as const))(
    'the computed figure matches %s at the published precision',
    (_, row) => {
      const c = compareWithPublished(ds, row);
      expect(c.computedAtPrecision).toBe(c.publishedAtPrecision);
    },
  );

  it.each(published.rows.filter((r) => r.knownDifference !== '').map((r) => [label(r), r] as const))(
    'the computed figure still differs from %s, for the reason the file gives',
    (_, row) => {
      const c = compareWithPublished(ds, row);
      expect(c.matches).toBe(false);
      expect(row.knownDifference.length).toBeGreaterThan(40);
    },
  );
});
