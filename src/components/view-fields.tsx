import { useMemo } from 'react';
import type { Dataset } from '../core/dataset';
import { REGIONS } from '../core/types';
import type { Region } from '../core/types';
import type { TieRule } from '../core/indicators/rank';
import { useI18n } from '../i18n/i18n-context';
import { SelectField } from './select-field';

/** The ChartPanel tab and error labels in the UI language. */
export function usePanelLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      chart: t('chart.chart'),
      table: t('chart.table'),
      error: t('chart.error'),
      retry: t('app.retry'),
    }),
    [t],
  );
}

/** Every country as a select option, sorted by its name in the UI language. */
export function useCountryOptions(ds: Dataset): { value: string; label: string }[] {
  const { lang } = useI18n();
  return useMemo(
    () =>
      [...ds.countries.values()]
        .map((c) => ({ value: c.iso3, label: lang === 'zh' ? c.nameZh : c.nameEn }))
        .sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en')),
    [ds, lang],
  );
}

/** The two editions of a comparison: the earlier (before `year`) and the later (after the first). */
export function EditionPairFields({
  editions,
  base,
  year,
  baseLabel,
  onChange,
}: {
  editions: readonly number[];
  base: number;
  year: number;
  baseLabel: string;
  onChange: (patch: { base?: number; year?: number }) => void;
}) {
  const { t } = useI18n();
  const first = editions[0];
  return (
    <>
      <SelectField
        label={baseLabel}
        value={base}
        options={editions.filter((e) => e < year).map((e) => ({ value: e, label: String(e) }))}
        onChange={(v) => onChange({ base: v })}
        testId="base-select"
      />
      <SelectField
        label={t('field.edition')}
        value={year}
        options={editions.filter((e) => e !== first).map((e) => ({ value: e, label: String(e) }))}
        onChange={(v) => onChange({ year: v })}
        testId="year-select"
      />
    </>
  );
}

export function RuleField({ value, onChange }: { value: TieRule; onChange: (v: TieRule) => void }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('rule.label')}
      value={value}
      options={(['competition', 'dense'] as const).map((r) => ({ value: r, label: t(`rule.${r}`) }))}
      onChange={onChange}
    />
  );
}

export function RegionField({
  value,
  onChange,
}: {
  value: Region | 'all';
  onChange: (v: Region | 'all') => void;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('field.region')}
      value={value}
      options={[
        { value: 'all' as const, label: t('region.all') },
        ...REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
      ]}
      onChange={onChange}
    />
  );
}
