import type { ChartOption } from './types';

/** Formats a number for the UI language (decimals fixed). */
export type NumberFormat = (v: number, decimals: number) => string;

/** Colour of the focus country (China by default) and of everything else. */
export const FOCUS_COLOR = '#c23531';
export const OTHER_COLOR = '#7d8a99';
export const POSITIVE_COLOR = '#2f7d4f';
export const NEGATIVE_COLOR = '#b5472f';
/** One colour per UN region, in REGIONS order (Africa, Americas, Asia, Europe, Oceania). */
export const REGION_COLORS = ['#d48265', '#2f4554', '#c23531', '#61a0a8', '#ca8622'];

/** aria with decal patterns, so bars and areas read without colour. */
export const ARIA_DECAL: ChartOption['aria'] = { enabled: true, decal: { show: true } };
