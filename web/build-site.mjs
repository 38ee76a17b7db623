#!/usr/bin/env node
// Assembles build/site/: the pages, styles and scripts from web/, the engine from
// build/wasm/ and the data files from data/; stamps a content version into the pages
// (<meta name="wz-version">, <meta name="wz-data"> = the data bundle) and into the
// service worker (its cache name and precache list).
// Scripts are minified with terser and styles squeezed, unless --no-minify (web/ stays
// the readable source); the engine's glue (wzsubsidy.js) is minified the same way.
// Also: data/bundle.json (every data file, minified, in one object: what the pages and
// the widget fetch; the single files are copied too, for people to read), papaparse.min.js
// (npm papaparse, for calculator.html only), and widget.js made self-contained: engine.js
// and dom.js inlined, the bundle's name and the sha384 of the glue and the wasm stamped in;
// the sha384 of the finished widget.js goes into the pages as @WIDGET_SRI@.
// usage: node web/build-site.mjs [--out DIR] [--no-minify]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, 'build', 'site');
const web = join(root, 'web');
const wasm = join(root, 'build', 'wasm');
const NOT_SHIPPED = new Set(['build-site.mjs', 'sw.js', 'head.part.html', 'nav.part.html']);
const BUNDLE = 'bundle.json';
const PAPA = join(root, 'node_modules', 'papaparse', 'papaparse.min.js');
const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;
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
    const module = !['sw.js', 'wzsubsidy.js'].includes(name);
    try {
      const out = await terser.minify(text, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
      return out.code + '\n';
    } catch (e) {
      if (module) throw e;
      console.warn(`build-site: ${name} could not be minified (${e.message}): shipped as it is`);
    }
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
writeFileSync(join(out, 'wzsubsidy.js'), await squeeze('wzsubsidy.js', readFileSync(join(wasm, 'wzsubsidy.js'), 'utf8')));
copyFileSync(join(wasm, 'wzsubsidy.wasm'), join(out, 'wzsubsidy.wasm'));
for (const f of dataFiles) copyFileSync(join(root, 'data', f), join(out, 'data', f));
// the documents themselves (parsed once, with the bundle); a file that is not JSON goes in as
// its text, and the engine says what is wrong with it
const bundle = {};
for (const f of dataFiles) {
  const text = readFileSync(join(root, 'data', f), 'utf8');
  try { bundle[f] = JSON.parse(text); } catch { bundle[f] = text; }
}
writeFileSync(join(out, 'data', BUNDLE), JSON.stringify(bundle));
const extra = [];
if (existsSync(PAPA)) {
  copyFileSync(PAPA, join(out, 'papaparse.min.js'));
  extra.push('papaparse.min.js');
} else {
  console.warn('build-site: node_modules/papaparse is missing (npm ci): the roster calculator cannot read CSV');
}

// widget.js: engine.js inlined (up to its page part), stamped with what it may load
function widgetSource() {
  const engine = readFileSync(join(web, 'engine.js'), 'utf8').split('\n// ---- the page ----')[0].replace(/^export (function|const)/gm, '$1');
  const widget = readFileSync(join(web, 'widget.js'), 'utf8');
  const dom = readFileSync(join(web, 'dom.js'), 'utf8').replace(/^export (function|const)/gm, '$1');
  const imp = /^import \{ createWzSubsidy \} from '\.\/engine\.js';$/m;
  const domImp = /^import \{[\w\s,]+\} from '\.\/dom\.js';$/m;
  if (!imp.test(widget) || !domImp.test(widget)) throw new Error('widget.js: the engine.js/dom.js import lines are not where build-site expects them');
  return widget.replace(imp, () => `// ---- engine.js ----\n${engine}\n// ---- widget ----`)
    .replace(domImp, () => `// ---- dom.js ----\n${dom}`)
    .replaceAll('@BUNDLE@', BUNDLE)
    .replaceAll('@SRI_GLUE@', sri(readFileSync(join(out, 'wzsubsidy.js'))))
    .replaceAll('@SRI_WASM@', sri(readFileSync(join(out, 'wzsubsidy.wasm'))));
}
for (const f of webFiles) {
  if (f === 'widget.js') writeFileSync(join(out, f), await squeeze(f, widgetSource()));
  else if (/\.(js|css)$/.test(f)) writeFileSync(join(out, f), await squeeze(f, readFileSync(join(web, f), 'utf8')));
  else copyFileSync(join(web, f), join(out, f));
}
const widgetSri = existsSync(join(out, 'widget.js')) ? sri(readFileSync(join(out, 'widget.js'))) : '';

const shipped = [...webFiles, ...extra, 'wzsubsidy.js', 'wzsubsidy.wasm', ...dataFiles.map((f) => `data/${f}`), `data/${BUNDLE}`].sort();
const hash = createHash('sha256');
for (const f of shipped) hash.update(f).update('\0').update(readFileSync(join(out, f))).update('\0');
// the pages are shipped expanded: their partials and the service worker count too
for (const f of ['sw.js', 'head.part.html', 'nav.part.html']) hash.update(readFileSync(join(web, f)));
const version = hash.digest('hex').slice(0, 12);

// every page's head and navigation come from partials (the CSP and the menu are written once)
const partial = (name) => readFileSync(join(web, name), 'utf8').replace(/^<!--[\s\S]*?-->\n/, '');
const head = partial('head.part.html');
const nav = (page, label) => partial('nav.part.html').trim().replace('@LABEL@', label)
  .replace(`href="${page}"`, `href="${page}" aria-current="page"`);
for (const f of webFiles.filter((f) => f.endsWith('.html'))) {
  const page = readFileSync(join(out, f), 'utf8');
  if (!page.startsWith('<!--@HEAD@-->\n')) throw new Error(`${f}: a page starts with <!--@HEAD@-->`);
  const text = page.replace('<!--@HEAD@-->\n', () => head).replace(/<!--@NAV (.+?)@-->/g, (_, label) => nav(f, label))
    .replaceAll('@VERSION@', version).replaceAll('@BUNDLE@', BUNDLE)
    .replaceAll('@WIDGET_SRI@', widgetSri);
  writeFileSync(join(out, f), text);
}
const precache = ['./', ...shipped];
writeFileSync(join(out, 'sw.js'), await squeeze('sw.js', readFileSync(join(web, 'sw.js'), 'utf8')
  .replaceAll('@VERSION@', version).replaceAll('@ASSETS@', precache.join(' '))));

// precompressed copies next to every text and wasm file (brotli quality 11, gzip -9), for a
// server to send as they are (nginx brotli_static/gzip_static; tools/serve.mjs does):
// brotli is about a sixth smaller than gzip here, which a slow phone line feels
for (const f of [...shipped, 'sw.js'].filter((f) => /\.(html|js|css|json|wasm)$/.test(f))) {
  const buf = readFileSync(join(out, f));
  writeFileSync(join(out, `${f}.br`), brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length } }));
  writeFileSync(join(out, `${f}.gz`), gzipSync(buf, { level: 9 }));
}

console.log(`build-site: ${relative(root, out) || out} version ${version}, ${shipped.length + 1} files (and their .br/.gz); widget.js ${widgetSri}`);
