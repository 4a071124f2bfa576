import type { ValuesOf } from '../../state/url/codec';
import { baseParam, countriesParam, regionParam } from '../../state/url/shared-params';

/** Movers' own URL parameters: base edition, region filter, countries highlighted. */
export const moversParams = { base: baseParam, region: regionParam, countries: countriesParam };
export type MoversParams = ValuesOf<typeof moversParams>;
