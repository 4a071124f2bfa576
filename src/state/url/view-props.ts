import type { ComponentType } from 'react';
import type { Dataset } from '../../core/dataset';
import type { MessageKey } from '../../i18n/dictionary';
import type { Codecs, ValuesOf } from './codec';
import type { GlobalState, ViewId } from './global-params';
import type { UpdateOptions } from './url-state';

/** What the app shell hands every view: the data, its state (global and its own), and a way to change it. */
export interface ViewProps<P extends object = Record<never, never>> {
  dataset: Dataset;
  state: GlobalState & P;
  /** The edition the view shows: `state.year`, or the latest shipped edition. */
  year: number;
  /** Changes the state (and the URL); the patch may also name another view and its parameters. */
  update: (patch: Partial<GlobalState & P>, opts?: UpdateOptions) => void;
}

/** Which data-quality notes a view's footer shows: the survey's, the Chinese metrics', or none. */
export type NotesKind = 'survey' | 'cn';

/** A page of the dashboard as the view registry holds it. */
export interface ViewEntry {
  id: ViewId;
  /** Navigation label. */
  label: MessageKey;
  notes: NotesKind | null;
  /** The view's own URL parameters (besides the global ones). */
  params: Codecs<Record<string, unknown>>;
  /**
   * Fetches the view's code, a chunk of its own (called at start for the first view, so it
   * loads beside the data; the shell renders the view once it is in, see app/view-modules.ts).
   */
  load: () => Promise<{ default: ComponentType<ViewProps<Record<string, unknown>>> }>;
}

/**
 * Registers a view with its own parameters; the view's component is typed by them. (The
 * registry stores every view under one type: the shell passes the full state, of which
 * each view reads its own parameters.)
 */
export function defineView<C extends Codecs<Record<string, unknown>>>(entry: {
  id: ViewId;
  label: MessageKey;
  notes: NotesKind | null;
  params: C;
  load: () => Promise<{ default: ComponentType<ViewProps<ValuesOf<C>>> }>;
}): ViewEntry {
  return entry as unknown as ViewEntry;
}
