#!/usr/bin/env node
// A small static server for build/site/ (tests and local use); nothing but Node.
// usage: node tools/serve.mjs [DIR] [PORT]    (PORT 0 = any free port); run.sh and the browser tests use it
// As a module: startServer({dir, port, override(path) -> {status, body, type, headers} | null, cors})
// cors: true sends Access-Control-Allow-Origin: * (what the bureau's server must send for the
// widget, its engine and data to load on another site's page); on by default on the command line.
// encodings: what it may answer with, best first, when the browser accepts it: the .br/.gz
// file build-site writes next to each file (when not older than the file), else gzip made here.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

const SIBLING = { br: '.br', gzip: '.gz' };

// the precompressed sibling of file for that encoding, when there is one as new as the file
async function sibling(file, encoding) {
  try {
    const [plain, packed] = await Promise.all([stat(file), stat(file + SIBLING[encoding])]);
    return packed.mtimeMs >= plain.mtimeMs ? await readFile(file + SIBLING[encoding]) : null;
  } catch {
    return null;
  }
}

export function startServer({ dir, port = 0, host = '127.0.0.1', override = null, log = null, cors = false, encodings = ['br', 'gzip'] } = {}) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    log?.(req.method, path);
    const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (cors) Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
    try {
      const o = override?.(path, req);
      if (o) {
        res.writeHead(o.status || 200, { ...headers, 'Content-Type': o.type || TYPES[extname(path)] || 'application/octet-stream', ...(o.headers || {}) });
        res.end(o.body ?? '');
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      headers.Vary = 'Accept-Encoding';
      const accepted = encodings.filter((e) => new RegExp(`\\b${e}\\b`).test(req.headers['accept-encoding'] || ''));
      if (type !== 'image/png' && accepted.length) {
        let packed = null;
        for (const e of accepted) {
          packed = await sibling(file, e);
          if (packed) { headers['Content-Encoding'] = e; break; }
        }
        if (!packed && accepted.includes('gzip')) { packed = gzipSync(body, { level: 9 }); headers['Content-Encoding'] = 'gzip'; }
        if (packed) body = packed;
      }
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 404 : 500, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) }));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = process.argv[2] || join(root, 'build', 'site');
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  const host = process.env.HOST || '0.0.0.0';
  // CORS on unless CORS=0: the widget's files must load on other sites' pages
  const { url } = await startServer({ dir, port, host, cors: process.env.CORS !== '0' });
  console.log(`serving ${dir} at ${url}`);
}
