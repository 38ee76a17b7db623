#!/usr/bin/env node
// Every request of tests/cases/*.json through window.WzSubsidy.evaluate in Chromium must
// equal the native CLI's answer (build/bin/wzsubsidy evaluate), field for field; and the
// page's institutions()/hotlines() equal the CLI's institutions/hotlines commands.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, phone, startServer, needSite, SITE, ROOT, reporter, assert } from './lib.mjs';

needSite();
const CLI = process.env.WZ_CLI || join(ROOT, 'build', 'bin', 'wzsubsidy');
if (!existsSync(CLI)) { console.error(`${CLI} is missing: build the native CLI first`); process.exit(1); }
const CASES = join(ROOT, 'tests', 'cases');

function cli(args, stdin) {
  const r = spawnSync(CLI, args, { input: stdin, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return JSON.parse(r.stdout);
}
// the same request expansion as tests/cases/run-cases.mjs ("generate": N copies of a trainee)
function requestOf(c) {
  if (!c.generate?.trainees) return c.request;
  const req = structuredClone(c.request);
  const { count, template } = c.generate.trainees;
  req.trainees = Array.from({ length: count }, () => structuredClone(template ?? {}));
  return req;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function firstDiff(a, b, path = '') {
  if (same(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDiff(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return `${path}: key order differs`;
  }
  return `${path}: browser ${JSON.stringify(a)} vs CLI ${JSON.stringify(b)}`;
}

const srv = await startServer({ dir: SITE });
const browser = await launch();
const { page, requests } = await phone(browser);
await page.goto(srv.url);
await page.evaluate(() => window.WzSubsidy.ready);
const t = reporter('parity');

const files = existsSync(CASES) ? readdirSync(CASES).filter((f) => f.endsWith('.json')).sort() : [];
assert(files.length, `no case files in ${CASES}`);
let total = 0;
for (const f of files) {
  const cases = JSON.parse(readFileSync(join(CASES, f), 'utf8'));
  await t.check(f, async () => {
    const objects = cases.filter((c) => 'request' in c);
    const reqs = objects.map(requestOf);
    const native = reqs.length ? cli(['evaluate'], JSON.stringify(reqs)) : [];
    const web = await page.evaluate((rs) => rs.map((r) => window.WzSubsidy.evaluate(r)), reqs);
    const bad = [];
    objects.forEach((c, i) => { const d = firstDiff(web[i], native[i]); if (d) bad.push(`${c.name}: ${d}`); });
    // texts that are not JSON go in as text, on both sides
    for (const c of cases.filter((x) => 'rawStdin' in x)) {
      const n = cli(['evaluate'], c.rawStdin);
      const w = await page.evaluate((s) => window.WzSubsidy.evaluate(s), c.rawStdin);
      const d = firstDiff(w, n); if (d) bad.push(`${c.name} (raw): ${d}`);
    }
    total += cases.length;
    assert(!bad.length, `${bad.length} of ${cases.length} differ:\n${bad.slice(0, 8).join('\n')}`);
  });
}

await t.check('institutions and hotlines', async () => {
  const asks = [['', ''], ['电工', ''], ['', '鹿城区'], ['钳工', '龙湾区'], ['母婴护理', ''], ['不存在的工种', '']];
  for (const [occupation, district] of asks) {
    const args = ['institutions', ...(occupation ? ['--occupation', occupation] : []), ...(district ? ['--district', district] : [])];
    const web = await page.evaluate((q) => window.WzSubsidy.institutions(q), { occupation, district });
    const d = firstDiff(web, cli(args, ''));
    assert(!d, `institutions ${occupation}/${district}: ${d}`);
  }
  for (const district of ['', '乐清市', '市本级']) {
    const web = await page.evaluate((x) => window.WzSubsidy.hotlines(x || undefined), district);
    const native = cli(['hotlines', ...(district ? [district] : [])], '');
    // the page's rows may carry more fields; the contract's must be equal
    const pick = (rows) => rows.map((r) => ({ district: r.district, phones: r.phones }));
    const d = firstDiff(pick(web), pick(native));
    assert(!d, `hotlines ${district}: ${d}`);
  }
});

await t.check('no request left the origin', async () => {
  const origin = new URL(srv.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert(!foreign.length, foreign.join(' '));
});

console.log(`${total} cases compared`);
await browser.close();
await srv.close();
process.exit(t.done());
