// What a page shows besides its charts (the key findings' sentences, the UN's published
// figures) loads once the first chart has been drawn, so it does not hold that chart back.

let done: () => void = () => undefined;
const first = new Promise<void>((resolve) => (done = resolve));

/** Called by the chart component when the page's first chart has finished drawing. */
export function firstChartDrawn(): void {
  done();
}

/** Resolves once the page's first chart has been drawn, or after `fallbackMs` (a page without charts). */
export function afterFirstChart(fallbackMs = 1500): Promise<void> {
  return Promise.race([first, new Promise<void>((r) => setTimeout(r, fallbackMs))]);
}
