import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { shareMessages } from './messages';
import { SourceText } from '../../components/source-text';

export interface PresenterBarProps {
  slide: number;
  count: number;
  /** The saved view's name; null when presenting the current view only. */
  name: string | null;
  /** The citation of what the slide shows (its panel's source line). */
  source: string;
  onPrev: () => void;
  onNext: () => void;
  onLeave: () => void;
}

/** The bar at the bottom of a slide: counter, slide name, source, and buttons for mouse users. */
export function PresenterBar({ slide, count, name, source, onPrev, onNext, onLeave }: PresenterBarProps) {
  const m = useMessages(shareMessages);
  const { num } = useI18n();
  return (
    <div className="presenter-bar" data-testid="presenter-bar">
      <button type="button" onClick={onPrev} disabled={slide === 0} aria-label={m('prev')}>
        ←
      </button>
      <span className="slide-counter" aria-live="polite" data-testid="slide-counter">
        {m('counter', { i: num(slide + 1, 0), n: num(count, 0) })}
      </span>
      <button type="button" onClick={onNext} disabled={slide >= count - 1} aria-label={m('next')}>
        →
      </button>
      <strong className="slide-name">{name ?? m('currentView')}</strong>
      <span className="slide-source" data-testid="slide-source">
        <SourceText text={source} />
      </span>
      <span className="slide-keys">{m('keys')}</span>
      <button type="button" onClick={onLeave} aria-label={m('leaveLabel')} data-testid="leave-presenter">
        {m('leave')}
      </button>
    </div>
  );
}
