// The bureau's page: everything in the data a person might look up, as the bureau can host
// it unchanged. Every amount, list, date, clause, institution and phone number comes from
// the engine (catalogue(), institutions(), hotlines()) and data/; the page writes headings,
// labels and formatting only.
import Wz from './engine.js';
import { $, h, money, tel, phonesIn, loadFailed, dataNote, editionText, serviceWorker } from './ui.js';

const main = $('#main');
const fill = (id, ...kids) => $(`#${id} .fill`).replaceChildren(...kids.flat(9).filter(Boolean));
const cite = (s) => (s ? h('small', { class: 'cite' }, `依据：${[s.doc, s.part].filter(Boolean).join(' ')}`) : null);
const quote = (s, summary = '原文') => (s?.quote ? h('details', { class: 'quote' }, h('summary', null, summary), h('blockquote', null, s.quote), cite(s)) : cite(s));

// labels for the parameters (formatting); an id without a label is shown as it is
const LABEL = {
  'project.perHour': '每人每课时', 'project.cap': '每人最高', 'project.upliftPercent': '特定企业上浮',
  'specialOperation.new': '特种作业操作证、特种设备作业人员证（新证）', 'specialOperation.renewal': '复审培训',
  'preJobEnterprise.amount': '每人', 'preJobEnterprise.minHours': '培训总课时至少', 'preJobEnterprise.newHireMonths': '劳动合同签订之日起',
  'preJobHousehold.amount': '每人', 'preJobHousehold.minHours': '培训总课时至少',
  'apprenticeEmployee.fullUpTo': '实际培训费在此以内按实补贴', 'apprenticeEmployee.ratePercent': '高于时按实际培训费的',
  'apprenticeEmployee.floor': '与之比较就高的金额', 'apprenticeEmployee.cap': '每人每年最高', 'apprenticeEmployee.trainingOnlyPercent': '仅取得培训合格证书的按标准的',
  'apprenticeStudent.cap': '每人每年最高（按实习津贴）',
  'master.maxTrainees': '每期带徒人数一般不超过', 'master.maxPeriods': '每年期数不超过',
  'entrepreneurship.amount.SYB': 'SYB（创办你的企业）', 'entrepreneurship.amount.IYB': 'IYB（改善你的企业）',
  'entrepreneurship.amount.internet-plus': '“互联网+”创业培训', 'entrepreneurship.amount.online': '网上创业培训', 'entrepreneurship.amount.8+X': '“8+X”模拟公司创业实训',
  'entrepreneurship.hours.SYB': 'SYB 标准课时', 'entrepreneurship.hours.IYB': 'IYB 标准课时', 'entrepreneurship.hours.internet-plus': '“互联网+”标准课时',
  'entrepreneurship.hours.online': '网上创业标准课时', 'entrepreneurship.hours.8+X': '“8+X”标准课时', 'entrepreneurship.maxTrainees': '每班人数一般不超过',
  'ot.issueFrom': '证书核发日期自', 'ot.issueTo': '证书核发日期至', 'ot.applyWithinYears': '证书核发之日起申领期限', 'ot.applyLast': '最迟申领日期',
  'age.min': '年龄下限', 'age.maxMale': '男性年龄上限', 'age.maxFemale': '女性年龄上限', 'age.maxFemaleHousehold': '女性家庭服务从业人员年龄上限',
  'annual.maxSubsidies': '每人每年（自然年度）最多享受次数', 'identity.graduateYears': '高校毕业生离校年限',
  'class.filingLeadDays': '开班前备案（一般提前）',
  'ui.issueFrom': '证书取得日期自', 'ui.minMonths': '累计缴纳失业保险费至少', 'ui.amount.初级': '初级（五级）', 'ui.amount.中级': '中级（四级）',
  'ui.amount.高级': '高级（三级）', 'ui.shortageUpliftPercent': '紧缺职业（工种）上浮',
};
const GROUPS = [
  ['project', '项目制培训'], ['specialOperation', '特种作业和特种设备作业人员安全技能培训'], ['preJobEnterprise', '企业岗前技能培训'],
  ['preJobHousehold', '家政服务人员岗前培训'], ['apprenticeEmployee', '企业新型学徒制：职工学徒'], ['apprenticeStudent', '企业新型学徒制：学生学徒'],
  ['master', '技能大师工作室以师带徒'], ['entrepreneurship', '创业培训'],
];
const DATE_GROUPS = [
  ['ot', '职业资格培训补贴（个人）'], ['age', '年龄'], ['annual', '次数'], ['identity', '补贴对象'], ['class', '开班备案'], ['ui', '失业保险技能提升补贴'],
];
const UNIT = {
  fen: (v) => money(v), percent: (v) => `${v}%`, hours: (v) => `${v} 课时`, days: (v) => `${v} 日`, months: (v) => `${v} 个月`,
  years: (v, id) => (id.startsWith('age.') ? `${v} 周岁` : `${v} 年`), count: (v) => String(v), date: (v) => v,
};
const value = (id, p) => (UNIT[p.unit] || String)(p.value, id);

