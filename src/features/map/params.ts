import type { ValuesOf } from '../../state/url/codec';
import { countriesParam } from '../../state/url/shared-params';

/** Map's own URL parameters: the countries carried to Compare when a country is clicked. */
export const mapParams = { countries: countriesParam };
export type MapParams = ValuesOf<typeof mapParams>;
