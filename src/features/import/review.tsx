import { useMemo, useState } from 'react';
import type { Dataset } from '../../core/dataset';
import type { ImportResult } from '../../core/import/import-table';
import { blankCellCount, resolveMerge } from '../../core/import/merge-plan';
import type { BlankChoice, ConflictChoice, MergePlan } from '../../core/import/merge-plan';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { saveDatasets } from '../../state/storage/imported-datasets';
import { storageMessages } from '../../components/storage-messages';
import type { StoredDataset } from '../../state/storage/imported-datasets';
import { issueText } from '../../i18n/issue-text';
import { importMessages } from './messages';

/** Rows listed at first in each table; the rest on request (a long list is a long main-thread task). */
const SHOWN = 50;
const CHOICES: readonly ConflictChoice[] = ['keep', 'replace', 'separate'];

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The review screen: what would be added, what is rejected and why, and each conflict
 * with the loaded data with the user's choice. Nothing is stored until Confirm.
 */
export function Review({
  result,
  plan,
  dataset,
  onDone,
  refused = false,
}: {
  result: ImportResult;
  plan: MergePlan;
  dataset: Dataset;
  onDone: (message: string) => void;
  /** The file was refused as a whole: only the reasons and a dismiss button. */
  refused?: boolean;
}) {
  const m = useMessages(importMessages);
  const storage = useMessages(storageMessages);
  const { lang, num, countryName } = useI18n();
  const [name, setName] = useState(result.fileName.replace(/\.[^.]+$/, ''));
  const [bulk, setBulk] = useState<ConflictChoice>('keep');
  const [choices, setChoices] = useState<Map<string, ConflictChoice>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [all, setAll] = useState(false);
  const [warningsOpen, setWarningsOpen] = useState(false);
  // Blank cells keep the loaded values unless the user ticks the box (a separate choice).
  const [blanks, setBlanks] = useState<BlankChoice>('keep');
  const blankCells = useMemo(() => blankCellCount(plan), [plan]);
  const limit = all ? Infinity : SHOWN;
  const errors = useMemo(() => result.issues.filter((i) => i.severity === 'error'), [result]);
  const warnings = useMemo(() => result.issues.filter((i) => i.severity !== 'error'), [result]);
  const listed = result.issues.length;
  const total = Object.values(result.issueCounts).reduce((a, b) => a + (b ?? 0), 0);
  const country = (iso3: string, fallback: string) => countryName(dataset.countries.get(iso3), fallback);
  const nothingToImport =
    plan.added.length === 0 &&
    plan.conflicts.length === 0 &&
    (blanks === 'keep' || plan.blankOnly.length === 0);

  const confirm = async () => {
    const outcome = resolveMerge(plan, choices, bulk, blanks);
    const createdAt = new Date().toISOString();
    const base = { createdAt, fileName: result.fileName };
    const records: StoredDataset[] = [];
    const label = name.trim() || result.fileName;
    if (outcome.imported.length > 0)
      records.push({
        ...base,
        id: newId(),
        name: label,
        kind: 'merged',
        active: true,
        rows: outcome.imported,
      });
    const sepName = `${label}${m('separateSuffix')}`;
    if (outcome.separate.length > 0)
      records.push({
        ...base,
        id: newId(),
        name: sepName,
        kind: 'separate',
        active: false,
        rows: outcome.separate,
      });
    setBusy(true);
    const problem = await saveDatasets(records);
    setBusy(false);
    if (problem) {
      setError(m('saveFailed', { problem: storage(problem) }));
      return;
    }
    onDone(
      [
        outcome.imported.length ? m('saved', { name: label, n: outcome.imported.length }) : '',
        outcome.separate.length ? m('savedSeparate', { name: sepName, n: outcome.separate.length }) : '',
      ]
        .filter(Boolean)
        .join(' ') || m('nothing'),
    );
  };

  const issueRows = (list: typeof errors) =>
    list.slice(0, limit).map((i, k) => (
      <tr key={k}>
        <td>{i.row === 0 ? m('fileLevel') : i.row}</td>
        <td>{i.column ?? '—'}</td>
        <td>{issueText(i, lang)}</td>
      </tr>
    ));
  const issueTable = (list: typeof errors, caption: string, testId: string) => (
    <table className="import-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m('col_row')}</th>
          <th scope="col">{m('col_column')}</th>
          <th scope="col">{m('col_reason')}</th>
        </tr>
      </thead>
      <tbody>{issueRows(list)}</tbody>
    </table>
  );

  return (
    <section className="import-review" aria-label={m('reviewTitle')}>
      {refused ? null : (
        <>
          <h3>{m('reviewTitle')}</h3>
          <p
            data-testid="import-summary"
            data-rows={result.dataRows}
            data-conflicts={plan.conflicts.length}
            data-rejected={result.rejectedRows}
          >
            {m('summary', {
              rows: result.dataRows,
              added: plan.added.length,
              unchanged: plan.unchanged.length,
              conflicts: plan.conflicts.length,
              rejected: result.rejectedRows,
            })}
          </p>
          {blankCells > 0 ? (
            <div className="note" data-testid="import-blanks">
              <p>{m('blanksNote', { n: blankCells, rows: plan.blankOnly.length })}</p>
              <label>
                <input
                  type="checkbox"
                  checked={blanks === 'clear'}
                  onChange={(e) => setBlanks(e.target.checked ? 'clear' : 'keep')}
                  data-testid="import-clear-blanks"
                />{' '}
                {m('blanksClear', { n: blankCells })}
              </label>
            </div>
          ) : null}
        </>
      )}
      {errors.length > 0 ? issueTable(errors, m('rejectedTitle'), 'import-rejected') : null}
      {warnings.length > 0 ? (
        <details onToggle={(e) => setWarningsOpen(e.currentTarget.open)}>
          <summary>{m('warningsTitle', { n: warnings.length })}</summary>
          {warningsOpen
            ? issueTable(warnings, m('warningsTitle', { n: warnings.length }), 'import-warnings')
            : null}
        </details>
      ) : null}
      {!all && (errors.length > SHOWN || warnings.length > SHOWN || plan.conflicts.length > SHOWN) ? (
        <button type="button" onClick={() => setAll(true)}>
          {m('showAll')}
        </button>
      ) : null}
      {total > listed ? <p className="note">{m('moreIssues', { n: total - listed })}</p> : null}
      {plan.conflicts.length > 0 ? (
        <>
          <h4>{m('conflictsTitle')}</h4>
          <p className="note">{m('conflictsIntro')}</p>
          <div className="controls" role="group" aria-label={m('conflictsTitle')}>
            {CHOICES.map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={bulk === c && choices.size === 0}
                onClick={() => {
                  setBulk(c);
                  setChoices(new Map());
                }}
              >
                {m(c === 'keep' ? 'allKeep' : c === 'replace' ? 'allReplace' : 'allSeparate')}
              </button>
            ))}
          </div>
          <table className="import-table" data-testid="import-conflicts">
            <thead>
              <tr>
                <th scope="col">{m('col_country')}</th>
                <th scope="col">{m('col_year')}</th>
                <th scope="col">{m('col_field')}</th>
                <th scope="col">{m('col_existing')}</th>
                <th scope="col">{m('col_incoming')}</th>
                <th scope="col">{m('col_choice')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.conflicts.slice(0, limit).map((c) => {
                const show = (v: number | null) => (v === null ? '—' : num(v, 5));
                return (
                  <tr key={c.key}>
                    <td>{country(c.incoming.iso3, c.incoming.nameEn)}</td>
                    <td>{c.incoming.year}</td>
                    <td>{c.fields.join(', ')}</td>
                    <td>{c.fields.map((f) => show(c.existing[f])).join(' / ')}</td>
                    <td>{c.fields.map((f) => show(c.incoming[f])).join(' / ')}</td>
                    <td>
                      <select
                        aria-label={m('col_choice')}
                        value={choices.get(c.key) ?? bulk}
                        onChange={(e) =>
                          setChoices((old) => new Map(old).set(c.key, e.target.value as ConflictChoice))
                        }
                      >
                        {CHOICES.map((ch) => (
                          <option key={ch} value={ch}>
                            {m(ch)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      {plan.added.length > 0 ? (
        <details>
          <summary>{m('addedTitle', { n: Math.min(plan.added.length, 20) })}</summary>
          <ul>
            {plan.added.slice(0, 20).map((r) => (
              <li key={`${r.year}|${r.iso3}`}>
                {r.year} · {country(r.iso3, r.nameEn)} · EGDI {r.egdi === null ? '—' : num(r.egdi, 5)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="controls">
        {refused ? null : (
          <>
            <label className="field">
              <span>{m('datasetName')}</span>
              <input
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
                data-testid="import-name"
              />
            </label>
            <button
              type="button"
              className="primary"
              disabled={busy || nothingToImport}
              onClick={() => void confirm()}
              data-testid="import-confirm"
            >
              {m('confirm')}
            </button>
          </>
        )}
        <button type="button" onClick={() => onDone('')}>
          {m('discard')}
        </button>
      </div>
      {error ? (
        <p className="error-card" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
