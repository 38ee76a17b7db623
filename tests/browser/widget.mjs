#!/usr/bin/env node
// The embeddable widget on host pages served from another origin (another host and port):
// a plain page, one with a strict CSP, one with aggressive global CSS. The snippets are the
// ones the embed guide (embed-guide.html) hands out, integrity hash included. Asserts: the
// widget works and answers from the bureau's data; everything it loads comes from its own
// origin; its look is the same on every host; the host's own look is unchanged; a wrong
// integrity or a tampered engine stops it. Then the iframe alternative: the height it posts
// resizes the iframe, and origins are checked on both sides.
import { writeFileSync } from 'node:fs';
import { launch, phone, startServer, needSite, shotPath, SITE, reporter, assert, includes } from './lib.mjs';

needSite();
let tamper = false;
const site = await startServer({ dir: SITE, cors: true, override: (p) => (tamper && p === '/wzsubsidy.js' ? { body: 'window.pwned = 1;' } : null) });
const SITE_ORIGIN = new URL(site.url).origin; // http://127.0.0.1:PORT
let pages = {};
const host = await startServer({ dir: SITE, host: '127.0.0.1', override: (p) => (pages[p] ? { body: pages[p], type: p.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8' } : { status: 404, body: 'no' }) });
const HOST_ORIGIN = `http://localhost:${new URL(host.url).port}`; // another host name and port
const browser = await launch();
const t = reporter('widget');

// ---- the snippets, as the guide gives them ----
const guide = await phone(browser);
await guide.page.goto(`${site.url}embed-guide.html`);
await guide.page.waitForSelector('#demo wz-subsidy-check');
await guide.page.fill('#p-occupation', '电工');
await guide.page.selectOption('#p-level', '中级');
await guide.page.selectOption('#p-district', '鹿城区');
await guide.page.fill('#p-host', HOST_ORIGIN);
const SNIP = await guide.page.evaluate(() => ({
  widget: document.querySelector('#snippet-widget code').textContent,
  iframe: document.querySelector('#snippet-iframe code').textContent,
  csp: document.querySelector('#snippet-csp code').textContent,
  sri: document.querySelector('#sri').textContent.trim(),
}));
await guide.context.close();

const HOST_CSS = 'body{font:18px/1.4 Georgia,serif;color:#222;background:#fafaf5;margin:0;padding:12px}h1{color:#7a1f1f;font-size:28px}.intro{color:#333}';
const AGGRESSIVE = `* { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", serif !important; line-height: 3 !important;
  letter-spacing: 3px !important; text-transform: uppercase !important; background: yellow !important; border: 3px dashed blue !important;
  margin: 7px !important; padding: 9px !important; box-sizing: content-box !important; text-align: center !important; }
button, input, select, label, h2, h3, p, a, ul, li, div, section { all: unset !important; color: green !important; }
:root { font-size: 30px !important; }`;
const page = (title, head, body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
${head}<title>${title}</title></head><body>${body}<h1>温州某职业培训学校 · 电工培训</h1><p class="intro">本校电工（中级）培训班常年招生。</p>
<p class="after">页面其余内容</p></body></html>`;
pages = {
  '/host.css': HOST_CSS,
  '/plain.html': page('plain', '<link rel="stylesheet" href="/host.css">', SNIP.widget),
  '/bare.html': page('bare', '<link rel="stylesheet" href="/host.css">', ''),
  '/csp.html': page('csp', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; ${SNIP.csp.replaceAll("'self' ", '')}; style-src 'self'; img-src 'self'; base-uri 'none'; object-src 'none'">
<link rel="stylesheet" href="/host.css">`, SNIP.widget),
  '/aggressive.html': page('aggressive', `<style>${AGGRESSIVE}</style>`, SNIP.widget),
  '/bad-sri.html': page('bad-sri', '', SNIP.widget.replace(/integrity="sha384-[^"]+"/, 'integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"')),
  '/iframe.html': page('iframe', '', SNIP.iframe),
  '/iframe-noparent.html': page('iframe', '', SNIP.iframe.replace(/&amp;parent=[^"&]+/, '')),
  '/iframe-evil.html': page('iframe', '', SNIP.iframe.replace(/parent=[^"&]+/, `parent=${encodeURIComponent('https://evil.example')}`)),
};

const W = 'wz-subsidy-check';
async function fillWidget(p, root = p) {
  await root.locator(`${W} #o`).waitFor({ timeout: 30000 });
  await root.locator(`${W} #d`).fill('2021-03-01');
  await root.locator(`${W} #r`).selectOption('institution');
  await root.locator(`${W} #g0`).check();
  await root.locator(`${W} #b`).fill('1985-06-01');
  await root.locator(`${W} #ui0`).check();
  await root.locator(`${W} #m`).fill('36');
  await root.locator(`${W} #a`).fill('2021-05-01');
  await root.locator(`${W} button[type=submit]`).click();
  await root.locator(`${W} .card`).first().waitFor();
}
// computed styles inside the shadow root, and the host's own elements
const LOOK = ['.w', 'h2', 'label[for=o]', '#o', '#l', 'button[type=submit]', '.card', '.amount', '.status', 'a.tel', '.foot a'];
const PROPS = ['color', 'font-size', 'font-family', 'line-height', 'letter-spacing', 'text-transform', 'background-color', 'margin-top', 'padding-top',
  'border-top-width', 'border-top-style', 'text-align', 'display', 'width', 'height'];
const widgetLook = (p) => p.evaluate(([sels, props]) => {
  const root = document.querySelector('wz-subsidy-check').shadowRoot;
  const box = document.querySelector('wz-subsidy-check').getBoundingClientRect();
  return { box: [Math.round(box.width), Math.round(box.height)], els: sels.map((s) => { const el = root.querySelector(s); if (!el) return `${s}: missing`; const cs = getComputedStyle(el); return `${s}: ${props.map((k) => cs.getPropertyValue(k)).join('; ')}`; }) };
}, [LOOK, PROPS]);
const hostLook = (p) => p.evaluate(() => ['body', 'h1', '.intro', '.after'].map((s) => { const cs = getComputedStyle(document.querySelector(s));
  return `${s}: ${['color', 'font-size', 'font-family', 'line-height', 'background-color', 'margin-top', 'padding-top', 'width'].map((k) => cs.getPropertyValue(k)).join('; ')}`; }));

async function open(path, opts = {}) {
  const p = await phone(browser, opts);
  const csp = [];
  p.page.on('console', (m) => { if (/Content Security Policy|Refused/i.test(m.text())) csp.push(m.text()); });
  await p.page.goto(`${HOST_ORIGIN}${path}`);
  return { ...p, csp };
}

await t.check('the guide hands out a snippet with the integrity of the served widget.js', async () => {
  assert(/^sha384-[A-Za-z0-9+/]{64}$/.test(SNIP.sri), `sri ${SNIP.sri}`);
  includes(SNIP.widget, `src="${SITE_ORIGIN}/widget.js" integrity="${SNIP.sri}" crossorigin="anonymous"`, 'widget snippet');
  includes(SNIP.widget, '<wz-subsidy-check occupation="电工" level="中级" district="鹿城区"></wz-subsidy-check>', 'widget snippet');
  const { createHash } = await import('node:crypto');
  const body = Buffer.from(await (await fetch(`${site.url}widget.js`)).arrayBuffer());
  assert(`sha384-${createHash('sha384').update(body).digest('base64')}` === SNIP.sri, 'the hash on the guide is not the hash of widget.js as served');
});

const looks = {};
for (const [name, path] of [['plain host page', '/plain.html'], ['host page with a strict CSP', '/csp.html'], ['host page with aggressive global CSS', '/aggressive.html']]) {
  await t.check(`${name}: presets, both subsidies from the bureau's data, hotline, own origin only`, async () => {
    const { context, page: p, requests, errors, csp } = await open(path);
    await fillWidget(p);
    const text = await p.locator(`${W} .res`).innerText();
    includes(text, '职业资格培训补贴', 'result'); includes(text, '¥1,600', 'result (附件1 A类 中级)'); includes(text, '¥1,500', 'result (FAQ 9(2) 中级)');
    includes(text, '可以申领', 'result');
    const tels = await p.locator(`${W} a.tel`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert(tels.includes('tel:+86-577-55566370') && tels.includes('tel:+86-577-55566350'), `hotline links ${tels.join(' ')}`);
    const foot = await p.locator(`${W} .foot`).innerText();
    includes(foot, '数据日期', 'edition line');
    const bureau = await p.locator(`${W} .foot a`).first().getAttribute('href');
    assert(bureau === `${SITE_ORIGIN}/bureau.html`, `link to the bureau's page: ${bureau}`);
    assert(await p.locator(`${W} #l`).inputValue() === '中级' && await p.locator(`${W} #td`).inputValue() === '鹿城区', 'presets not applied');
    const foreign = requests.filter((u) => !u.startsWith(SITE_ORIGIN) && !u.startsWith(HOST_ORIGIN) && !u.startsWith('data:'));
    assert(!foreign.length, `requests elsewhere: ${foreign.join(' ')}`);
    const fromHost = requests.filter((u) => u.startsWith(HOST_ORIGIN) && !/\/(plain|csp|aggressive)\.html$|\/host\.css$/.test(u));
    assert(!fromHost.length, `the widget asked the host's origin for: ${fromHost.join(' ')}`);
    for (const f of ['widget.js', 'wzsubsidy.js', 'wzsubsidy.wasm', 'data/bundle.json']) assert(requests.includes(`${SITE_ORIGIN}/${f}`), `${f} not loaded from the widget's origin`);
    assert(!csp.length, `CSP reports: ${csp.join(' | ')}`);
    assert(!errors.length, `console errors: ${errors.join(' | ')}`);
    await p.locator(W).screenshot({ path: shotPath(`widget-${path.slice(1, -5)}`) });
    await context.close();
    // the look, on a wide screen (the widget at its own maximum width on every host)
    const wide = await open(path, { context: { viewport: { width: 1200, height: 900 }, isMobile: false, hasTouch: false } });
    await fillWidget(wide.page);
    looks[path] = { look: await widgetLook(wide.page), png: await wide.page.locator(W).screenshot() };
    await wide.context.close();
  });
}

// how many pixels of two PNGs differ (decoded by Chromium)
async function pixelDiff(a, b) {
  const { context, page: p } = await phone(browser);
  const r = await p.evaluate(async ([x, y]) => {
    const load = async (b64) => { const img = new Image(); img.src = `data:image/png;base64,${b64}`; await img.decode(); return img; };
    const [i, j] = [await load(x), await load(y)];
    if (i.width !== j.width || i.height !== j.height) return { size: '', count: -1, max: 0 };
    const px = (img) => { const c = new OffscreenCanvas(img.width, img.height); const g = c.getContext('2d'); g.drawImage(img, 0, 0); return g.getImageData(0, 0, img.width, img.height).data; };
    const [p, q] = [px(i), px(j)];
    let count = 0; let max = 0;
    for (let k = 0; k < p.length; k += 4) {
      const m = Math.max(Math.abs(p[k] - q[k]), Math.abs(p[k + 1] - q[k + 1]), Math.abs(p[k + 2] - q[k + 2]));
      if (m) { count++; max = Math.max(max, m); }
    }
    return { size: `${i.width}×${i.height}`, count, max };
  }, [a.toString('base64'), b.toString('base64')]);
  await context.close();
  return r;
}

await t.check('the widget looks the same on all three hosts (computed styles, size, pixels)', async () => {
  const base = looks['/plain.html'];
  for (const path of ['/csp.html', '/aggressive.html']) {
    const other = looks[path];
    assert(base && other, 'a host page failed above');
    const diff = base.look.els.filter((x, i) => x !== other.look.els[i]);
    assert(!diff.length, `${path}: styles differ:\n     ${diff.map((x, i) => `${x}\n     vs ${other.look.els[base.look.els.indexOf(x)]}`).slice(0, 4).join('\n     ')}`);
    assert(JSON.stringify(base.look.box) === JSON.stringify(other.look.box), `${path}: size ${other.look.box} vs ${base.look.box}`);
    const d = await pixelDiff(base.png, other.png);
    writeFileSync(shotPath(`widget-wide-${path.slice(1, -5)}`), other.png);
    // identical but for rounding noise: at most 20 pixels, each off by at most 8 of 255
    assert(d.size && d.count <= 20 && d.max <= 8, `${path}: ${d.count} of the widget's pixels differ from the plain host's (largest difference ${d.max}; ${d.size})`);
    console.log(`     ${path}: ${d.count} pixels of ${d.size} differ, by at most ${d.max}/255`);
  }
});

await t.check('the host page is unaffected by the widget', async () => {
  const bare = await open('/bare.html');
  await bare.page.waitForLoadState('load');
  const before = await hostLook(bare.page);
  await bare.context.close();
  const { context, page: p } = await open('/plain.html');
  await fillWidget(p);
  const after = await hostLook(p);
  assert(JSON.stringify(before) === JSON.stringify(after), `host styles changed:\n${before.join('\n')}\nvs\n${after.join('\n')}`);
  const doc = await p.evaluate(() => ({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length,
    styles: document.querySelectorAll('style').length, styled: document.querySelectorAll('[style]').length,
    added: [...document.head.children].filter((e) => e.tagName === 'SCRIPT').map((e) => e.src) }));
  assert(doc.sheets === 1 && doc.adopted === 0 && doc.styles === 0 && doc.styled === 0, `host document styles touched: ${JSON.stringify(doc)}`);
  assert(doc.added.every((s) => s.startsWith(SITE_ORIGIN)), `scripts added to the host: ${doc.added.join(' ')}`);
  await context.close();
});

await t.check('a wrong integrity stops the widget; a tampered engine stops it too', async () => {
  const bad = await open('/bad-sri.html');
  await bad.page.waitForTimeout(1500);
  assert(!(await bad.page.evaluate(() => !!customElements.get('wz-subsidy-check'))), 'the widget ran although its integrity is wrong');
  await bad.context.close();
  tamper = true;
  try {
    const { context, page: p } = await open('/plain.html');
    await p.locator(`${W} .err`).waitFor({ timeout: 15000 });
    assert(!(await p.evaluate(() => window.pwned)), 'a tampered wzsubsidy.js ran on the host page');
    includes(await p.locator(`${W} .err`).innerText(), '没能加载', 'failure message');
    await context.close();
  } finally { tamper = false; }
});

// ---- iframe ----
const frameHeight = (p) => p.evaluate(() => document.getElementById('wz-subsidy').getBoundingClientRect().height);
await t.check('iframe: resizes to its content, before and after a result; ignores other origins', async () => {
  const { context, page: p, errors } = await open('/iframe.html');
  const frame = p.frameLocator('#wz-subsidy');
  await frame.locator(`${W} #o`).waitFor({ timeout: 30000 });
  await p.waitForFunction(() => document.getElementById('wz-subsidy').getBoundingClientRect().height !== 640);
  const inner = () => p.frames().find((f) => f.url().includes('/embed.html')).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await p.waitForTimeout(300);
  let h1 = await frameHeight(p);
  assert(Math.abs(h1 - await inner()) <= 1, `iframe ${h1} px vs content ${await inner()} px`);
  await fillWidget(p, frame);
  await p.waitForFunction((h) => document.getElementById('wz-subsidy').getBoundingClientRect().height > h, h1);
  await p.waitForTimeout(300);
  const h2 = await frameHeight(p);
  assert(Math.abs(h2 - await inner()) <= 1, `after the result: iframe ${h2} px vs content ${await inner()} px`);
  includes(await frame.locator(`${W} .res`).innerText(), '¥1,600', 'result in the iframe');
  const scrolls = await p.frames().find((f) => f.url().includes('/embed.html')).evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
  assert(!scrolls, 'the iframe content scrolls inside the frame');
  // a message from another origin (the host itself, here) is ignored by the parent snippet
  await p.evaluate(() => window.postMessage({ type: 'wz-subsidy-height', height: 5 }, '*'));
  await p.waitForTimeout(300);
  assert(Math.abs(await frameHeight(p) - h2) <= 1, 'the parent accepted a height from an origin other than the embed');
  await p.screenshot({ path: shotPath('widget-iframe-host'), fullPage: false });
  assert(!errors.length, `console errors: ${errors.join(' | ')}`);
  await context.close();
});

await t.check('iframe: without a parent parameter it reports to the referrer origin', async () => {
  const { context, page: p } = await open('/iframe-noparent.html');
  await p.frameLocator('#wz-subsidy').locator(`${W} #o`).waitFor({ timeout: 30000 });
  await p.waitForFunction(() => document.getElementById('wz-subsidy').getBoundingClientRect().height !== 640, null, { timeout: 10000 });
  await context.close();
});

await t.check('iframe: with another parent origin, nothing reaches this page', async () => {
  const { context, page: p } = await open('/iframe-evil.html');
  await p.frameLocator('#wz-subsidy').locator(`${W} #o`).waitFor({ timeout: 30000 });
  await p.waitForTimeout(1000);
  assert(await frameHeight(p) === 640, `the iframe was resized to ${await frameHeight(p)} although the embed was told another parent`);
  const posted = await p.frames().find((f) => f.url().includes('/embed.html')).evaluate(() => document.body.getBoundingClientRect().height);
  assert(posted > 640, 'the embed content is not taller than the frame: the test proves nothing');
  await context.close();
});

await browser.close();
await site.close();
await host.close();
process.exit(t.done());
