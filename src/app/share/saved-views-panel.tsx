import { useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/messages';
import {
  MAX_NAME_LENGTH,
  MAX_SAVED_VIEWS,
  moveView,
  parseSavedViews,
  serializeSavedViews,
} from '../../state/saved-views';
import type { SavedView, SavedViewsError } from '../../state/saved-views';
import { saveBlob } from '../../components/save-blob';
import { shareMessages } from './messages';
import { KNOWN_PARAMS } from '../url';
import type { SlidePanelInfo } from '../../components/slides';

export interface SavedViewsPanelProps {
  views: readonly SavedView[];
  setViews: (views: SavedView[]) => void;
  storageOk: boolean;
  /** Damaged stored entries left out (-1: the stored list was unreadable). */
  dropped: number;
  /** The panels of the view on screen (a slide shows one) and the one a slide shows now. */
  panels: readonly SlidePanelInfo[];
  panel: string;
  /** The current view's URL query with the slide's panel, saved as is. */
  queryFor: (panel: string) => string;
  /** A name to use when the user leaves the name empty. */
  defaultName: string;
  onOpen: (query: string) => void;
  onPresent: () => void;
  onClose: () => void;
  /** Exports the saved views as a deck; reports each slide drawn and when the file is written. */
  onExportDeck: (
    onProgress: (done: number, total: number) => void,
    onWriting: () => void,
  ) => Promise<{ file: string; slides: number }>;
}

/** Save, list, reorder, delete, export and import named views. Every control is a button or input. */
export function SavedViewsPanel(props: SavedViewsPanelProps) {
  const {
    views,
    setViews,
    storageOk,
    dropped,
    panels,
    panel,
    queryFor,
    defaultName,
    onOpen,
    onPresent,
    onClose,
  } = props;
  const [slidePanel, setSlidePanel] = useState('');
  const [deckBusy, setDeckBusy] = useState(false);
  // The panel chosen in the form, while the view still has it; else the one a slide shows now.
  const chosen = panels.some((p) => p.id === slidePanel) ? slidePanel : panel;
  const m = useMessages(shareMessages);
  const id = useId();
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const errorText = (e: SavedViewsError): string => {
    switch (e.code) {
      case 'version':
        return m('err.version', { version: e.version });
      case 'too-many':
        return m('err.too-many', { max: e.max });
      case 'bad-entry':
        return m('err.bad-entry', { entry: e.entry, reason: m(`reason.${e.reason}`) });
      default:
        return m(`err.${e.code}`);
    }
  };

  const save = () => {
    const n = (name.trim() || defaultName).slice(0, MAX_NAME_LENGTH);
    if (views.length >= MAX_SAVED_VIEWS) {
      setStatus(m('err.too-many', { max: MAX_SAVED_VIEWS }));
      return;
    }
    setViews([...views, { name: n, query: queryFor(chosen) }]);
    setName('');
    setStatus(m('saved', { name: n }));
  };

  const move = (i: number, delta: number) => {
    const v = views[i];
    if (!v) return;
    setViews(moveView(views, i, delta));
    setStatus(m('moved', { name: v.name, pos: i + delta + 1 }));
    // Keep focus on the same button of the moved row, so repeated presses keep moving it.
    const which = delta < 0 ? 'up' : 'down';
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLButtonElement>(
          `li:nth-child(${i + delta + 1}) button[data-move="${which}"]:not(:disabled)`,
        )
        ?.focus(),
    );
  };

  const exportDeck = async () => {
    setDeckBusy(true);
    try {
      const r = await props.onExportDeck(
        (done, total) => setStatus(m('deckWorking', { i: Math.min(done + 1, total), n: total })),
        () => setStatus(m('deckWriting')),
      );
      setStatus(m('deckDone', { file: r.file, n: r.slides }));
    } catch (e) {
      // A slide that never finished drawing is said so; other errors as the browser words them.
      const error = e instanceof Error && e.message === 'timeout' ? m('deckTimeout') : String(e);
      setStatus(m('deckFailed', { error }));
    } finally {
      setDeckBusy(false);
    }
  };

  const importFile = async (file: File) => {
    const r = parseSavedViews(await file.text(), KNOWN_PARAMS);
    if (!r.ok) {
      setStatus(m('importFailed', { error: errorText(r.error) }));
      return;
    }
    const known = new Set(views.map((v) => `${v.name}\n${v.query}`));
    const added = r.views.filter((v) => !known.has(`${v.name}\n${v.query}`));
    if (views.length + added.length > MAX_SAVED_VIEWS) {
      setStatus(m('importFailed', { error: m('err.too-many', { max: MAX_SAVED_VIEWS }) }));
      return;
    }
    setViews([...views, ...added]);
    setStatus(m('imported', { n: added.length }));
  };

  return (
    <section className="saved-views" aria-labelledby={`${id}-h`} data-testid="saved-views">
      <header>
        <h2 id={`${id}-h`}>{m('savedViewsTitle')}</h2>
        <button type="button" onClick={onClose}>
          {m('close')}
        </button>
      </header>
      <form
        className="save-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>{m('nameLabel')}</span>
          <input
            value={name}
            maxLength={MAX_NAME_LENGTH}
            placeholder={defaultName || m('namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            data-testid="saved-view-name"
          />
        </label>
        {panels.length > 1 ? (
          <label className="field">
            <span>{m('slidePanel')}</span>
            <select
              value={chosen}
              onChange={(e) => setSlidePanel(e.target.value)}
              data-testid="saved-view-panel"
            >
              {panels.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" data-testid="save-view">
          {m('save')}
        </button>
      </form>
      {!storageOk ? <p className="note">{m('storageFailed')}</p> : null}
      {dropped !== 0 ? (
        <p className="note" data-testid="saved-views-dropped">
          {dropped < 0 ? m('storedUnreadable') : m('storedDropped', { n: dropped })}
        </p>
      ) : null}
      {views.length === 0 ? (
        <p className="note">{m('empty')}</p>
      ) : (
        <ol className="saved-list" ref={listRef} data-testid="saved-list">
          {views.map((v, i) => (
            <li key={`${i}-${v.name}-${v.query}`}>
              <button
                type="button"
                className="open"
                aria-label={m('openLabel', { name: v.name })}
                onClick={() => onOpen(v.query)}
              >
                {v.name}
              </button>
              <span className="row-tools">
                <button
                  type="button"
                  data-move="up"
                  aria-label={m('upLabel', { name: v.name })}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑<span className="visually-hidden">{m('up')}</span>
                </button>
                <button
                  type="button"
                  data-move="down"
                  aria-label={m('downLabel', { name: v.name })}
                  disabled={i === views.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓<span className="visually-hidden">{m('down')}</span>
                </button>
                <button
                  type="button"
                  aria-label={m('removeLabel', { name: v.name })}
                  onClick={() => {
                    setViews(views.filter((_, j) => j !== i));
                    setStatus(m('removed', { name: v.name }));
                  }}
                >
                  {m('remove')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="saved-tools">
        <button type="button" onClick={onPresent} data-testid="present-saved">
          {m('present')}
        </button>
        <button
          type="button"
          disabled={views.length === 0 || deckBusy}
          aria-label={m('exportDeckLabel')}
          onClick={() => void exportDeck()}
          data-testid="export-deck"
        >
          {m('exportDeck')}
        </button>
        <button
          type="button"
          disabled={views.length === 0}
          onClick={() =>
            saveBlob(
              new Blob([serializeSavedViews(views)], { type: 'application/json' }),
              'egov-atlas_saved-views.json',
            )
          }
          data-testid="export-views"
        >
          {m('exportFile')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="import-views">
          {m('importFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-views-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
      </div>
      <p className="note" role="status" data-testid="saved-status">
        {status}
      </p>
    </section>
  );
}
