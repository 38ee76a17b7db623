#!/usr/bin/env node
// The bureau's page (bureau.html) in Chromium: the catalogue amounts as in the seed (附件1),
// the special-ability lists (附件2), the class-scheme standards and key clauses with their
// sources, the institution directory (all rows in the printed order, search by occupation,
// filter by district, tap-to-call) against the CLI, the hotline table, the edition, print.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, phone, startServer, needSite, shotPath, SITE, ROOT, reporter, assert, includes } from './lib.mjs';

needSite();
const CLI = process.env.WZ_CLI || join(ROOT, 'build', 'bin', 'wzsubsidy');
const haveCli = existsSync(CLI);
const cli = (...args) => JSON.parse(spawnSync(CLI, args, { encoding: 'utf8' }).stdout);
const edition = JSON.parse(readFileSync(join(ROOT, 'data', 'edition.json'), 'utf8'));
const srv = await startServer({ dir: SITE });
const browser = await launch();
const t = reporter('bureau');
const { context, page, errors } = await phone(browser);
await page.goto(`${srv.url}bureau.html`);
await page.waitForSelector('#inst-list li');

const listed = () => page.locator('#inst-list li').evaluateAll((lis) => lis.map((li) => Number(li.dataset.no)));
async function search(q, d = '') {
  await page.fill('#inst-q', q);
  await page.selectOption('#inst-d', d);
  await page.waitForTimeout(50);
  return listed();
}

await t.check('edition and data date', async () => {
  const text = await page.locator('#edition').innerText();
  includes(text, edition.title, 'edition'); includes(text, edition.dataDate, 'edition');
  includes(text, `${edition.effective.from} 至 ${edition.effective.to}`, 'edition');
});

await t.check('catalogue amounts (附件1) and special-ability amounts and lists (附件2)', async () => {
  // from the seed, by hand: A 1200 1600 2400 3500 4500; B 1000 1200 1800 2800 3800; C 800 1000 1500 2500 3500
  const SEED = { A: [1200, 1600, 2400, 3500, 4500], B: [1000, 1200, 1800, 2800, 3800], C: [800, 1000, 1500, 2500, 3500] };
  const levels = ['初级', '中级', '高级', '技师', '高级技师'];
  for (const [cat, amounts] of Object.entries(SEED)) {
    for (const [i, level] of levels.entries()) {
      const cell = await page.locator(`td[data-cat="${cat}"][data-level="${level}"]`).innerText();
      assert(cell === `¥${amounts[i].toLocaleString('en')}`, `${cat} ${level}: ${cell}, seed says ${amounts[i]}`);
    }
  }
  assert(await page.locator('td[data-special="初级"]').innerText() === '¥600' && await page.locator('td[data-special="高级"]').innerText() === '¥800', 'special-ability 600/800');
  includes(await page.locator('#cat-A').innerText(), '制冷空调系统安装维修工', 'A list');
  includes(await page.locator('#cat-C').innerText(), '企业人力资源管理师', 'C list');
  includes(await page.locator('#special-初级 h3').innerText(), '96 项', 'special-ability 初级 list');
  includes(await page.locator('#special-高级').innerText(), '家庭教育指导', 'special-ability 高级 list');
  includes(await page.locator('.uplift').innerText(), '上浮 50%', 'shortage uplift');
});

await t.check('class-scheme standards and key clauses, with their sources', async () => {
  const row = (id) => page.locator(`tr[data-param="${id}"] td`).innerText();
  const SEED = { 'project.perHour': '¥25', 'project.cap': '¥2,000', 'project.upliftPercent': '30%', 'specialOperation.new': '¥500', 'specialOperation.renewal': '¥100',
    'preJobEnterprise.amount': '¥200', 'preJobEnterprise.minHours': '8 课时', 'preJobHousehold.amount': '¥200', 'apprenticeEmployee.cap': '¥6,000',
    'apprenticeEmployee.trainingOnlyPercent': '50%', 'apprenticeStudent.cap': '¥3,000', 'master.maxTrainees': '10', 'master.maxPeriods': '4',
    'entrepreneurship.amount.SYB': '¥1,000', 'entrepreneurship.amount.8+X': '¥1,500', 'entrepreneurship.maxTrainees': '50',
    'class.filingLeadDays': '5 日', 'ot.issueFrom': '2020-05-01', 'ot.applyLast': '2021-12-31', 'age.maxMale': '60 周岁', 'age.maxFemale': '50 周岁',
    'annual.maxSubsidies': '3', 'ui.minMonths': '12 个月', 'ui.amount.高级': '¥2,000' };
  for (const [id, want] of Object.entries(SEED)) {
    const got = (await row(id)).split('\n')[0].trim();
    assert(got === want, `${id}: ${got}, seed says ${want}`);
  }
  const projectQuote = await page.locator('#scheme-project details blockquote').first().textContent();
  includes(projectQuote, '每人每课时25元', 'project quote');
  includes(await page.locator('#scheme-project').innerText(), '办法 一(二)1', 'project source');
  includes(await page.locator('#channels').innerText(), '开班备案地人力社保部门', 'channels');
});

