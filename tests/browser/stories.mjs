#!/usr/bin/env node
// People's stories, filled in as a person would on a 390×844 phone: tap, type, choose.
// Each asserts the amounts and reasons on screen, and writes screenshots to build/screenshots/.
import { launch, phone, startServer, needSite, SITE, reporter, assert, includes, shotPath } from './lib.mjs';
import { fillIn, setApplicationDate, resultText } from './driver.mjs';

needSite();
const srv = await startServer({ dir: SITE });
const browser = await launch();
const t = reporter('stories');
const origin = new URL(srv.url).origin;

const man = { gender: '男', birth: '1985-06-01' };
const woman = { gender: '女', birth: '1990-03-15' };
const lucheng = { choice: '是，正在缴纳', district: '鹿城区' };
const notInsured = { choice: '没有' };
const INSTITUTION = '在温州的职业培训机构';
const SELF = '自学后自己报名';
const WZ = '温州市或所辖';
const NO = '否';

async function story(name, answers, check, { asOf = null, start = '#p=occ', shots = true } = {}) {
  await t.check(name, async () => {
    const { context, page, requests, errors } = await phone(browser);
    try {
      await page.goto(srv.url);
      await page.locator('a.start').tap();
      await page.waitForSelector('#o');
      if (start !== '#p=occ') await page.goto(srv.url + start);
      const asked = await fillIn(page, answers, { shots: shots ? name : null });
      if (asOf) {
        await page.waitForSelector('#asof');
        await setApplicationDate(page, asOf);
        asked.push('|', ...(await fillIn(page, answers)));
      }
      await page.waitForSelector('.pair');
      await page.screenshot({ path: shotPath(`${name}-result`) });
      const details = page.locator('.scheme');
      if (await details.count()) {
        await details.first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: shotPath(`${name}-result-2`) });
      }
      const closed = page.locator('.why:not([open]) summary');
      while (await closed.count()) await closed.first().tap(); // 为什么？
      await check(page, await resultText(page), asked);
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
      assert(!foreign.length, `requests left the origin: ${foreign.join(' ')}`);
      assert(!errors.length, `console errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
    }
  });
}

const card = (page, i) => page.locator('.pair .card').nth(i).innerText();
const telHrefs = (page) => page.locator('a.tel').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

// 1. A-category fitter, advanced level, trained at an institution in 鹿城区
await story('01-fitter-A-advanced', {
  occ: { type: 'qg', pick: '钳工' }, level: '高级', date: '2020-08-01', route: INSTITUTION, td: '鹿城区', issuer: WZ,
  me: man, ui: lucheng, months: 36, short: NO, hist: NO,
}, async (page, text, asked) => {
  includes(await card(page, 0), '¥2,400', 'OT card');
  includes(await card(page, 0), '可以申领', 'OT card');
  includes(await card(page, 0), 'A类', 'OT card');
  includes(await card(page, 1), '¥2,000', 'UI card');
  includes(text, '建议申领：职业资格培训补贴，比另一项多 ¥400');
  includes(text, '申领截止：2021-08-01（还剩 334 天）');
  const why = await page.locator('.why').first().innerText();
  includes(why, '钳工属于补贴目录A类', 'reasons');
  includes(why, '依据：附件1', 'reasons');
  await page.locator('.why').first().screenshot({ path: shotPath('01-fitter-A-advanced-why') });
  includes(text, '温州市就业创业训练指导中心');
  includes(text, '《温州市职业培训补贴申请表(单位)》');
  const hrefs = await telHrefs(page);
  assert(hrefs.includes('tel:+86-577-55566370'), `tel links: ${hrefs}`);
  assert(!asked.includes('hukou'), `hukou should not be asked of an insured urban worker: ${asked}`);
}, { asOf: '2020-09-01' });

// 2. B-category western pastry cook, intermediate: the UI scheme pays more
await story('02-pastry-B-ui-pays-more', {
  occ: { type: '西式面点', pick: '西式面点师' }, level: '中级', date: '2020-10-10', route: INSTITUTION, td: '瓯海区', issuer: WZ,
  me: woman, ui: { choice: '是，正在缴纳', district: '瓯海区' }, months: 40, short: NO, hist: NO, house: NO,
}, async (page, text) => {
  includes(await card(page, 0), '¥1,200', 'OT card');
  includes(await card(page, 1), '¥1,500', 'UI card');
  includes(text, '建议申领：失业保险技能提升补贴，比另一项多 ¥300');
  includes(text, '0577-88581557');
}, { asOf: '2021-01-20' });

// 3. Self-study electrician (found by the old name 维修电工), no unemployment insurance
await story('03-self-study-no-ui', {
  occ: { type: '维修电工', pick: '电工' }, level: '中级', date: '2021-02-01', route: SELF, issuer: WZ,
  me: man, ui: notInsured, hukou: '鹿城区', short: NO, hist: NO,
}, async (page, text) => {
  includes(await card(page, 0), '不能申领', 'OT card');
  includes(await card(page, 1), '不能申领', 'UI card');
  includes(text, '自学取得证书的，须在市区参加失业保险');
  includes(text, '须依法参加失业保险且申领时仍在缴费');
  includes(text, '目前两项补贴都不能直接申领');
}, { asOf: '2021-03-01' });

// 4. A worker insured in 乐清市 (a county city): consult, with 乐清's number to tap
await story('04-yueqing-consult', {
  occ: { type: '焊工', pick: '焊工' }, level: '中级', date: '2020-11-02', route: SELF, issuer: WZ,
  me: man, ui: { choice: '是，正在缴纳', district: '乐清市' }, months: 24, short: NO, hist: NO,
}, async (page, text) => {
  includes(await card(page, 0), '需向当地确认', 'OT card');
  includes(await card(page, 0), '¥1,600', 'OT card');
  includes(await card(page, 1), '¥1,500', 'UI card');
  includes(text, '乐清市不在市区');
  includes(text, '0577-61880263');
  const hrefs = await telHrefs(page);
  assert(hrefs.includes('tel:+86-577-61880263'), `tel links: ${hrefs}`);
}, { asOf: '2021-02-01' });

// 5. Special-ability certificate PLC编程 (found by typing plc), advanced level
await story('05-special-ability-plc', {
  occ: { type: 'plc', pick: 'PLC编程' }, level: '高级', date: '2021-04-01', route: INSTITUTION, td: '龙湾区', issuer: WZ,
  me: man, ui: notInsured, hukou: '龙湾区', public: NO, hist: NO,
}, async (page, text) => {
  includes(await card(page, 0), '¥800', 'OT card');
  includes(await card(page, 0), '专项能力', 'OT card');
  includes(await card(page, 1), '不能申领', 'UI card');
  includes(text, '“PLC编程”在专项职业能力证书参考目录（高级）中');
}, { asOf: '2021-05-01' });

// 6. Only 6 months of unemployment insurance: what would change it
await story('06-ui-six-months', {
  occ: { type: 'dg', pick: '电工' }, level: '中级', date: '2020-09-15', route: INSTITUTION, td: '鹿城区', issuer: WZ,
  me: man, ui: lucheng, months: 6, short: NO, hist: NO,
}, async (page, text) => {
  includes(await card(page, 0), '¥1,600', 'OT card');
  includes(await card(page, 1), '不能申领', 'UI card');
  includes(text, '若不是因为以下原因，可领 ¥1,500');
  includes(text, '累计缴纳失业保险费6个月，须满12个月（还差6个月）');
}, { asOf: '2020-10-01' });

// 7. A certificate from 2022, checked today: the 2020 edition has ended, whom to call
await story('07-certificate-2022-ended', {
  occ: { type: '电工', pick: '电工' }, level: '中级', date: '2022-03-01', route: INSTITUTION, td: '鹿城区', issuer: WZ,
  me: man, ui: lucheng, months: 30, short: NO, hist: NO,
}, async (page, text) => {
  includes(text, '这一版政策已于 2021-12-31 结束');
  includes(text, '温州市区职业技能提升行动培训补贴（2020年版）');
  includes(await card(page, 0), '不能申领', 'OT card');
  includes(text, '证书须在2020-05-01至2021-12-31期间核发');
  const hrefs = await page.locator('#ended a.tel').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert(hrefs.includes('tel:+86-577-55566370'), `ended notice phones: ${hrefs}`);
  assert(await page.locator('#asof').getAttribute('max') === '2021-12-31', 'asOf input bounded by the edition');
});

// 8. A graduate who studied in Wenzhou, not yet employed, no insurance, hukou outside Wenzhou
await story('08-graduate', {
  occ: { type: '茶艺', pick: '茶艺师' }, level: '初级', date: '2020-08-20', route: INSTITUTION, td: '鹿城区', issuer: WZ,
  me: woman, ui: notInsured, hukou: '温州以外', permit: NO, unemp: NO,
  grad: { choice: '是', left: '2020-06-30', inWenzhou: true }, public: NO, work: NO, short: NO, hist: NO, house: NO,
}, async (page, text, asked) => {
  includes(await card(page, 0), '¥800', 'OT card');
  includes(await card(page, 0), '可以申领', 'OT card');
  includes(await card(page, 0), 'C类', 'OT card');
  includes(text, '符合个人申领条件③');
  assert(asked.includes('grad'), `the graduate question should be asked: ${asked}`);
}, { asOf: '2020-09-10' });

// 9. "不清楚" how many months: both ways are shown
await story('09-months-unknown', {
  occ: { type: '汽车修理工', pick: '汽车维修工' }, level: '初级', date: '2021-03-01', route: INSTITUTION, td: '龙湾区', issuer: WZ,
  me: man, ui: { choice: '是，正在缴纳', district: '龙湾区' }, months: '?', short: NO, hist: NO,
}, async (page, text) => {
  const ui = await card(page, 1);
  includes(ui, '取决于您的回答', 'UI card');
  includes(ui, '可以申领 ¥1,000', 'UI card');
  includes(ui, '若已累计缴满12个月', 'UI card');
  includes(ui, '若不满12个月', 'UI card');
  includes(await card(page, 0), '¥1,200', 'OT card');
}, { asOf: '2021-04-01' });

// 10. A professional qualification (会计) typed freely: asked what kind of certificate it is
await story('10-professional-cert', {
  occ: { type: '会计' }, type: '专业技术人员职业资格', level: '中级', date: '2021-01-10', route: SELF, issuer: '浙江省',
  me: woman, ui: lucheng, months: 50, hist: NO,
}, async (page, text, asked) => {
  assert(asked.includes('type'), `the certificate type should be asked: ${asked}`);
  includes(text, '专业技术人员职业资格（如教师、法律、会计、新闻记者）不属于职业培训补贴范围');
  includes(await card(page, 1), '不能申领', 'UI card');
}, { asOf: '2021-02-01' });

// The link keeps the answers: opening it elsewhere gives the same result
await t.check('link reopens the same result', async () => {
  const a = await phone(browser);
  const url = `${srv.url}#o=钳工&k=A&l=高级&d=2020-08-01&r=institution&td=鹿城区&i=wenzhou-hrss&g=male&b=1985-06-01&ui=yes&ud=鹿城区&m=36&s=n&hi=n&a=2020-09-01&p=result`;
  await a.page.goto(url);
  await a.page.waitForSelector('.pair');
  const one = await a.page.locator('.pair').innerText();
  const b = await phone(browser);
  await b.page.goto(a.page.url());
  await b.page.waitForSelector('.pair');
  assert(one === await b.page.locator('.pair').innerText(), 'same link, different result');
  includes(one, '¥2,400');
  // the change link goes back to the question with the answer kept, and returns to the result
  await b.page.locator('.ans', { hasText: '等级' }).locator('a').tap();
  await b.page.waitForSelector('form.step');
  assert(await b.page.locator('input[value="高级"]').isChecked(), 'answer kept');
  await b.page.locator('.radio label', { hasText: '中级' }).tap();
  await b.page.locator('form.step button[type=submit]').tap();
  await b.page.waitForSelector('.pair');
  includes(await b.page.locator('.pair').innerText(), '¥1,600');
  await a.context.close(); await b.context.close();
});

// Print stylesheet and large text
await t.check('print and large text', async () => {
  const { context, page } = await phone(browser);
  await page.goto(`${srv.url}#o=西式面点师&k=B&l=中级&d=2020-10-10&r=institution&td=瓯海区&i=wenzhou-hrss&g=female&b=1990-03-15&ui=yes&ud=瓯海区&m=40&s=n&hi=n&hs=n&a=2021-01-20&p=result`);
  await page.waitForSelector('.pair');
  await page.locator('#big').tap();
  assert(await page.evaluate(() => document.documentElement.classList.contains('big')), 'large text on');
  assert(await page.locator('#big').getAttribute('aria-pressed') === 'true', 'toggle state');
  await page.screenshot({ path: shotPath('11-large-text') });
  await page.reload();
  await page.waitForSelector('.pair');
  assert(await page.evaluate(() => document.documentElement.classList.contains('big')), 'large text kept');
  await page.emulateMedia({ media: 'print' });
  assert(!(await page.locator('.actions').isVisible()), 'actions hidden in print');
  assert(!(await page.locator('header.top').isVisible()), 'header hidden in print');
  await page.screenshot({ path: shotPath('12-print'), fullPage: true });
  await context.close();
});

await browser.close();
await srv.close();
process.exit(t.done());
