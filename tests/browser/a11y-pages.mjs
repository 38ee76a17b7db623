#!/usr/bin/env node
// Accessibility of the other pages (bureau, calculator, embed guide, embed) and of the
// widget's shadow DOM: axe-core (WCAG 2.x A/AA + best practice) finds no violations; touch
// targets are at least 44 px (inside the widget too); no sideways scrolling at 390 px;
// focus is visible on keyboard use; the CSP holds (no violation, no inline script or style).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, phone, startServer, needSite, shotPath, SITE, reporter, assert } from './lib.mjs';
import { person, toCsv } from './roster-data.mjs';

needSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const srv = await startServer({ dir: SITE });
const browser = await launch();
const t = reporter('a11y-pages');

async function axe(page) {
  await page.evaluate(axeSource);
  const res = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return res.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n       ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join('\n       ')}`);
}

// every visible control a thumb has to hit, in the page and in the widget's shadow root
async function smallTargets(page) {
  return page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('wz-subsidy-check')].map((w) => w.shadowRoot).filter(Boolean)];
    const sel = 'button, select, input:not([type=radio]):not([type=checkbox]), .radio label, .check label, .opt label, a.tel, a.button, .site-nav a, .toc a, summary, .foot a';
    return roots.flatMap((r) => [...r.querySelectorAll(sel)])
      .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  });
}

const roster = toCsv([['姓名', '身份证号', '合格'], ...[0, 1, 2].map((i) => [person(i).name, person(i).id, i === 2 ? '否' : '是']), ['坏行', '123', '是']]);
const SCREENS = [
  ['bureau page', 'bureau.html', '#inst-list li', null],
  ['bureau page, searched and filtered', 'bureau.html', '#inst-list li', async (p) => { await p.fill('#inst-q', '电工'); await p.selectOption('#inst-d', '鹿城区'); }],
  ['calculator, empty', 'calculator.html', '#scheme', null],
  ['calculator, with a result', 'calculator.html', '#scheme', async (p) => {
    await p.selectOption('#scheme', 'project'); await p.selectOption('#type', 'college'); await p.selectOption('#district', '鹿城区');
    await p.fill('#filedDate', '2021-03-20'); await p.fill('#startDate', '2021-04-01'); await p.fill('#hours', '24'); await p.fill('#asOf', '2021-05-01');
    await p.fill('#paste', roster); await p.click('#run'); await p.waitForSelector('#total');
  }],
  ['calculator, an error', 'calculator.html', '#scheme', async (p) => { await p.click('#run'); await p.waitForSelector('#err:not([hidden])'); }],
  ['embed guide', 'embed-guide.html', '#demo wz-subsidy-check', async (p) => { await p.locator('#demo wz-subsidy-check #o').waitFor(); }],
  ['embed page with a result', 'embed.html?occupation=电工&level=中级&district=鹿城区&as-of=2021-05-01', 'wz-subsidy-check', async (p) => {
    const w = 'wz-subsidy-check';
    await p.locator(`${w} #o`).waitFor();
    await p.locator(`${w} #d`).fill('2021-03-01'); await p.locator(`${w} #r`).selectOption('institution');
    await p.locator(`${w} #g1`).check(); await p.locator(`${w} #b`).fill('1990-02-01'); await p.locator(`${w} #ui1`).check();
    await p.locator(`${w} button[type=submit]`).click(); await p.locator(`${w} .card`).first().waitFor();
  }],
  ['widget with an error', 'embed.html', 'wz-subsidy-check', async (p) => {
    await p.locator('wz-subsidy-check #o').waitFor(); await p.locator('wz-subsidy-check button[type=submit]').click(); await p.locator('wz-subsidy-check .err').waitFor();
  }],
];

for (const [name, path, ready, act] of SCREENS) {
  await t.check(name, async () => {
    const { context, page, errors } = await phone(browser);
    await page.goto(srv.url + path);
    await page.waitForSelector(ready, { timeout: 30000 });
    if (act) await act(page);
    const v = await axe(page);
    assert(!v.length, `axe violations:\n     ${v.join('\n     ')}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(wide <= 0, `the page scrolls sideways by ${wide} px`);
    const small = await smallTargets(page);
    assert(!small.length, `touch targets under 44 px:\n     ${small.join('\n     ')}`);
    const csp = errors.filter((e) => /Content Security Policy/i.test(e));
    assert(!csp.length, `CSP violations: ${csp.join(' | ')}`);
    assert(!errors.length, `console errors: ${errors.join(' | ')}`);
    assert(!(await page.locator('[style]').count()), 'an element with a style attribute at run time');
    await page.screenshot({ path: shotPath(`page-${name.replace(/[^a-z]+/gi, '-')}`), fullPage: false });
    await context.close();
  });
}

await t.check('focus is visible on keyboard use (bureau, calculator, widget)', async () => {
  for (const path of ['bureau.html', 'calculator.html', 'embed.html?occupation=电工']) {
    const { context, page } = await phone(browser);
    await page.goto(srv.url + path);
    await page.waitForTimeout(800);
    const seen = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const s = getComputedStyle(el);
        return { tag: `${el.tagName}#${el.id}`, visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)' };
      }));
    }
    const hidden = seen.filter((s) => !s.visible && !s.tag.startsWith('BODY'));
    assert(!hidden.length, `${path}: focus not visible on ${hidden.map((s) => s.tag).join(', ')}`);
    await context.close();
  }
});

await t.check('the shipped pages have the strict CSP and no inline script or style; the service worker caches them', async () => {
  for (const f of ['bureau.html', 'calculator.html', 'embed-guide.html', 'embed.html']) {
    const html = readFileSync(join(SITE, f), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] || '';
    assert(/script-src 'self' 'wasm-unsafe-eval'(;|$)/.test(csp) && /style-src 'self'/.test(csp), `${f}: CSP ${csp}`);
    assert(!/unsafe-inline|'unsafe-eval'/.test(csp), `${f}: unsafe source in CSP`);
    assert(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), `${f}: inline <script>`);
    assert(!/<[a-z][^>]*\sstyle=/i.test(html), `${f}: inline style attribute`);
  }
  const sw = readFileSync(join(SITE, 'sw.js'), 'utf8');
  for (const f of ['bureau.html', 'bureau.js', 'calculator.html', 'calculator.js', 'papaparse.min.js', 'embed-guide.html', 'guide.js', 'embed.html', 'embed.js', 'widget.js', 'ui.js', 'data/bundle.json']) {
    assert(sw.includes(f), `the service worker does not precache ${f}`);
  }
});

await browser.close();
await srv.close();
process.exit(t.done());
