// Vite plugins of the single-file build (npm run build:offline = vite build --mode offline):
// one HTML file that opens from file:// (a shared drive, a USB stick) with everything in it.
// vite-plugin-singlefile inlines the code and styles; these plugins do the rest:
//
// - offlineVariants(): a module `x.ts` with a sibling `x.offline.ts` is replaced by that
//   sibling in this build (the import worker from a blob: URL, no service worker).
// - singleFileOutput(): after the inlining, checks that the build is exactly one HTML file
//   and writes its Content-Security-Policy (scripts/csp.mjs fileCsp) with the SHA-256 hash
//   of the inline script, so no other script may run.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { fileCsp } from './csp.mjs';

/** The mode of the single-file build. */
export const OFFLINE_MODE = 'offline';
/** The single file's name in dist-offline/. */
export const OFFLINE_FILE = 'egov-atlas.html';

const VARIANT = /\.(tsx?)$/;

/** Resolves a project module to its `.offline.ts(x)` sibling when there is one. */
export function offlineVariants(): Plugin {
  return {
    name: 'offline-variants',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.includes('node_modules') || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !VARIANT.test(resolved.id) || resolved.id.includes('.offline.'))
        return null;
      const variant = resolved.id.replace(VARIANT, '.offline.$1');
      return existsSync(variant) ? variant : null;
    },
  };
}

/** Base64 SHA-256 of a script element's text, as a CSP hash source spells it. */
export function scriptHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** The text of every inline `<script>` in `html`; throws on a script loaded from a URL. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1] ?? ''))
      throw new Error(`single file: a script is still loaded from a URL: ${m[0].slice(0, 120)}`);
    // The HTML parser turns CR LF and CR into LF before the script sees its text.
    if ((m[2] ?? '').includes('\r'))
      throw new Error('single file: an inline script contains a carriage return');
    scripts.push(m[2] ?? '');
  }
  return scripts;
}

/** `html` with its Content-Security-Policy meta tag (first in <head>) for the given scripts. */
export function withFileCsp(html: string): string {
  const hashes = inlineScripts(html).map(scriptHash);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${fileCsp(hashes)}">`;
  if (/http-equiv=["']?Content-Security-Policy/i.test(html))
    throw new Error('single file: a CSP meta tag is there already');
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) throw new Error('single file: no <head>');
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
}

export function singleFileOutput(): Plugin {
  return {
    name: 'single-file-output',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile's own (also 'post'; this plugin comes after it).
      order: 'post',
      handler(_options, bundle) {
        const names = Object.keys(bundle);
        if (names.length !== 1 || names[0] !== OFFLINE_FILE)
          this.error(
            `single file: the build has ${names.length} files (${names.join(', ')}), not just ${OFFLINE_FILE}`,
          );
        const file = bundle[OFFLINE_FILE];
        if (file?.type !== 'asset' || typeof file.source !== 'string') this.error('single file: no HTML');
        else file.source = withFileCsp(file.source);
      },
    },
  };
}
