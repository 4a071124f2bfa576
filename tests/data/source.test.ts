import { describe, expect, it, vi } from 'vitest';
import { dataUrlText, defineSource, fetchText, reportedIssues } from '../../src/data/source';
import type { Issue } from '../../src/core/issues';

const warning: Issue = { severity: 'warning', code: 'unknown-country', row: 3, column: 'iso3', message: 'x' };
const error: Issue = { ...warning, severity: 'error', row: 7, message: 'broken' };

describe('a data source', () => {
  it('loads once for every caller and reports its warnings', async () => {
    let calls = 0;
    const source = defineSource('peer-groups', async () => {
      calls++;
      return { value: [1, 2], issues: [warning] };
    });
    expect(source.peek()).toEqual({ status: 'loading' });
    const [a, b] = await Promise.all([source.get(), source.get()]);
    expect(a).toBe(b);
    expect(await source.get()).toBe(a);
    expect(calls).toBe(1);
    expect(source.peek()).toEqual({ status: 'ready', value: [1, 2] });
    expect(reportedIssues()).toContainEqual({ source: 'peer-groups', issues: [warning] });
  });

  it('fails on an error in the data, says where, and loads again on retry', async () => {
    let fail = true;
    const source = defineSource('world-map', async () => ({ value: 'map', issues: fail ? [error] : [] }));
    const seen: string[] = [];
    source.subscribe(() => seen.push(source.peek().status));
    await expect(source.get()).rejects.toThrow('row 7: broken');
    expect(source.peek()).toEqual({ status: 'error', message: 'row 7: broken' });
    fail = false;
    source.retry();
    expect(await source.get()).toBe('map');
    expect(seen).toEqual(['error', 'loading', 'ready']);
  });

  it('fails when the fetch fails, with the reason', async () => {
    const source = defineSource('cn-metrics', () => Promise.reject(new Error('HTTP 404')));
    await expect(source.get()).rejects.toThrow('HTTP 404');
    expect(source.peek()).toEqual({ status: 'error', message: 'HTTP 404' });
  });
});

describe('fetchText of a data: URL (the single-file build inlines its data files so)', () => {
  const text = '省份,指标\n北京,0.9\n"a, b",—\n';
  it('decodes base64 as UTF-8 without a request', async () => {
    const url = `data:text/csv;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      expect(await fetchText(url)).toBe(text);
      expect(dataUrlText(url)).toBe(text);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('decodes a percent-encoded data: URL; refuses anything else', () => {
    expect(dataUrlText(`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`)).toBe(text);
    expect(() => dataUrlText('blob:null/1234')).toThrow(/not a data: URL/);
  });
});
