import type { SlidePanelEntry, SlideRegistry } from '../../components/slides';
import type { SavedView } from '../../state/saved-views';
import type { UrlValues } from '../../state/url/url-state';

/**
 * Tells the deck export when the app has drawn the view of a URL state: the app reports
 * each state it has rendered a view for (after its panels registered, as child effects run
 * first); the export waits for the state it opened.
 */
export interface RenderProbe {
  rendered(state: UrlValues): void;
  wait(state: UrlValues, timeoutMs: number): Promise<void>;
}

export function createRenderProbe(): RenderProbe {
  let last: UrlValues | null = null;
  const waiters = new Set<() => void>();
  return {
    rendered(state) {
      last = state;
      for (const w of [...waiters]) w();
    },
    wait(state, timeoutMs) {
      return new Promise((resolve, reject) => {
        if (last === state) return resolve();
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('timeout'));
        }, timeoutMs);
        function check() {
          if (last !== state) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        }
        waiters.add(check);
      });
    },
  };
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * The panel a slide of the view on screen shows: the one `panel` names, or the first. A view
 * whose parts load after it (the provincial data) registers its panels later: waits until
 * the panels have stayed the same for a few frames, or `timeoutMs`.
 */
export async function settledPanel(
  registry: SlideRegistry,
  panel: string,
  timeoutMs: number,
): Promise<SlidePanelEntry | null> {
  const end = performance.now() + timeoutMs;
  let key = '';
  let stable = 0;
  while (performance.now() < end) {
    await frame();
    const now = registry.key();
    stable = now === key && now !== '' ? stable + 1 : 0;
    key = now;
    const list = registry.list();
    const wanted = list.find((p) => p.id === panel);
    if (wanted?.spec || (stable >= 3 && list.length > 0)) return wanted ?? list[0] ?? null;
  }
  return registry.list()[0] ?? null;
}

/** What the deck export needs of the app. */
export interface DeckHost {
  views: readonly SavedView[];
  /** Opens a saved query (replacing the history entry) and returns the state it set. */
  open(query: string): UrlValues;
  probe: RenderProbe;
  registry: SlideRegistry;
  onProgress(done: number, total: number): void;
  /** Every slide is drawn; the file is being written. */
  onWriting(): void;
}

/** Each saved view in turn, drawn by the app, and the panel its slide shows. */
export async function* visitSlides(host: DeckHost): AsyncGenerator<{
  view: SavedView;
  state: UrlValues;
  panel: SlidePanelEntry | null;
}> {
  for (const [i, view] of host.views.entries()) {
    host.onProgress(i, host.views.length);
    const state = host.open(view.query);
    await host.probe.wait(state, 15_000);
    const panel = await settledPanel(host.registry, state.panel, 5_000);
    yield { view, state, panel };
  }
}
