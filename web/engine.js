// window.WzSubsidy: the engine (build/wasm) in the page. It fetches the data files named
// in <meta name="wz-data">, hands their texts to the engine, and answers with plain
// objects, the same as the CLI. It decides nothing itself.
// When a data file fails to download or validate it says so, and falls back to the last
// data that loaded well on this device (localStorage), so the page keeps working.

const LAST_GOOD = 'wz-last-good-data';
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content || '';
const dataFiles = meta('wz-data').split(/\s+/).filter(Boolean);
const parse = (text, fallback) => { try { return JSON.parse(text); } catch { return fallback; } };

let engine = null;
let texts = {};
const parsed = {};

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`${src} 无法加载`));
    document.head.append(s);
  });
}

async function fetchFiles() {
  const problems = [];
  const files = {};
  await Promise.all(dataFiles.map(async (f) => {
    try {
      const r = await fetch(`data/${f}`, { cache: 'no-cache' });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      files[f] = await r.text();
    } catch (e) {
      problems.push({ file: f, field: '', message: `无法下载（${e.message}）` });
    }
  }));
  return { files, problems };
}

function readLastGood() {
  try { return parse(localStorage.getItem(LAST_GOOD), null); } catch { return null; }
}

function keepLastGood(files) {
  try {
    const text = JSON.stringify({ version: meta('wz-version'), saved: new Date().toISOString(), files });
    if (localStorage.getItem(LAST_GOOD) !== text) localStorage.setItem(LAST_GOOD, text);
  } catch { /* storage full or disabled: the network copy still works */ }
}

// Resolves to {problems, fallback}: problems of the fresh data (empty when it loaded),
// fallback = when the last good data is in use. Rejects when no data could be loaded at all.
async function start() {
  const [, fresh] = await Promise.all([loadScript('wzsubsidy.js'), fetchFiles()]);
  engine = await globalThis.createWzEngine();
  let problems = fresh.problems;
  if (!problems.length) {
    const loaded = parse(engine.loadData(JSON.stringify(fresh.files)), { ok: false, problems: [] });
    if (loaded.ok) {
      texts = fresh.files;
      keepLastGood(fresh.files);
      return { problems: [], fallback: null };
    }
    problems = loaded.problems?.length ? loaded.problems
      : (loaded.errors || []).map((e) => ({ file: '', field: e.path, message: e.message }));
  }
  const last = readLastGood();
  if (last?.files && parse(engine.loadData(JSON.stringify(last.files)), {}).ok) {
    texts = last.files;
    return { problems, fallback: { saved: last.saved } };
  }
  const err = new Error('data');
  err.problems = problems;
  throw err;
}

const call = (fn, ...args) => (engine && typeof engine[fn] === 'function' ? engine[fn](...args) : null);

const ready = start();
ready.then(() => performance.mark('wz-ready'), () => {});

window.WzSubsidy = {
  ready,
  evaluate(request) {
    const out = call('evaluate', typeof request === 'string' ? request : JSON.stringify(request));
    return out === null
      ? { ok: false, errors: [{ code: 'not-ready', path: '', message: '计算引擎尚未就绪' }] }
      : parse(out, { ok: false, errors: [{ code: 'internal', path: '', message: out }] });
  },
  institutions({ occupation = '', district = '' } = {}) {
    return parse(call('institutions', occupation || '', district || ''), []);
  },
  hotlines(district = '') {
    return parse(call('hotlines', district || ''), []);
  },
  suggest(text, limit = 8) {
    return parse(call('suggest', String(text ?? ''), limit), []);
  },
  catalogue() {
    return parse(call('catalogue'), null);
  },
  // a loaded data file, parsed (search aids, parameters): data, never a rule
  dataFile(name) {
    if (!(name in parsed)) parsed[name] = parse(texts[name], null);
    return parsed[name];
  },
};

export default window.WzSubsidy;
