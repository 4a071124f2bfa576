import { useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { echarts } from './echarts-setup';
import type { ChartOption } from '../charts/types';

let firstChartMarked = false;

export interface EChartProps {
  option: ChartOption;
  /** Accessible name of the chart (also read by ECharts' aria description). */
  label: string;
  style?: CSSProperties;
  className?: string;
  /** Called with the clicked item's name (e.g. a map region's ISO3). */
  onItemClick?: (name: string) => void;
}

/**
 * The only component that talks to ECharts: init on mount, setOption on change, resize
 * with its box, dispose on unmount. When the first render has finished it marks the
 * element `data-rendered="true"` (tests and the benchmark wait for it) and, for the
 * first chart of a page load, records `performance.mark('first-chart')`.
 */
export function EChart({ option, label, style, className, onItemClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  // The latest handler, read at click time, so the chart need not be re-created for it.
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const onFinished = () => {
      el.dataset.rendered = 'true';
      if (!firstChartMarked) {
        firstChartMarked = true;
        performance.mark('first-chart');
      }
    };
    chart.on('finished', onFinished);
    chart.on('click', (params) => {
      if (typeof params.name === 'string' && params.name) clickRef.current?.(params.name);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.off('finished', onFinished);
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption({ aria: { enabled: true }, ...option }, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={ref}
      className={['e-chart', className].filter(Boolean).join(' ')}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: 360, ...style }}
    />
  );
}
