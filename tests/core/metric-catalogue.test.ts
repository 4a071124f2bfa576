import { describe, expect, it } from 'vitest';
import { loadMetricCatalogueCsv } from '../../src/core/load/metric-catalogue';

const HEADER = 'id,name_zh,name_en,unit,higher_is_better,scope,definition_zh,definition_en';

describe('loadMetricCatalogueCsv', () => {
  it('reads the Chinese and the English definition from their own columns, as written', () => {
    const { rows, issues } = loadMetricCatalogueCsv(
      `${HEADER}\nshare,比例,Share,percent,true,provincial,比例(%)。 (原文为约数),"Share (%), approximate / as stated."\n`,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        id: 'share',
        nameZh: '比例',
        nameEn: 'Share',
        unit: 'percent',
        higherIsBetter: true,
        scope: 'provincial',
        definitionZh: '比例(%)。 (原文为约数)',
        definitionEn: 'Share (%), approximate / as stated.',
      },
    ]);
  });

  it('reports a catalogue with one packed definition column as missing both definition columns', () => {
    const { rows, issues } = loadMetricCatalogueCsv(
      'id,name_zh,name_en,unit,higher_is_better,scope,definition\nshare,比例,Share,percent,true,provincial,比例。 / Share.\n',
    );
    expect(rows).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ severity: 'error', code: 'missing-column' })]);
    expect(issues[0]?.column).toContain('definitionZh');
    expect(issues[0]?.column).toContain('definitionEn');
  });
});