await t.check('institution directory: all rows, in the printed order, tap-to-call', async () => {
  const all = await listed();
  const expected = haveCli ? cli('institutions').map((r) => r.no) : null;
  assert(all.length === 113, `${all.length} rows, the directory has 113`);
  if (expected) assert(JSON.stringify(all) === JSON.stringify(expected), 'rows not in the order of the directory');
  for (let i = 1; i < all.length; i++) assert(all[i] > all[i - 1], `row ${all[i]} after ${all[i - 1]}`);
  includes(await page.locator('#inst-n').innerText(), '113', 'count');
  const href = await page.locator('#inst-list li[data-no="1"] a.tel').first().getAttribute('href');
  assert(href === 'tel:+86-577-88256177', `first phone ${href}`);
});

await t.check('search by occupation and filter by district = the CLI', async () => {
  for (const [q, d] of [['育婴员', ''], ['电工', ''], ['', '鹿城区'], ['电工', '瓯海区'], ['美容', ''], ['不存在的工种', '']]) {
    const got = await search(q, d);
    if (haveCli) {
      const want = cli('institutions', ...(q ? ['--occupation', q] : []), ...(d ? ['--district', d] : [])).map((r) => r.no);
      for (const no of want) assert(got.includes(no), `${q}/${d}: row ${no} of the CLI is missing`);
      if (q !== '电工') assert(JSON.stringify(got) === JSON.stringify(want), `${q}/${d}: ${got.join(',')} vs CLI ${want.join(',')}`);
    }
    includes(await page.locator('#inst-n').innerText(), `显示 ${got.length} 家`, 'count');
  }
  const none = await search('', '-');
  const rows = haveCli ? cli('institutions') : [];
  if (haveCli) assert(none.length === rows.filter((r) => !r.district).length, `rows without a district: ${none.length}`);
  // an old name finds the catalogue name's institutions
  const old = await search('维修电工');
  const cur = await search('电工');
  for (const no of cur) assert(old.includes(no), `维修电工 misses row ${no} of 电工`);
  await search('', '');
});

await t.check('hotline table: 15 districts, 0577, tap-to-call', async () => {
  const rows = await page.locator('table.hotlines tbody tr').count();
  assert(rows === 15, `${rows} rows`);
  const lc = await page.locator('tr[data-district="鹿城区"] a.tel').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  assert(JSON.stringify(lc) === JSON.stringify([['tel:+86-577-55566370', '0577-55566370'], ['tel:+86-577-55566350', '0577-55566350']]), `鹿城区 ${JSON.stringify(lc)}`);
  includes(await page.locator('tr[data-district="泰顺县"]').innerText(), '0577-59283811', '泰顺县');
});

await t.check('links to the other pages; printable', async () => {
  const links = await page.locator('header + .site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert(JSON.stringify(links) === JSON.stringify(['index.html', 'bureau.html', 'calculator.html', 'embed-guide.html']), `nav ${links}`);
  await page.screenshot({ path: shotPath('bureau-top'), fullPage: false });
  await page.emulateMedia({ media: 'print' });
  assert(!(await page.locator('.filters').isVisible()) && !(await page.locator('#print').isVisible()), 'controls are printed');
  assert(await page.locator('#inst-list li').count() === 113, 'the printed directory is not complete');
  await page.screenshot({ path: shotPath('bureau-print'), fullPage: false });
  await page.emulateMedia({ media: 'screen' });
  assert(!errors.length, `console errors: ${errors.join(' | ')}`);
});

await context.close();
await browser.close();
await srv.close();
process.exit(t.done());
