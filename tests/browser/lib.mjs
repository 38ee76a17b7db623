// Shared pieces of the browser tests: Debian's Chromium through playwright-core, the
// static server, a build/site check, and a tiny assertion/report helper.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE = process.env.WZ_SITE || join(ROOT, 'build', 'site');
export const SHOTS = join(ROOT, 'build', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'];

export function needSite() {
  if (!existsSync(join(SITE, 'index.html')) || !existsSync(join(SITE, 'wzsubsidy.wasm'))) {
    console.error(`${SITE} is not assembled: run node web/build-site.mjs`);
    process.exit(1);
  }
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS, headless: true });
}

// a phone-sized context that records every request and every console error
export async function phone(browser, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true,
    hasTouch: true, locale: 'zh-CN', serviceWorkers: opts.serviceWorkers || 'block', ...opts.context });
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, errors };
}

export { startServer };

export function shotPath(name) {
  mkdirSync(SHOTS, { recursive: true });
  return join(SHOTS, `${name}.png`);
}

// a small reporter: check(name, fn) runs, records pass/fail; done() prints 'N passed, N failed'
export function reporter(suite) {
  let passed = 0; let failed = 0;
  return {
    async check(name, fn) {
      const t = Date.now();
      try { await fn(); passed++; console.log(`ok   ${suite}: ${name} (${Date.now() - t} ms)`); } catch (e) {
        failed++; console.log(`FAIL ${suite}: ${name}\n     ${String(e?.stack || e).split('\n').slice(0, 6).join('\n     ')}`);
      }
    },
    done() { console.log(`${passed} passed, ${failed} failed`); return failed ? 1 : 0; },
  };
}

export function assert(cond, msg) { if (!cond) throw new Error(msg); }
export function includes(hay, needle, what = 'text') {
  if (!String(hay).includes(needle)) throw new Error(`${what} does not contain ${JSON.stringify(needle)}:\n${String(hay).slice(0, 1500)}`);
}