const ORDER = Object.keys(LABEL);
const rank = (id) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
let period = {};

function paramTable(list) {
  const entries = [...list].sort((a, b) => rank(a[0]) - rank(b[0]));
  const quotes = new Map();
  for (const [, p] of entries) if (p.source?.quote) quotes.set(p.source.quote, p.source);
  return [h('table', { class: 'kv' }, h('tbody', null, entries.map(([id, p]) => h('tr', { 'data-param': id },
    h('th', { scope: 'row' }, LABEL[id] || id), h('td', null, value(id, p),
      p.from !== period.from || p.to !== period.to ? h('span', { class: 'sub' }, `${p.from} 至 ${p.to || ''}`) : null))))),
  [...quotes.values()].map((s) => quote(s, `原文（${s.part}）`))];
}

function groupOf(params, prefix) {
  return Object.entries(params).filter(([id]) => id === prefix || id.startsWith(`${prefix}.`));
}

function catalogueSection(cat) {
  const c = cat.catalogue;
  const levels = cat.levels;
  const alias = (l) => (l.aliases?.length ? `（${l.aliases.join('、')}）` : '');
  const table = h('table', { class: 'grid amounts' },
    h('caption', null, '职业资格证书、职业技能等级证书：每人补贴标准（元，含鉴定费）'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, '等级'), c.categories.map((k) => h('th', { scope: 'col' }, `${k.id}类`)))),
    h('tbody', null, levels.map((l) => h('tr', null, h('th', { scope: 'row' }, l.name, h('span', { class: 'sub' }, alias(l))),
      c.categories.map((k) => h('td', { 'data-cat': k.id, 'data-level': l.name }, k.amounts[l.name] != null ? money(k.amounts[l.name]) : '—'))))));
  const lists = c.categories.map((k) => h('div', { class: 'cat', id: `cat-${k.id}` }, h('h3', null, `${k.id}类职业（工种）`),
    h('p', { class: 'names' }, k.occupations.join('、'), k.othersQualify ? h('span', { class: 'sub' }, '以及其他符合条件的证书（见原文）') : null),
    quote(k.source, `原文（${k.source?.part || ''}）`)));
  const shortage = c.shortage || [];
  return [table,
    h('p', { class: 'uplift' }, h('strong', null, `紧缺职业（工种）上浮 ${c.shortageUpliftPercent}%`),
      shortage.length ? `：${shortage.map((s) => s.name || s).join('、')}` : '。本数据中尚无公布的紧缺职业（工种）名单，以温州市人力社保局公布为准。'),
    lists];
}

function specialSection(cat) {
  const s = cat.catalogue.specialAbility;
  return [h('table', { class: 'grid' }, h('caption', null, '专项职业能力证书：每人补贴标准'),
    h('tbody', null, Object.entries(s.amounts).map(([l, v]) => h('tr', null, h('th', { scope: 'row' }, l), h('td', { 'data-special': l }, money(v)))))),
  Object.entries(s.lists).map(([l, names]) => h('div', { class: 'cat', id: `special-${l}` }, h('h3', null, `专项职业能力（${l}）参考目录（${names.length} 项）`),
    h('p', { class: 'names' }, names.join('、')))),
  quote(s.source, `原文（${s.source?.part || ''}）`)];
}

function classesSection(cat) {
  return GROUPS.map(([prefix, title]) => {
    const entries = groupOf(cat.parameters, prefix);
    if (!entries.length) return null;
    return h('div', { class: 'scheme-box', id: `scheme-${prefix}` }, h('h3', null, title), paramTable(entries));
  }).concat(h('p', { class: 'sub' }, '以师带徒等按学员计算的补贴，可在「班级补贴计算」按名单逐人核算。'));
}

function datesSection(cat) {
  const ed = cat.edition;
  const used = new Set([...GROUPS, ...DATE_GROUPS].map(([p]) => p));
  const rest = Object.entries(cat.parameters).filter(([id]) => !used.has(id.split('.')[0]));
  return [h('p', null, h('strong', null, '适用期：'), `${ed.from} 至 ${ed.to}`),
    DATE_GROUPS.map(([prefix, title]) => {
      const entries = groupOf(cat.parameters, prefix);
      return entries.length ? h('div', { class: 'scheme-box', id: `dates-${prefix}` }, h('h3', null, title), paramTable(entries)) : null;
    }),
    rest.length ? h('div', { class: 'scheme-box' }, h('h3', null, '其他'), paramTable(rest)) : null,
    h('div', { class: 'scheme-box', id: 'channels' }, h('h3', null, '由谁申领、向哪里申领'),
      Object.entries(cat.channels || {}).map(([id, ch]) => h('div', { class: 'channel', 'data-channel': id },
        h('p', null, h('strong', null, ch.who), `：${ch.office}`),
        ch.materials?.length ? h('ul', { class: 'materials' }, ch.materials.map((m) => h('li', null, m))) : null,
        quote(ch.source, `原文（${ch.source?.part || ''}）`))))];
}

