import { oneOf, shapedParam, yearShapeParam } from '../../state/url/codec';
import type { ValuesOf } from '../../state/url/codec';

/**
 * Provinces' own URL parameters: metric id ('' = the view's default), report or as-of year,
 * open province (GB/T 2260 two-digit code), and the report index's edition and level.
 * Checked for shape here; the view checks them against the Chinese data.
 */
export const provincesParams = {
  metric: shapedParam(/^[A-Za-z0-9_-]{1,64}$/),
  cnYear: yearShapeParam,
  province: shapedParam(/^\d\d$/),
  report: yearShapeParam,
  reportLevel: oneOf(['province', 'city'] as const, 'province'),
};
export type ProvincesParams = ValuesOf<typeof provincesParams>;
