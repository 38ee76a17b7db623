#!/usr/bin/env node
// Assembles build/site/: the pages, styles and scripts from web/, the engine from
// build/wasm/ and the data files from data/; stamps a content version into the pages
// (<meta name="wz-version">, <meta name="wz-data"> = the data files) and into the
// service worker (its cache name and precache list).
// Scripts are minified with terser and styles squeezed, unless --no-minify (web/ stays
// the readable source).
// usage: node web/build-site.mjs [--out DIR] [--no-minify]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, 'build', 'site');
const web = join(root, 'web');
const wasm = join(root, 'build', 'wasm');
const NOT_SHIPPED = new Set(['build-site.mjs', 'sw.js']);
const minifying = !process.argv.includes('--no-minify');
let terser = null;
if (minifying) {
  try { terser = await import('terser'); } catch { console.warn('build-site: terser is not installed (npm install): scripts are shipped unminified'); }
}
async function squeeze(name, text) {
  if (!minifying) return text;
  if (name.endsWith('.css')) {
    return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').replace(/:\s+/g, ':').trim() + '\n';
  }
  if (name.endsWith('.js') && terser) {
    const out = await terser.minify(text, { module: name !== 'sw.js', compress: { passes: 2 }, mangle: true, format: { comments: false } });
    return out.code + '\n';
  }
  return text;
}

for (const f of ['wzsubsidy.js', 'wzsubsidy.wasm']) {
  if (!existsSync(join(wasm, f))) {
    console.error(`build-site: ${join(wasm, f)} is missing; build the wasm engine first`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'data'), { recursive: true });

const webFiles = readdirSync(web).filter((f) => !NOT_SHIPPED.has(f) && !f.startsWith('.') && !f.endsWith('.md'));
const dataFiles = readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json')).sort();
for (const f of webFiles) {
  if (/\.(js|css)$/.test(f)) writeFileSync(join(out, f), await squeeze(f, readFileSync(join(web, f), 'utf8')));
  else copyFileSync(join(web, f), join(out, f));
}
for (const f of ['wzsubsidy.js', 'wzsubsidy.wasm']) copyFileSync(join(wasm, f), join(out, f));
for (const f of dataFiles) copyFileSync(join(root, 'data', f), join(out, 'data', f));

const shipped = [...webFiles, 'wzsubsidy.js', 'wzsubsidy.wasm', ...dataFiles.map((f) => `data/${f}`)].sort();
const hash = createHash('sha256');
for (const f of shipped) hash.update(f).update('\0').update(readFileSync(join(out, f))).update('\0');
hash.update(readFileSync(join(web, 'sw.js')));
const version = hash.digest('hex').slice(0, 12);

for (const f of webFiles.filter((f) => f.endsWith('.html'))) {
  const text = readFileSync(join(out, f), 'utf8').replaceAll('@VERSION@', version).replaceAll('@DATA@', dataFiles.join(' '));
  writeFileSync(join(out, f), text);
}
const precache = ['./', ...shipped];
writeFileSync(join(out, 'sw.js'), await squeeze('sw.js', readFileSync(join(web, 'sw.js'), 'utf8')
  .replaceAll('@VERSION@', version).replaceAll('@ASSETS@', precache.join(' '))));

console.log(`build-site: ${relative(root, out) || out} version ${version}, ${shipped.length + 1} files`);
