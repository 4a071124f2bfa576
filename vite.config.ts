import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served from its own origin only: every asset (data CSVs included) is
// emitted into dist/ and referenced by a relative URL, so it works on an intranet.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: { fs: { allow: ['.'] } },
  // ES module workers can split: the XLSX reader is a chunk the import worker loads
  // only when a workbook is imported.
  worker: { format: 'es' },
});
