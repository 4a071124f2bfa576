#!/usr/bin/env node
// A tiny static file server for the built app (dist/), used by the browser tests and the
// benchmark. No dependencies: node:http only. It sends the same Content-Security-Policy
// the app is meant to run under on an intranet, so a test fails if the build needs an
// inline script or a foreign origin.
//
//   node scripts/serve-dist.mjs [--root dist] [--port 4174]     (port 0 = random)
//
//   import { serveDist } from './serve-dist.mjs';
//   const { url, close } = await serveDist({ root: 'dist', port: 0 });

import { createServer } from 'node:http';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from './csp.mjs';

/** The app's own policy and security headers (scripts/csp.mjs), as `npm start` sends them. */
export { CSP_HEADER as CSP } from './csp.mjs';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Maps a request path to a file under root, or null when it would leave root (after
 * percent-decoding, so "%2e%2e/" is caught too) or is malformed.
 */
export function resolveUnderRoot(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = path.posix.normalize('/' + decoded);
  const full = path.resolve(root, '.' + rel);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 = a free port). Resolves once listening with
 * the base URL (with a trailing slash) and a close() that resolves when closed.
 */
export async function serveDist({ root = 'dist', port = 0, host = '127.0.0.1', log = false } = {}) {
  const absRoot = path.resolve(root);
  const rootStat = await stat(absRoot).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`serveDist: ${absRoot} is not a directory (run vite build)`);

  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        ...SECURITY_HEADERS,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (log) console.log(`${req.method} ${req.url}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method Not Allowed\n');
    }
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return send(400, 'Bad Request\n');
    }
    let file = resolveUnderRoot(absRoot, pathname);
    if (file === null) return send(404, 'Not Found\n');
    let st = await stat(file).catch(() => null);
    if (st?.isDirectory()) {
      file = path.join(file, 'index.html');
      st = await stat(file).catch(() => null);
    }
    if (!st?.isFile()) return send(404, 'Not Found\n');

    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    let handle;
    try {
      handle = await open(file, 'r');
    } catch {
      return send(404, 'Not Found\n');
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': st.size,
      ...SECURITY_HEADERS,
      // Tests and benchmarks measure cold loads; nothing should be cached between runs.
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      await handle.close();
      return res.end();
    }
    const stream = handle.createReadStream();
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });

  // Keep-alive sockets would otherwise hold close() open.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
  return { url, close, server };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: node scripts/serve-dist.mjs [--root dist] [--port 4174] [--log]');
    process.exit(0);
  }
  const root = opt('root', 'dist');
  const port = Number(opt('port', '4174'));
  const { url, close } = await serveDist({ root, port, log: args.includes('--log') });
  console.log(`Serving ${path.resolve(root)} at ${url} (Ctrl+C to stop)`);
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
