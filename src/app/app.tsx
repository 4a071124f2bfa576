import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nContext, makeI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/dictionary';
import { ErrorBoundary } from '../components/error-boundary';
import { PanelTabsContext } from '../components/panel-tabs-context';
import { PresenterContext } from '../components/presenter-context';
import { createSlideRegistry, SlideContext, useSlidePanels } from '../components/slides';
import type { SlideState } from '../components/slides';
import { unSurveys } from '../data/un-surveys';
import { useSource } from '../components/use-source';
import type { UrlValues } from '../state/url/url-state';
import type { ViewEntry } from '../state/url/view-props';
import { useUrlSnapshot } from '../state/url/use-url-state';
import { VIEW_REGISTRY } from './views';
import { loadView, useViewModule } from './view-modules';
import { urlContextFor, urlStore } from './url';
import { ShareTools } from './share/share-tools';
import { PresenterBar } from './share/presenter-bar';
import { useSavedViews } from './share/use-saved-views';
import { createRenderProbe } from './share/deck';
import { usePresenter } from './share/use-presenter';
import { shareMessages } from './share/messages';
import { useImportedDataset } from './use-imported-dataset';
import { StorageNotice } from './storage-notice';
import { useFirstChartDrawn, useLoaded } from '../components/use-loaded';
import { ViewNav } from './view-nav';
import { paramLabels } from './url-messages';

/**
 * The shell: header (brand, navigation, language, sharing tools), notices, the current
 * view, presenter bar and footer. The URL store holds what is on screen; the data layer
 * loads the data; the view registry knows the pages.
 */
