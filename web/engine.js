// window.WzSubsidy: the engine (build/wasm) in the page. It fetches the data bundle named
// in <meta name="wz-data"> (every data file in one), hands it to the engine, and answers
// with plain objects, the same as the CLI. It decides nothing itself.
// When a data file fails to download or validate it says so, and falls back to the last
// data that loaded well on this device (localStorage), so the page keeps working.
//
// createWzSubsidy(options) makes one such object; the site's pages get theirs as
// window.WzSubsidy (the end of this file). The embeddable widget (widget.js) makes its
// own, with every URL resolved against the widget's origin, the engine and the data
// checked against hashes stamped at build time, and no localStorage on the host's origin.
// web/build-site.mjs copies this file into widget.js up to the line "---- the page ----".

const parse = (text, fallback) => { try { return JSON.parse(text); } catch { return fallback; } };
const glues = new Map();

function loadScript(src, integrity) {
  if (!glues.has(src)) {
    glues.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      if (integrity) { s.integrity = integrity; s.crossOrigin = 'anonymous'; }
      s.onload = resolve;
      s.onerror = () => { glues.delete(src); reject(new Error(`${src} 无法加载`)); };
      document.head.append(s);
    }));
  }
  return glues.get(src);
}

// options: base (URL the engine and data/ are relative to), bundle (the file in data/ that
// build-site makes of every data file: {"catalogue.json": {...}, ...}), bundleFetch (fetch
// options for it: the pages use fetch's defaults so that their <link rel="preload"> is the
// same request and is used), lastGood (localStorage key, or null for none), version,
// integrity {glue, wasm}
export function createWzSubsidy({ base = document.baseURI, bundle = 'bundle.json',
  bundleFetch = { cache: 'no-cache', credentials: 'omit' }, lastGood = 'wz-last-good-data',
  version = '', integrity = null } = {}) {
  const url = (path) => new URL(path, base).href;
  let engine = null;
  let loadedText = '';  // the bundle the engine is using, as text
  let files = null;     // the same, parsed, when the page first asks for a data file
  const broken = { file: bundle, field: '', message: '内容不完整或不是 JSON（下载中断或文件损坏）' };

  // the bundle's text, handed to the engine as it came: the engine parses and checks it once
  async function fetchBundle() {
    try {
      const r = await fetch(url(`data/${bundle}`), bundleFetch);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return { text: await r.text(), problems: [] };
    } catch (e) {
      return { text: '', problems: [{ file: bundle, field: '', message: `无法下载（${e.message}）` }] };
    }
  }

  function readLastGood() {
    if (!lastGood) return null;
    try {
      const last = parse(localStorage.getItem(lastGood), null);
      // an older page kept {files: {name: text}}: the engine reads that shape too
      if (last && typeof last.text !== 'string' && last.files) last.text = JSON.stringify(last.files);
      return typeof last?.text === 'string' ? last : null;
    } catch { return null; }
  }

  function keepLastGood(text) {
    if (!lastGood) return;
    try {
      const last = parse(localStorage.getItem(lastGood), null);
      if (last?.text !== text) localStorage.setItem(lastGood, JSON.stringify({ version, saved: new Date().toISOString(), text }));
    } catch { /* storage full or disabled: the network copy still works */ }
  }

  async function startEngine() {
    const opts = { locateFile: (path) => url(path) };
    if (integrity?.wasm) {
      const r = await fetch(url('wzsubsidy.wasm'), { integrity: integrity.wasm, credentials: 'omit' });
      if (!r.ok) throw new Error(`wzsubsidy.wasm: HTTP ${r.status}`);
      opts.wasmBinary = await r.arrayBuffer();
    }
    await loadScript(url('wzsubsidy.js'), integrity?.glue);
    return globalThis.createWzEngine(opts);
  }

  // Resolves to {problems, fallback}: problems of the fresh data (empty when it loaded),
  // fallback = when the last good data is in use. Rejects when no data could be loaded at all.
  async function start() {
    const mark = (name) => (v) => { performance.mark(name); return v; };  // phases, for tests/browser/budgets.mjs
    const [made, fresh] = await Promise.all([startEngine().then(mark('wz-engine')), fetchBundle().then(mark('wz-data-fetched'))]);
    engine = made;
    let problems = fresh.problems;
    if (!problems.length) {
      const loaded = parse(engine.loadData(fresh.text), { ok: false, problems: [] });
      performance.mark('wz-data-loaded');
      if (loaded.ok) {
        loadedText = fresh.text;
        setTimeout(() => keepLastGood(fresh.text), 0);  // after ready: storing ~80 KB takes a moment on a slow phone
        return { problems: [], fallback: null };
      }
      // problems name a data file and field; errors mean the bundle itself is not JSON
      problems = loaded.problems?.length ? loaded.problems : [broken];
    }
    const last = readLastGood();
    if (last && parse(engine.loadData(last.text), {}).ok) {
      loadedText = last.text;
      return { problems, fallback: { saved: last.saved } };
    }
    const err = new Error('data');
    err.problems = problems;
    throw err;
  }

  // The engine answers every input with JSON; a trap (out of memory, a bug) would surface
  // here as a JavaScript error, and becomes an "internal" answer instead of reaching the page.
  const TRAPPED = '\u0000trapped';
  const call = (fn, ...args) => {
    if (!engine || typeof engine[fn] !== 'function') return null;
    try { return engine[fn](...args); } catch { return TRAPPED; }
  };
  const notReady = { ok: false, errors: [{ code: 'not-ready', path: '', message: '计算引擎尚未就绪' }] };
  const internal = { ok: false, errors: [{ code: 'internal', path: '', message: '计算引擎出错，请刷新页面后重试' }] };
  const answer = (out) => (out === null ? notReady : out === TRAPPED ? internal : parse(out, internal));
  const text = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

  const ready = start();
  ready.then(() => performance.mark('wz-ready'), () => {});

  return {
    ready,
    base: url('./'),
    evaluate(request) {
      return answer(call('evaluate', text(request)));
    },
    institutions({ occupation = '', district = '' } = {}) {
      return parse(call('institutions', occupation || '', district || ''), []);
    },
    hotlines(district = '') {
      return parse(call('hotlines', district || ''), []);
    },
    suggest(q, limit = 8) {
      return parse(call('suggest', String(q ?? ''), limit), []);
    },
    catalogue() {
      return parse(call('catalogue'), null);
    },
    // a class request (without trainees) and a roster: rows of cells, the header row first
    evaluateRoster(classRequest, rows) {
      return answer(call('evaluateRoster', text(classRequest), text(rows)));
    },
    // the roster CSV template (text)
    rosterTemplate() {
      const t = call('rosterTemplate');
      return t === null || t === TRAPPED ? '' : t;
    },
    // a loaded data file, parsed (search aids, parameters): data, never a rule
    dataFile(name) {
      if (!files) files = parse(loadedText, {}) || {};
      const f = files[name];
      return typeof f === 'string' ? parse(f, null) : f ?? null;
    },
  };
}

// ---- the page ----
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content || '';

// <meta name="wz-data">: the bundle build-site makes of data/*.json (one request instead of
// eleven, minified; about a second sooner on a slow phone network)
window.WzSubsidy = createWzSubsidy({
  bundle: meta('wz-data'),
  bundleFetch: {},
  version: meta('wz-version'),
});

export default window.WzSubsidy;
