import type { ReactNode } from 'react';
import type { DataSource } from '../data/source';
import { useSource } from './use-source';
import { useI18n } from '../i18n/i18n-context';

/**
 * Renders `children(value)` once a data source has loaded: a status line while it loads,
 * an error card with the reason and a retry button if it fails.
 */
export function SourceGate<T>({
  source,
  failedLabel,
  children,
}: {
  source: DataSource<T>;
  failedLabel: string;
  children: (value: T) => ReactNode;
}) {
  const load = useSource(source);
  const { t } = useI18n();
  if (load.status === 'loading')
    return (
      <p className="status" role="status">
        {t('app.loading')}
      </p>
    );
  if (load.status === 'error')
    return (
      <div className="error-card" role="alert">
        <p>{failedLabel}</p>
        <pre>{load.message}</pre>
        <button type="button" onClick={() => source.retry()}>
          {t('app.retry')}
        </button>
      </div>
    );
  return <>{children(load.value)}</>;
}
