import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { PluginOption, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { CSP_META, SECURITY_HEADERS } from './scripts/csp.mjs';
import { firstViewPreload } from './scripts/vite-first-view.ts';
import { SHIPPED_ASSET, shippedData } from './scripts/vite-shipped-data.ts';
import { OFFLINE_FILE, OFFLINE_MODE, offlineVariants, singleFileOutput } from './scripts/vite-offline.ts';

const dataDir = fileURLToPath(new URL('./data/un-egov', import.meta.url));

/** Plugins of the served build (dist/): first-view preloads, the CSP meta tag, the service worker. */
function servedPlugins(): PluginOption[] {
  return [
    shippedData({ dataDir }),
    // The default view's code and data start loading with the HTML, not after the entry runs.
    firstViewPreload({
      view: 'src/features/china/china-view.tsx',
      data: [SHIPPED_ASSET],
      app: 'src/main.tsx',
      chunks: ['echarts'],
      boot: 'src/boot.ts',
    }),
    // The built index.html carries the Content-Security-Policy as a meta tag, for hosts that
    // send no headers (the header form, with frame-ancestors, is sent by `npm start` and the
    // deploy configurations). The dev server's hot reload needs inline scripts and a
    // websocket, so dev gets neither.
    {
      name: 'csp-meta',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
    // Offline after the first visit: a service worker (Workbox) precaches the app shell, every
    // chunk and the shipped data; src/app/service-worker.ts registers it and offers a reload
    // when a new build is deployed. Only the app's own files: no runtime caching, no other origin.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,csv}'],
        // The world map (about 300 kB) and the largest chunk are well under this.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Every page is index.html with a query (?view=...): the query is ignored when a
        // request is looked up, so ./?view=map gets the cached page. No navigateFallback:
        // on a host shared with other applications, their pages are not this worker's.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        // Hashed names change with their content: no revision needed for them.
        dontCacheBustURLsMatching: /^assets\//,
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
      },
    }),
  ];
}

/**
 * Plugins of the single-file build (`npm run build:offline`, dist-offline/egov-atlas.html):
 * code, styles, the shipped data (inline), the Chinese metrics, the peer groups and the world
 * map (data: URLs, read without a request) and the import worker (a blob: URL) in one file.
 */
function offlinePlugins(): PluginOption[] {
  return [
    shippedData({ dataDir, inline: true }),
    offlineVariants(),
    viteSingleFile({ outputFileName: OFFLINE_FILE }),
    singleFileOutput(),
  ];
}

// The app is served from its own origin only: every asset (data CSVs included) is
// emitted into dist/ and referenced by a relative URL, so it works on an intranet.
export default defineConfig(({ mode }): UserConfig => {
  const offline = mode === OFFLINE_MODE;
  return {
    base: './',
    plugins: [react(), ...(offline ? offlinePlugins() : servedPlugins())],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: offline ? 'dist-offline' : 'dist',
      // The single-file plugin inlines every asset; the served build inlines none.
      ...(offline ? {} : { assetsInlineLimit: 0 }),
      rolldownOptions: {
        // The served build has a second entry: the boot script (src/boot.ts), which
        // firstViewPreload puts before the app's own in index.html.
        ...(offline ? {} : { input: { index: 'index.html', boot: 'src/boot.ts' } }),
        output: offline
          ? {}
          : {
              codeSplitting: {
                // The ECharts parts every chart needs, in one chunk with the setup that registers
                // them (with its dependencies). Without this group the code they share with the
                // lazily registered chart kinds (components/echarts/parts) is cut into several
                // small chunks, which the first page loads all the same, less well compressed.
                groups: [
                  // What the boot script runs, apart from the rest: it must not wait for ECharts.
                  // With it the helpers (tslib) that ECharts shares with echarts-for-react, so
                  // the first view, which loads ECharts lazily, does not import its chunk.
                  {
                    name: 'boot-data',
                    test: (id) => /src[\\/]data[\\/]un-surveys\.ts$|node_modules[\\/]tslib[\\/]/.test(id),
                    priority: 3,
                  },
                  { name: 'echarts', test: /src[\\/]components[\\/]echarts[\\/]setup\.ts$/, priority: 2 },
                  {
                    name: 'first-view',
                    test: /src[\\/]features[\\/]china[\\/]china-view\.tsx$/,
                    priority: 1,
                  },
                ],
              },
            },
      },
    },
    server: { fs: { allow: ['.'] } },
    // `npm start` (vite preview) sends the policy as HTTP headers, frame-ancestors included.
    preview: { headers: SECURITY_HEADERS },
    // ES module workers can split: the XLSX reader is a chunk the import worker loads
    // only when a workbook is imported. The single file's worker is one classic script
    // started from a blob: URL: a page opened from file:// has an opaque origin, and
    // Chromium refuses to start a module worker from its blob: URLs.
    worker: offline
      ? { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } }
      : { format: 'es' },
  };
});
