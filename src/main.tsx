import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { VIEW_REGISTRY } from './app/views';
import { loadView } from './app/view-modules';
import { urlContextFor, urlStore } from './app/url';
import { unSurveys } from './data/un-surveys';
import { loadStoredDatasets } from './state/storage/imported-datasets';
import { startServiceWorker } from './app/service-worker';
import { loadEngine } from './components/echarts/engine';
import './app/styles.css';
// After styles.css: the layout rules (header, KPI cards, print) override its older ones.
import './app/layout.css';

// Start everything the first view needs at once, before React renders: the survey data,
// the imported datasets in browser storage, the first view's code and ECharts.
const data = unSurveys.get().catch(() => undefined);
void loadStoredDatasets();
const first = urlStore.parse(window.location.search).state.view;
const firstView = VIEW_REGISTRY.find((v) => v.id === first) ?? VIEW_REGISTRY[0];
const code = firstView ? loadView(firstView) : Promise.resolve();
// ECharts, run as soon as it is in (the first view renders without waiting for it).
void loadEngine().catch(() => undefined);

urlStore.listen();

// Offline after the first visit (none in the single-file build, which needs none).
startServiceWorker();

// The first render waits (at most FIRST_RENDER_WAIT_MS) until the data and the first view's
// code are in, so the page is rendered and laid out once, with the view, rather than as a
// shell first and again with the view (its charts draw as soon as ECharts is in too).
const FIRST_RENDER_WAIT_MS = 1500;
const root = document.getElementById('root');
let rendered = false;
const render = () => {
  if (rendered || !root) return;
  rendered = true;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
void Promise.all([data, code]).then(() => {
  // The URL read against the shipped data now, so the first render shows the view rather
  // than a loading line first (the app reads it again if browser storage holds imports).
  const shipped = unSurveys.peek();
  if (shipped.status === 'ready') {
    const ctx = urlContextFor(shipped.value);
    if (urlStore.fits(ctx)) urlStore.setContext(ctx);
  }
  render();
}, render);
setTimeout(render, FIRST_RENDER_WAIT_MS);
