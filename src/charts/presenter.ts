import type { ChartOption } from './types';

/** Sizes for a projector seen from the back of a room. */
export const PRESENTER = {
  fontSize: 20,
  axisFontSize: 18,
  labelFontSize: 16,
  minLineWidth: 4,
  lineScale: 2,
  symbolSize: 10,
  /** Larger, so the lead line's labels outrank the others' when overlaps are hidden. */
  leadSymbolSize: 12,
  color: '#000000',
} as const;

type Obj = Record<string, unknown>;
type Label = Obj & { formatter: (p: { value?: unknown }) => string };

/** Pixels right of a multi-line chart's plot area, for the values written after the lines' ends. */
const END_LABEL_ROOM = 72;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});

/** Applies `patch` to an option component that may be one object or an array of them. */
function eachComponent(v: unknown, patch: (o: Obj) => Obj): unknown {
  if (Array.isArray(v)) return v.map((o) => patch(asObj(o)));
  return v === undefined ? undefined : patch(asObj(v));
}

const axis = (o: Obj): Obj => ({
  ...o,
  nameTextStyle: { ...asObj(o.nameTextStyle), fontSize: PRESENTER.axisFontSize, color: PRESENTER.color },
  axisLabel: { ...asObj(o.axisLabel), fontSize: PRESENTER.axisFontSize, color: PRESENTER.color },
  axisLine: { ...asObj(o.axisLine), lineStyle: { color: PRESENTER.color, width: 2 } },
});

const valueOf = (d: unknown): unknown => {
  const v = isObj(d) ? d.value : d;
  return Array.isArray(v) ? v[v.length - 1] : v;
};

/** Index of the last point of `data` that has a number (a value to label), or -1. */
export function lastValueIndex(data: unknown): number {
  if (!Array.isArray(data)) return -1;
  for (let i = data.length - 1; i >= 0; i--) if (typeof valueOf(data[i]) === 'number') return i;
  return -1;
}

/**
 * The line series whose every point is labelled when several lines share a chart: the
 * emphasised one (widest line as drawn), or the first when none is wider. -1 when the
 * chart has fewer than two line series (then every point of every series is labelled).
 */
export function leadLineIndex(series: unknown): number {
  const list = Array.isArray(series) ? series.map(asObj) : [];
  const lines = list.map((s, i) => ({ s, i })).filter(({ s }) => s.type === 'line');
  if (lines.length < 2) return -1;
  const width = (s: Obj) => {
    const w = asObj(s.lineStyle).width;
    return typeof w === 'number' ? w : 2;
  };
  return lines.reduce((lead, l) => (width(l.s) > width(lead.s) ? l : lead)).i;
}

/**
 * A chart option restyled for presenting: large black type, lines at least
 * `minLineWidth` px (twice their usual width), bigger symbols, and data values
 * labelled on the chart so nothing depends on hovering (maps excepted). `format` writes a
 * label; missing values (null, NaN) get no label, as they have no point. With several lines, labels
 * of every point would collide, so only the lead line (see leadLineIndex) labels every
 * point (above it); the other lines label their last point (to the right of it), and
 * an end label that would overlap another is hidden (never the lead's). The table tab
 * keeps every value.
 */
export function presenterOption(option: ChartOption, format: (v: number) => string): ChartOption {
  const o = option as Obj;
  const label = {
    show: true,
    fontSize: PRESENTER.labelFontSize,
    color: PRESENTER.color,
    formatter: (p: { value?: unknown }) => {
      const v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
      // NaN (an area of the map that is not a member state) is no value either.
      return typeof v === 'number' && Number.isFinite(v) ? format(v) : '';
    },
  };
  const lead = leadLineIndex(o.series);
  let seriesIndex = -1;
  const series = eachComponent(o.series, (s) => {
    seriesIndex += 1;
    const width = typeof asObj(s.lineStyle).width === 'number' ? (asObj(s.lineStyle).width as number) : 2;
    return {
      ...s,
      ...(s.type === 'line'
        ? {
            lineStyle: {
              ...asObj(s.lineStyle),
              width: Math.max(PRESENTER.minLineWidth, width * PRESENTER.lineScale),
            },
            symbolSize: PRESENTER.symbolSize,
            showSymbol: true,
          }
        : {}),
      // A map gets no value labels: areas are small and crowded, and the colour and its
      // legend carry the value (the table tab has every figure).
      ...(s.type === 'map'
        ? {}
        : lead < 0 || s.type !== 'line'
          ? plainLabels(s, label)
          : lineLabels(s, label, seriesIndex === lead)),
    };
  });
  return {
    ...option,
    // Room on the right for the end labels of the lines that are not the lead.
    ...(lead >= 0 ? { grid: eachComponent(o.grid, (g) => ({ ...g, right: END_LABEL_ROOM })) } : {}),
    textStyle: { ...asObj(o.textStyle), fontSize: PRESENTER.fontSize, color: PRESENTER.color },
    legend: eachComponent(o.legend, (l) => ({
      ...l,
      textStyle: { ...asObj(l.textStyle), fontSize: PRESENTER.fontSize, color: PRESENTER.color },
      itemWidth: 36,
      itemHeight: 18,
    })),
    xAxis: eachComponent(o.xAxis, axis),
    yAxis: eachComponent(o.yAxis, axis),
    series,
  } as ChartOption;
}

const plainLabels = (s: Obj, label: Label): Obj => ({
  label: { ...asObj(s.label), ...label },
  labelLayout: { hideOverlap: true },
});

/** Every point of the lead line labelled above it; other lines only at their last value. */
function lineLabels(s: Obj, label: Label, isLead: boolean): Obj {
  const last = lastValueIndex(s.data);
  // End labels that collide are hidden, the lead's last (largest symbol, so first in
  // ECharts' priority) never; the lead's other labels take no part, so none is hidden.
  const endLayout = (p: { dataIndex: number }) => (p.dataIndex === last ? { hideOverlap: true } : {});
  if (isLead) {
    // The lead's last label goes right of its point, in line with the other end labels.
    const data = Array.isArray(s.data)
      ? s.data.map((d, i) =>
          i === last ? { ...(isObj(d) ? d : { value: d }), label: { position: 'right' } } : d,
        )
      : s.data;
    return {
      data,
      symbolSize: PRESENTER.leadSymbolSize,
      label: { ...asObj(s.label), ...label, position: 'top' },
      labelLayout: endLayout,
    };
  }
  return {
    label: {
      ...asObj(s.label),
      ...label,
      position: 'right',
      formatter: (p: { value?: unknown; dataIndex?: number }) =>
        p.dataIndex === last ? label.formatter(p) : '',
    },
    labelLayout: endLayout,
  };
}
