import type { LocalKey } from './keys';

export type LocalRead = { ok: true; text: string | null } | { ok: false };

/** What is stored under `key` (null when nothing is), or `ok: false` when storage cannot be read. */
export function readLocal(key: LocalKey): LocalRead {
  try {
    return { ok: true, text: window.localStorage.getItem(key) };
  } catch {
    // Storage may be disabled (private mode, intranet policy).
    return { ok: false };
  }
}

/** Stores `text` under `key` (null removes it); false when the browser refused (full, disabled). */
export function writeLocal(key: LocalKey, text: string | null): boolean {
  try {
    if (text === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
