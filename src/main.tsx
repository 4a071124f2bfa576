import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { VIEW_REGISTRY } from './app/views';
import { loadView } from './app/view-modules';
import { urlStore } from './app/url';
import { unSurveys } from './data/un-surveys';
import { loadStoredDatasets } from './state/storage/imported-datasets';
import { makeI18n } from './i18n/i18n-context';
import { startServiceWorker } from './app/service-worker';
import './app/styles.css';
// After styles.css: the layout rules (header, KPI cards, print) override its older ones.
import './app/layout.css';

// Start everything the first view needs at once, before React renders: the survey data,
// the imported datasets in browser storage, and the first view's code.
void unSurveys.get().catch(() => undefined);
void loadStoredDatasets();
const first = urlStore.parse(window.location.search).state.view;
const firstView = VIEW_REGISTRY.find((v) => v.id === first) ?? VIEW_REGISTRY[0];
if (firstView) void loadView(firstView);

urlStore.listen();

// While the data downloads, the main thread is idle: load the locale's number formats then
// (the first Intl.NumberFormat of a locale costs tens of milliseconds) instead of in the
// first view's render.
setTimeout(() => {
  const { num } = makeI18n(urlStore.getSnapshot().state.lang);
  for (const d of [0, 1, 2, 3, 4, 5]) num(0, d);
}, 0);

// Offline after the first visit (none in the single-file build, which needs none).
startServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
