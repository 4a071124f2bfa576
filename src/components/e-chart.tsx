import { useContext, useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import { echarts } from './echarts-setup';
import type { ChartOption } from '../charts/types';
import { presenterOption } from '../charts/presenter';
import { PresenterContext } from './presenter-context';
import { useI18n } from '../i18n/i18n-context';

let firstChartMarked = false;

export interface EChartProps {
  option: ChartOption;
  /** Accessible name of the chart (also read by ECharts' aria description). */
  label: string;
  style?: CSSProperties;
  className?: string;
  /** Large type, thick lines, value labels. Defaults to the app's presenter mode. */
  presenter?: boolean;
  /** Called with the clicked item's name (e.g. a map region's ISO3). */
  onItemClick?: (name: string) => void;
}

/**
 * The only component that talks to ECharts: init on mount, setOption on change, resize
 * with its box, dispose on unmount. When the first render has finished it marks the
 * element `data-rendered="true"` (tests and the benchmark wait for it) and, for the
 * first chart of a page load, records `performance.mark('first-chart')`.
 */
export function EChart({ option, label, style, className, presenter, onItemClick }: EChartProps) {
  const presenting = useContext(PresenterContext);
  const big = presenter ?? presenting;
  const { num } = useI18n();
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
    // Printing lays the page out again at paper width; redraw the canvas to fit it.
    const print = window.matchMedia('print');
    const onPrint = () => chart.resize();
    print.addEventListener('change', onPrint);
    return () => {
      print.removeEventListener('change', onPrint);
      observer.disconnect();
      chart.off('finished', onFinished);
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const shown = big ? presenterOption(option, (v) => num(v, Number.isInteger(v) ? 0 : 3)) : option;
    chartRef.current?.setOption({ aria: { enabled: true }, ...shown }, { notMerge: true });
  }, [option, big, num]);

  return (
    <div
      ref={ref}
      className={['e-chart', className].filter(Boolean).join(' ')}
      role="img"
      aria-label={label}
      style={{
        width: '100%',
        height: 360,
        ...style,
        ...(big ? { height: 'var(--presenter-chart-height)' } : {}),
      }}
    />
  );
}
