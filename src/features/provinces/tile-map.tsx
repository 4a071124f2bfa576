import type { MetricRow } from '../../core/load/metrics';
import { neighbourTile } from '../../core/load/provinces';
import type { Direction, Province } from '../../core/load/provinces';
import { NOT_COVERED } from '../../core/indicators/cn-metrics';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { formatMetric } from '../../components/metric-text';
import { MESSAGES } from './messages';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface TileMapProps {
  provinces: readonly Province[];
  snapshot: ReadonlyMap<string, readonly MetricRow[]>;
  colour: (row: MetricRow | undefined) => { bg: string; fg: string };
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * A long word (Heilongjiang, Guangdong) at the tile's normal size is wider than the
 * square: its font shrinks with the tile's width (the tile is a size container), so the
 * whole name shows. The accessible name is always the full name.
 */
function nameStyle(name: string): { fontSize: string } | undefined {
  const longest = Math.max(...name.split(/\s+/).map((w) => w.length));
  if (longest <= 6) return undefined;
  return { fontSize: `max(0.5rem, min(0.8rem, ${(150 / longest).toFixed(1)}cqi))` };
}

/**
 * The tile-grid map: one equal square per provincial-level division at its (row, col),
 * each a button (Tab to reach, Enter or Space to open) whose accessible name says the
 * province and its figure, or "no data". No boundary file is involved.
 */
export function TileMap({ provinces, snapshot, colour, selected, onSelect }: TileMapProps) {
  const i18n = useI18n();
  const m = useMessages(MESSAGES);
  const rows = Math.max(...provinces.map((p) => p.row)) + 1;
  const cols = Math.max(...provinces.map((p) => p.col)) + 1;
  const ordered = [...provinces].sort((a, b) => a.row - b.row || a.col - b.col);
  return (
    <div
      className="tile-map"
      role="group"
      aria-label={m('mapLabel')}
      data-testid="tile-map"
      style={{ gridTemplateColumns: `repeat(${cols}, 1fr)`, gridTemplateRows: `repeat(${rows}, 1fr)` }}
      onKeyDown={(e) => {
        // Arrow keys move between neighbouring tiles (Tab still walks them in order).
        const dir = ARROWS[e.key];
        const code = (e.target as HTMLElement).dataset.code;
        if (!dir || !code) return;
        const next = neighbourTile(provinces, code, dir);
        if (!next) return;
        e.preventDefault();
        e.currentTarget.querySelector<HTMLButtonElement>(`[data-code="${next}"]`)?.focus();
      }}
    >
      {ordered.map((p) => {
        const list = snapshot.get(p.code) ?? [];
        const row = list[0];
        const c = colour(row);
        const name = i18n.lang === 'zh' ? p.shortZh : p.nameEn;
        const value = row ? formatMetric(row, i18n) : NOT_COVERED.has(p.code) ? m('notCovered') : m('noData');
        return (
          <button
            key={p.code}
            type="button"
            className={['tile', row ? '' : 'tile-empty'].join(' ')}
            data-code={p.code}
            data-testid={`tile-${p.code}`}
            aria-label={m('tileLabel', { name, value })}
            aria-pressed={selected === p.code}
            title={m('tileLabel', { name, value })}
            style={{ gridRow: p.row + 1, gridColumn: p.col + 1, background: c.bg, color: c.fg }}
            onClick={() => onSelect(p.code)}
          >
            <span className="tile-name" style={nameStyle(name)}>
              {name}
            </span>
            <span className="tile-value">
              {row ? formatMetric(row, i18n) : '—'}
              {list.length > 1 ? '*' : ''}
            </span>
          </button>
        );
      })}
    </div>
  );
}
