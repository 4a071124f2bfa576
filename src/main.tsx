import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { VIEW_REGISTRY } from './app/views';
import { urlStore } from './app/url';
import { unSurveys } from './data/un-surveys';
import { loadStoredDatasets } from './state/storage/imported-datasets';
import './app/styles.css';

// Start everything the first view needs at once, before React renders: the survey data,
// the imported datasets in browser storage, and the first view's code.
void unSurveys.get().catch(() => undefined);
void loadStoredDatasets();
const first = urlStore.parse(window.location.search).state.view;
void (VIEW_REGISTRY.find((v) => v.id === first) ?? VIEW_REGISTRY[0])?.load().catch(() => undefined);

urlStore.listen();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
