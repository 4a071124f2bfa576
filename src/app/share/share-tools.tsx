import { useMessages } from '../../i18n/messages';
import { CopyLinkButton } from './copy-link-button';
import { shareMessages } from './messages';

export interface ShareToolsProps {
  savedCount: number;
  savedOpen: boolean;
  savedPanelId: string;
  onToggleSaved: () => void;
  onPresent: () => void;
}

/** The header's sharing tools: copy link, saved views, presenter mode, print. */
export function ShareTools({
  savedCount,
  savedOpen,
  savedPanelId,
  onToggleSaved,
  onPresent,
}: ShareToolsProps) {
  const m = useMessages(shareMessages);
  return (
    <div className="share-tools">
      <CopyLinkButton />
      <button
        type="button"
        aria-expanded={savedOpen}
        aria-controls={savedPanelId}
        onClick={onToggleSaved}
        data-testid="saved-views-toggle"
      >
        {m('savedViews', { n: savedCount })}
      </button>
      <button type="button" onClick={onPresent} aria-label={m('presentLabel')} data-testid="present">
        {m('present')}
      </button>
      <button type="button" onClick={() => window.print()} aria-label={m('printLabel')}>
        {m('print')}
      </button>
    </div>
  );
}
