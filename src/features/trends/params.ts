import { editionParam } from '../../state/url/codec';
import type { ValuesOf } from '../../state/url/codec';
import { countriesParam } from '../../state/url/shared-params';

/**
 * Trends' own URL parameters: the countries drawn and the range of editions (`from`, `to`:
 * editions of the data on screen; absent = the first and the last; see range.ts).
 */
export const trendsParams = { countries: countriesParam, from: editionParam, to: editionParam };
export type TrendsParams = ValuesOf<typeof trendsParams>;
