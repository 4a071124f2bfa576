import {
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { CSSProperties } from 'react';
// The core entry, which takes our tree-shaken echarts/core instead of importing all of
// ECharts; its ES-module build (lib/core is CommonJS, whose default export the bundler
// would hand over as the module object in this "type": "module" package).
import EChartsReactCore from 'echarts-for-react/esm/core';
import type { ECElementEvent, EChartsType } from 'echarts/core';
import type { ChartOption } from '../../charts/types';
import { presenterOption } from '../../charts/presenter';
import { PresenterContext } from '../presenter-context';
import { useI18n } from '../../i18n/i18n-context';
import { loadEngine, loadedEngine, onEngineLoaded } from './engine';
import { firstChartDrawn, isFirstChartDrawn } from './first-chart';
import { loadParts, onPartsRegistered, partsFor, partsRegistered } from './lazy-parts';

let firstChartMarked = false;

/** Resolves once the browser has painted the next frame (or 100 ms have passed, in a hidden tab). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/**
 * echarts-for-react's core component, with its chart made once. Its own first step draws an
 * empty chart, waits a frame for that one's 'finished' to read the box's final size, then
 * makes the chart again; every box here has its size when it mounts (full width, a set
 * height), so the chart is made once. The page's first chart is made and drawn in the task
 * that mounted it; a chart mounted later (a view opened from the nav) after the next paint,
 * so the view the click opened is on screen before its charts are drawn. Later size changes
 * still reach it through the component's resize observer.
 */
class ChartCore extends EChartsReactCore {
  private gone = false;

  // Mounted again (React's strict mode unmounts and remounts the same component in dev).
  override componentDidMount(): void {
    this.gone = false;
    super.componentDidMount();
  }

  override componentWillUnmount(): void {
    this.gone = true;
    super.componentWillUnmount();
  }

  // Until the chart is made there is nothing to update: it is made with the props of then.
  override componentDidUpdate(prevProps: EChartsReactCore['props']): void {
    if (this.getEchartsInstance()) super.componentDidUpdate(prevProps);
  }

  override initEchartsInstance(): Promise<EChartsType> {
    // Loaded ECharts' `init` (the component is mounted only once it is in; typed, unlike
    // the `echarts` prop); no theme, and of the options only those OPTS sets.
    const make = () => {
      const engine = loadedEngine();
      if (!engine) throw new Error('ECharts is not loaded');
      const { renderer, locale } = this.props.opts ?? {};
      return engine.engine.init(this.ele, undefined, { renderer, locale });
    };
    if (!isFirstChartDrawn()) return Promise.resolve(make());
    // Unmounted meanwhile: no chart is made (the component's own setup never goes on).
    return afterNextPaint().then(() => (this.gone ? new Promise<EChartsType>(() => undefined) : make()));
  }
}

// The first page load draws its first chart before the others: the charts of a page mount
// together, and drawing them all in one go holds the first one back until every one is
// done. The first chart to mount draws at once; the others wait until it has finished (or
// a second has passed) and then draw one per task, so the browser paints in between.
const turns = {
  first: null as number | null,
  released: false,
  allowed: new Set<number>(),
  queue: [] as number[],
  listeners: new Set<() => void>(),
};
let nextChartId = 1;

function notifyTurns(): void {
  for (const l of turns.listeners) l();
}

function releaseCharts(): void {
  if (turns.released) return;
  turns.released = true;
  const next = () => {
    const id = turns.queue.shift();
    if (id === undefined) return;
    turns.allowed.add(id);
    notifyTurns();
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

/** Whether this chart may draw yet (see above); charts mounted after the first page's first chart always may. */
function useTurnToDraw(): boolean {
  const [id] = useState(() => nextChartId++);
  const [late] = useState(() => turns.released);
  const allowed = useSyncExternalStore(
    (l) => {
      turns.listeners.add(l);
      return () => turns.listeners.delete(l);
    },
    () => turns.allowed.has(id),
  );
  useLayoutEffect(() => {
    if (late || turns.allowed.has(id)) return;
    if (turns.first === null) {
      turns.first = id;
      turns.allowed.add(id);
      setTimeout(releaseCharts, 1000);
      notifyTurns();
    } else turns.queue.push(id);
    return () => {
      turns.queue = turns.queue.filter((q) => q !== id);
    };
  }, [id, late]);
  return late || allowed;
}

/**
 * Created once per language: echarts-for-react re-creates the chart when `opts` differ. The
 * locale is ECharts' own text (the aria description it writes from the data): named here,
 * as otherwise ECharts takes the page's language when its code was first run.
 */
const OPTS = {
  zh: { renderer: 'canvas', locale: 'ZH' },
  en: { renderer: 'canvas', locale: 'EN' },
} as const;

/**
 * After each render has finished: marks the element `data-rendered="true"` (tests and the
 * benchmark wait for it) and, for the first chart of a page load, records
 * `performance.mark('first-chart')`.
 */
function onFinished(_params: unknown, chart: EChartsType): void {
  chart.getDom().dataset.rendered = 'true';
  if (!firstChartMarked) {
    firstChartMarked = true;
    performance.mark('first-chart');
    releaseCharts();
    firstChartDrawn();
  }
}

/** The chart's first setOption has returned, drawn (see the comment where it is passed). */
function onReady(chart: EChartsType): void {
  onFinished(null, chart);
}

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

const onLoaded = (listener: () => void) => {
  const off = [onPartsRegistered(listener), onEngineLoaded(listener)];
  return () => off.forEach((f) => f());
};

/**
 * Whether ECharts (engine.ts) and the lazily registered parts `option` draws with (see
 * lazy-parts.ts) are in; starts loading them when not. A chunk that fails to load is thrown
 * to the nearest error boundary, like a view's chunk.
 */
function usePartsFor(option: ChartOption): boolean {
  const parts = useMemo(() => partsFor(option), [option]);
  const ready = useSyncExternalStore(onLoaded, () => loadedEngine() !== null && partsRegistered(parts));
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    Promise.all([loadEngine(), loadParts(parts)]).catch((error: unknown) => {
      if (live) setFailed({ error });
    });
    return () => {
      live = false;
    };
  }, [ready, parts]);
  if (failed) throw failed.error;
  return ready;
}

/**
 * Every chart of the app: ECharts through echarts-for-react's core component (one
 * lifecycle: init on mount, a deep-equality check before each setOption, resize with its
 * box, dispose on unmount), with ECharts' own option types instead of its `any`. Options
 * are set with notMerge, so a chart whose series shrink keeps no stale series; in
 * presenter mode they are restyled by presenterOption first. Also redraws for print.
 */
export function EChart({ option, label, style, className, presenter, onItemClick }: EChartProps) {
  const presenting = useContext(PresenterContext);
  const big = presenter ?? presenting;
  const { num, lang } = useI18n();
  const chart = useRef<ChartCore>(null);
  // The latest handler, read at click time, so the events need not be bound again for it.
  const clickRef = useRef(onItemClick);
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  const shown: ChartOption = useMemo(
    () => ({
      aria: { enabled: true },
      ...(big ? presenterOption(option, (v) => num(v, Number.isInteger(v) ? 0 : 3)) : option),
    }),
    [option, big, num],
  );
  // The option on screen: `shown` once the parts it draws with are registered; until then
  // the one before it (a chart switched to presenter mode stays up while the label layout
  // loads), or an empty box on the first render.
  const ready = usePartsFor(shown);
  const turn = useTurnToDraw();
  const [drawn, setDrawn] = useState<ChartOption | null>(ready ? shown : null);
  if (ready && drawn !== shown) setDrawn(shown);

  const onEvents = useMemo(
    () => ({
      finished: onFinished,
      click: (params: ECElementEvent) => {
        if (typeof params.name === 'string' && params.name) clickRef.current?.(params.name);
      },
    }),
    [],
  );

  // Printing lays the page out again at paper width; redraw the canvas to fit it. 'auto'
  // because echarts-for-react fixes the chart's size at init.
  // beforeprint comes before the print layout in some browsers and the media query change
  // after it, so both (and afterprint, back to the screen's size) redraw.
  useEffect(() => {
    const print = window.matchMedia('print');
    const onPrint = () => chart.current?.getEchartsInstance()?.resize({ width: 'auto', height: 'auto' });
    print.addEventListener('change', onPrint);
    window.addEventListener('beforeprint', onPrint);
    window.addEventListener('afterprint', onPrint);
    return () => {
      print.removeEventListener('change', onPrint);
      window.removeEventListener('beforeprint', onPrint);
      window.removeEventListener('afterprint', onPrint);
    };
  }, []);

  const box = {
    role: 'img',
    'aria-label': label,
    className: ['e-chart', className].filter(Boolean).join(' '),
    style: {
      width: '100%',
      height: 360,
      ...style,
      ...(big ? { height: 'var(--presenter-chart-height)' } : {}),
    },
  };
  if (drawn === null || !turn) return <div {...box} />;
  return (
    <ChartCore
      ref={chart}
      echarts={loadedEngine()?.engine}
      option={drawn}
      notMerge
      opts={OPTS[lang]}
      onEvents={onEvents}
      // echarts-for-react binds onEvents after the first setOption, and a chart without
      // animation has finished drawing inside that synchronous setOption: its 'finished' is
      // missed, so the chart is marked drawn when it is ready (after that setOption).
      onChartReady={onReady}
      {...box}
    />
  );
}
