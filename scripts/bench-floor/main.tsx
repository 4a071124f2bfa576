// The benchmark's floor page (see scripts/bench-floor.ts): the least this stack can do for
// one chart. React plus tree-shaken ECharts draw one line chart from a small CSV fetched
// from the same origin; a native select redraws it. Like the app's EChart component it
// sets data-rendered="true" and marks 'first-chart' on the first 'finished' event.
import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

const INDICES = ['egdi', 'osi', 'hci', 'tii', 'epi'] as const;
type Index = (typeof INDICES)[number];
interface Row {
  year: number;
  iso3: string;
  values: Record<Index, number | null>;
}

/** year,iso3,egdi,osi,hci,tii,epi with a header row; an empty cell is missing. */
function parse(text: string): Row[] {
  const lines = text.trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const cell = (name: string) => cells[header.indexOf(name)] ?? '';
    const values = {} as Record<Index, number | null>;
    for (const id of INDICES) values[id] = cell(id) === '' ? null : Number(cell(id));
    return { year: Number(cell('year')), iso3: cell('iso3'), values };
  });
}

// The data request starts as soon as the code runs, not after the first render.
const data = fetch('./series.csv').then((res) => {
  if (!res.ok) throw new Error(`series.csv: HTTP ${res.status}`);
  return res.text().then(parse);
});

let firstChartMarked = false;

function Chart({ option }: { option: echarts.EChartsCoreOption }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('finished', () => {
      el.dataset.rendered = 'true';
      if (!firstChartMarked) {
        firstChartMarked = true;
        performance.mark('first-chart');
      }
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);
  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);
  return (
    <div ref={ref} className="e-chart" role="img" aria-label="chart" style={{ width: '100%', height: 420 }} />
  );
}

function Floor() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [index, setIndex] = useState<Index>('egdi');
  useEffect(() => {
    data.then(setRows, (err: unknown) => setError(String(err)));
  }, []);
  const option = useMemo(() => {
    const years = [...new Set((rows ?? []).map((r) => r.year))].sort((a, b) => a - b);
    const countries = [...new Set((rows ?? []).map((r) => r.iso3))];
    return {
      // As in the app's charts: 'finished' then fires on the first frame drawn.
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 24, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: countries.map((iso3) => ({
        type: 'line',
        name: iso3,
        connectNulls: false,
        data: years.map((y) => rows?.find((r) => r.year === y && r.iso3 === iso3)?.values[index] ?? null),
      })),
    };
  }, [rows, index]);
  if (error) return <p role="alert">{error}</p>;
  if (!rows) return <p role="status">Loading</p>;
  return (
    <main>
      <label>
        Index{' '}
        <select
          data-testid="floor-select"
          value={index}
          onChange={(e) => setIndex(INDICES.find((id) => id === e.target.value) ?? 'egdi')}
        >
          {INDICES.map((id) => (
            <option key={id} value={id}>
              {id.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <Chart option={option} />
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Floor />
    </StrictMode>,
  );
}
