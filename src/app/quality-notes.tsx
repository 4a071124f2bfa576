import type { Dataset } from '../core/dataset';
import type { QualityNote } from '../core/indicators/quality';
import { DataTable } from '../components/data-table';
import { useI18n } from '../i18n/i18n-context';

/** The data-quality check as a table: rows whose EGDI is not the mean of OSI, HCI and TII. */
export function QualityNotes({ notes, dataset }: { notes: readonly QualityNote[]; dataset: Dataset }) {
  const { t, num, signed, countryName } = useI18n();
  const first = notes[0];
  if (!first) return null;
  return (
    <details>
      <summary>{t('quality.title')}</summary>
      <p>
        {t('quality.summary', {
          n: notes.length,
          max: `${countryName(dataset.countries.get(first.iso3), first.nameEn)} ${first.year}: ${signed(first.deviation, 5)}`,
        })}
      </p>
      <DataTable
        rows={notes}
        rowKey={(n) => `${n.year}-${n.iso3}`}
        caption={t('quality.title')}
        initialSort={{ id: 'dev', dir: 'desc' }}
        columns={[
          { id: 'year', header: t('col.year'), sortValue: (n) => n.year, render: (n) => n.year },
          {
            id: 'country',
            header: t('col.country'),
            sortValue: (n) => countryName(dataset.countries.get(n.iso3), n.nameEn),
            render: (n) => countryName(dataset.countries.get(n.iso3), n.nameEn),
          },
          {
            id: 'egdi',
            header: 'EGDI',
            numeric: true,
            sortValue: (n) => n.egdi,
            render: (n) => num(n.egdi, 5),
          },
          {
            id: 'mean',
            header: t('quality.mean'),
            numeric: true,
            sortValue: (n) => n.mean,
            render: (n) => num(n.mean, 5),
          },
          {
            id: 'dev',
            header: t('quality.deviation'),
            numeric: true,
            sortValue: (n) => Math.abs(n.deviation),
            render: (n) => signed(n.deviation, 5),
          },
        ]}
      />
    </details>
  );
}
