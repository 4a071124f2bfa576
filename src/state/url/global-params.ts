import { INDEX_IDS } from '../../core/types';
import type { IndexId } from '../../core/types';
import type { TieRule } from '../../core/indicators/rank';
import { LANGS } from '../../i18n/dictionary';
import type { Lang } from '../../i18n/dictionary';
import { editionParam, listParam, oneOf, shapedParam } from './codec';
import type { Codecs } from './codec';

export const VIEWS = [
  'china',
  'rankings',
  'trends',
  'provinces',
  'milestones',
  'compare',
  'movers',
  'map',
  'distribution',
  'import',
] as const;
export type ViewId = (typeof VIEWS)[number];

/** A panel id as it may appear in the `tables` URL parameter. */
export const PANEL_ID = /^[a-z][a-z0-9-]{0,31}$/;

/** What every view shares; each view adds its own parameters (see the view registry). */
export interface GlobalState {
  view: ViewId;
  lang: Lang;
  /** Edition; null means the view's default (the latest shipped edition). */
  year: number | null;
  index: IndexId;
  rule: TieRule;
  /** Panels (by panel id) showing their table tab instead of the chart. */
  tables: string[];
  /** The panel a slide of this view shows (presenter mode, the deck); '' for the view's first. */
  panel: string;
}

export const GLOBAL_PARAMS: Codecs<GlobalState> = {
  view: oneOf(VIEWS, 'china'),
  lang: oneOf(LANGS, 'zh'),
  year: editionParam,
  index: oneOf(INDEX_IDS, 'egdi'),
  rule: oneOf(['competition', 'dense'] as const, 'competition'),
  tables: listParam([], (s) => (PANEL_ID.test(s) ? s : null)),
  panel: shapedParam(PANEL_ID),
};
