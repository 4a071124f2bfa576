import { useMemo } from 'react';
import { lineOverTime } from '../charts/line-over-time';
import type { LineOverTimeInput } from '../charts/line-over-time';
import type { ChartOption } from '../charts/types';
import { useI18n } from '../i18n/i18n-context';

/** A memoised line-over-time option with the UI language's number format and missing label. */
export function useLineOption(input: Omit<LineOverTimeInput, 'format' | 'missingLabel'>): ChartOption {
  const { t, num } = useI18n();
  const { series, yName, decimals, yMin, yMax, inverse } = input;
  return useMemo(
    () =>
      lineOverTime({
        series,
        yName,
        decimals,
        yMin,
        yMax,
        inverse,
        format: (v, d) => num(v, d),
        missingLabel: t('notAssessed'),
      }),
    [series, yName, decimals, yMin, yMax, inverse, t, num],
  );
}
