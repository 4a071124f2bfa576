import { useCallback } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import type { ClosingOutlook } from '../../core/trends/gap';
import { usePanelLabels } from '../../components/view-fields';
import { compareMessages } from './messages';

/** Shared text helpers of the Compare page: messages, panel labels, outlook wording. */
export function useCompareText() {
  const i18n = useI18n();
  const m = useMessages(compareMessages);
  const { t, num } = i18n;
  const labels = usePanelLabels();
  const outlook = useCallback(
    (o: ClosingOutlook) =>
      o.kind === 'closing'
        ? m('outlook.closing', { years: num(o.years, 1), editions: o.editions })
        : m(`outlook.${o.kind}`),
    [m, num],
  );
  const na = t('notAssessed');
  return { ...i18n, m, labels, outlook, na };
}
