import { useMemo, useState } from 'react';
import type { Dataset } from '../core/dataset';
import { egdiMeanDeviations } from '../core/indicators/quality';
import { DataTable } from '../components/data-table';
import { useReportedIssues } from '../components/use-source';
import type { DataSourceId } from '../data/source';
import { useI18n } from '../i18n/i18n-context';
import { issueText } from '../i18n/issue-text';
import type { NotesKind } from '../state/url/view-props';

const SOURCES: Record<NotesKind, readonly DataSourceId[]> = {
  survey: ['un-surveys', 'peer-groups', 'world-map', 'published-aggregates'],
  cn: ['cn-metrics'],
};

/**
 * The data-quality notes: rows of the shipped survey whose EGDI is not the mean of OSI, HCI
 * and TII (computed only when the notes are opened), and the issues the data loaders reported.
 */
export function QualityNotes({ dataset, kind }: { dataset: Dataset; kind: NotesKind }) {
  const [open, setOpen] = useState(false);
  const { t, lang } = useI18n();
  const all = useReportedIssues();
  const issues = all.filter((r) => SOURCES[kind].includes(r.source));
  if (kind === 'cn' && issues.length === 0) return null;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('quality.title')}</summary>
      {open && kind === 'survey' ? <QualityTable dataset={dataset} /> : null}
      {open && issues.length > 0 ? (
        <ul className="loader-issues" aria-label={t('quality.loaderIssues')}>
          {issues.flatMap(({ source, issues: list }) =>
            list.map((i, n) => (
              <li key={`${source}-${n}`}>
                {t(`dataSource.${source}`)} · {t('quality.row', { row: i.row })}: {issueText(i, lang)}
              </li>
            )),
          )}
        </ul>
      ) : null}
    </details>
  );
}

function QualityTable({ dataset }: { dataset: Dataset }) {
  const { t, num, signed, countryName } = useI18n();
  const notes = useMemo(() => egdiMeanDeviations(dataset.rows), [dataset]);
  const first = notes[0];
  if (!first) return null;
  return (
    <>
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
    </>
  );
}
