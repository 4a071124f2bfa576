import { useState } from 'react';
import type { ImportResult } from '../../core/import/import-table';
import type { ShapeMatch } from '../../core/import/shapes';
import type { SurveyField } from '../../core/load/surveys';
import { useMessages } from '../../i18n/messages';
import { importMessages } from './messages';

const FIELDS: readonly SurveyField[] = [
  'year',
  'iso3',
  'name',
  'egdiRank',
  'egdi',
  'osi',
  'hci',
  'tii',
  'epi',
];

/** At most this many characters of a row in the header-row picker. */
const ROW_LABEL = 60;

/**
 * The mapping step for a file whose header was not recognised, with a preview of its
 * first rows. When the header is not on the row read as the header (a title above it),
 * the user picks its row, and the file is read again from there.
 */
export function ColumnMapping({
  result,
  onApply,
  onHeaderRow,
}: {
  result: ImportResult;
  onApply: (m: ShapeMatch) => void;
  onHeaderRow: (row: number) => void;
}) {
  const m = useMessages(importMessages);
  const [columns, setColumns] = useState<Record<SurveyField, number>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, -1])) as Record<SurveyField, number>,
  );
  const ready = columns.egdi >= 0 && (columns.iso3 >= 0 || columns.name >= 0) && columns.year >= 0;
  return (
    <section className="import-mapping" aria-label={m('mappingTitle')}>
      <h3>{m('mappingTitle')}</h3>
      <p className="note">{m('mappingIntro')}</p>
      {result.top.length > 1 ? (
        <label className="field">
          <span>{m('headerRow')}</span>
          <select
            value={result.headerRow}
            data-testid="map-header-row"
            onChange={(e) => onHeaderRow(Number(e.target.value))}
          >
            {result.top.map((r) => {
              const text = r.cells.filter((c) => c.trim() !== '').join(' · ');
              return (
                <option key={r.line} value={r.line}>
                  {m('headerRowOption', {
                    row: r.line,
                    cells: text.length > ROW_LABEL ? `${text.slice(0, ROW_LABEL)}…` : text,
                  })}
                </option>
              );
            })}
          </select>
        </label>
      ) : null}
      <div className="controls">
        {FIELDS.map((f) => (
          <label key={f} className="field">
            <span>{m(`field.${f}`)}</span>
            <select
              value={columns[f]}
              data-testid={`map-${f}`}
              onChange={(e) => setColumns((c) => ({ ...c, [f]: Number(e.target.value) }))}
            >
              <option value={-1}>{m('notMapped')}</option>
              {result.header.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <table className="import-table">
        <caption>{m('preview')}</caption>
        <thead>
          <tr>
            {result.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.preview.map((cells, r) => (
            <tr key={r}>
              {cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={!ready} onClick={() => onApply({ shape: 'survey-wide', columns })}>
        {m('applyMapping')}
      </button>
    </section>
  );
}
