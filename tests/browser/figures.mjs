#!/usr/bin/env node
// Prints (does not assert) the figures of the widget and the calculator:
//  - a 10,000-row roster in the calculator page (papaparse + evaluateRoster + the table
//    rendered and laid out), from the tap on 计算补贴 to the next frame; median of 3 runs,
//    each in a fresh page (target 2 s);
//  - the bytes the widget adds to a host page: every file it loads, gzip -9, and what
//    actually crossed the wire on a host page of another origin (target 120 KiB).
// usage: node tests/browser/figures.mjs [--runs N] [--rows N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, phone, startServer, needSite, SITE } from './lib.mjs';
import { person, toCsv } from './roster-data.mjs';

needSite();
const arg = (name, d) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : d; };
const RUNS = arg('--runs', 3);
const ROWS = arg('--rows', 10000);
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const site = await startServer({ dir: SITE, cors: true });
const browser = await launch();

// ---- the roster ----
const rows = [['姓名', '身份证号', '职业', '等级', '合格', '证书', '培训费']];
for (let i = 0; i < ROWS; i++) { const p = person(i); rows.push([p.name, p.id, '电工', '中级', i % 10 ? '是' : '否', i % 3 ? '两证' : '仅培训合格证书', String(3000 + (i % 7) * 1000)]); }
const csv = toCsv(rows);
const times = [];
let shown = '';
for (let r = 0; r < RUNS; r++) {
  const { context, page } = await phone(browser);
  await page.goto(`${site.url}calculator.html`);
  await page.waitForSelector('#scheme');
  await page.selectOption('#scheme', 'apprentice-employee');
  await page.selectOption('#type', 'enterprise');
  await page.selectOption('#district', '鹿城区');
  await page.fill('#filedDate', '2021-03-20');
  await page.fill('#startDate', '2021-04-01');
  await page.fill('#asOf', '2021-05-01');
  await page.evaluate((text) => { document.querySelector('#paste').value = text; }, csv);
  const m = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('#run').click();
    requestAnimationFrame(() => setTimeout(() => {
      const marks = (n) => performance.getEntriesByName(n).at(-1)?.startTime;
      resolve({ all: performance.now() - t0, compute: marks('wz-roster-rendered') - marks('wz-roster-start'),
        parse: marks('wz-roster-parsed') - marks('wz-roster-start'), evaluate: marks('wz-roster-evaluated') - marks('wz-roster-parsed'),
        table: marks('wz-roster-table') - marks('wz-roster-evaluated'), place: marks('wz-roster-rendered') - marks('wz-roster-table'),
        rows: document.querySelectorAll('.trainees tbody tr').length, total: document.querySelector('#total')?.textContent });
    }, 0));
  }));
  times.push(m.all);
  if (r === 0) {
    // for comparison: laying out every chunk at once (what content-visibility defers until scrolled to)
    const full = await page.evaluate(() => { const t0 = performance.now(); for (const c of document.querySelectorAll('.chunk')) c.style.contentVisibility = 'visible';
      void document.body.offsetHeight; return performance.now() - t0; });
    console.log(`  (laying out all ${ROWS} rows at once, as without content-visibility: ${full.toFixed(0)} ms more)`);
  }
  shown = `${m.rows} rows on screen, total ${m.total}`;
  console.log(`  run ${r + 1}: ${m.all.toFixed(0)} ms: papaparse ${m.parse.toFixed(0)}, evaluateRoster ${m.evaluate.toFixed(0)}, table HTML ${m.table.toFixed(0)}, `
    + `summary and layout ${m.place.toFixed(0)}, paint ${(m.all - m.compute).toFixed(0)} ms`);
  await context.close();
}
console.log(`calculator, ${ROWS.toLocaleString('en')}-row roster (parse + evaluate + render): median ${median(times).toFixed(0)} ms of ${RUNS} (target 2000 ms); ${shown}`);

// ---- the widget's bytes ----
const files = ['widget.js', 'wzsubsidy.js', 'wzsubsidy.wasm', 'data/bundle.json'];
let sum = 0;
console.log('\nwhat the widget adds to a host page (files, gzip -9):');
for (const f of files) {
  const buf = readFileSync(join(SITE, f));
  const gz = gzipSync(buf, { level: 9 }).length;
  sum += gz;
  console.log(`  ${f.padEnd(20)} ${String(buf.length).padStart(8)} B raw ${String(gz).padStart(7)} B gzip`);
}
console.log(`  total                ${KiB(sum)} gzip (target 120 KiB) ${sum <= 120 * 1024 ? 'within' : 'OVER'}`);

// on the wire: a host page of another origin, the widget's requests (body + headers)
const SITE_ORIGIN = new URL(site.url).origin;
const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title></head><body>
<script type="module" src="${SITE_ORIGIN}/widget.js" crossorigin="anonymous"></script><wz-subsidy-check occupation="电工"></wz-subsidy-check></body></html>`;
const host = await startServer({ dir: SITE, override: (p) => (p === '/' ? { body: html, type: 'text/html; charset=utf-8' } : null) });
const { context, page } = await phone(browser);
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
const urls = new Map();
let wire = 0;
cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
cdp.on('Network.loadingFinished', (e) => { if (urls.get(e.requestId)?.startsWith(SITE_ORIGIN)) wire += e.encodedDataLength; });
await page.goto(`http://localhost:${new URL(host.url).port}/`);
await page.locator('wz-subsidy-check #o').waitFor({ timeout: 30000 });
await page.waitForTimeout(300);
const n = [...urls.values()].filter((u) => u.startsWith(SITE_ORIGIN)).length;
console.log(`  on the wire (gzip by the server, headers included): ${KiB(wire)} in ${n} requests to the widget's origin`);
await context.close();
await host.close();
await browser.close();
await site.close();
