import { createContext } from 'react';

/**
 * Which panels show their table instead of the chart, kept in the URL by the app so a
 * shared link opens on the same tab. Panels outside a provider keep their tab locally.
 */
export interface PanelTabs {
  tables: readonly string[];
  setTable: (panelId: string, showTable: boolean) => void;
}

export const PanelTabsContext = createContext<PanelTabs | null>(null);
