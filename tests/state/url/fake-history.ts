import type { HistoryPort } from '../../../src/state/url/url-state';

/** A browser history in memory: entries, a cursor, Back/Forward that fire popstate. */
export class FakeHistory implements HistoryPort {
  entries: string[];
  at = 0;
  pushes = 0;
  replaces = 0;
  readonly #listeners = new Set<() => void>();

  constructor(search = '') {
    this.entries = [search];
  }

  search = () => this.entries[this.at] ?? '';
  pathname = () => '/';
  push = (url: string) => {
    this.entries = [...this.entries.slice(0, this.at + 1), url === '/' ? '' : url];
    this.at = this.entries.length - 1;
    this.pushes++;
  };
  replace = (url: string) => {
    this.entries[this.at] = url === '/' ? '' : url;
    this.replaces++;
  };
  onPop = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  back() {
    this.at = Math.max(0, this.at - 1);
    for (const l of this.#listeners) l();
  }
  forward() {
    this.at = Math.min(this.entries.length - 1, this.at + 1);
    for (const l of this.#listeners) l();
  }
}
