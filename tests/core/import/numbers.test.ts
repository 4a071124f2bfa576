import { describe, expect, it } from 'vitest';
import { detectNumberFormat, indexNumberParser } from '../../../src/core/import/numbers';

const rows = (...cells: string[][]) => cells.map((c) => ({ cells: c }));

describe('detectNumberFormat', () => {
  it.each([
    [';', rows(['CHN', '0,87184'], ['JPN', '0,9']), true],
    ['\t', rows(['CHN', '0,87184']), true],
    // A comma-delimited file cannot hold unquoted decimal commas.
    [',', rows(['CHN', '0,87184']), false],
    // Mixed: a point anywhere means points.
    [';', rows(['CHN', '0,87184'], ['JPN', '0.9']), false],
    [';', rows(['CHN', '1']), false],
  ])('delimiter %j → decimal comma %s', (delimiter, sample, decimalComma) => {
    expect(detectNumberFormat(delimiter, sample, [1])).toEqual({ decimalComma });
  });
});

describe('indexNumberParser', () => {
  const point = indexNumberParser({ decimalComma: false });
  const comma = indexNumberParser({ decimalComma: true });
  it.each([
    [point, '0.87184', 0.87184],
    [point, ' 0.5 ', 0.5],
    [point, '50%', 0.5],
    [point, '87.5%', 0.875],
    [point, '', null],
    [point, 'N/A', null],
    [point, '..', null],
    [point, '—', null],
    [point, '1', 1],
    [point, '1.', 1],
    [point, '.5', 0.5],
    [point, '0', 0],
    [comma, '0,87184', 0.87184],
    [comma, '87,5%', 0.875],
  ])('%#: %j → %j', (parse, raw, expected) => {
    expect(parse(raw)).toBe(expected);
  });
  it.each([
    [point, '0,5'],
    [point, 'high'],
    [point, '=1+1'],
    [point, '%'],
    [comma, '1,2,3'],
    [point, '.'],
    [point, '1.2.3'],
  ])('%#: %j is not a number', (parse, raw) => {
    expect(parse(raw)).toBeNaN();
  });
});