export function App() {
  const { state, invalid, ctx } = useUrlSnapshot(urlStore);
  const un = useSource(unSurveys);
  const shipped = un.status === 'ready' ? un.value : null;
  const imported = useImportedDataset(shipped);
  // The dataset the views show: the shipped data with any active imports laid over it.
  const shown = imported.dataset;
  const urlContext = shown ? urlContextFor(shown) : null;
  // The URL is read against the dataset on screen, imported editions included (?year=2026),
  // at start and whenever that dataset changes; views render once it has been read. Until
  // browser storage has been read, the shipped data is enough unless the URL names
  // something only an import holds: then the view waits for the imports.
  useLayoutEffect(() => {
    if (urlContext && (imported.ready || urlStore.fits(urlContext))) urlStore.setContext(urlContext);
  }, [urlContext, imported.ready]);
  const update = urlStore.update;

  const saved = useSavedViews();
  const [savedOpen, setSavedOpen] = useState(false);
  // Loaded when first opened / once the first chart is drawn: not part of the first page.
  const savedPanel = useLoaded(loadSavedViewsPanel, savedOpen);
  const qualityNotes = useLoaded(loadQualityNotes, useFirstChartDrawn({ always: true }));
  // Saved views leave out the language: a deck plays in whichever language is on.
  const currentQuery = urlStore.serialize({ ...state, lang: 'zh' } as UrlValues);
  const slides = saved.views.length > 0 ? saved.views : [{ name: '', query: currentQuery }];
  const presenter = usePresenter(slides, urlStore.open);
  const editions = shown?.editions ?? [];
  // The panels of the view on screen; a slide shows the one its link names, or the first.
  const [slideRegistry] = useState(createSlideRegistry);
  const slidePanels = useSlidePanels(slideRegistry);
  const slidePanel = slidePanels.find((p) => p.id === state.panel) ?? slidePanels[0] ?? null;
  const slideState = useMemo<SlideState>(
    () => ({ registry: slideRegistry, showing: presenter.on ? (slidePanel?.id ?? null) : null }),
    [slideRegistry, presenter.on, slidePanel],
  );
  // The deck export opens each saved view and waits until the app has drawn it.
  const [probe] = useState(createRenderProbe);
  const exportDeck = async (onProgress: (done: number, total: number) => void, onWriting: () => void) => {
    // Every view's parameters as they are now (not only this view's), to come back to.
    const back = urlStore.getSnapshot().state;
    const { exportDeck: run } = await import('./share/export-deck');
    try {
      return await run(
        {
          views: saved.views,
          open: (query) => {
            urlStore.open(query, { replace: true });
            return urlStore.getSnapshot().state;
          },
          probe,
          registry: slideRegistry,
          onProgress,
          onWriting,
        },
        state.lang,
      );
    } finally {
      urlStore.update(back, { replace: true });
    }
  };
  const queryFor = (panel: string) => urlStore.serialize({ ...state, lang: 'zh', panel } as UrlValues);
  const slideName = saved.views.length > 0 ? (saved.views[presenter.slide]?.name ?? null) : null;
  const setTable = useCallback(
    (panelId: string, showTable: boolean) => {
      const rest = urlStore.getSnapshot().state.tables.filter((p) => p !== panelId);
      update({ tables: showTable ? [...rest, panelId] : rest });
    },
    [update],
  );
  const panelTabs = useMemo(() => ({ tables: state.tables, setTable }), [state.tables, setTable]);

  const i18n = useMemo(() => makeI18n(state.lang), [state.lang]);
  const t = i18n.t;
  const entry = VIEW_REGISTRY.find((v) => v.id === state.view) ?? VIEW_REGISTRY[0];
  const viewModule = useViewModule(entry ?? FALLBACK_VIEW);
  useLayoutEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = entry ? `${t('app.title')} · ${t(entry.label)}` : t('app.title');
  }, [state.lang, entry, t]);

  let main: ReactNode;
  if (un.status === 'error') {
    main = (
      <div className="error-card" role="alert">
        <p>{t('app.loadFailed')}</p>
        <pre>{un.message}</pre>
        <button type="button" onClick={() => unSurveys.retry()}>
          {t('app.retry')}
        </button>
      </div>
    );
  } else if (viewModule.status === 'error') {
    main = (
      <div className="error-card" role="alert">
        <p>{t('app.loadFailed')}</p>
        <pre>{viewModule.message}</pre>
        <button type="button" onClick={() => entry && void loadView(entry)}>
          {t('app.retry')}
        </button>
      </div>
    );
  } else if (!shipped || !shown || ctx === null || viewModule.status !== 'ready') {
    main = (
      <p className="status" role="status">
        {t('app.loading')}
      </p>
    );
  } else {
    // Without an explicit ?year, views open on the latest edition of the shipped survey: an
    // imported edition (perhaps a few countries) is shown only when the user picks it.
    const year = state.year ?? shipped.editions.at(-1) ?? shown.editions.at(-1) ?? 0;
    const View = viewModule.component;
    main = (
      <ErrorBoundary
        // A view that failed does not leave the next view on its error card.
        key={state.view}
        fallback={(error, retry) => (
          <div className="error-card" role="alert">
            <p>{t('chart.error')}</p>
            <p className="muted">{error.message}</p>
            <button type="button" onClick={retry}>
              {t('app.retry')}
            </button>
          </div>
        )}
      >
        <PanelTabsContext.Provider value={panelTabs}>
          <PresenterContext.Provider value={presenter.on}>
            <SlideContext.Provider value={slideState}>
              <View dataset={shown} state={state} year={year} update={update} />
            </SlideContext.Provider>
          </PresenterContext.Provider>
        </PanelTabsContext.Provider>
      </ErrorBoundary>
    );
  }

  // Children's effects (panels registering) have run when this one does.
  const settled =
    un.status === 'error' ||
    viewModule.status === 'error' ||
    (shown !== null && ctx !== null && viewModule.status === 'ready');
  useEffect(() => {
    if (settled) probe.rendered(state);
  });

  // The subtitle names the editions actually loaded (an imported 2026 edition extends it).
  const span = editions.length > 0 ? `${editions[0]}–${editions[editions.length - 1]}` : '';

  return (
    <I18nContext.Provider value={i18n}>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span>{t('app.subtitle', { span })}</span>
        </div>
        <ViewNav
          items={VIEW_REGISTRY.map((v) => ({
            id: v.id,
            label: t(v.label),
            href: urlStore.href({ view: v.id }) || '?',
          }))}
          current={state.view}
          onOpen={(id) => {
            const v = VIEW_REGISTRY.find((x) => x.id === id);
            if (v) update({ view: v.id });
          }}
          label={t('nav.label')}
          moreText={t('nav.more')}
          moreLabel={t('nav.moreLabel')}
        />
        <button
          type="button"
          className="lang"
          aria-label={t('lang.switchLabel')}
          onClick={() => update({ lang: state.lang === 'zh' ? 'en' : 'zh' })}
        >
          {/* The switch names the other language in that language. */}
          <span lang={state.lang === 'zh' ? 'en' : 'zh-CN'}>{t('lang.switch')}</span>
        </button>
        <ShareTools
          savedCount={saved.views.length}
          savedOpen={savedOpen}
          savedPanelId="saved-views"
          onToggleSaved={() => setSavedOpen((o) => !o)}
          onPresent={presenter.start}
        />
      </header>
      {savedOpen ? (
        <div id="saved-views">
          {savedPanel ? (
            <savedPanel.SavedViewsPanel
              views={saved.views}
              setViews={saved.setViews}
              storageOk={saved.storageOk}
              dropped={saved.dropped}
              panels={slidePanels}
              panel={slidePanel?.id ?? ''}
              queryFor={queryFor}
              defaultName={[t(entry?.label ?? 'app.title'), t(`indexShort.${state.index}`), state.year ?? '']
                .filter(Boolean)
                .join(' · ')}
              onOpen={urlStore.open}
              onPresent={() => {
                setSavedOpen(false);
                presenter.start();
              }}
              onExportDeck={exportDeck}
              onClose={() => setSavedOpen(false)}
            />
          ) : (
            <p className="status" role="status">
              {t('app.loading')}
            </p>
          )}
        </div>
      ) : null}
      {invalid.length > 0 ? (
        <p className="notice" role="status">
          {translate(state.lang, 'url.invalid', {
            params: invalid.map((p) => paramLabel(state.lang, p)).join(state.lang === 'zh' ? '、' : ', '),
          })}
          <button
            type="button"
            onClick={urlStore.dismissInvalid}
            aria-label={shareMessages[state.lang].close}
          >
            ×
          </button>
        </p>
      ) : null}
      <StorageNotice stored={imported.stored} />
      <main id="main">
        {presenter.on ? (
          <h1 className="slide-title" data-testid="slide-title">
            {slideName ?? t(entry?.label ?? 'app.title')}
          </h1>
        ) : null}
        {main}
      </main>
      {presenter.on ? (
        <PresenterBar
          slide={presenter.slide}
          count={presenter.count}
          name={slideName}
          source={slidePanel?.source ?? t('app.title')}
          onPrev={presenter.prev}
          onNext={presenter.next}
          onLeave={presenter.stop}
        />
      ) : null}
      {shipped && entry?.notes ? (
        <footer className="foot">
          {qualityNotes ? <qualityNotes.QualityNotes dataset={shipped} kind={entry.notes} /> : null}
        </footer>
      ) : null}
    </I18nContext.Provider>
  );
}

const FALLBACK_VIEW = VIEW_REGISTRY[0] as ViewEntry;
const loadSavedViewsPanel = () => import('./share/saved-views-panel');
const loadQualityNotes = () => import('./quality-notes');

/** A URL parameter as the notice names it: what it sets, in the UI language (unknown names as typed). */
function paramLabel(lang: 'zh' | 'en', param: string): string {
  const table: Record<string, string> = paramLabels[lang];
  return Object.hasOwn(table, param) ? (table[param] ?? param) : param;
}
