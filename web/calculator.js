// The class and roster calculator: a class (scheme, organizer, dates, hours …) and a roster
// CSV (papaparse) go to the engine's evaluateRoster; the page shows the engine's answer per
// trainee and per class and writes it back as CSV (the same layout as `wzsubsidy class
// --roster … --csv`). Which class fields are shown is decided by asking the engine whether
// the field is required or changes its answer; every amount, status, flag and message on
// the screen is the engine's.
import Wz from './engine.js';
import { $, h, money, tel, STATUS, loadFailed, dataNote, editionText, serviceWorker } from './ui.js';

const main = $('#main');
const form = $('#cls');
const SCHEMES = [['project', '项目制培训'], ['special-operation', '特种作业和特种设备作业人员安全技能培训'],
  ['pre-job-enterprise', '企业岗前技能培训'], ['pre-job-household', '家政服务人员岗前培训'],
  ['apprentice-employee', '企业新型学徒制：职工学徒'], ['apprentice-student', '企业新型学徒制：学生学徒'],
  ['master-apprentice', '技能大师工作室以师带徒'], ['entrepreneurship', '创业培训']];
const ORGANIZERS = [['enterprise', '企业'], ['institution', '职业培训机构'], ['college', '高等院校'], ['master-studio', '技能大师工作室']];
const COURSES = [['SYB', 'SYB（创办你的企业）'], ['IYB', 'IYB（改善你的企业）'], ['internet-plus', '“互联网+”创业培训'],
  ['online', '网上创业培训'], ['8+X', '“8+X”模拟公司创业实训']];
const RESULT_COLUMNS = ['补贴金额（元）', '说明'];
const CHUNK = 250;

// optional class fields: shown when the engine needs them or they change its answer
const OPTIONAL = [
  { id: 'hours', path: 'class.hours', label: '培训课时', type: 'number', probe: [4, 100] },
  { id: 'course', path: 'class.course', label: '创业培训项目', options: COURSES, probe: ['SYB', '8+X'] },
  { id: 'periodInYear', path: 'class.periodInYear', label: '本期是今年的第几期', type: 'number', probe: [1, 99] },
  { id: 'renewal', path: 'class.renewal', label: '复审培训', check: true },
  { id: 'qualifiedEnterprise', path: 'organizer.qualifiedEnterprise', label: '规模以上企业、重点产业所列企业或相关特定企业，已经失业保险缴费地人力社保部门备案', check: true },
  { id: 'commissioned', path: 'organizer.commissioned', label: '受行业主管部门委托承办', check: true },
  { id: 'uplift30', path: 'organizer.uplift30', label: '受经贸摩擦影响的企业或五大战略性新兴产业等特定企业', check: true },
  { id: 'studioHostedBySchool', path: 'organizer.studioHostedBySchool', label: '工作室依托院校或职业培训机构建立', check: true },
];
// one trainee with every field filled, to ask the engine about the class fields
const probeTrainee = (start) => ({ passed: true, certificate: 'both', fee: 5000, allowance: 2500, contractAndInsurance: true,
  hiredDate: start, occupation: '电工', level: '中级' });

const val = (id) => (form.elements[id]?.value ?? '').trim();
const checked = (id) => !!form.elements[id]?.checked;

function setPath(req, path, v) {
  const [a, b] = path.split('.');
  req[a] = req[a] || {};
  req[a][b] = v;
}

// the class request from the form; `over` sets or removes fields (for probing)
function classRequest(over = {}, forProbe = false) {
  const req = { kind: 'class', scheme: val('scheme'), organizer: { type: val('type'), district: val('district') },
    class: { filedDate: val('filedDate'), startDate: val('startDate') } };
  if (forProbe) {
    req.organizer.type ||= 'enterprise';
    req.organizer.district ||= form.elements.district.options[1]?.value;
    req.class.filedDate ||= '2021-03-01';
    req.class.startDate ||= '2021-04-01';
  }
  for (const f of OPTIONAL) {
    const el = form.elements[f.id];
    if (!el || el.closest('[hidden]')) continue;
    if (f.check) { if (el.checked) setPath(req, f.path, true); } else if (el.value.trim() !== '') {
      setPath(req, f.path, f.type === 'number' ? Number(el.value) : el.value.trim());
    }
  }
  for (const [path, v] of Object.entries(over)) {
    const [a, b] = path.split('.');
    if (v === undefined) delete req[a]?.[b]; else setPath(req, path, v);
  }
  if (val('asOf')) req.asOf = val('asOf');
  for (const k of Object.keys(req.class)) if (req.class[k] === '') delete req.class[k];
  for (const k of Object.keys(req.organizer)) if (req.organizer[k] === '') delete req.organizer[k];
  return req;
}
const sig = (r) => (r.ok ? [r.status, r.total, ...r.reasons.map((x) => x.code), ...r.warnings.map((x) => x.code),
  ...r.perTrainee.flatMap((t) => [t.amount, ...t.reasons.map((x) => x.code)])].join('|') : (r.errors || []).map((e) => `${e.code}:${e.path}`).join('|'));

