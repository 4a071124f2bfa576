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

/** The mapping step for a file whose header was not recognised, with a preview of its first rows. */
export function ColumnMapping({
  result,
  onApply,
}: {
  result: ImportResult;
  onApply: (m: ShapeMatch) => void;
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
