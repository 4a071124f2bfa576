// Parameters that several views own under one name, so a value carries over when the
// user moves between them (the countries picked on Trends are there on Compare).
import { REGIONS } from '../../core/types';
import { countriesParam, editionParam, oneOf, textParam } from './codec';

export { countriesParam };

/** A UN region filter. */
export const regionParam = oneOf(['all', ...REGIONS] as const, 'all');

/** The earlier edition of a two-edition comparison; null means the view's default base. */
export const baseParam = editionParam;

/** Custom peer groups, encoded by core/groups/custom-groups.ts. */
export const groupsParam = textParam(2000);
