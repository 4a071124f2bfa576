import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedView } from '../../state/saved-views';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'PageUp', 'ArrowUp']);

/** Keys typed into a field belong to the field, not to the slideshow. */
const isField = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));

/**
 * Presenter mode: full screen where the browser allows it (otherwise the page still
 * switches to the large high-contrast layout), a `presenter` class on <html>, and a
 * slideshow over `slides` driven by the keys presentation clickers send.
 */
export function usePresenter(slides: readonly SavedView[], go: (query: string) => void) {
  const [slide, setSlide] = useState<number | null>(null);
  const wentFullscreen = useRef(false);
  const on = slide !== null;
  const count = slides.length;

  const show = useCallback(
    (i: number) => {
      const s = slides[i];
      if (s) go(s.query);
      setSlide(i);
    },
    [slides, go],
  );

  const stop = useCallback(() => {
    setSlide(null);
    if (wentFullscreen.current && document.fullscreenElement)
      void document.exitFullscreen().catch(() => undefined);
    wentFullscreen.current = false;
  }, []);

  const start = useCallback(() => {
    const el = document.documentElement;
    if (el.requestFullscreen && !document.fullscreenElement) {
      el.requestFullscreen().then(
        () => (wentFullscreen.current = true),
        () => (wentFullscreen.current = false),
      );
    }
    show(0);
  }, [show]);

  useEffect(() => {
    document.documentElement.classList.toggle('presenter', on);
    return () => document.documentElement.classList.remove('presenter');
  }, [on]);

  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isField(e.target)) return;
      if (e.key === 'Escape') stop();
      else if (NEXT.has(e.key)) show(Math.min(count - 1, (slide ?? 0) + 1));
      else if (PREV.has(e.key)) show(Math.max(0, (slide ?? 0) - 1));
      else return;
      e.preventDefault();
    };
    // The browser handles Esc in full screen itself; leaving full screen leaves the mode.
    const onFs = () => {
      if (!document.fullscreenElement && wentFullscreen.current) stop();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFs);
    };
  }, [on, slide, count, show, stop]);

  return {
    on,
    slide: slide ?? 0,
    count,
    start,
    stop,
    next: () => show(Math.min(count - 1, (slide ?? 0) + 1)),
    prev: () => show(Math.max(0, (slide ?? 0) - 1)),
  };
}
