#!/usr/bin/env node
// Serves a built app folder with real nginx and the project's deploy/nginx.conf, on a
// loopback port, for the browser tests (E2E_SERVER=nginx) and CI. nginx runs in the
// foreground as a child process, with every path it writes (pid, logs, temp files) in a
// temporary folder; the only changes to deploy/nginx.conf are its listen and root lines.
//
//   node scripts/nginx-serve.mjs [--root dist] [--port 4175]
//
//   import { serveWithNginx } from './nginx-serve.mjs';
//   const { url, close } = await serveWithNginx({ root: 'dist' });

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const NGINX_CONF = path.join(ROOT, 'deploy', 'nginx.conf');
export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx';

/** True when the nginx binary is there. */
export function hasNginx() {
  return existsSync(NGINX_PATH);
}

/**
 * deploy/nginx.conf, without its comments, with its one `listen` and its one `root`
 * directive replaced; throws when the file no longer has exactly one of each (the test
 * would otherwise serve something else).
 */
export function siteConfig(text, { root, port, host = '127.0.0.1' }) {
  // Comments run from # to the end of the line (the file has no # inside quoted strings).
  let site = text.replace(/#[^\n]*/g, '');
  const replaceOne = (name, value) => {
    const re = new RegExp(`(^|[\\s;{}])${name}\\s+[^;]+;`, 'g');
    const n = site.match(re)?.length ?? 0;
    if (n !== 1) throw new Error(`deploy/nginx.conf: expected one ${name} directive, found ${n}`);
    site = site.replace(re, `$1${name} ${value};`);
  };
  replaceOne('listen', `${host}:${port}`);
  replaceOne('root', JSON.stringify(root));
  return site;
}

/** The main configuration around the site file: every written path under `dir`. */
export function mainConfig(dir, sitePath) {
  const p = (f) => JSON.stringify(path.join(dir, f));
  return [
    // As root (CI), the workers would run as nobody, who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${p('nginx.pid')};`,
    `error_log ${p('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${p('access.log')};`,
    `  client_body_temp_path ${p('body')};`,
    `  proxy_temp_path ${p('proxy')};`,
    `  fastcgi_temp_path ${p('fastcgi')};`,
    `  uwsgi_temp_path ${p('uwsgi')};`,
    `  scgi_temp_path ${p('scgi')};`,
    '  sendfile on;',
    `  include ${JSON.stringify(sitePath)};`,
    '}',
    '',
  ].join('\n');
}

async function freePort(host) {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(host, port, child, log, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    const open = await new Promise((resolve) => {
      const sock = connect(port, host, () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > end) throw new Error(`nginx did not listen on ${host}:${port}:\n${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Serves `root` with nginx and deploy/nginx.conf on host:port (0 = a free port). Resolves
 * once nginx listens, with the base URL and a close() that stops nginx and removes its folder.
 */
export async function serveWithNginx({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  if (!hasNginx())
    throw new Error(`nginx not found at ${NGINX_PATH} (apt-get install -y nginx, or set NGINX_PATH)`);
  const absRoot = path.resolve(root);
  if (!existsSync(path.join(absRoot, 'index.html')))
    throw new Error(`serveWithNginx: no index.html in ${absRoot}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'egov-nginx-'));
  const listenPort = port || (await freePort(host));
  const sitePath = path.join(dir, 'egov-atlas.conf');
  await writeFile(
    sitePath,
    siteConfig(await readFile(NGINX_CONF, 'utf8'), { root: absRoot, port: listenPort, host }),
  );
  const confPath = path.join(dir, 'nginx.conf');
  await writeFile(confPath, mainConfig(dir, sitePath));
  const args = ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', confPath];
  const test = spawnSync(NGINX_PATH, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`nginx -t failed:\n${test.stderr}`);
  }
  let output = '';
  const child = spawn(NGINX_PATH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const log = () => output;
  try {
    await waitForPort(host, listenPort, child, log);
  } catch (err) {
    child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SIGQUIT: graceful shutdown of the master and its worker.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  return { url: `http://${host}:${listenPort}/`, close, dir, log };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const { url, close } = await serveWithNginx({
    root: opt('root', 'dist'),
    port: Number(opt('port', '4175')),
  });
  console.log(
    `nginx serves ${path.resolve(opt('root', 'dist'))} at ${url} with deploy/nginx.conf (Ctrl+C to stop)`,
  );
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
