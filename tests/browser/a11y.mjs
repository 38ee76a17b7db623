#!/usr/bin/env node
// Accessibility: axe-core (WCAG 2.x A/AA + best practice) finds no violations on every kind
// of screen; touch targets are at least 44 px; focus is visible; the CSP holds (no
// violation reports, no inline script or style attribute in the shipped page).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, phone, startServer, needSite, SITE, reporter, assert } from './lib.mjs';

needSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let override = () => null;
const srv = await startServer({ dir: SITE, override: (p) => override(p) });
const browser = await launch();
const t = reporter('a11y');
const R = 'o=钳工&k=A&l=高级&d=2020-08-01&r=institution&td=鹿城区&i=wenzhou-hrss&g=male&b=1985-06-01&ui=yes&ud=鹿城区&m=36&s=n&hi=n';

async function axe(page) {
  // axe is injected through the DevTools protocol (the page's CSP forbids inline scripts)
  await page.evaluate(axeSource);
  const res = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return res.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n       ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n       ')}`);
}

// every visible control a thumb has to hit is at least 44×44 CSS px (inline links in text excepted)
async function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('button, select, input:not([type=radio]):not([type=checkbox]), .radio label, .check label, a.tel, a.back, .chg a, summary, a.button')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.height < 44 || r.width < 44)
    .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`));
}

const SCREENS = [
  ['start page', '', null],
  ['occupation with suggestions', '#p=occ', async (p) => { await p.locator('#o').pressSequentially('维修'); await p.waitForSelector('button.pick'); }],
  ['radio question with an error', `#${R}&p=route`, async (p) => { await p.locator('form.step input[type=radio]:checked').evaluateAll((rs) => rs.forEach((r) => { r.checked = false; })); await p.locator('form.step button[type=submit]').tap(); await p.waitForSelector('#err:not([hidden])'); }],
  ['district select', `#${R}&p=td`, null],
  ['insurance with a revealed district', `#${R}&p=ui`, null],
  ['graduate with details', `#${R}&gr=y&gl=2020-06-30&p=grad`, null],
  ['history with a row', `#${R}&hi=2021-01-10~ui-skill-upgrade~电工~初级&p=hist`, null],
  ['result, reasons open', `#${R}&a=2020-09-01&p=result`, async (p) => { for (const d of await p.locator('details summary').all()) await d.tap(); }],
  ['result, edition ended', `#${R}&p=result`, null],
  ['result, depends on 不清楚', `#${R.replace('m=36', 'm=?')}&a=2020-09-01&p=result`, null],
  ['result, large text', `#${R}&a=2020-09-01&p=result`, async (p) => { await p.locator('#big').tap(); }],
  ['data failed to load', '#p=occ', null, (path) => (path === '/data/bundle.json' ? { status: 500, body: 'x' } : null)],
];

for (const [name, hash, act, serve] of SCREENS) {
  await t.check(name, async () => {
    override = serve || (() => null);
    const { context, page, errors } = await phone(browser);
    await page.goto(srv.url + hash);
    await page.waitForFunction(() => document.querySelector('#main h1'));
    if (act) await act(page);
    const v = await axe(page);
    assert(!v.length, `axe violations:\n     ${v.join('\n     ')}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(wide <= 0, `the page scrolls sideways by ${wide} px (reflow)`);
    const small = await smallTargets(page);
    assert(!small.length, `touch targets under 44 px:\n     ${small.join('\n     ')}`);
    const csp = errors.filter((e) => /Content Security Policy/i.test(e));
    assert(!csp.length, `CSP violations: ${csp.join(' | ')}`);
    await context.close();
    override = () => null;
  });
}

await t.check('focus is visible on keyboard use', async () => {
  const { context, page } = await phone(browser);
  await page.goto(`${srv.url}#${R}&p=route`);
  await page.waitForSelector('form.step');
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)' };
    }));
  }
  const hidden = seen.filter((s) => !s.visible && s.tag !== 'BODY');
  assert(!hidden.length, `focus not visible on ${hidden.map((s) => s.tag).join(', ')}`);
  await context.close();
});

await t.check('the shipped page has a strict CSP and no inline script or style', async () => {
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] || '';
  assert(/script-src 'self' 'wasm-unsafe-eval'(;|$)/.test(csp), `script-src: ${csp}`);
  assert(!/unsafe-inline|unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), `unsafe source in CSP: ${csp}`);
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'inline <script> in index.html');
  assert(!/\sstyle=/.test(html), 'inline style attribute in index.html');
  const { context, page } = await phone(browser);
  await page.goto(`${srv.url}#${R}&a=2020-09-01&p=result`);
  await page.waitForSelector('.pair');
  assert(!(await page.locator('[style]').count()), 'an element with a style attribute at run time');
  await context.close();
});

await browser.close();
await srv.close();
process.exit(t.done());
