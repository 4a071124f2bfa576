import { shapedParam, yearShapeParam } from '../../state/url/codec';
import type { ValuesOf } from '../../state/url/codec';

/**
 * Provinces' own URL parameters: metric id ('' = the view's default), report or as-of year,
 * open province (GB/T 2260 two-digit code). Checked for shape here; the view checks them
 * against the Chinese data.
 */
export const provincesParams = {
  metric: shapedParam(/^[A-Za-z0-9_-]{1,64}$/),
  cnYear: yearShapeParam,
  province: shapedParam(/^\d\d$/),
};
export type ProvincesParams = ValuesOf<typeof provincesParams>;
