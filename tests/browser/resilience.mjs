#!/usr/bin/env node
// Offline after the first visit (service worker), the update prompt, and data files that
// fail to load or validate (a clear message; the last good data when there is some).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, phone, startServer, needSite, SITE, reporter, assert, includes, shotPath } from './lib.mjs';

needSite();
const RESULT = '#o=钳工&k=A&l=高级&d=2020-08-01&r=institution&td=鹿城区&i=wenzhou-hrss&g=male&b=1985-06-01&ui=yes&ud=鹿城区&m=36&s=n&hi=n&a=2020-09-01&p=result';
let override = () => null;
const srv = await startServer({ dir: SITE, override: (p) => override(p) });
const origin = new URL(srv.url).origin;
const browser = await launch();
const t = reporter('resilience');
const text = (page) => page.locator('#main').innerText();

await t.check('works offline after the service worker installs; update prompt', async () => {
  override = () => null;
  const { context, page, requests, errors } = await phone(browser, { serviceWorkers: 'allow' });
  await page.goto(srv.url + RESULT);
  await page.waitForSelector('.pair');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('wz-')));
  assert(cached.length === 1, `one versioned cache, got ${cached}`);

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.pair');
  includes(await page.locator('.pair').innerText(), '¥2,400', 'offline result');
  // a new flow offline too: suggestions come from the cached engine and data
  await page.goto(`${srv.url}#p=occ`);
  await page.locator('#o').pressSequentially('dg');
  await page.waitForSelector('button.pick');
  includes(await page.locator('.suggest').innerText(), '电工', 'offline suggestions');
  await page.screenshot({ path: shotPath('20-offline') });
  await context.setOffline(false);

  // a new version of the site: the page offers it, and 更新 switches to it
  const version = /name="wz-version" content="([^"]+)"/.exec(readFileSync(join(SITE, 'index.html'), 'utf8'))[1];
  const nextSw = readFileSync(join(SITE, 'sw.js'), 'utf8').replaceAll(version, 'test-update');
  assert(nextSw.includes('test-update'), 'the version is stamped into sw.js');
  override = (p) => (p === '/sw.js' ? { body: nextSw, type: 'text/javascript; charset=utf-8' } : null);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('#update:not([hidden])', { timeout: 15000 });
  includes(await page.locator('#update').innerText(), '有新版本可用');
  await page.screenshot({ path: shotPath('21-update-prompt') });
  await Promise.all([page.waitForEvent('load'), page.locator('#update button').tap()]);
  await page.waitForFunction(async () => (await caches.keys()).includes('wz-test-update'), null, { timeout: 15000 });
  const keys = await page.evaluate(async () => caches.keys());
  assert(!keys.includes(cached[0]), `old cache removed: ${keys}`);
  override = () => null;

  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert(!foreign.length, `requests left the origin: ${foreign.join(' ')}`);
  assert(!errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e)).length, `console errors: ${errors}`);
  await context.close();
});


// the pages load data/bundle.json (every data file's text in one object); a broken file
// inside it, or a broken or missing bundle, must each be named
const bundle = JSON.parse(readFileSync(join(SITE, 'data', 'bundle.json'), 'utf8'));
const catalogue = JSON.stringify(bundle['catalogue.json']);
const withCatalogue = (doc) => JSON.stringify({ ...bundle, 'catalogue.json': doc });
const BROKEN = {
  // a member that is a string is that file's text
  'catalogue not JSON': { body: withCatalogue(catalogue.slice(0, 200)), expect: ['catalogue.json'] },
  'catalogue against its schema': { body: withCatalogue(JSON.parse(catalogue.replace('"amounts":{', '"amounts":"many","x":{'))), expect: ['catalogue.json'] },
  'bundle cut short': { body: JSON.stringify(bundle).slice(0, 5000), expect: ['bundle.json', '不完整'] },
  'bundle missing (404)': { status: 404, body: 'not found', expect: ['bundle.json', '无法下载'] },
};
assert(BROKEN['catalogue against its schema'].body !== withCatalogue(bundle['catalogue.json']), 'the schema breakage applies');

for (const [how, bad] of Object.entries(BROKEN)) {
  await t.check(`broken data (${how}) on a first visit: a clear message`, async () => {
    override = (p) => (p === '/data/bundle.json' ? bad : null);
    const { context, page } = await phone(browser);
    await page.goto(`${srv.url}#p=occ`);
    await page.waitForSelector('.notice.warn h1');
    const msg = await text(page);
    includes(msg, '补贴数据没能加载', 'message');
    for (const e of bad.expect) includes(msg, e, 'message');
    await page.screenshot({ path: shotPath(`22-broken-data-${how.replace(/\W+/g, '-')}`) });
    await context.close();
    override = () => null;
  });
}

await t.check('a broken catalogue.json after a good visit: the last good data, and a note', async () => {
  override = () => null;
  const { context, page } = await phone(browser);
  await page.goto(srv.url + RESULT);
  await page.waitForSelector('.pair');
  override = (p) => (p === '/data/bundle.json' ? BROKEN['catalogue against its schema'] : null);
  await page.reload();
  await page.waitForSelector('.pair');
  includes(await page.locator('.pair').innerText(), '¥2,400', 'result from the last good data');
  const note = await page.locator('#data-note').innerText();
  includes(note, '部分补贴数据没能更新', 'note');
  includes(note, 'catalogue.json', 'note');
  includes(note, '正在使用本机上次保存的数据', 'note');
  await page.screenshot({ path: shotPath('23-last-good-data') });
  await context.close();
  override = () => null;
});

await browser.close();
await srv.close();
process.exit(t.done());
