import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nContext, makeI18n } from '../i18n/i18n-context';
import { translate } from '../i18n/dictionary';
import { ErrorBoundary } from '../components/error-boundary';
import { loadShippedData } from './load-data';
import type { ShippedData } from './load-data';
import { DEFAULT_STATE, parseViewState, serializeViewState } from '../state/view-state';
import type { ViewState } from '../state/view-state';
import { VIEW_REGISTRY } from './views';
import { PanelTabsContext } from '../components/panel-tabs-context';
import { PresenterContext } from '../components/presenter-context';
import { ShareTools } from './share/share-tools';
import { SavedViewsPanel } from './share/saved-views-panel';
import { PresenterBar } from './share/presenter-bar';
import { useSavedViews } from './share/use-saved-views';
import { usePresenter } from './share/use-presenter';
import { shareMessages } from './share/messages';
import { useImportedDataset, withImports } from './use-imported-dataset';
import { listDatasets } from '../state/imported-datasets';
import { StorageNotice } from './storage-notice';
import { QualityNotes } from './quality-notes';

type Load =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: ShippedData };

function langFromUrl(): 'zh' | 'en' {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
}

export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ViewState>({ ...DEFAULT_STATE, lang: langFromUrl() });
  const [invalid, setInvalid] = useState<string[]>([]);
  const imported = useImportedDataset(load.status === 'ready' ? load.data.dataset : null);

  useEffect(() => {
    let live = true;
    // The URL is read against the editions of the imported datasets too (?year=2026).
    Promise.all([loadShippedData(), listDatasets()]).then(
      ([data, stored]) => {
        if (!live) return;
        const all = withImports(data.dataset, stored.datasets);
        const parsed = parseViewState(window.location.search, all.editions, (c) => all.countries.has(c));
        setState(parsed.state);
        setInvalid(parsed.invalid);
        setLoad({ status: 'ready', data });
      },
      (err: unknown) =>
        live && setLoad({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // Back / forward restore the view from the URL.
  useEffect(() => {
    if (load.status !== 'ready') return;
    const ds = load.data.dataset;
    const onPop = () => {
      const parsed = parseViewState(window.location.search, ds.editions, (c) => ds.countries.has(c));
      setState(parsed.state);
      setInvalid(parsed.invalid);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [load]);

  const update = useCallback((patch: Partial<ViewState>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      const url = serializeViewState(next) || window.location.pathname;
      if (url !== (window.location.search || window.location.pathname))
        window.history.pushState(null, '', url);
      return next;
    });
  }, []);

  // Opens a view from a saved query: checked against the data like a URL, with the same notice.
  const go = useCallback(
    (query: string) => {
      if (load.status !== 'ready') return;
      const ds = load.data.dataset;
      const parsed = parseViewState(query, ds.editions, (c) => ds.countries.has(c));
      const next = { ...parsed.state, lang: state.lang };
      setState(next);
      setInvalid(parsed.invalid);
      const url = serializeViewState(next) || window.location.pathname;
      if (url !== (window.location.search || window.location.pathname))
        window.history.pushState(null, '', url);
    },
    [load, state.lang],
  );
  const saved = useSavedViews();
  const [savedOpen, setSavedOpen] = useState(false);
  // Saved views leave out the language: a deck plays in whichever language is on.
  const currentQuery = serializeViewState({ ...state, lang: DEFAULT_STATE.lang });
  const slides = saved.views.length > 0 ? saved.views : [{ name: '', query: currentQuery }];
  const presenter = usePresenter(slides, go);
  // A slide cites the edition it shows, or the span of editions for views over time.
  const editions = load.status === 'ready' ? load.data.dataset.editions : [];
  const slideYears =
    state.year !== null
      ? String(state.year)
      : state.view === 'rankings'
        ? String(editions.at(-1) ?? '')
        : `${editions[0] ?? ''}–${editions.at(-1) ?? ''}`;
  const panelTabs = useMemo(
    () => ({
      tables: state.tables,
      setTable: (panelId: string, showTable: boolean) => {
        const rest = state.tables.filter((p) => p !== panelId);
        update({ tables: showTable ? [...rest, panelId] : rest });
      },
    }),
    [state.tables, update],
  );

  const i18n = useMemo(() => makeI18n(state.lang), [state.lang]);
  const t = i18n.t;
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    const entry = VIEW_REGISTRY.find((v) => v.id === state.view);
    document.title = entry ? `${t('app.title')} · ${t(entry.label)}` : t('app.title');
  }, [state.lang, state.view, t]);

  // The dataset the views show: the shipped data with any active imports laid over it.
  const shown = imported.dataset ?? (load.status === 'ready' ? load.data.dataset : null);
  let main: ReactNode;
  if (load.status === 'loading') {
    main = (
      <p className="status" role="status">
        {t('app.loading')}
      </p>
    );
  } else if (load.status === 'error') {
    main = (
      <div className="error-card" role="alert">
        <p>{t('app.loadFailed')}</p>
        <pre>{load.message}</pre>
        <button
          type="button"
          onClick={() => {
            setLoad({ status: 'loading' });
            setAttempt((a) => a + 1);
          }}
        >
          {t('app.retry')}
        </button>
      </div>
    );
  } else {
    const ds = shown ?? load.data.dataset;
    // Without an explicit ?year, views open on the latest edition of the shipped survey: an
    // imported edition (perhaps a few countries) is shown only when the user picks it.
    const shippedEditions = load.data.dataset.editions;
    const year =
      state.year ?? shippedEditions[shippedEditions.length - 1] ?? ds.editions[ds.editions.length - 1] ?? 0;
    const View = (VIEW_REGISTRY.find((v) => v.id === state.view) ?? VIEW_REGISTRY[0])?.component;
    main = (
      <ErrorBoundary
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
        <Suspense
          fallback={
            <p className="status" role="status">
              {t('app.loading')}
            </p>
          }
        >
          {View ? (
            <PanelTabsContext.Provider value={panelTabs}>
              <PresenterContext.Provider value={presenter.on}>
                <View dataset={ds} state={state} year={year} update={update} />
              </PresenterContext.Provider>
            </PanelTabsContext.Provider>
          ) : null}
        </Suspense>
      </ErrorBoundary>
    );
  }

  // The subtitle names the editions actually loaded (an imported 2026 edition extends it).
  const shownEditions = shown?.editions ?? [];
  const span =
    shownEditions.length > 0 ? `${shownEditions[0]}–${shownEditions[shownEditions.length - 1]}` : '';

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
        <nav aria-label={t('nav.label')}>
          {VIEW_REGISTRY.map((v) => (
            <a
              key={v.id}
              href={serializeViewState({ ...state, view: v.id }) || '?'}
              aria-current={state.view === v.id ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                update({ view: v.id });
              }}
            >
              {t(v.label)}
            </a>
          ))}
        </nav>
        <button
          type="button"
          className="lang"
          aria-label={t('lang.switchLabel')}
          onClick={() => update({ lang: state.lang === 'zh' ? 'en' : 'zh' })}
        >
          {t('lang.switch')}
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
          <SavedViewsPanel
            views={saved.views}
            setViews={saved.setViews}
            storageOk={saved.storageOk}
            currentQuery={currentQuery}
            defaultName={[
              t(VIEW_REGISTRY.find((v) => v.id === state.view)?.label ?? 'app.title'),
              t(`indexShort.${state.index}`),
              state.year ?? '',
            ]
              .filter(Boolean)
              .join(' · ')}
            onOpen={go}
            onPresent={() => {
              setSavedOpen(false);
              presenter.start();
            }}
            onClose={() => setSavedOpen(false)}
          />
        </div>
      ) : null}
      {invalid.length > 0 ? (
        <p className="notice" role="status">
          {translate(state.lang, 'url.invalid', { params: invalid.join(', ') })}
          <button type="button" onClick={() => setInvalid([])} aria-label={shareMessages[state.lang].close}>
            ×
          </button>
        </p>
      ) : null}
      <StorageNotice problem={imported.stored.problem} />
      <main id="main">{main}</main>
      {presenter.on ? (
        <PresenterBar
          slide={presenter.slide}
          count={presenter.count}
          name={saved.views.length > 0 ? (saved.views[presenter.slide]?.name ?? null) : null}
          years={slideYears}
          indexLabel={t(`indexShort.${state.index}`)}
          onPrev={presenter.prev}
          onNext={presenter.next}
          onLeave={presenter.stop}
        />
      ) : null}
      {load.status === 'ready' ? (
        <footer className="foot">
          <QualityNotes notes={load.data.quality} dataset={load.data.dataset} />
        </footer>
      ) : null}
    </I18nContext.Provider>
  );
}
