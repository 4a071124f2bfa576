import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_META, SECURITY_HEADERS } from './scripts/csp.mjs';
import { firstViewPreload } from './scripts/vite-first-view.ts';
import { SHIPPED_ASSET, shippedData } from './scripts/vite-shipped-data.ts';

// The app is served from its own origin only: every asset (data CSVs included) is
// emitted into dist/ and referenced by a relative URL, so it works on an intranet.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // The shipped survey data, read and checked at build time by the core loaders.
    shippedData({ dataDir: fileURLToPath(new URL('./data/un-egov', import.meta.url)) }),
    // The default view's code and data start loading with the HTML, not after the entry runs.
    firstViewPreload({
      view: 'src/features/china/china-view.tsx',
      data: [SHIPPED_ASSET],
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
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The ECharts parts every chart needs, in one chunk with the setup that registers
          // them (with its dependencies). Without this group the code they share with the
          // lazily registered chart kinds (components/echarts/parts) is cut into several
          // small chunks, which the first page loads all the same, less well compressed.
          groups: [{ name: 'echarts', test: /src[\\/]components[\\/]echarts[\\/]setup\.ts$/ }],
        },
      },
    },
  },
  server: { fs: { allow: ['.'] } },
  // `npm start` (vite preview) sends the policy as HTTP headers, frame-ancestors included.
  preview: { headers: SECURITY_HEADERS },
  // ES module workers can split: the XLSX reader is a chunk the import worker loads
  // only when a workbook is imported.
  worker: { format: 'es' },
});