function institutionsSection(cat) {
  const all = Wz.institutions({});
  const aliases = Wz.dataFile('search.json')?.aliases || [];
  const q = h('input', { type: 'search', id: 'inst-q', name: 'q', autocomplete: 'off', 'aria-describedby': 'inst-q-h', enterkeyhint: 'search' });
  const d = h('select', { id: 'inst-d', name: 'd' }, h('option', { value: '' }, '全部地区'),
    cat.districts.map((x) => h('option', { value: x.name }, x.name)), h('option', { value: '-' }, '目录未注明地区'));
  const count = h('p', { id: 'inst-n', class: 'count', role: 'status' });
  const list = h('ol', { class: 'list inst-list', id: 'inst-list' });
  const order = new Map(all.map((r, i) => [r.no, i]));
  function run() {
    const text = q.value.trim();
    const district = d.value === '-' ? '' : d.value;
    // the engine matches the training projects; an old or common name also finds its catalogue name
    const names = [text, ...aliases.filter((a) => text && a.alias.includes(text)).map((a) => a.name)];
    const seen = new Map();
    for (const n of names) for (const r of Wz.institutions({ occupation: n, district })) seen.set(r.no, r);
    let rows = [...seen.values()].sort((a, b) => order.get(a.no) - order.get(b.no));
    if (d.value === '-') rows = rows.filter((r) => !r.district);
    count.textContent = `显示 ${rows.length} 家（目录共 ${all.length} 家）`;
    list.replaceChildren(...rows.map((r) => h('li', { 'data-no': r.no },
      h('p', { class: 'inst-name' }, h('span', { class: 'no' }, `${r.no}.`), ' ', h('strong', null, r.name)),
      h('p', { class: 'sub' }, [r.district, r.address].filter(Boolean).join(' · ')),
      h('p', null, h('span', { class: 'muted' }, '培训项目：'), r.projects),
      h('p', { class: 'phones' }, phonesIn(r.phone, cat.areaCode)))));
  }
  q.addEventListener('input', run);
  d.addEventListener('change', run);
  run();
  return [h('p', null, '按目录原有顺序（序号）排列。搜索培训项目（如「电工」「育婴员」），或按地区筛选；点电话号码可直接拨打。'),
    h('form', { class: 'filters', role: 'search', 'aria-label': '查找培训机构', onsubmit: (e) => { e.preventDefault(); run(); } },
      h('div', null, h('label', { class: 'field', for: 'inst-q' }, '培训项目'), h('p', { class: 'hint', id: 'inst-q-h' }, '输入职业（工种）名称，旧名称也可以。'), q),
      h('div', null, h('label', { class: 'field', for: 'inst-d' }, '地区'), d)),
    count, list, h('p', { class: 'sub' }, '来源：政策咨询解答汇总 附件2 温州市职业技能培训机构目录。')];
}

function hotlinesSection(cat) {
  const rows = Wz.hotlines();
  const urban = new Map(cat.districts.map((x) => [x.name, x.urban]));
  return [h('table', { class: 'grid hotlines' }, h('caption', null, `温州市各级人力社保部门职业培训政策咨询电话（区号 ${cat.areaCode}）`),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, '地区'), h('th', { scope: 'col' }, '电话'))),
    h('tbody', null, rows.map((r) => h('tr', { 'data-district': r.district }, h('th', { scope: 'row' }, r.district,
      urban.get(r.district) ? h('span', { class: 'sub' }, '市区') : null), h('td', null, r.phones.map((p) => tel(p, cat.areaCode))))))),
  h('p', { class: 'sub' }, `标「市区」的是：${cat.districts.filter((x) => x.urban).map((x) => x.name).join('、')}。`)];
}

async function start() {
  let info;
  try { info = await Wz.ready; } catch (e) { loadFailed(main, e); return; }
  dataNote(info);
  const cat = Wz.catalogue();
  const ed = cat.edition;
  period = ed;
  $('#edition').replaceChildren(h('span', { id: 'edition-text' }, editionText(ed)), '。',
    h('span', { class: 'sub' }, '本页内容全部来自补贴数据，数据更新后本页随之更新。'));
  fill('catalogue', catalogueSection(cat));
  fill('special', specialSection(cat));
  fill('classes', classesSection(cat));
  fill('dates', datesSection(cat));
  fill('institutions', institutionsSection(cat));
  fill('hotlines', hotlinesSection(cat));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
}

$('#print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
serviceWorker(Wz.ready);
start();
