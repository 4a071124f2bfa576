import { textParam } from '../../state/url/codec';
import type { ValuesOf } from '../../state/url/codec';
import { regionParam } from '../../state/url/shared-params';

/** Rankings' own URL parameters: region filter and the search box (typing replaces history). */
export const rankingsParams = { region: regionParam, q: textParam(100, { typing: true }) };
export type RankingsParams = ValuesOf<typeof rankingsParams>;
