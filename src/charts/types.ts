import type { ComposeOption } from 'echarts/core';
import type {
  BarSeriesOption,
  BoxplotSeriesOption,
  LineSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';

/**
 * The option type for the chart kinds this app registers (see components/echarts/setup.ts;
 * boxplot, scatter, map and visual map are registered there when an option first draws them).
 */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | AriaComponentOption
  | MarkLineComponentOption
  | BoxplotSeriesOption
  | ScatterSeriesOption
  | MapSeriesOption
  | VisualMapComponentOption
>;
