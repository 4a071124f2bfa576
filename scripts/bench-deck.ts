// Part 7 of the bench (scripts/bench.ts): a deck of 10 saved views (views of every kind,
// with charts and a table), from the click on "Export deck (PPTX)" to the download, in
// the built app. Median of 3 fresh contexts. Budget: 5 s (issue 11).

import type { Browser } from 'playwright-core';

export const DECK_BUDGET_MS = 5000;
const RUNS = 3;

/** Ten saved views as the saved-views panel stores them. */
export const DECK_VIEWS = [
  { name: 'China', query: '' },
  { name: 'China OSI', query: '?index=osi&panel=rank-history' },
  { name: 'Rankings 2024', query: '?view=rankings' },
  { name: 'Trends', query: '?view=trends&countries=CHN,JPN,KOR' },
  { name: 'Compare', query: '?view=compare' },
  { name: 'Compare slope', query: '?view=compare&panel=compare-slope' },
  { name: 'Movers', query: '?view=movers' },
  { name: 'Map', query: '?view=map' },
  { name: 'Distribution', query: '?view=distribution' },
  { name: 'Provinces', query: '?view=provinces' },
];

export interface DeckRun {
  ms: number;
  bytes: number;
}

/** Exports the deck RUNS times, each in a fresh context with the ten views stored. */
export async function measureDeck(browser: Browser, url: string): Promise<DeckRun[]> {
  const runs: DeckRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    try {
      await context.addInitScript((views) => {
        localStorage.setItem(
          'egov-atlas:saved-views',
          JSON.stringify({ format: 'egov-atlas/saved-views', version: 1, views }),
        );
      }, DECK_VIEWS);
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('.e-chart[data-rendered="true"]').first().waitFor({ timeout: 30_000 });
      await page.getByTestId('saved-views-toggle').click();
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByTestId('export-deck').click(),
      ]);
      const path = await download.path();
      const ms = Date.now() - started;
      const { stat } = await import('node:fs/promises');
      runs.push({ ms, bytes: (await stat(path)).size });
    } finally {
      await context.close();
    }
  }
  return runs;
}
