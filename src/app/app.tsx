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

  useEffect(() => {
    let live = true;
    loadShippedData().then(
      (data) => {
        if (!live) return;
        const parsed = parseViewState(window.location.search, data.dataset.editions, (c) =>
          data.dataset.countries.has(c),
        );
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
    const onPop = () =>
      setState(parseViewState(window.location.search, ds.editions, (c) => ds.countries.has(c)).state);
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

  const i18n = useMemo(() => makeI18n(state.lang), [state.lang]);
  const t = i18n.t;
  useEffect(() => {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    const entry = VIEW_REGISTRY.find((v) => v.id === state.view);
    document.title = entry ? `${t('app.title')} · ${t(entry.label)}` : t('app.title');
  }, [state.lang, state.view, t]);

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
    const ds = load.data.dataset;
    const year = state.year ?? ds.editions[ds.editions.length - 1] ?? 2024;
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
          {View ? <View dataset={ds} state={state} year={year} update={update} /> : null}
        </Suspense>
      </ErrorBoundary>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span>{t('app.subtitle')}</span>
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
      </header>
      {invalid.length > 0 ? (
        <p className="notice" role="status">
          {translate(state.lang, 'url.invalid', { params: invalid.join(', ') })}
          <button type="button" onClick={() => setInvalid([])} aria-label="×">
            ×
          </button>
        </p>
      ) : null}
      <main id="main">{main}</main>
      {load.status === 'ready' ? (
        <footer className="foot">
          <QualityNotes notes={load.data.quality} dataset={load.data.dataset} />
        </footer>
      ) : null}
    </I18nContext.Provider>
  );
}
