import { useState } from 'react';
import { saveBlob } from '../components/save-blob';
import { storageMessages } from '../components/storage-messages';
import { useMessages } from '../i18n/messages';
import { REPAIRABLE, readRecoverable, recreateStore } from '../state/storage/imported-datasets';
import type { StoredList } from '../state/storage/imported-datasets';

/**
 * Says, quietly, why imported datasets are not (all) in the views; where only a repair
 * helps (a newer app's database, a missing store) it offers one that first downloads
 * every readable record as a backup, then recreates the store.
 */
export function StorageNotice({ stored }: { stored: StoredList }) {
  const m = useMessages(storageMessages);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const { problem } = stored;
  if (problem === null && status === '') return null;

  const repair = async () => {
    setBusy(true);
    setStatus(m('repairing'));
    try {
      const records = await readRecoverable().catch(() => [] as unknown[]);
      const file = `egov-atlas-backup-${new Date().toISOString().slice(0, 10)}.json`;
      saveBlob(
        new Blob(
          [`${JSON.stringify({ format: 'egov-atlas/imported-datasets-backup', records }, null, 1)}\n`],
          {
            type: 'application/json',
          },
        ),
        file,
      );
      const after = await recreateStore(records);
      setStatus(m('repaired', { file, n: after.datasets.length }));
    } catch (err) {
      setStatus(m('repairFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="notice" role="status" data-testid="storage-notice">
      {problem ? <p>{m(problem)}</p> : null}
      {stored.unreadable > 0 ? <p>{m('unreadable', { n: stored.unreadable })}</p> : null}
      {problem && REPAIRABLE.has(problem) ? (
        <p>
          <button type="button" onClick={() => void repair()} disabled={busy} data-testid="storage-repair">
            {m('repair')}
          </button>{' '}
          <span className="muted">{m('repairHint')}</span>
        </p>
      ) : null}
      {status ? <p data-testid="storage-repair-status">{status}</p> : null}
    </div>
  );
}
