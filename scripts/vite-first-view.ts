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
  /** The app's entry module (index.html's script), relative to the project root. */
  app: string;
  /** Chunks (by name) the first view imports lazily but needs at once (ECharts). */
  chunks?: string[];
  /**
   * A second entry (a build input of its own) run before the app's: index.html gets its
   * script ahead of the app's, so it runs as soon as its own few bytes are in.
   */
  boot?: string;
}

const norm = (p: string) => p.replace(/\\/g, '/');

export function firstViewPreload({ view, data, app, chunks: named = [], boot }: FirstViewOptions): Plugin {
  return {
    name: 'first-view-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return { html, tags: [] };
        const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
        // The app's entry (index.html also starts a small boot script, an entry of its own).
        const entry = chunks.find((c) => c.isEntry && c.moduleIds.some((id) => norm(id).endsWith(`/${app}`)));
        // The chunk holding the view's module (its own, or a group's such as vite.config's first-view).
        const first = chunks.find((c) => c.moduleIds.some((id) => norm(id).endsWith(`/${view}`)));
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
        for (const name of named) {
          const c = chunks.find((o) => o.name === name);
          if (!c) throw new Error(`first-view-preload: no chunk named ${name}`);
          visit(c.fileName);
        }
        const assets = Object.values(bundle).filter((o) => o.type === 'asset');
        const dataFiles = data.map((d) => {
          const a = assets.find(
            (o) => o.names.includes(d) || o.originalFileNames.some((n) => norm(n).endsWith(d)),
          );
          if (!a) throw new Error(`first-view-preload: no asset for ${d}`);
          return a.fileName;
        });
        const tags = [
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
        if (!boot) return { html, tags };
        const bootChunk = chunks.find(
          (c) => c.isEntry && c.facadeModuleId !== null && norm(c.facadeModuleId).endsWith(`/${boot}`),
        );
        if (!bootChunk) throw new Error(`first-view-preload: no entry chunk for ${boot}`);
        // Module scripts run in document order: the boot script goes before the app's.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('first-view-preload: index.html has no module script');
        const script = `<script type="module" crossorigin src="./${bootChunk.fileName}"></script>\n    `;
        return { html: html.slice(0, at) + script + html.slice(at), tags };
      },
    },
  };
}
