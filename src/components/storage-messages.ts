import { defineMessages } from '../i18n/messages';

/** What a browser-storage problem means for the user, in the UI language (state/storage problems). */
export const storageMessages = defineMessages(
  {
    unavailable:
      '浏览器存储不可用(有的浏览器不给从本地文件打开的页面任何存储),导入的数据集既不能加载也不能保存;当前显示内置数据。',
    corrupt: '部分已保存的导入数据已损坏,已跳过;其余数据照常显示,损坏部分仍留在存储中。',
    full: '浏览器存储已满,导入的数据集无法保存。',
    failed: '读取或保存导入数据集失败;当前显示内置数据。',
    'newer-version': '浏览器中保存的导入数据来自较新版本的本应用,本版本无法写入;能读取的数据仍照常显示。',
    'missing-store': '浏览器中的导入数据存储不完整(缺少数据表),无法保存新的导入。',
    repair: '导出可读数据并修复存储',
    repairHint: '修复会先把仍能读取的全部记录下载为备份文件,然后重建存储并写回可读的数据集。',
    repairing: '正在修复…',
    repaired: '已修复:备份已下载为 {file},写回 {n} 个数据集。',
    repairFailed: '修复失败:{reason}。存储未改动。',
    skipped: '{n} 行已损坏,未显示(仍保留在存储中)',
    damagedFields: '记录信息已损坏,已停用',
    unreadable: '另有 {n} 条记录无法读取。',
  },
  {
    unavailable:
      'Browser storage is unavailable (some browsers give a page opened from a file none), so imported datasets can be neither loaded nor saved; showing the shipped data.',
    corrupt:
      'Some saved imported data is damaged and was skipped; the rest is shown as usual, and the damaged part stays in storage.',
    full: 'Browser storage is full, so imported datasets cannot be saved.',
    failed: 'Reading or saving the imported datasets failed; showing the shipped data.',
    'newer-version':
      'The imported data in this browser was saved by a newer version of this app, which this version cannot write to; what can be read is shown.',
    'missing-store':
      'The imported-data storage in this browser is incomplete (its table is missing), so new imports cannot be saved.',
    repair: 'Export readable data and repair storage',
    repairHint:
      'The repair first downloads every record that can still be read as a backup file, then recreates the storage and writes the readable datasets back.',
    repairing: 'Repairing…',
    repaired: 'Repaired: the backup was downloaded as {file}; {n} dataset(s) written back.',
    repairFailed: 'The repair failed: {reason}. Storage was not changed.',
    skipped: '{n} damaged row(s) not shown (still kept in storage)',
    damagedFields: 'record details damaged; switched off',
    unreadable: '{n} more record(s) could not be read.',
  },
);
