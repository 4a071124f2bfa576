import { textParam } from '../../state/url/codec';
import type { ValuesOf } from '../../state/url/codec';
import { baseParam, countriesParam, groupsParam } from '../../state/url/shared-params';

/**
 * Compare's own URL parameters: the country (first) and an optional peer country (second),
 * the base edition, the peer group id ('g20', 'region:Asia', 'custom:<name>'; '' = default)
 * and the custom groups.
 */
export const compareParams = {
  countries: countriesParam,
  base: baseParam,
  peer: textParam(100),
  groups: groupsParam,
};
export type CompareParams = ValuesOf<typeof compareParams>;
