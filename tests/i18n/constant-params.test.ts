import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { VERY_HIGH_THRESHOLD } from '../../src/core/indicators/groups';
import { compareMessages } from '../../src/features/compare/messages';
import { mapMessages } from '../../src/features/map/messages';
import { DICTIONARY, translate } from '../../src/i18n/dictionary';

describe('thresholds in messages come from their constants', () => {
  it('fills {vh} from VERY_HIGH_THRESHOLD', () => {
    expect(fill('above {vh}')).toBe(`above ${VERY_HIGH_THRESHOLD.toFixed(2)}`);
    expect(fill('{vh}', { vh: 'x' })).toBe('x');
    expect(translate('en', 'group.legend')).toContain(`> ${VERY_HIGH_THRESHOLD.toFixed(2)}`);
  });

  it('no message types a group threshold itself', () => {
    const tables = [
      compareMessages.zh,
      compareMessages.en,
      mapMessages.zh,
      mapMessages.en,
      DICTIONARY.zh,
      DICTIONARY.en,
    ];
    for (const table of tables)
      for (const [key, text] of Object.entries(table)) expect(text, key).not.toMatch(/\b0\.(75|50|25)\b/);
  });
});
