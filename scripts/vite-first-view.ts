// A Vite plugin for the first page: links in index.html that start, while the HTML is
// still being read, everything the default view (China) needs: its code chunks
// (modulepreload) and the survey data files it fetches (preload as fetch). Without them
// each waits for the entry script to run first.
import type { Plugin } from 'vite';

export interface FirstViewOptions {
  /** The default view's module, relative to the project root (e.g. src/features/china/china-view.tsx). */
  view: string;
  /** Data files the first view fetches: paths relative to the project root, or emitted asset names. */
  data: string[];
}

const norm = (p: string) => p.replace(/\\/g, '/');

export function firstViewPreload({ view, data }: FirstViewOptions): Plugin {
  return {
    name: 'first-view-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const first = chunks.find(
          (c) => c.facadeModuleId !== null && norm(c.facadeModuleId).endsWith(`/${view}`),
        );
        if (!first) throw new Error(`first-view-preload: no chunk for ${view}`);
        // The view's chunk and every chunk it imports statically, less what the entry loads anyway.
        const known = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const files: string[] = [];
        const visit = (file: string) => {
          if (known.has(file)) return;
          known.add(file);
          files.push(file);
          const c = bundle[file];
          if (c?.type === 'chunk') c.imports.forEach(visit);
        };
        visit(first.fileName);
        const assets = Object.values(bundle).filter((o) => o.type === 'asset');
        const dataFiles = data.map((d) => {
          const a = assets.find(
            (o) => o.names.includes(d) || o.originalFileNames.some((n) => norm(n).endsWith(d)),
          );
          if (!a) throw new Error(`first-view-preload: no asset for ${d}`);
          return a.fileName;
        });
        return [
          ...dataFiles.map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
          ...files.map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