// the form as it is, with a value for every field the engine reports missing
function probeBase() {
  const base = classRequest({}, true);
  const errs = Wz.evaluate({ ...base, trainees: [probeTrainee(base.class.startDate)] }).errors || [];
  for (const f of OPTIONAL) if (errs.some((e) => e.path === f.path)) setPath(base, f.path, f.check ? true : f.probe[f.probe.length - 1]);
  return base;
}

function relevant(f, base) {
  if (!val('scheme')) return false;
  const ask = (v) => {
    const r = structuredClone(base);
    const [a, b] = f.path.split('.');
    if (v === undefined) delete r[a][b]; else r[a][b] = v;
    r.trainees = [probeTrainee(r.class.startDate)];
    return Wz.evaluate(r);
  };
  const absent = ask(undefined);
  if ((absent.errors || []).some((e) => e.path === f.path)) return true;
  const values = f.check ? [true] : f.probe;
  const seen = new Set([sig(absent)]);
  for (const v of values) seen.add(sig(ask(v)));
  return seen.size > 1;
}

function reveal() {
  const base = val('scheme') ? probeBase() : null;
  for (const f of OPTIONAL) $(`#f-${f.id}`).hidden = !relevant(f, base);
}

function buildForm(cat) {
  const sel = (id, list, first = '请选择') => h('select', { id, name: id }, h('option', { value: '' }, first), list.map(([v, t]) => h('option', { value: v }, t)));
  const field = (id, label, control, hint) => h('div', { id: `f-${id}`, class: 'fld' }, h('label', { class: 'field', for: id }, label),
    hint ? h('p', { class: 'hint', id: `${id}-h` }, hint) : null, control);
  const described = (el, id) => { el.setAttribute('aria-describedby', `${id}-h`); return el; };
  const optional = OPTIONAL.map((f) => (f.check
    ? h('div', { id: `f-${f.id}`, class: 'check' }, h('input', { type: 'checkbox', id: f.id, name: f.id }), h('label', { for: f.id }, f.label))
    : field(f.id, f.label, f.options ? sel(f.id, f.options) : h('input', { type: 'number', id: f.id, name: f.id, min: 0, step: 1, inputmode: 'numeric', class: 'short' }))));
  form.replaceChildren(
    h('h2', null, '班级信息'),
    field('scheme', '补贴项目', sel('scheme', SCHEMES)),
    field('type', '培训主体', sel('type', ORGANIZERS)),
    field('district', '开班备案地或失业保险缴费地', described(sel('district', cat.districts.map((d) => [d.name, d.name])), 'district'), '决定向哪里申领和咨询电话。'),
    h('div', { class: 'row2' },
      field('filedDate', '开班备案日期', h('input', { type: 'date', id: 'filedDate', name: 'filedDate' })),
      field('startDate', '开班日期', h('input', { type: 'date', id: 'startDate', name: 'startDate' }))),
    ...optional,
    field('asOf', '申领日期', described(h('input', { type: 'date', id: 'asOf', name: 'asOf' }), 'asOf'), '留空为今天。'));
  form.addEventListener('change', reveal);
  form.addEventListener('input', (e) => { if (e.target.type === 'number') reveal(); });
  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
  reveal();
}

// ---- the roster: file or paste, papaparse ----
async function readFile(file) {
  const buf = await file.arrayBuffer();
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch {
    return new TextDecoder('gb18030').decode(buf); // a spreadsheet saved as "CSV" on a Chinese system
  }
}

