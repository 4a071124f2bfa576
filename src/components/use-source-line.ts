import { useCallback } from 'react';
import { importedSources, onlyImported } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { useI18n } from '../i18n/i18n-context';

/**
 * The source line under a UN-survey panel (on screen and in every export footer):
 * "UN E-Government Survey 2018, 2024", or "2003–2024" for a span, followed by the names
 * of any imported datasets that supplied rows of those editions; editions made only of
 * imported rows are attributed to their datasets, never to the UN.
 */
export function useSourceLine(ds: Dataset): (years: readonly number[], form?: 'list' | 'span') => string {
  const { t } = useI18n();
  return useCallback(
    (years, form = 'list') => {
      const unique = [...new Set(years)];
      const text =
        form === 'span' && unique.length > 1
          ? ` ${unique[0]}–${unique[unique.length - 1]}`
          : unique.length > 0
            ? ` ${unique.join(', ')}`
            : '';
      // A span covers every edition between its ends (a Trends range), not only those listed.
      const lo = Math.min(...unique);
      const hi = Math.max(...unique);
      const covered =
        form !== 'span'
          ? unique
          : unique.length > 0
            ? ds.editions.filter((y) => y >= lo && y <= hi)
            : ds.editions;
      const imported = importedSources(ds, covered);
      // Editions made only of imported rows are not the UN's: say whose they are.
      if (onlyImported(ds, covered)) {
        return t('source.importedOnly', { names: imported.join(', '), years: text.trim() });
      }
      const base = t('source.un', { years: text });
      return imported.length > 0 ? `${base} · ${t('source.imported', { names: imported.join(', ') })}` : base;
    },
    [ds, t],
  );
}
