// The slide registry: panels of a view register in one commit and are listed once, after it;
// a panel leaving is listed no more; listeners hear only real changes.
import { describe, expect, it, vi } from 'vitest';
import { createSlideRegistry } from '../../src/components/slides';
import type { SlidePanelEntry } from '../../src/components/slides';

const entry = (id: string, title = id.toUpperCase()): SlidePanelEntry => ({
  id,
  title,
  source: `source of ${id}`,
  spec: null,
  findings: null,
});
const settle = () => new Promise<void>((r) => queueMicrotask(r));

describe('createSlideRegistry', () => {
  it('lists the panels registered in one go once, and tells its listeners once', async () => {
    const r = createSlideRegistry();
    const heard = vi.fn();
    r.subscribe(heard);
    r.register(entry('trend'));
    r.register(entry('gaps'));
    expect(r.key()).toBe('');
    await settle();
    expect(r.key()).toBe('trend\tTREND\tsource of trend\ngaps\tGAPS\tsource of gaps');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(r.list().map((e) => e.id)).toEqual(['trend', 'gaps']);
  });

  it('drops a panel that unmounts, and stays quiet when a panel registers again unchanged', async () => {
    const r = createSlideRegistry();
    const off = r.register(entry('a'));
    r.register(entry('b'));
    await settle();
    const heard = vi.fn();
    r.subscribe(heard);
    off();
    await settle();
    expect(r.key()).toBe('b\tB\tsource of b');
    expect(heard).toHaveBeenCalledTimes(1);
    // A re-render that unregisters and registers the same panel in one commit changes nothing.
    const again = r.register(entry('b'));
    again();
    r.register(entry('b'));
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
