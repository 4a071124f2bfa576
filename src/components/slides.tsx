import { createContext, useContext, useEffect, useId, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { ExportSpec } from './echarts/export-spec';
import { useViewFindings } from './findings-context';
import type { ViewFindings } from './findings-context';

/**
 * The panels of the view on screen, for presenter mode (a slide shows one of them) and the
 * deck (a slide per saved view, with that panel's chart). Panels register while mounted;
 * the app reads their ids and titles to offer a choice when a view is saved.
 */
export interface SlidePanelEntry {
  id: string;
  title: string;
  /** The citation of what the panel shows (a slide's source line). */
  source: string;
  /** What the panel exports (its chart option, source, data); null for a panel without one. */
  spec: ExportSpec | null;
  /** The findings and sources of the view the panel is in. */
  findings: ViewFindings | null;
}

export interface SlideRegistry {
  register(entry: SlidePanelEntry): () => void;
  /** The registered panels in the order they were first mounted (page order). */
  list(): SlidePanelEntry[];
  /** "id\ttitle\tsource" lines: a value that changes only when the panels, titles or sources do. */
  key(): string;
  subscribe(listener: () => void): () => void;
}

export function createSlideRegistry(): SlideRegistry {
  const entries = new Map<string, SlidePanelEntry>();
  const listeners = new Set<() => void>();
  let key = '';
  // Page order: the order panels mount in is not always the order they appear in. The
  // panels of a view register in one commit: the order is worked out once, after it.
  let scheduled = false;
  const sorted = () => {
    const order = new Map<string, number>();
    if (typeof document !== 'undefined')
      document.querySelectorAll('main [data-panel]').forEach((el, i) => {
        const id = el.getAttribute('data-panel');
        if (id !== null && !order.has(id)) order.set(id, i);
      });
    const at = (id: string) => order.get(id) ?? order.size;
    return [...entries.values()].sort((a, b) => at(a.id) - at(b.id));
  };
  const recompute = () => {
    scheduled = false;
    const next = sorted()
      // Tabs and line breaks separate the fields and panels: none inside a field.
      .map((e) => [e.id, e.title, e.source].map((f) => f.replace(/[\t\r\n]+/g, ' ')).join('\t'))
      .join('\n');
    if (next === key) return;
    key = next;
    for (const l of listeners) l();
  };
  const changed = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(recompute);
  };
  return {
    register(entry) {
      entries.set(entry.id, entry);
      changed();
      return () => {
        if (entries.get(entry.id) === entry) entries.delete(entry.id);
        changed();
      };
    },
    list: sorted,
    key: () => key,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The registry and, while presenting, the panel the slide shows (null: not presenting). */
export interface SlideState {
  registry: SlideRegistry;
  showing: string | null;
}

export const SlideContext = createContext<SlideState | null>(null);

export interface SlidePanelInfo {
  id: string;
  title: string;
  source: string;
}

/** The panels registered with `registry`; re-renders only when they change. */
export function useSlidePanels(registry: SlideRegistry): SlidePanelInfo[] {
  const key = useSyncExternalStore(registry.subscribe, registry.key);
  return useMemo(
    () =>
      key === ''
        ? []
        : key.split('\n').map((line) => {
            const [id = '', title = '', source = ''] = line.split('\t');
            return { id, title, source };
          }),
    [key],
  );
}

/**
 * Registers a panel and says whether it is the one a slide shows now. Panels without an
 * id are not offered as slides.
 */
export function useSlidePanel(
  id: string | undefined,
  title: string,
  source: string,
  spec: ExportSpec | null,
  findings: ViewFindings | null,
): boolean {
  const slides = useContext(SlideContext);
  const registry = slides?.registry;
  // The spec changes with every render of most views; it is read only when a deck is made,
  // so it is updated in place rather than registered again.
  const entry = useRef<SlidePanelEntry | null>(null);
  useEffect(() => {
    if (!registry || id === undefined) return;
    const e: SlidePanelEntry = { id, title, source, spec: null, findings: null };
    entry.current = e;
    const unregister = registry.register(e);
    return () => {
      entry.current = null;
      unregister();
    };
  }, [registry, id, title, source]);
  useEffect(() => {
    if (!entry.current) return;
    entry.current.spec = spec;
    entry.current.findings = findings;
  });
  return slides?.showing != null && slides.showing === id;
}

/**
 * A part of a view that is not a ChartPanel (the province tiles, the rankings table) but can
 * be a slide of its own. While presenting, `slideContent` (when given) replaces the children,
 * e.g. the first rows of a long table.
 */
export function SlidePanel({
  id,
  title,
  source,
  spec = null,
  className,
  children,
  slideContent,
}: {
  id: string;
  title: string;
  source: string;
  spec?: ExportSpec | null;
  className?: string;
  children: ReactNode;
  slideContent?: ReactNode;
}) {
  const on = useSlidePanel(id, title, source, spec, useViewFindings());
  const headingId = useId();
  return (
    <section
      className={['slide-panel', className, on ? 'slide-on' : ''].filter(Boolean).join(' ')}
      data-panel={id}
      aria-labelledby={on ? headingId : undefined}
    >
      {on ? (
        <h2 id={headingId} className="slide-panel-title">
          {title}
        </h2>
      ) : null}
      {on && slideContent !== undefined ? slideContent : children}
    </section>
  );
}
