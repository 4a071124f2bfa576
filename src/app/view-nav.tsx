import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

export interface NavItem {
  id: string;
  label: string;
  href: string;
}

export interface ViewNavProps {
  items: readonly NavItem[];
  current: string;
  onOpen: (id: string) => void;
  /** Accessible name of the navigation. */
  label: string;
  /** Text and accessible name of the button that opens the views that do not fit. */
  moreText: string;
  moreLabel: string;
}

/** Space between links (matches `gap` of .nav-links in layout.css). */
const GAP = 4;

/**
 * Which items fit in `available` px: all of them if they do; else the current view and, in
 * navigation order, as many others as fit beside it and the "More" button.
 */
export function fitItems(
  widths: readonly number[],
  currentIndex: number,
  available: number,
  moreWidth: number,
): boolean[] {
  const total = widths.reduce((s, w) => s + w, 0) + GAP * Math.max(0, widths.length - 1);
  if (total <= available) return widths.map(() => true);
  const shown = widths.map((_, i) => i === currentIndex);
  let used = moreWidth + (currentIndex >= 0 ? (widths[currentIndex] ?? 0) + GAP : 0);
  for (let i = 0; i < widths.length; i++) {
    if (i === currentIndex) continue;
    const w = (widths[i] ?? 0) + GAP;
    if (used + w > available) break;
    used += w;
    shown[i] = true;
  }
  return shown;
}

/**
 * The view navigation in one row: the links that fit the header, the rest behind a "More"
 * disclosure button (aria-expanded; Escape or a click elsewhere closes it, arrow keys move
 * between its links). Widths come from a hidden copy of every link, so the choice does not
 * depend on what is shown and never oscillates.
 */
export function ViewNav({ items, current, onOpen, label, moreText, moreLabel }: ViewNavProps) {
  const navRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const [shown, setShown] = useState<boolean[]>(() => items.map(() => true));
  const [open, setOpen] = useState(false);
  const labels = items.map((i) => i.label).join('\n');
  const currentIndex = items.findIndex((i) => i.id === current);

  useLayoutEffect(() => {
    const nav = navRef.current;
    const measure = measureRef.current;
    if (!nav || !measure) return;
    const fit = () => {
      const spans = [...measure.children] as HTMLElement[];
      const more = spans.pop();
      const widths = spans.map((s) => s.getBoundingClientRect().width);
      const next = fitItems(
        widths,
        currentIndex,
        nav.clientWidth,
        (more?.getBoundingClientRect().width ?? 0) + GAP,
      );
      setShown((prev) => (prev.length === next.length && prev.every((v, i) => v === next[i]) ? prev : next));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [labels, currentIndex]);

  // A click or focus outside the menu closes it.
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  const hidden = items.filter((_, i) => !shown[i]);
  const link = (v: NavItem, inMenu: boolean) => (
    <a
      key={v.id}
      href={v.href}
      aria-current={current === v.id ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        if (inMenu) {
          setOpen(false);
          buttonRef.current?.focus();
        }
        onOpen(v.id);
      }}
    >
      {v.label}
    </a>
  );

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...(wrapRef.current?.querySelectorAll<HTMLAnchorElement>('.nav-menu a') ?? [])];
    if (links.length === 0) return;
    e.preventDefault();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : (at + step + links.length) % links.length;
    links[next]?.focus();
  };

  return (
    <nav ref={navRef} className="view-nav" aria-label={label}>
      <div className="nav-links">{items.map((v, i) => (shown[i] ? link(v, false) : null))}</div>
      {hidden.length > 0 ? (
        <div className="nav-more" ref={wrapRef} onKeyDown={onMenuKey}>
          <button
            ref={buttonRef}
            type="button"
            aria-expanded={open}
            aria-controls={menuId}
            aria-label={moreLabel}
            onClick={() => setOpen((o) => !o)}
          >
            {moreText} <span aria-hidden="true">▾</span>
          </button>
          <div id={menuId} className="nav-menu" hidden={!open}>
            {hidden.map((v) => link(v, true))}
          </div>
        </div>
      ) : null}
      <div className="nav-measure" ref={measureRef} aria-hidden="true">
        {items.map((v) => (
          <span key={v.id} className="nav-link-size">
            {v.label}
          </span>
        ))}
        <span className="nav-link-size">
          {moreText} <span>▾</span>
        </span>
      </div>
    </nav>
  );
}
