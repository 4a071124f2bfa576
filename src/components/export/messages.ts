import { defineMessages } from '../../i18n/messages';

export const exportMessages = defineMessages(
  {
    menu: '导出',
    menuLabel: '导出“{title}”',
    png: 'PNG 图片(2 倍分辨率)',
    svg: 'SVG 矢量图',
    csv: 'CSV 表格(当前显示)',
    xlsx: 'Excel 工作簿(当前显示)',
    fullCsv: 'CSV:完整比较(全部年份)',
    fullXlsx: 'Excel:完整比较(全部年份)',
    working: '正在导出…',
    failed: '导出失败:{message}',
    done: '已导出 {file}',
    exported: '导出日期:{date}',
    empty: '空单元格 = 未评估(不是 0)',
  },
  {
    menu: 'Export',
    menuLabel: 'Export “{title}”',
    png: 'PNG image (2x)',
    svg: 'SVG vector image',
    csv: 'CSV (as shown)',
    xlsx: 'Excel workbook (as shown)',
    fullCsv: 'CSV: whole comparison (all editions)',
    fullXlsx: 'Excel: whole comparison (all editions)',
    working: 'Exporting…',
    failed: 'Export failed: {message}',
    done: 'Exported {file}',
    exported: 'Exported on {date}',
    empty: 'Empty cells = not assessed (not 0)',
  },
);