function parseRoster(text) {
  const res = window.Papa.parse(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  // a guessed delimiter (comma, or tab when pasted from a spreadsheet) is not a problem of a row
  return { rows: res.data, errors: (res.errors || []).filter((e) => e.type !== 'Delimiter') };
}

// ---- the result ----
let last = null; // {rows, response}

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

function resultCsv(rows, res) {
  const header = [...rows[0], ...RESULT_COLUMNS];
  const width = rows[0].length;
  const out = [header];
  for (const t of res.perTrainee) {
    const row = rows[t.row] ? rows[t.row].slice(0, width) : [];
    while (row.length < width) row.push('');
    out.push([...row, String(t.amount), t.reasons.map((r) => r.message).join('；')]);
  }
  const lastRow = new Array(header.length).fill('');
  lastRow[0] = '合计';
  lastRow[header.length - 2] = String(res.total);
  lastRow[header.length - 1] = [...res.warnings, ...res.reasons].map((r) => r.message).join('；');
  out.push(lastRow);
  return `\uFEFF${window.Papa.unparse(out, { quotes: true, newline: '\r\n' })}\r\n`;
}

function download(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function render(rows, parseErrors, res, cat) {
  const box = $('#result');
  box.hidden = false;
  if (!res.ok) {
    box.replaceChildren(h('h2', { id: 'result-h', tabindex: -1 }, '请先补充或修改'),
      h('ul', { class: 'errors' }, (res.errors || []).map((e) => h('li', null, e.message))));
    box.querySelector('h2').focus();
    return;
  }
  const head = rows[0].map((c) => c.trim());
  const col = (...names) => head.findIndex((c) => names.includes(c));
  const nameCol = col('姓名', 'name');
  const idCol = col('身份证号', 'idNumber');
  const bad = res.perTrainee.filter((t) => t.reasons.some((r) => r.effect === 'fail'));
  const paid = res.perTrainee.filter((t) => t.amount > 0);
  const ed = res.edition || {};
  const ap = res.apply || {};
  const onlyBad = h('input', { type: 'checkbox', id: 'only-bad', name: 'only-bad' });
  // the rows as one HTML string (text escaped): ten thousand rows in a fraction of the time
  // that element-by-element building takes
  const html = [];
  for (const t of res.perTrainee) {
    const row = rows[t.row] || [];
    const isBad = t.reasons.some((r) => r.effect === 'fail');
    const flags = t.reasons.length ? `<ul class="flags">${t.reasons.map((r) => `<li class="flag-${esc(r.effect || 'ok')}" data-code="${esc(r.code)}">${r.effect === 'fail' ? '✗ ' : r.effect === 'consult' ? '? ' : ''}${esc(r.message)}</li>`).join('')}</ul>` : '';
    html.push(`<tr data-row="${t.row}"${isBad ? ' class="bad"' : ''}><td>${t.row}</td><td>${esc(nameCol >= 0 ? row[nameCol] : '')}${idCol >= 0 ? `<span class="id">${esc(row[idCol])}</span>` : ''}${flags}</td><td class="amt">${esc(money(t.amount))}</td></tr>`);
  }
  // in tables of CHUNK rows, each laid out only when it comes near the screen (content-visibility)
  const thead = () => h('thead', null, h('tr', null, h('th', { scope: 'col' }, '行'), h('th', { scope: 'col' }, '学员和说明'),
    h('th', { scope: 'col', class: 'amt' }, '金额')));
  const tables = [];
  for (let i = 0; i < html.length || i === 0; i += CHUNK) {
    const tbody = h('tbody');
    tbody.innerHTML = html.slice(i, i + CHUNK).join('');
    tables.push(h('div', { class: i ? 'chunk' : 'chunk first' }, h('table', { class: 'trainees', id: i ? null : 'trainees' },
      h('caption', { class: i ? 'visually-hidden' : null }, i ? `第 ${i + 1} 至 ${Math.min(i + CHUNK, html.length)} 名学员` : '逐人结果（第几行指名单中第几名学员，不含列名行）'),
      thead(), tbody)));
  }
  performance.mark('wz-roster-table');
  onlyBad.addEventListener('change', () => {
    for (const tr of $('#result').querySelectorAll('.trainees tbody tr')) tr.hidden = onlyBad.checked && !tr.classList.contains('bad');
    for (const c of $('#result').querySelectorAll('.chunk')) c.hidden = onlyBad.checked && !c.querySelector('tr.bad');
  });
  const classNotes = [...res.reasons, ...res.warnings];
  box.replaceChildren(...[
    h('h2', { id: 'result-h', tabindex: -1 }, '计算结果'),
    ed.ended ? h('p', { class: 'notice warn' }, `这一版政策已于 ${ed.to} 结束，申领日期 ${res.asOf} 不在适用期内；下面只说明按这一版会怎样。`) : null,
    h('div', { class: `summary st-${res.status}`, id: 'summary' },
      h('p', { class: 'status', id: 'class-status' }, STATUS[res.status] || res.status),
      h('p', { class: 'amount', id: 'total' }, money(res.total)),
      h('dl', null,
        h('dt', null, '学员'), h('dd', { id: 'n-trainees' }, `${res.perTrainee.length} 人`),
        h('dt', null, '有补贴'), h('dd', { id: 'n-paid' }, `${paid.length} 人`),
        h('dt', null, '有问题的行'), h('dd', { id: 'n-bad' }, `${bad.length} 行`),
        h('dt', null, '申领日期'), h('dd', null, res.asOf))),
    classNotes.length ? [h('h3', null, '班级的问题和提醒'), h('ul', { class: 'warnings', id: 'class-notes' }, classNotes.map((r) => h('li', { class: `flag-${r.effect || 'ok'}`, 'data-code': r.code },
      r.message, r.cite ? h('small', { class: 'cite' }, `依据：${r.cite}`) : null)))] : null,
    parseErrors.length ? [h('h3', null, '名单格式问题'), h('ul', { class: 'parse-errors', id: 'parse-errors' }, parseErrors.slice(0, 20).map((e) => h('li', null,
      `文件第 ${e.row + 1} 行附近：${e.code === 'MissingQuotes' ? '引号不配对' : e.message}`)))] : null,
    ap.phones?.length ? h('p', null, h('strong', null, `${ap.district}咨询电话：`), ap.phones.map((p) => tel(p, cat.areaCode))) : null,
    h('p', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', id: 'download', onclick: () => download('补贴计算结果.csv', resultCsv(rows, res)) }, '下载结果（CSV）'),
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, '打印')),
    h('div', { class: 'check' }, onlyBad, h('label', { for: 'only-bad' }, '只看有问题的行')),
    h('div', { class: 'table-wrap' }, tables),
    h('p', { class: 'sub' }, `依据：${editionText(ed)}`)].flat(9).filter(Boolean));
  box.querySelector('h2').focus({ preventScroll: true });
  box.scrollIntoView();
  performance.mark('wz-roster-rendered');
}

function run() {
  const err = $('#err');
  err.hidden = true;
  const text = $('#paste').value;
  if (!val('scheme')) { err.textContent = '请先选择补贴项目。'; err.hidden = false; $('#scheme').focus(); return; }
  if (!text.trim()) { err.textContent = '请上传或粘贴学员名单。'; err.hidden = false; $('#paste').focus(); return; }
  if (!window.Papa) { err.textContent = 'CSV 读取组件没能加载，请刷新页面。'; err.hidden = false; return; }
  performance.mark('wz-roster-start');
  const { rows, errors } = parseRoster(text);
  performance.mark('wz-roster-parsed');
  if (rows.length < 2) { err.textContent = '名单里没有学员：第一行是列名，从第二行起每行一名学员。'; err.hidden = false; return; }
  const res = Wz.evaluateRoster(classRequest(), rows);
  performance.mark('wz-roster-evaluated');
  last = { rows, res };
  render(rows, errors, res, Wz.catalogue());
}

async function start() {
  let info;
  try { info = await Wz.ready; } catch (e) { loadFailed(main, e); return; }
  dataNote(info);
  const cat = Wz.catalogue();
  buildForm(cat);
  $('#roster').hidden = false;
  const template = Wz.rosterTemplate();
  $('#template').addEventListener('click', (e) => { e.preventDefault(); download('学员名单模板.csv', `\uFEFF${template}`); });
  $('#file').addEventListener('change', async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    $('#paste').value = await readFile(file);
    $('#err').hidden = true;
  });
  $('#run').addEventListener('click', run);
  main.append(h('p', { class: 'sub' }, `补贴数据：${editionText(cat.edition)}。`));
}

window.WzCalculator = { get last() { return last; } };
serviceWorker(Wz.ready);
start();
