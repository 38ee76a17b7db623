#!/usr/bin/env node
// Prints (does not assert) the page's budgets:
//  - first-load bytes per file (raw and gzip -9) and the total, against 100 KiB gzip, and
//    the page's own HTML+CSS+JS against 20 KiB gzip;
//  - engine+data ready time in Chromium with 4× CPU throttling and 150 ms RTT, 1.6 Mbit/s
//    (CDP Network.emulateNetworkConditions + Emulation.setCPUThrottlingRate), median of 5;
//  - one evaluate() time, median over 1000 calls, and the wasm/native ratio against the CLI.
// usage: node tests/browser/budgets.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, phone, startServer, needSite, SITE, ROOT } from './lib.mjs';

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
  return { f, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
});
const sum = (fs) => rows.filter((r) => fs.includes(r.f)).reduce((a, r) => a + r.gz, 0);
console.log('first load of index.html (gzip -9):');
for (const r of rows) console.log(`  ${r.f.padEnd(28)} ${String(r.raw).padStart(8)} B raw ${String(r.gz).padStart(7)} B gzip`);
const total = sum(rows.map((r) => r.f));
console.log(`  page HTML+CSS+JS            ${KiB(sum(PAGE))} gzip (budget 20 KiB)`);
console.log(`  engine (glue + wasm)        ${KiB(sum(ENGINE))} gzip`);
console.log(`  data (${dataFiles.length} files)             ${KiB(sum(dataFiles))} gzip`);
console.log(`  total                       ${KiB(total)} gzip (budget 100 KiB) ${total <= 100 * 1024 ? 'within' : 'OVER by ' + KiB(total - 100 * 1024)}`);
const sw = readFileSync(join(SITE, 'sw.js'));
console.log(`  (then sw.js ${gzipSync(sw, { level: 9 }).length} B gzip, and the service worker precaches the same files once more in the background)`);

// ---- time to engine+data ready on a slow phone ----
const srv = await startServer({ dir: SITE });
const browser = await launch();
const ready = [];
const loadEvent = [];
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
    load: performance.getEntriesByType('navigation')[0]?.loadEventEnd,
  }));
  ready.push(m.ready); loadEvent.push(m.load);
  await context.close();
}
console.log(`\nengine+data ready, 4× CPU, 150 ms RTT, 1.6 Mbit/s: median ${median(ready).toFixed(0)} ms over ${RUNS} runs (${ready.map((x) => x.toFixed(0)).join(', ')}); load event ${median(loadEvent).toFixed(0)} ms`);

// ---- evaluate() time ----
const { context, page } = await phone(browser);
await page.goto(srv.url);
const ev = await page.evaluate(async (req) => {
  await window.WzSubsidy.ready;
  const times = [];
  for (let i = 0; i < 50; i++) window.WzSubsidy.evaluate(req); // warm up
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) { const s = performance.now(); window.WzSubsidy.evaluate(req); times.push(performance.now() - s); }
  const all = performance.now() - t0;
  times.sort((a, b) => a - b);
  return { median: times[500], mean: all / 1000 };
}, REQ);
console.log(`evaluate() in Chromium (no throttling): median ${(ev.median * 1000).toFixed(0)} µs, mean ${(ev.mean * 1000).toFixed(0)} µs over 1000 calls (timer resolution limits the median)`);
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
  console.log(`native CLI: ${(perNative * 1000).toFixed(0)} µs per request (batch of ${N} minus one); wasm/native ≈ ${(ev.mean / perNative).toFixed(1)}×`);
} else {
  console.log('native CLI not built: no wasm/native ratio');
}
