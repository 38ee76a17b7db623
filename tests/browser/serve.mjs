#!/usr/bin/env node
// tools/serve.mjs: what it sends for each Accept-Encoding. build-site's .br/.gz copies when
// the browser takes them and they are not older than the file; gzip made on the spot
// otherwise; the plain file to a client that takes neither; nothing outside its folder.
import { mkdtempSync, writeFileSync, utimesSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startServer, reporter, assert } from './lib.mjs';

const dir = mkdtempSync(join(tmpdir(), 'wz-serve-'));
const text = 'const answer = "计算在您的手机上完成";\n'.repeat(50);
writeFileSync(join(dir, 'a.js'), text);
writeFileSync(join(dir, 'a.js.br'), brotliCompressSync(text));
writeFileSync(join(dir, 'a.js.gz'), gzipSync(text));
writeFileSync(join(dir, 'stale.js'), text);
writeFileSync(join(dir, 'stale.js.br'), brotliCompressSync('old text'));
const past = new Date(Date.now() - 60_000);
utimesSync(join(dir, 'stale.js.br'), past, past);  // the file was edited after its .br was made
writeFileSync(join(dir, 'b.js'), text);            // no precompressed copies

const get = (url, acceptEncoding) => new Promise((ok, fail) => {
  const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
    const parts = [];
    res.on('data', (c) => parts.push(c));
    res.on('end', () => ok({ status: res.statusCode, encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
  });
  req.on('error', fail);
  req.end();
});
const plain = (r) => (r.encoding === 'br' ? brotliDecompressSync(r.body) : r.encoding === 'gzip' ? gunzipSync(r.body) : r.body).toString();

const t = reporter('serve');
const srv = await startServer({ dir });
const gzipOnly = await startServer({ dir, encodings: ['gzip'] });

await t.check('brotli copy when the browser takes br', async () => {
  const r = await get(srv.url + 'a.js', 'gzip, deflate, br, zstd');
  assert(r.encoding === 'br', `encoding ${r.encoding}`);
  assert(plain(r) === text, 'body');
});
await t.check('gzip copy when the browser takes gzip only', async () => {
  const r = await get(srv.url + 'a.js', 'gzip');
  assert(r.encoding === 'gzip' && plain(r) === text, `encoding ${r.encoding}`);
});
await t.check('a server limited to gzip never sends br', async () => {
  const r = await get(gzipOnly.url + 'a.js', 'br, gzip');
  assert(r.encoding === 'gzip' && plain(r) === text, `encoding ${r.encoding}`);
});
await t.check('a .br older than its file is not used', async () => {
  const r = await get(srv.url + 'stale.js', 'br, gzip');
  assert(r.encoding === 'gzip', `encoding ${r.encoding}`);
  assert(plain(r) === text, 'the current text, not the stale copy');
});
await t.check('no copies: gzip made on the spot', async () => {
  const r = await get(srv.url + 'b.js', 'br, gzip');
  assert(r.encoding === 'gzip' && plain(r) === text, `encoding ${r.encoding}`);
});
await t.check('a client that takes neither gets the file as it is', async () => {
  const r = await get(srv.url + 'a.js', '');
  assert(r.encoding === undefined && r.body.toString() === text, `encoding ${r.encoding}`);
});
await t.check('nothing outside the folder', async () => {
  const r = await get(srv.url + '..%2f..%2fetc%2fpasswd', 'gzip');
  assert(r.status === 404, `status ${r.status}`);
});

await srv.close();
await gzipOnly.close();
rmSync(dir, { recursive: true, force: true });
process.exit(t.done());
