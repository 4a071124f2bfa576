import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import type { ViewId, ViewProps } from '../state/view-state';

export interface ViewEntry {
  id: ViewId;
  /** Navigation label. */
  label: MessageKey;
  component: LazyExoticComponent<ComponentType<ViewProps>>;
}

/**
 * Every page of the dashboard, in navigation order. Each is lazy-loaded, so a page's
 * code (and the chart kinds it registers) is fetched only when it is opened.
 */
export const VIEW_REGISTRY: readonly ViewEntry[] = [
  { id: 'china', label: 'nav.china', component: lazy(() => import('../features/china/china-view')) },
  {
    id: 'rankings',
    label: 'nav.rankings',
    component: lazy(() => import('../features/rankings/rankings-view')),
  },
  { id: 'trends', label: 'nav.trends', component: lazy(() => import('../features/trends/trends-view')) },
  {
    id: 'provinces',
    label: 'nav.provinces',
    component: lazy(() => import('../features/provinces/provinces-view')),
  },
  {
    id: 'milestones',
    label: 'nav.milestones',
    component: lazy(() => import('../features/milestones/milestones-view')),
  },
  { id: 'compare', label: 'nav.compare', component: lazy(() => import('../features/compare/compare-view')) },
  { id: 'movers', label: 'nav.movers', component: lazy(() => import('../features/movers/movers-view')) },
  { id: 'map', label: 'nav.map', component: lazy(() => import('../features/map/map-view')) },
  {
    id: 'distribution',
    label: 'nav.distribution',
    component: lazy(() => import('../features/distribution/distribution-view')),
  },
  { id: 'import', label: 'nav.import', component: lazy(() => import('../features/import/import-view')) },
];
