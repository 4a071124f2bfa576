import { createContext, useContext } from 'react';
import type { Finding, FindingSource } from '../core/findings/types';

/** A view's key findings and the sources of what it shows, for its findings block, Cite dialog and exports. */
export interface ViewFindings {
  findings: readonly Finding[];
  /** Every edition (and imported dataset) the view's charts and findings use. */
  sources: readonly FindingSource[];
}

export const FindingsContext = createContext<ViewFindings | null>(null);

/** The findings of the view around, or null outside one (an export then carries none). */
export function useViewFindings(): ViewFindings | null {
  return useContext(FindingsContext);
}
