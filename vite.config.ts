import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served from its own origin only: every asset (data CSVs included) is
// emitted into dist/ and referenced by a relative URL, so it works on an intranet.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // index.html carries a strict Content-Security-Policy for the built app. The dev
    // server's hot reload needs inline scripts and a websocket, so it is left out there.
    {
      name: 'strip-csp-in-dev',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
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
  // ES module workers can split: the XLSX reader is a chunk the import worker loads
  // only when a workbook is imported.
  worker: { format: 'es' },
});
