import { defineMessages, useMessages } from '../i18n/messages';
import type { StorageProblem } from '../state/storage/imported-datasets';

const messages = defineMessages(
  {
    unavailable: '浏览器存储不可用,导入的数据集未加载;当前显示内置数据。',
    corrupt: '部分已保存的导入数据集已损坏,已跳过;其余数据照常显示。',
    full: '浏览器存储已满,导入的数据集无法保存;当前显示内置数据。',
    failed: '读取已保存的导入数据集失败;当前显示内置数据。',
  },
  {
    unavailable:
      'Browser storage is unavailable, so imported datasets were not loaded; showing the shipped data.',
    corrupt: 'Some saved imported datasets were damaged and were skipped; the rest is shown as usual.',
    full: 'Browser storage is full, so imported datasets cannot be saved; showing the shipped data.',
    failed: 'Reading the saved imported datasets failed; showing the shipped data.',
  },
);

/** Says, quietly, why imported datasets are not (all) in the views. */
export function StorageNotice({ problem }: { problem: StorageProblem | null }) {
  const m = useMessages(messages);
  if (problem === null) return null;
  return (
    <p className="notice" role="status" data-testid="storage-notice">
      {m(problem)}
    </p>
  );
}
