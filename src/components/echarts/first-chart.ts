// What a page shows besides its charts (the key findings' sentences, the UN's published
// figures) loads once the first chart has been drawn, so it does not hold that chart back.

let done: () => void = () => undefined;
let drawn = false;
const first = new Promise<void>((resolve) => (done = resolve));

/** Called by the chart component when the page's first chart has finished drawing. */
export function firstChartDrawn(): void {
  drawn = true;
  done();
}

/** Whether the page's first chart has been drawn. */
export function isFirstChartDrawn(): boolean {
  return drawn;
}

/**
 * Resolves once the page's first chart has been drawn (at most `fallbackMs` later), or at
 * once when the page has no chart to wait for (a table view, or a chart already drawn).
 * Called from an effect, after the view's chart boxes are in the DOM.
 */
export function afterFirstChart(fallbackMs = 3000, opts: { always?: boolean } = {}): Promise<void> {
  // `always`: wait even when no chart is on the page yet (the shell, before a view has rendered).
  if (!opts.always && !document.querySelector('.e-chart')) return Promise.resolve();
  return Promise.race([first, new Promise<void>((r) => setTimeout(r, fallbackMs))]);
}
