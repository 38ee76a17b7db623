#!/usr/bin/env node
// The class and roster calculator (calculator.html) in Chromium, through its UI: each of the
// eight class schemes with a pasted roster, asserting what is on the screen against amounts
// derived by hand from the seed (办法 一(二)–(六), 附件1) and against the CLI's roster mode
// (`wzsubsidy class --roster … --csv`); a 200-row roster with bad rows; the CSV template and
// the CSV download.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, phone, startServer, needSite, shotPath, SITE, ROOT, reporter, assert } from './lib.mjs';
import { person, toCsv, badCheck, idNumber } from './roster-data.mjs';

needSite();
const CLI = process.env.WZ_CLI || join(ROOT, 'build', 'bin', 'wzsubsidy');
const haveCli = existsSync(CLI);
if (!haveCli) console.log(`note: ${CLI} is missing: the comparisons with the CLI are skipped`);
const TMP = mkdtempSync(join(tmpdir(), 'wz-calc-'));
const AS_OF = '2021-05-01';
const CLASS = { district: '鹿城区', filedDate: '2021-03-20', startDate: '2021-04-01' };

function cli(args, csv) {
  const file = join(TMP, `r${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, csv);
  const r = spawnSync(CLI, ['class', '--roster', file, '--as-of', AS_OF, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { json: r.stdout.trim().startsWith('{') ? JSON.parse(r.stdout) : null, text: r.stdout, status: r.status };
}
const cliArgs = (f) => ['--scheme', f.scheme, '--organizer-type', f.type, '--district', f.district, '--filed', f.filedDate, '--start', f.startDate,
  ...(f.hours ? ['--hours', f.hours] : []), ...(f.course ? ['--course', f.course] : []), ...(f.periodInYear ? ['--period', f.periodInYear] : []),
  ...(f.renewal ? ['--renewal'] : []), ...(f.commissioned ? ['--commissioned'] : []), ...(f.qualifiedEnterprise ? ['--qualified'] : []),
  ...(f.uplift30 ? ['--uplift30'] : []), ...(f.studioHostedBySchool ? ['--hosted-by-school'] : [])];

// a roster: header + rows, each row prefixed with a name and a valid ID number
const roster = (header, rows) => toCsv([['姓名', '身份证号', ...header], ...rows.map((r, i) => [person(i).name, person(i).id, ...r])]);

// expected amounts are worked out from the seed by hand (see each note)
const CASES = [
  { name: 'project: 24 hours, college', form: { scheme: 'project', type: 'college', hours: '24' },
    note: '办法 一(二)1: 25 元 × 24 课时 = 600; not passed → 0',
    csv: roster(['合格'], [['是'], ['是'], ['否']]), amounts: [600, 600, 0], total: 1200, status: '可以申领', codes: { 3: ['not-passed'] } },
  { name: 'project: 100 hours, qualified enterprise, uplift 30%', form: { scheme: 'project', type: 'enterprise', hours: '100', qualifiedEnterprise: true, uplift30: true },
    note: 'min(25 × 100, 2000) × 1.3 = 2600',
    csv: roster(['合格'], [['是'], ['是']]), amounts: [2600, 2600], total: 5200, status: '可以申领' },
  { name: 'special-operation: new certificates, filed 2 days before', form: { scheme: 'special-operation', type: 'institution', filedDate: '2021-03-30' },
    note: '附件1: 新证 500; 办法 三(一): filing < 5 days before the start is late (a warning)',
    csv: roster(['合格'], [['是'], ['是'], ['否']]), amounts: [500, 500, 0], total: 1000, status: '可以申领', warnings: ['late-filing'] },
  { name: 'pre-job-enterprise: a new hire and an old one', form: { scheme: 'pre-job-enterprise', type: 'enterprise', hours: '8' },
    note: '办法 一(三)1: 200 within 12 months of the contract; hired 2019-06-01 → not a new hire',
    csv: roster(['合格', '录用日期'], [['是', '2021-01-15'], ['是', '2019-06-01'], ['是', '2020/6/1']]), amounts: [200, 0, 200], total: 400, status: '可以申领', codes: { 2: ['not-new-hire'] } },
  { name: 'pre-job-household: 8 hours', form: { scheme: 'pre-job-household', type: 'institution', hours: '8' },
    note: '办法 一(三)2: 200 each',
    csv: roster(['合格'], [['是'], ['是']]), amounts: [200, 200], total: 400, status: '可以申领' },
  { name: 'apprentice-employee: fees and certificates', form: { scheme: 'apprentice-employee', type: 'enterprise' },
    note: '办法 一(四): 3333.33 training-only → 1666.67 (half, rounded half-up); 5000 → max(3000, 4000) = 4000; 12000 → min(7200, 6000) = 6000; 8000 training-only → 4800 / 2 = 2400; none → 0',
    csv: roster(['合格', '证书', '培训费'], [['是', '仅培训合格证书', '3333.33'], ['是', '两证', '5000'], ['是', 'both', '12000'], ['是', 'training-only', '8000'], ['是', '无', '5000']]),
    amounts: [1666.67, 4000, 6000, 2400, 0], total: 14066.67, status: '可以申领' },
  { name: 'apprentice-student: allowances', form: { scheme: 'apprentice-student', type: 'enterprise' },
    note: '办法 一(四): allowance up to 3000 with a contract and insurance; none without',
    csv: roster(['合格', '津贴', '合同和社保'], [['是', '2500', '是'], ['是', '3600', '是'], ['是', '2000', '否']]), amounts: [2500, 3000, 0], total: 5500, status: '可以申领' },
  { name: 'master-apprentice: catalogue amounts, shortage', form: { scheme: 'master-apprentice', type: 'master-studio', periodInYear: '1' },
    note: '办法 一(五), 附件1: 电工 中级 A 1600; 电工 高级 A 2400 × 1.5 (紧缺) = 3600; 美容师 初级 B 1000; 育婴员 中级 C 1000',
    csv: roster(['合格', '职业', '等级', '紧缺'], [['是', '电工', '中级', '否'], ['是', '电工', '高级', '是'], ['是', '美容师', '初级', '否'], ['是', '育婴员', '中级', '否']]),
    amounts: [1600, 3600, 1000, 1000], total: 7200, status: '可以申领' },
  { name: 'entrepreneurship: SYB', form: { scheme: 'entrepreneurship', type: 'institution', course: 'SYB', hours: '64' },
    note: '办法 一(六): SYB 1000 each',
    csv: roster(['合格'], [['是'], ['是'], ['是']]), amounts: [1000, 1000, 1000], total: 3000, status: '可以申领' },
  { name: 'entrepreneurship: "8+X"', form: { scheme: 'entrepreneurship', type: 'institution', course: '8+X', hours: '168' },
    note: '办法 一(六): 8+X 1500 each',
    csv: roster(['合格'], [['是'], ['否']]), amounts: [1500, 0], total: 1500, status: '可以申领', codes: { 2: ['not-passed'] } },
  { name: 'master-apprentice: 5th period of the year, 11 trainees', form: { scheme: 'master-apprentice', type: 'master-studio', periodInYear: '5' },
    note: '办法 一(五): 每年不超过4期 (the class is not paid), 每期一般不超过10人 (a warning)',
    csv: roster(['合格', '职业', '等级'], Array.from({ length: 11 }, () => ['是', '电工', '中级'])), total: 0, status: '不能申领', warnings: ['period-limit', 'class-size'] },
  { name: 'entrepreneurship: IYB, 51 trainees', form: { scheme: 'entrepreneurship', type: 'institution', course: 'IYB', hours: '64' },
    note: '办法 一(六): IYB 1000 each; 一般每班不超过50人 (a warning)',
    csv: roster(['合格'], Array.from({ length: 51 }, () => ['是'])), amounts: Array(51).fill(1000), total: 51000, status: '可以申领', warnings: ['class-size'] },
];

const yuan = (n) => `¥${Number(n).toLocaleString('zh-CN', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
const CHECKS = ['renewal', 'qualifiedEnterprise', 'commissioned', 'uplift30', 'studioHostedBySchool'];
const SELECTS = ['scheme', 'type', 'district', 'course'];

const srv = await startServer({ dir: SITE });
const browser = await launch();
const t = reporter('calculator');

async function open() {
  const p = await phone(browser, { context: { acceptDownloads: true } });
  await p.page.goto(`${srv.url}calculator.html`);
  await p.page.waitForSelector('#scheme', { timeout: 60000 }).catch(async (e) => {
    throw new Error(`${e.message.split('\n')[0]}\n     page: ${(await p.page.locator('#main').innerText()).slice(0, 300)}\n     console: ${p.errors.join(' | ')}`);
  });
  return p;
}
async function fillClass(page, f) {
  for (const k of ['scheme', 'type', 'district']) await page.selectOption(`#${k}`, f[k]);
  for (const k of ['filedDate', 'startDate']) await page.fill(`#${k}`, f[k]);
  for (const [k, v] of Object.entries(f)) {
    if (['scheme', 'type', 'district', 'filedDate', 'startDate'].includes(k)) continue;
    if (CHECKS.includes(k)) { if (v) await page.check(`#${k}`); } else if (SELECTS.includes(k)) await page.selectOption(`#${k}`, v);
    else await page.fill(`#${k}`, String(v));
  }
  await page.fill('#asOf', AS_OF);
}
async function compute(page, csv) {
  await page.fill('#paste', csv);
  await page.click('#run');
  await page.waitForSelector('#total');
}
const screen = (page) => page.evaluate(() => ({
  total: document.querySelector('#total')?.textContent,
  status: document.querySelector('#class-status')?.textContent,
  bad: document.querySelector('#n-bad')?.textContent,
  rows: [...document.querySelectorAll('.trainees tbody tr')].map((tr) => ({ row: Number(tr.dataset.row), amount: tr.querySelector('td.amt').textContent,
    bad: tr.classList.contains('bad'), codes: [...tr.querySelectorAll('[data-code]')].map((li) => li.dataset.code) })),
  notes: [...document.querySelectorAll('#class-notes [data-code]')].map((li) => li.dataset.code),
}));

for (const c of CASES) {
  await t.check(c.name, async () => {
    const { context, page, errors } = await open();
    const f = { ...CLASS, ...c.form };
    await fillClass(page, f);
    await compute(page, c.csv);
    const s = await screen(page);
    assert(s.total === yuan(c.total), `total on screen ${s.total}, expected ${yuan(c.total)} (${c.note})`);
    assert(s.status === c.status, `status ${s.status}, expected ${c.status}`);
    const amounts = s.rows.map((r) => r.amount);
    if (c.amounts) assert(JSON.stringify(amounts) === JSON.stringify(c.amounts.map(yuan)), `per-trainee ${amounts.join(' ')}, expected ${c.amounts.map(yuan).join(' ')} (${c.note})`);
    for (const [row, codes] of Object.entries(c.codes || {})) {
      const got = s.rows.find((r) => r.row === Number(row))?.codes || [];
      for (const code of codes) assert(got.includes(code), `row ${row}: flags ${got.join(',')} lack ${code}`);
    }
    for (const w of c.warnings || []) assert(s.notes.includes(w), `class notes ${s.notes.join(',')} lack ${w}`);
    if (haveCli) {
      const n = cli(cliArgs(f), c.csv).json;
      assert(n?.ok, 'the CLI did not answer');
      assert(yuan(n.total) === s.total, `CLI total ${n.total} vs screen ${s.total}`);
      assert(JSON.stringify(n.perTrainee.map((x) => yuan(x.amount))) === JSON.stringify(amounts), 'CLI per-trainee amounts differ from the screen');
    }
    assert(!errors.length, `console errors: ${errors.join(' | ')}`);
    if (c === CASES[5]) await page.screenshot({ path: shotPath('calculator-result-apprentice'), fullPage: true });
    await context.close();
  });
}

await t.check('fields are asked only when the engine needs them', async () => {
  const { context, page } = await open();
  const visible = (id) => page.locator(`#f-${id}`).isVisible();
  await page.selectOption('#scheme', 'special-operation');
  await page.selectOption('#type', 'institution');
  assert(await visible('renewal') && !(await visible('hours')) && !(await visible('course')), 'special-operation: renewal shown, hours and course hidden');
  await page.selectOption('#scheme', 'entrepreneurship');
  assert(await visible('course') && !(await visible('renewal')), 'entrepreneurship: course shown');
  await page.selectOption('#scheme', 'project');
  await page.selectOption('#type', 'enterprise');
  assert(await visible('hours') && await visible('qualifiedEnterprise') && !(await visible('commissioned')), 'project/enterprise: hours and qualified enterprise');
  await page.selectOption('#type', 'institution');
  assert(await visible('commissioned') && !(await visible('qualifiedEnterprise')), 'project/institution: commissioned');
  await page.selectOption('#scheme', 'master-apprentice');
  await page.selectOption('#type', 'master-studio');
  assert(await visible('periodInYear') && await visible('studioHostedBySchool'), 'master: period and school-hosted studio');
  await context.close();
});

// 200 rows: 196 good (5000 both → 4000), and four bad rows
const BAD = { 17: 'invalid-id-number', 50: 'duplicate-id', 100: 'age-out-of-range', 150: 'invalid-row' };
function bigRoster(n) {
  const rows = [['姓名', '身份证号', '合格', '证书', '培训费']];
  for (let i = 0; i < n; i++) {
    const p = person(i);
    rows.push([p.name, p.id, '是', '两证', '5000']);
  }
  rows[17][1] = badCheck(rows[17][1]);
  rows[50][1] = rows[3][1];
  rows[100][1] = idNumber('1951-01-01', 101);
  rows[150][4] = '五千';
  return toCsv(rows);
}

await t.check('200-row roster with bad rows: total, exactly the bad rows flagged, CSV download = CLI', async () => {
  const { context, page } = await open();
  const f = { ...CLASS, scheme: 'apprentice-employee', type: 'enterprise' };
  await fillClass(page, f);
  const csv = bigRoster(200);
  await compute(page, csv);
  const s = await screen(page);
  assert(s.total === yuan(196 * 4000), `total ${s.total}, expected ${yuan(196 * 4000)} (196 × min(max(0.6 × 5000, 4000), 6000))`);
  assert(s.rows.length === 200, `${s.rows.length} rows on screen`);
  const bad = s.rows.filter((r) => r.bad).map((r) => r.row);
  assert(JSON.stringify(bad) === JSON.stringify(Object.keys(BAD).map(Number)), `flagged rows ${bad.join(',')}, expected ${Object.keys(BAD).join(',')}`);
  for (const [row, code] of Object.entries(BAD)) {
    const r = s.rows.find((x) => x.row === Number(row));
    assert(r.codes.includes(code) && r.amount === '¥0', `row ${row}: ${r.amount} ${r.codes.join(',')}, expected ¥0 with ${code}`);
  }
  assert(s.bad === '4 行', `bad count ${s.bad}`);
  await page.check('#only-bad');
  const shown = await page.locator('.trainees tbody tr:visible').count();
  assert(shown === 4, `only-bad filter shows ${shown} rows`);
  await page.screenshot({ path: shotPath('calculator-200-rows'), fullPage: false });
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const got = readFileSync(await dl.path(), 'utf8');
  assert(got.startsWith('\uFEFF'), 'the download has no UTF-8 BOM');
  const lines = got.slice(1).trim().split('\r\n');
  assert(lines.length === 202, `download has ${lines.length} lines (header + 200 + total)`);
  assert(lines[0] === '"姓名","身份证号","合格","证书","培训费","补贴金额（元）","说明"', `download header ${lines[0]}`);
  assert(lines[201].startsWith('"合计","","","","","784000"'), `download total line ${lines[201]}`);
  assert(/"0","[^"]*校验位/.test(lines[17]), `download row 17: ${lines[17]}`);
  if (haveCli) {
    const n = cli([...cliArgs(f), '--csv'], csv);
    assert(n.status === 0, `CLI exit ${n.status}`);
    assert(got === n.text, `the browser's CSV differs from the CLI's --csv:\n${got.slice(0, 400)}\n---\n${n.text.slice(0, 400)}`);
  }
  await context.close();
});

await t.check('template download = CLI template; upload of a file; malformed CSV keeps the other rows', async () => {
  const { context, page } = await open();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#template')]);
  const tpl = readFileSync(await dl.path(), 'utf8');
  assert(tpl.startsWith('\uFEFF姓名,身份证号'), `template: ${tpl.slice(0, 40)}`);
  if (haveCli) assert(tpl.slice(1) === spawnSync(CLI, ['class', '--template'], { encoding: 'utf8' }).stdout, 'template differs from the CLI');
  await fillClass(page, { ...CLASS, scheme: 'pre-job-household', type: 'institution', hours: '8' });
  // a file with a BOM, an unterminated quote in the last row
  const text = `\uFEFF${toCsv([['姓名', '身份证号', '合格'], [person(0).name, person(0).id, '是'], [person(1).name, person(1).id, '是']])}"${person(2).name},${person(2).id},是\r\n`;
  await page.setInputFiles('#file', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.waitForFunction(() => document.querySelector('#paste').value.includes('学员1'));
  await page.click('#run');
  await page.waitForSelector('#total');
  const s = await screen(page);
  assert(s.rows.length >= 2 && s.rows[0].amount === '¥200' && s.rows[1].amount === '¥200', `first two rows ${JSON.stringify(s.rows.slice(0, 2))}`);
  assert(await page.locator('#parse-errors li').count() >= 1, 'no CSV format problem reported for the unterminated quote');
  await context.close();
});

await t.check('a roster saved as GB18030 (a spreadsheet on a Chinese system): read as the CLI reads it; a header nobody knows is an error', async () => {
  const text = toCsv([['姓名', '身份证号', '合格'], [person(0).name, person(0).id, '是'], [person(1).name, person(1).id, '否']]);
  const gb = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
  assert(gb.status === 0 && gb.stdout.length > 0, `iconv: ${gb.stderr}`);
  assert(!gb.stdout.equals(Buffer.from(text, 'utf8')), 'the GB18030 bytes differ from the UTF-8 ones');
  const { context, page } = await open();
  await fillClass(page, { ...CLASS, scheme: 'pre-job-household', type: 'institution', hours: '8' });
  await page.setInputFiles('#file', { name: 'roster.csv', mimeType: 'text/csv', buffer: gb.stdout });
  await page.waitForFunction(() => document.querySelector('#paste').value.includes('身份证号'));
  assert((await page.locator('#paste').inputValue()).includes(person(1).name), 'the names are decoded');
  await page.click('#run');
  await page.waitForSelector('#total');
  const s = await screen(page);
  assert(s.rows.length === 2 && s.rows[0].amount === '¥200' && s.rows[1].amount === '¥0', `rows ${JSON.stringify(s.rows)}`);
  if (haveCli) {
    const file = join(TMP, 'gb18030.csv');
    writeFileSync(file, gb.stdout);
    const n = spawnSync(CLI, ['class', '--roster', file, '--as-of', AS_OF, ...cliArgs({ ...CLASS, scheme: 'pre-job-household', type: 'institution', hours: '8' })], { encoding: 'utf8' });
    const j = JSON.parse(n.stdout);
    assert(j.ok && j.total === 200 && j.perTrainee.length === 2, `CLI on the GB18030 file: ${n.stdout.slice(0, 300)}`);
  }
  // a first row naming no column the roster knows: the engine says so (not a class of nobody)
  await page.locator('#paste').fill('foo,bar\n1,2\n');
  await page.click('#run');
  await page.waitForSelector('ul.errors li');
  const err = await page.locator('ul.errors').innerText();
  assert(err.includes('没有一列能识别') && err.includes('姓名'), `error shown: ${err}`);
  await page.screenshot({ path: shotPath('calculator-unknown-header') });
  await context.close();
});

await browser.close();
await srv.close();
process.exit(t.done());
