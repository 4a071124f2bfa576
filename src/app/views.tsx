import { defineView } from '../state/url/view-props';
import type { ViewEntry } from '../state/url/view-props';
import type { ViewParamRegistry } from '../state/url/url-state';
import { rankingsParams } from '../features/rankings/params';
import { trendsParams } from '../features/trends/params';
import { provincesParams } from '../features/provinces/params';
import { compareParams } from '../features/compare/params';
import { moversParams } from '../features/movers/params';
import { mapParams } from '../features/map/params';
import { distributionParams } from '../features/distribution/params';

const none = {};

/**
 * Every page of the dashboard, in navigation order, with the URL parameters it owns. Each
 * page is lazy-loaded, so its code (and the chart kinds it registers) is fetched only when
 * it is opened; its parameters are known from the start, to read any URL.
 */
export const VIEW_REGISTRY: readonly ViewEntry[] = [
  defineView({
    id: 'china',
    label: 'nav.china',
    notes: 'survey',
    params: none,
    load: () => import('../features/china/china-view'),
  }),
  defineView({
    id: 'rankings',
    label: 'nav.rankings',
    notes: 'survey',
    params: rankingsParams,
    load: () => import('../features/rankings/rankings-view'),
  }),
  defineView({
    id: 'trends',
    label: 'nav.trends',
    notes: 'survey',
    params: trendsParams,
    load: () => import('../features/trends/trends-view'),
  }),
  defineView({
    id: 'provinces',
    label: 'nav.provinces',
    notes: 'cn',
    params: provincesParams,
    load: () => import('../features/provinces/provinces-view'),
  }),
  defineView({
    id: 'milestones',
    label: 'nav.milestones',
    notes: 'survey',
    params: none,
    load: () => import('../features/milestones/milestones-view'),
  }),
  defineView({
    id: 'compare',
    label: 'nav.compare',
    notes: 'survey',
    params: compareParams,
    load: () => import('../features/compare/compare-view'),
  }),
  defineView({
    id: 'movers',
    label: 'nav.movers',
    notes: 'survey',
    params: moversParams,
    load: () => import('../features/movers/movers-view'),
  }),
  defineView({
    id: 'map',
    label: 'nav.map',
    notes: 'survey',
    params: mapParams,
    load: () => import('../features/map/map-view'),
  }),
  defineView({
    id: 'distribution',
    label: 'nav.distribution',
    notes: 'survey',
    params: distributionParams,
    load: () => import('../features/distribution/distribution-view'),
  }),
  defineView({
    id: 'import',
    label: 'nav.import',
    notes: null,
    params: none,
    load: () => import('../features/import/import-view'),
  }),
];

/** Each view's own URL parameters, for the URL store. */
export const VIEW_PARAMS: ViewParamRegistry = new Map(VIEW_REGISTRY.map((v) => [v.id, v.params]));
