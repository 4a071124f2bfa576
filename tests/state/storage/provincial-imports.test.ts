// Provincial imports kept in the browser (issue 9 item 2), in Node against fake-indexeddb.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMetricsCsv } from '../../../src/core/load/metrics';
import { metricsRowsCsv } from '../../../src/core/load/metrics-template';
import { loadProvincesCsv, provinceGazetteer } from '../../../src/core/load/provinces';
import { PROVINCES_IDB } from '../../../src/state/storage/keys';

const provinces = loadProvincesCsv(
  'code,name_zh,short_zh,name_en,row,col\n11,北京市,北京,Beijing,0,0\n33,浙江省,浙江,Zhejiang,0,1\n',
).rows;
const gz = provinceGazetteer(provinces);
// Hand-made figures: a percentage with a trailing zero, a group label, an undated count.
const rows = loadMetricsCsv(
  [
    'region_code,metric_id,value,unit,as_of,scope,label_zh,source,quote,note',
    '11,my_share,12.50,percent,2024-03,市级,"某比例(超过)",office.xlsx,"原文,有逗号",',
    '33,my_group,高,group,2023,省级,,http://a.example/x,原文,备注',
    '33,my_count,-3,count,,省级,,,=cmd,',
  ].join('\n'),
  { provinces: gz },
).rows;

const fresh = async () => {
  vi.resetModules();
  return import('../../../src/state/storage/provincial-imports');
};
const record = (id: string, createdAt: string) => ({
  id,
  name: `${id}.csv`,
  createdAt,
  fileName: `${id}.csv`,
  rows,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('provincial imports in IndexedDB', () => {
  it('survive a reload, and can be renamed and removed', async () => {
    let store = await fresh();
    expect((await store.loadProvincialImports()).imports).toEqual([]);
    expect(await store.saveProvincialImport(record('a', '2026-01-01T00:00:00Z'))).toBeNull();
    expect(await store.saveProvincialImport(record('b', '2026-01-02T00:00:00Z'))).toBeNull();

    store = await fresh(); // a reload: the module's memory is gone, the database is not
    const list = await store.loadProvincialImports();
    expect(list.problem).toBeNull();
    expect(list.imports.map((d) => [d.id, d.rows.length])).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
    expect(list.imports[0]?.rows).toEqual(rows);

    expect(await store.renameProvincialImport('a', '本单位数据')).toBeNull();
    expect(await store.removeProvincialImport('b')).toBeNull();
    store = await fresh();
    expect((await store.loadProvincialImports()).imports.map((d) => [d.id, d.name])).toEqual([
      ['a', '本单位数据'],
    ]);
  });

  it('lists a record with a damaged row, says how many were skipped, and keeps the row stored', async () => {
    const store = await fresh();
    await store.loadProvincialImports();
    await store.saveProvincialImport(record('a', '2026-01-01T00:00:00Z'));
    // Damage one stored row behind the app's back.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(PROVINCES_IDB.name);
      req.onsuccess = () => {
        const tx = req.result.transaction(PROVINCES_IDB.stores.provincialImports, 'readwrite');
        const os = tx.objectStore(PROVINCES_IDB.stores.provincialImports);
        const get = os.get('a');
        get.onsuccess = () => {
          const r = get.result as { rows: unknown[] };
          os.put({ ...r, rows: [...r.rows, { regionCode: '11', value: 'x' }] });
        };
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const again = await fresh();
    const list = await again.loadProvincialImports();
    expect(list.problem).toBe('corrupt');
    expect(list.imports.map((d) => [d.rows.length, d.skippedRows])).toEqual([[3, 1]]);
    expect(again.readProvincialRecord({ name: 'no id' })).toBeNull();
  });

  it('keeps an import for the session when the browser cannot store it, and says so', async () => {
    const store = await fresh();
    // A browser without IndexedDB (storage off by policy).
    Reflect.deleteProperty(globalThis, 'indexedDB');
    expect(await store.saveProvincialImport(record('a', '2026-01-01T00:00:00Z'))).toBe('unavailable');
    const list = store.provincialImports();
    expect(list?.problem).toBe('unavailable');
    expect(list?.imports.map((d) => [d.id, d.unsaved])).toEqual([['a', true]]);
    expect(await store.removeProvincialImport('a')).toBeNull();
    expect(store.provincialImports()?.imports).toEqual([]);
  });
});

describe('an exported provincial table', () => {
  it('imports back as the same figures, decimals as published, formulas neutralised', () => {
    const text = metricsRowsCsv(rows, provinces);
    expect(text.startsWith('\uFEFFregion_code,province,metric_id,value')).toBe(true);
    expect(text).toContain(",'=cmd,");
    const back = loadMetricsCsv(text, { provinces: gz });
    expect(back.issues).toEqual([]);
    const strip = (r: (typeof rows)[number]) => ({ ...r, line: 0 });
    expect(back.rows.map((r) => ({ ...strip(r), quote: r.quote.replace(/^'/, '') }))).toEqual(
      rows.map(strip),
    );
    expect(back.rows[0]?.decimals).toBe(2);
  });
});
