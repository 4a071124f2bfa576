import type { ChartOption } from './types';

/** Sizes for a projector seen from the back of a room. */
export const PRESENTER = {
  fontSize: 20,
  axisFontSize: 18,
  labelFontSize: 16,
  minLineWidth: 4,
  lineScale: 2,
  symbolSize: 10,
  color: '#000000',
} as const;

type Obj = Record<string, unknown>;
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

/**
 * A chart option restyled for presenting: large black type, lines at least
 * `minLineWidth` px (twice their usual width), bigger symbols, and every data value
 * labelled on the chart so nothing depends on hovering. `format` writes a label;
 * missing values (null) get no label, as they have no point.
 */
export function presenterOption(option: ChartOption, format: (v: number) => string): ChartOption {
  const o = option as Obj;
  const label = {
    show: true,
    fontSize: PRESENTER.labelFontSize,
    color: PRESENTER.color,
    formatter: (p: { value?: unknown }) => {
      const v = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
      return typeof v === 'number' ? format(v) : '';
    },
  };
  const series = eachComponent(o.series, (s) => {
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
      label: { ...asObj(s.label), ...label },
      labelLayout: { hideOverlap: true },
    };
  });
  return {
    ...option,
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
