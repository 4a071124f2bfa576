import { describe, expect, it } from 'vitest';
import {
  loadParts,
  onPartsRegistered,
  partsFor,
  partsRegistered,
  registerMap,
} from '../../src/components/echarts/lazy-parts';
import { renderSvg } from '../../src/components/echarts/render-still';
import { boxplotByGroup } from '../../src/charts/boxplot-by-group';
import { choropleth } from '../../src/charts/choropleth';
import { lineOverTime } from '../../src/charts/line-over-time';
import { presenterOption } from '../../src/charts/presenter';
import { rankingBars } from '../../src/charts/ranking-bars';
import { scatterGroups } from '../../src/charts/scatter-groups';

const format = (v: number, d: number) => v.toFixed(d);
const SIZE = { width: 400, height: 300 };

// A map of one square area named 'A', hand-made.
const SQUARE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'A' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
        ],
      },
    },
  ],
} as const;

// First in the file: nothing has registered the map series yet.
describe('registerMap', () => {
  it('registers the map series first, so the registered geometry is drawn', async () => {
    expect(partsRegistered(['map'])).toBe(false);
    await registerMap('test-square', SQUARE as never);
    const svg = await renderSvg(
      {
        series: [
          {
            type: 'map',
            map: 'test-square',
            data: [{ name: 'A', value: 1 }],
            itemStyle: { areaColor: '#abcdef' },
          },
        ],
      },
      SIZE,
    );
    expect(svg).toContain('fill="#abcdef"');
  });
});

describe('partsFor', () => {
  it('needs nothing lazy for lines; bars load with the pages that draw them', () => {
    expect(partsFor({ series: [{ type: 'line' }], legend: {} })).toEqual([]);
    expect(partsFor({})).toEqual([]);
    expect(partsFor({ series: [{ type: 'line' }, { type: 'bar' }], legend: {} })).toEqual(['bar']);
  });

  it('finds series kinds, series features and components, in a fixed order', () => {
    expect(partsFor({ series: { type: 'scatter', labelLayout: {} }, title: { text: 't' } })).toEqual([
      'scatter',
      'labelLayout',
      'title',
    ]);
    expect(partsFor({ series: [{ type: 'line', markLine: { data: [] } }] })).toEqual(['markLine']);
    expect(partsFor({ visualMap: { type: 'piecewise' }, series: [] })).toEqual(['map']);
  });

  it('covers what the chart builders draw', () => {
    const line = lineOverTime({
      series: [
        { name: 'A', points: [{ year: 2020, value: 0.5 }] },
        { name: 'B', points: [{ year: 2020, value: 0.4 }] },
      ],
      yName: 'EGDI',
      decimals: 4,
      format,
      missingLabel: '—',
    });
    expect(partsFor(line)).toEqual([]);
    // Presenter mode hides overlapping labels: the label layout must load with it.
    expect(partsFor(presenterOption(line, String))).toEqual(['labelLayout']);
    expect(
      partsFor(
        choropleth({
          mapName: 'm',
          values: new Map([['AAA', 0.5]]),
          names: new Map([['AAA', 'A']]),
          bands: [{ gte: 0, lte: 1, label: 'all', color: '#000' }],
          seriesName: 'EGDI',
          format,
          missingLabel: '—',
          notCoveredLabel: '—',
        }),
      ),
    ).toEqual(['map']);
    const box = boxplotByGroup({
      groups: [{ name: 'World', min: 0.1, q1: 0.2, median: 0.3, q3: 0.4, max: 0.5, count: 5 }],
      yName: 'EGDI',
      format,
      labels: { min: 'min', q1: 'q1', median: 'median', q3: 'q3', max: 'max', count: 'n' },
    });
    expect(partsFor(box)).toContain('boxplot');
    const scatter = scatterGroups({
      groups: [
        { name: 'Asia', color: '#000', symbol: 'circle', points: [{ id: 'A', name: 'A', x: 0.1, y: 0.2 }] },
      ],
      xName: 'OSI',
      yName: 'HCI',
      format,
    });
    expect(partsFor(scatter)).toEqual(['scatter']);
    // Lower-is-better ranks are drawn as dots.
    const ranks = rankingBars({
      bars: [{ name: 'A', value: 1, rank: 1 }],
      valueName: 'rank',
      format: String,
      rankLabel: String,
      lowerIsBetter: true,
    });
    expect(partsFor(ranks)).toEqual(['scatter']);
    const values = rankingBars({
      bars: [{ name: 'A', value: 0.5, rank: 1 }],
      valueName: 'EGDI',
      format: String,
      rankLabel: String,
    });
    expect(partsFor(values)).toEqual(['bar']);
  });
});

describe('loadParts', () => {
  it('registers a part once and tells the listeners', async () => {
    let calls = 0;
    const off = onPartsRegistered(() => {
      calls += 1;
    });
    expect(partsRegistered(['title'])).toBe(false);
    await Promise.all([loadParts(['title']), loadParts(['title'])]);
    await loadParts(['title']);
    off();
    expect(partsRegistered(['title'])).toBe(true);
    expect(calls).toBe(1);
  });

  it('lets a still image draw a lazily registered kind (box plot)', async () => {
    const option = {
      ...boxplotByGroup({
        groups: [{ name: 'World', min: 0.1, q1: 0.2, median: 0.3, q3: 0.4, max: 0.5, count: 5 }],
        yName: 'EGDI',
        format,
        labels: { min: 'min', q1: 'q1', median: 'median', q3: 'q3', max: 'max', count: 'n' },
      }),
      aria: { enabled: false },
    };
    const series = (option.series as object[]).map((s) => ({ ...s, itemStyle: { borderColor: '#abcdef' } }));
    const svg = await renderSvg({ ...option, series }, SIZE);
    expect(svg).toContain('stroke="#abcdef"');
  });
});
