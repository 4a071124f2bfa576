import { GROUP_LABELS } from '../../core/load/metrics';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { GROUP_COLOURS, NO_DATA, numericColour } from './colours';
import { MESSAGES } from './messages';

export interface LegendProps {
  /** Group labels present (group metrics), or null for a numeric scale. */
  groups: string[] | null;
  range: { min: number; max: number } | null;
  higherIsBetter: boolean;
  format: (v: number) => string;
  /** Whether some tile carries more than one figure (marked *). */
  several: boolean;
}

/** Colour key under the map: group swatches or the numeric scale's ends, and "no data". */
export function Legend({ groups, range, higherIsBetter, format, several }: LegendProps) {
  const { lang } = useI18n();
  const m = useMessages(MESSAGES);
  const swatch = (bg: string, label: string, key: string) => (
    <li key={key}>
      <span className="swatch" style={{ background: bg }} aria-hidden="true" />
      {label}
    </li>
  );
  return (
    <ul className="legend" aria-label={m('legend')}>
      {groups
        ? GROUP_LABELS.filter((g) => groups.includes(g.zh)).map((g) =>
            swatch(GROUP_COLOURS[g.zh]?.bg ?? NO_DATA.bg, lang === 'zh' ? g.zh : g.en, g.zh),
          )
        : null}
      {range ? (
        <>
          {swatch(
            numericColour(range.min, range.min, range.max, higherIsBetter).bg,
            `${format(range.min)}`,
            'min',
          )}
          {swatch(
            numericColour(range.max, range.min, range.max, higherIsBetter).bg,
            `${format(range.max)}`,
            'max',
          )}
          {higherIsBetter ? null : <li>{m('betterLower')}</li>}
        </>
      ) : null}
      {swatch(NO_DATA.bg, m('noData'), 'none')}
      {several ? <li>{m('severalFigures')}</li> : null}
    </ul>
  );
}
