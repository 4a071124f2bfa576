import { HIGH_THRESHOLD, MIDDLE_THRESHOLD, VERY_HIGH_THRESHOLD } from '../core/indicators/groups';

export type Params = Record<string, string | number>;

/**
 * Placeholders every message may use, filled from their constants so that no message types
 * a threshold that could go stale: {vh} the Very High threshold, {high}, {middle}.
 */
export const CONSTANT_PARAMS: Params = {
  vh: VERY_HIGH_THRESHOLD.toFixed(2),
  high: HIGH_THRESHOLD.toFixed(2),
  middle: MIDDLE_THRESHOLD.toFixed(2),
};

/** Fills `{name}` placeholders as plain text (React escapes it when rendered). */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : name in CONSTANT_PARAMS ? String(CONSTANT_PARAMS[name]) : m,
  );
}
