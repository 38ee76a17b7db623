#!/usr/bin/env node
// Prints (does not assert) the page's budgets:
//  - first-load bytes per file (raw, gzip -9, and the brotli files build-site writes) and the
//    total, against 100 KiB gzip, and the page's own HTML+CSS+JS against 20 KiB gzip;
//  - engine+data ready time in Chromium with 4× CPU throttling and 150 ms RTT, 1.6 Mbit/s
//    (CDP Network.emulateNetworkConditions + Emulation.setCPUThrottlingRate), median of 5,
//    served with brotli as negotiated and with gzip only;
//  - one evaluate() in the page (1000 calls / 1000, median of 7 runs; just after loading and
//    warmed up), and the wasm/native ratio against the CLI (per request in a batch of 5000).
// usage: node tests/browser/budgets.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, phone, startServer, needSite, SITE, ROOT } from './lib.mjs';
import { loadWasmEngine } from '../wasm/load-engine.mjs';

needSite();
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const REQ = {
  kind: 'individual', asOf: '2020-09-01',
  person: { gender: 'male', birthDate: '1985-06-01', uiInsured: true, uiDistrict: '鹿城区', uiMonths: 36, hukouDistrict: 'other', worksInUrbanArea: true },
  certificate: { type: 'qualification', occupation: '钳工', level: '高级', issueDate: '2020-08-01', issuer: 'wenzhou-hrss', route: 'institution', trainingDistrict: '鹿城区' },
  history: [],
};

// ---- bytes: what a first visit downloads for index.html ----
const html = readFileSync(join(SITE, 'index.html'), 'utf8');
const dataFiles = (/name="wz-data" content="([^"]*)"/.exec(html)?.[1] || '').split(/\s+/).filter(Boolean).map((f) => `data/${f}`);
const PAGE = ['index.html', 'style.css', 'app.js', 'dom.js', 'engine.js'];
const ENGINE = ['wzsubsidy.js', 'wzsubsidy.wasm'];
const rows = [...PAGE, ...ENGINE, ...dataFiles].map((f) => {
  const buf = readFileSync(join(SITE, f));
  const br = existsSync(join(SITE, `${f}.br`)) ? readFileSync(join(SITE, `${f}.br`)).length : NaN;
  return { f, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length, br };
});
const sum = (fs, key = 'gz') => rows.filter((r) => fs.includes(r.f)).reduce((a, r) => a + r[key], 0);
console.log('first load of index.html (gzip -9; and brotli 11, the .br files build-site writes):');
for (const r of rows) console.log(`  ${r.f.padEnd(28)} ${String(r.raw).padStart(8)} B raw ${String(r.gz).padStart(7)} B gzip ${String(r.br).padStart(7)} B brotli`);
const total = sum(rows.map((r) => r.f));
console.log(`  page HTML+CSS+JS            ${KiB(sum(PAGE))} gzip (budget 20 KiB)`);
console.log(`  engine (glue + wasm)        ${KiB(sum(ENGINE))} gzip`);
console.log(`  data (${dataFiles.length} files)             ${KiB(sum(dataFiles))} gzip`);
console.log(`  total                       ${KiB(total)} gzip (budget 100 KiB) ${total <= 100 * 1024 ? 'within' : 'OVER by ' + KiB(total - 100 * 1024)}; ${KiB(sum(rows.map((r) => r.f), 'br'))} brotli`);
const sw = readFileSync(join(SITE, 'sw.js'));
console.log(`  (then sw.js ${gzipSync(sw, { level: 9 }).length} B gzip, and the service worker precaches the same files once more in the background)`);

