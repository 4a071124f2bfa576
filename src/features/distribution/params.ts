import type { ValuesOf } from '../../state/url/codec';
import { countriesParam, groupsParam } from '../../state/url/shared-params';

/** Distribution's own URL parameters: countries labelled, custom groups to colour by. */
export const distributionParams = { countries: countriesParam, groups: groupsParam };
export type DistributionParams = ValuesOf<typeof distributionParams>;
