import { useState } from 'react';
import { toCsv } from '../../core/export/csv';
import { INDEX_IDS } from '../../core/types';
import { useMessages } from '../../i18n/messages';
import { removeDataset, updateDataset } from '../../state/storage/imported-datasets';
import type { StorageProblem, StoredDataset } from '../../state/storage/imported-datasets';
import { useStoredDatasets } from '../../state/storage/use-stored-datasets';
import { importMessages } from './messages';
import { storageMessages } from '../../components/storage-messages';

/** The project's surveys.csv columns, so an exported dataset can be imported again. */
function exportCsv(d: StoredDataset) {
  const header = ['year', 'iso3', 'name_en', 'egdi_rank', ...INDEX_IDS];
  const rows = d.rows.map((r) => [r.year, r.iso3, r.nameEn, r.egdiRank, ...INDEX_IDS.map((id) => r[id])]);
  // Index values with the 5 decimals the UN publishes, as they were imported.
  const decimals = [null, null, null, null, ...INDEX_IDS.map(() => 5)];
  const blob = new Blob([toCsv([header, ...rows], { bom: true, decimals })], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${d.name.replace(/[\\/:*?"<>|]+/g, '_')}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Imported datasets in browser storage: switch on/off, rename, export again, remove. */
export function DatasetList() {
  const m = useMessages(importMessages);
  const sm = useMessages(storageMessages);
  const list = useStoredDatasets();
  const [problem, setProblem] = useState<string | null>(null);
  const report = (p: StorageProblem | null) => setProblem(p ? m('storage', { problem: sm(p) }) : null);

  return (
    <section className="import-list" aria-label={m('listTitle')}>
      <h2>{m('listTitle')}</h2>
      {list.problem || problem ? (
        <p className="notice" role="status">
          {problem ?? m('storage', { problem: list.problem ? sm(list.problem) : '' })}
        </p>
      ) : null}
      {list.datasets.length === 0 ? <p className="note">{m('listEmpty')}</p> : null}
      <ul data-testid="import-datasets">
        {list.datasets.map((d) => (
          <li key={d.id}>
            <label className="field">
              <span>{m('rename')}</span>
              <input
                defaultValue={d.name}
                maxLength={80}
                onBlur={(e) => {
                  const name = e.target.value.trim();
                  if (name && name !== d.name) void updateDataset(d.id, { name }).then(report);
                }}
              />
            </label>
            <span className="muted">
              {m(`kind.${d.kind}`)} · {m('listRows', { n: d.rows.length })} · {d.fileName}
              {d.skippedRows ? ` · ${sm('skipped', { n: d.skippedRows })}` : ''}
              {d.damagedFields ? ` · ${sm('damagedFields')}` : ''}
            </span>
            <label>
              <input
                type="checkbox"
                checked={d.active}
                onChange={(e) => void updateDataset(d.id, { active: e.target.checked }).then(report)}
              />{' '}
              {m('active')}
            </label>
            <button type="button" onClick={() => exportCsv(d)}>
              {m('export')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(m('removeConfirm', { name: d.name })))
                  void removeDataset(d.id).then(report);
              }}
            >
              {m('remove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
