import { INDEX_IDS } from '../core/types';
import type { IndexId } from '../core/types';
import { useI18n } from '../i18n/i18n-context';
import { SelectField } from './select-field';

/** The index picker every page uses: EGDI, OSI, HCI, TII, EPI with their full names. */
export function IndexSelect({
  value,
  onChange,
  testId = 'index-select',
}: {
  value: IndexId;
  onChange: (v: IndexId) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('field.index')}
      value={value}
      options={INDEX_IDS.map((id) => ({ value: id, label: t(`index.${id}`) }))}
      onChange={onChange}
      testId={testId}
    />
  );
}