// ---- time to engine+data ready on a slow phone ----
// twice: as Chromium and tools/serve.mjs negotiate it (brotli, from build-site's .br files),
// and with a server that only gzips
const browser = await launch();
async function readyTimes(encodings) {
  const srv = await startServer({ dir: SITE, encodings });
  const ready = [], loadEvent = [], engineAt = [], fetchedAt = [], loadedAt = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await phone(browser);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(srv.url, { waitUntil: 'load' });
    await page.evaluate(() => window.WzSubsidy.ready);
    const m = await page.evaluate(() => ({
      ready: performance.getEntriesByName('wz-ready')[0]?.startTime,
      engine: performance.getEntriesByName('wz-engine')[0]?.startTime,
      fetched: performance.getEntriesByName('wz-data-fetched')[0]?.startTime,
      loaded: performance.getEntriesByName('wz-data-loaded')[0]?.startTime,
      load: performance.getEntriesByType('navigation')[0]?.loadEventEnd,
    }));
    ready.push(m.ready); loadEvent.push(m.load); engineAt.push(m.engine); fetchedAt.push(m.fetched); loadedAt.push(m.loaded);
    await context.close();
  }
  await srv.close();
  console.log(`\nengine+data ready, 4× CPU, 150 ms RTT, 1.6 Mbit/s, ${encodings.join(' or ')}: median ${median(ready).toFixed(0)} ms over ${RUNS} runs (${ready.map((x) => x.toFixed(0)).join(', ')}); load event ${median(loadEvent).toFixed(0)} ms (budget 1000 ms)`);
  console.log(`  of which: wasm instantiated at ${median(engineAt).toFixed(0)} ms, data bundle fetched at ${median(fetchedAt).toFixed(0)} ms, read and checked by the engine at ${median(loadedAt).toFixed(0)} ms`);
}
await readyTimes(['br', 'gzip']);
await readyTimes(['gzip']);

// ---- evaluate() time ----
const srv = await startServer({ dir: SITE });
const { context, page } = await phone(browser);
await page.goto(srv.url);
// performance.now() is coarsened to 100 µs in a page that is not cross-origin isolated, so
// each figure is the time of 1000 calls divided by 1000: the median of 7 such runs, once
// right after loading (the wasm still in its first, baseline tier) and once warmed up
const ev = await page.evaluate(async (req) => {
  await window.WzSubsidy.ready;
  const perCall = () => {
    const runs = [];
    for (let k = 0; k < 7; k++) {
      const t0 = performance.now();
      for (let i = 0; i < 1000; i++) window.WzSubsidy.evaluate(req);
      runs.push((performance.now() - t0) / 1000);
    }
    return runs.sort((a, b) => a - b)[3];
  };
  for (let i = 0; i < 50; i++) window.WzSubsidy.evaluate(req);
  const early = perCall();
  for (let i = 0; i < 3000; i++) window.WzSubsidy.evaluate(req);
  return { early, warm: perCall() };
}, REQ);
console.log(`evaluate() in Chromium (no throttling; request object in, answer object out): ${(ev.early * 1000).toFixed(0)} µs per call just after loading, ${(ev.warm * 1000).toFixed(0)} µs warmed up (median of 7 × 1000 calls; budget 100 µs)`);
await context.close();
await browser.close();
await srv.close();

// ---- native: the CLI on 1 request and on N, the difference per request ----
const CLI = join(ROOT, 'build', 'bin', 'wzsubsidy');
if (existsSync(CLI)) {
  const run = (n) => {
    const input = JSON.stringify(Array.from({ length: n }, () => REQ));
    const ts = [];
    for (let i = 0; i < 5; i++) { const t = process.hrtime.bigint(); spawnSync(CLI, ['evaluate'], { input }); ts.push(Number(process.hrtime.bigint() - t) / 1e6); }
    return median(ts);
  };
  const N = 5000;
  const perNative = (run(N) - run(1)) / (N - 1);
  console.log(`native CLI: ${(perNative * 1000).toFixed(1)} µs per request (batch of ${N} minus one); wasm/native ≈ ${(ev.warm / perNative).toFixed(1)}× warmed up, ${(ev.early / perNative).toFixed(1)}× just after loading (budget 2)`);
  // the same comparison without the page's JSON.stringify/JSON.parse: the module's evaluate,
  // request text in and answer text out as the CLI, under Node (same V8)
  const engine = await loadWasmEngine(ROOT);
  const text = JSON.stringify(REQ);
  for (let i = 0; i < 3000; i++) engine.evaluate(text);
  const runs = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) engine.evaluate(text);
    runs.push((performance.now() - t0) / 1000);
  }
  const perWasm = median(runs);
  console.log(`wasm module under Node, text in and out: ${(perWasm * 1000).toFixed(1)} µs per request; wasm/native ≈ ${(perWasm / perNative).toFixed(1)}×`);
} else {
  console.log('native CLI not built: no wasm/native ratio');
}
