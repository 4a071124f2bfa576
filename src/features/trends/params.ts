import type { ValuesOf } from '../../state/url/codec';
import { countriesParam } from '../../state/url/shared-params';

/** Trends' own URL parameters: the countries drawn. */
export const trendsParams = { countries: countriesParam };
export type TrendsParams = ValuesOf<typeof trendsParams>;
