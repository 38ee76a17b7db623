// The worker's self-check: one question per step, answers in the URL fragment, the result
// from the engine. No rule lives here: which question is asked is decided by asking the
// engine whether the answer could change its result; every status, amount, date, reason
// and phone number on the result is the engine's (or data/'s).
import Wz from './engine.js';
import { $, h, money, tel, phonesIn, today, SCHEME, STATUS, KIND } from './dom.js';

const main = $('#main');

// ---- answers <-> URL fragment ----
const readHash = () => Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
const writeHash = (a) => '#' + new URLSearchParams(Object.entries(a).filter(([, v]) => v !== '' && v != null)).toString();
const go = (a, replace) => {
  const url = writeHash(a);
  if (replace) { history.replaceState(null, '', url); render(); } else location.hash = url;
};
const omit = (a, keys) => Object.fromEntries(Object.entries(a).filter(([k]) => !keys.includes(k) && k !== 'p' && k !== 'c'));
const asOf = (a) => a.a || today();

// ---- data-derived lists (names only) ----
let cat = null;
const districts = () => cat?.districts || [];
const levels = () => cat?.levels || [];
function param(id, on) {
  const p = Wz.dataFile('parameters.json')?.parameters?.[id];
  const vals = p?.values || [];
  return (vals.find((v) => v.from <= on && on <= v.to) || vals[vals.length - 1])?.value;
}
const aliasesOf = (name) => (Wz.dataFile('search.json')?.aliases || []).filter((x) => x.name === name).map((x) => x.alias);

// ---- the request ----
const certType = (a) => (a.k === 'special-ability' ? 'special-ability' : a.k ? 'qualification' : a.t);
function pastList(a) {
  if (a.hi == null || a.hi === 'n') return [];
  return a.hi.split('|').filter(Boolean).map((row) => {
    const [date, scheme, occupation, level] = row.split('~');
    return { date, scheme, occupation, level };
  });
}
function toRequest(a) {
  const person = { gender: a.g, birthDate: a.b };
  const yes = (k, field) => { if (a[k] === 'y') person[field] = true; };
  if (a.ui === 'yes') Object.assign(person, { uiInsured: true, uiDistrict: a.ud });
  if (a.m != null && a.m !== '') person.uiMonths = Number(a.m);
  if (a.h) person.hukouDistrict = a.h;
  yes('rp', 'residencePermit'); yes('ur', 'unemploymentRegistered'); yes('ps', 'publicSectorStaff');
  yes('w', 'worksInUrbanArea'); yes('hs', 'householdService');
  if (a.gr === 'y') person.graduate = { leftSchool: a.gl, employed: false, studiedInWenzhou: a.gw === 'y', fromWenzhou: a.gf === 'y' };
  const certificate = {
    type: certType(a), occupation: a.o, level: a.l,
    issueDate: a.d === 'plan' ? asOf(a) : a.d, issuer: a.i, route: a.r,
  };
  if (a.td) certificate.trainingDistrict = a.td;
  if (a.s === 'y') certificate.shortage = true;
  const req = { kind: 'individual', person, certificate, history: pastList(a) };
  if (a.a) req.asOf = a.a;
  return req;
}

// "不清楚": each unknown answer is evaluated every way it could be
const UNKNOWN = {
  t: () => [['qualification', '若是职业资格证书或职业技能等级证书'], ['special-ability', '若是专项职业能力证书']],
  i: () => [['wenzhou-hrss', '若由温州、浙江人社部门或备案评价机构核发'], ['industry', '若由行业鉴定部门或外地机构核发']],
  ui: () => [['yes', '若正在缴纳失业保险'], ['no', '若没有缴纳失业保险']],
  m: (a) => {
    const min = param('ui.minMonths', asOf(a));
    return [[String(min), `若已累计缴满${min}个月`], ['0', `若不满${min}个月（按0个月计算）`]];
  },
  s: () => [['n', '若不属于紧缺职业（工种）'], ['y', '若属于紧缺职业（工种）']],
};
function expand(a) {
  let out = [{ a: { ...a }, labels: [] }];
  for (const [key, ways] of Object.entries(UNKNOWN)) {
    if (a[key] !== '?') continue;
    out = out.flatMap((v) => ways(a).map(([val, label]) => ({ a: { ...v.a, [key]: val }, labels: [...v.labels, label] })));
  }
  return out;
}
const sig = (r) => (r.ok ? r.results.map((x) => `${x.status}:${x.amount}:${x.apply?.district ?? ''}`).join('|') : 'error');

// does this step's answer change the engine's answer, for any way the unknowns could be?
function matters(step, a) {
  const bases = expand(omit(a, step.keys)).slice(0, 8);
  return bases.some(({ a: base }) => {
    const seen = new Set(step.probe(base).map((c) => sig(Wz.evaluate(toRequest({ ...base, ...c })))));
    return seen.size > 1;
  });
}
const missingField = (a, path) => (Wz.evaluate(toRequest(a)).errors || []).some((e) => e.path === path);

// ---- the questions ----
const YN = [['y', '是'], ['n', '否']];
const districtOptions = () => districts().map((d) => [d.name, d.name]);

const STEPS = [
  { id: 'occ', part: '证书', keys: ['o', 'k'], short: '职业（工种）', show: (a) => a.o, render: occupationStep },
  { id: 'type', part: '证书', keys: ['t'], when: (a) => !a.k, short: '证书种类', unknown: true,
    q: '这是哪一种证书？', hint: (a) => `「${a.o}」不在补贴目录和专项能力目录的名称里，请按证书封面选择。`,
    options: () => [['qualification', '职业资格证书或职业技能等级证书', '分初级（五级）到高级技师（一级）'],
      ['special-ability', '专项职业能力证书'], ['professional', '专业技术人员职业资格', '如教师资格、法律职业资格、会计']] },
  { id: 'level', part: '证书', keys: ['l'], short: '等级', q: '证书是什么等级？',
    hint: () => '证书上写的「五级」到「一级」也可以对应选择。',
    options: () => levels().map((l) => [l.name, l.name, (l.aliases || []).join('、')]) },
  { id: 'date', part: '证书', keys: ['d'], short: '发证日期', show: (a) => (a.d === 'plan' ? '还没有拿到（按申领日取得计算）' : a.d), render: dateStep },
  { id: 'route', part: '证书', keys: ['r'], short: '取得途径', q: '您是怎样取得这本证书的？', hint: () => '由谁申请补贴、能不能申请，和取得途径有关。',
    options: () => [['institution', '在温州的职业培训机构参加培训和鉴定'], ['self-study', '自学后自己报名参加鉴定'],
      ['competition', '参加人力社保部门组织或选送的技能竞赛'], ['enterprise-evaluation', '单位或行业协会组织的技能人才自主评价'],
      ['enterprise-pilot', '企业职业技能等级认定试点'], ['apprenticeship', '企业新型学徒制培训'], ['master-apprentice', '技能大师工作室以师带徒']] },
  { id: 'td', part: '证书', keys: ['td'], short: '备案或选送地', when: (a) => missingField(omit(a, ['td']), 'certificate.trainingDistrict'),
    q: (a) => (a.r === 'competition' ? '是哪里的人力社保部门组织或选送您参赛的？' : '培训班是在哪个区（县、市）备案开班的？'),
    hint: (a) => (a.r === 'competition' ? '看竞赛通知，或问组织竞赛的单位。' : '不清楚可以问培训机构。'), select: districtOptions },
  { id: 'issuer', part: '证书', keys: ['i'], short: '发证机构', unknown: true, q: '证书是谁核发的？', hint: () => '看证书上的发证机构或印章。',
    options: () => [['wenzhou-hrss', '温州市或所辖区、县（市）人力社保部门'], ['zhejiang-hrss', '浙江省人力社保厅'],
      ['registered-evaluator', '企业、院校或社会评价机构', '已在浙江省或温州市人社部门备案'],
      ['industry', '行业技能鉴定部门', '如健康管理师、消防设施操作员'], ['outside', '外省或外市的机构']] },
  { id: 'me', part: '关于您', keys: ['g', 'b'], short: '性别和出生日期', show: (a) => `${a.g === 'female' ? '女' : '男'}，${a.b}`, render: meStep },
  { id: 'ui', part: '关于您', keys: ['ui', 'ud'], short: '失业保险', render: uiStep,
    show: (a) => ({ yes: `正在缴纳（${a.ud}）`, no: '没有缴纳', '?': `不清楚（${a.ud}）` }[a.ui]),
    probe: () => [{ ui: 'no' }, ...districts().map((d) => ({ ui: 'yes', ud: d.name }))] },
  { id: 'months', part: '关于您', keys: ['m'], short: '累计缴费月数', show: (a) => (a.m === '?' ? '不清楚' : `${a.m}个月`),
    render: monthsStep, probe: () => [{ m: '0' }, { m: '600' }] },
  { id: 'hukou', part: '关于您', keys: ['h'], short: '户口', q: '您的户口在哪里？', hint: () => '户籍会影响能否申领。',
    select: () => [...districtOptions(), ['other', '温州以外']], probe: () => [{ h: 'other' }, ...districts().map((d) => ({ h: d.name }))] },
  { id: 'permit', part: '关于您', keys: ['rp'], short: '温州市区居住证', q: '您在温州市区常住并办了居住证吗？', hint: () => '外地户籍在温州常住的，可能办过居住证。',
    options: () => YN, probe: () => [{ rp: 'n' }, { rp: 'y' }] },
  { id: 'unemp', part: '关于您', keys: ['ur'], short: '失业登记', q: '您在温州市区办理了失业登记吗？', hint: () => '在人力社保部门登记为失业人员。',
    options: () => YN, probe: () => [{ ur: 'n' }, { ur: 'y' }] },
  { id: 'public', part: '关于您', keys: ['ps'], short: '机关事业单位在编', q: '您是机关、事业单位的在编人员吗？', hint: () => '如公务员、事业编制人员。',
    options: () => YN, probe: () => [{ ps: 'n' }, { ps: 'y' }] },
  { id: 'grad', part: '关于您', keys: ['gr', 'gl', 'gw', 'gf'], short: '未就业高校毕业生', render: gradStep,
    show: (a) => (a.gr === 'y' ? `是，${a.gl}离校${a.gw === 'y' ? '，在温州就读' : ''}${a.gf === 'y' ? '，温州生源' : ''}` : '不是'),
    probe: (a) => [{ gr: 'n' }, { gr: 'y', gl: asOf(a), gw: 'y', gf: 'y' }] },
  { id: 'work', part: '关于您', keys: ['w'], short: '在温州市区就业创业', q: '您在温州市区就业或创业吗？',
    hint: () => `市区指：${districts().filter((d) => d.urban).map((d) => d.name).join('、')}。`, options: () => YN, probe: () => [{ w: 'n' }, { w: 'y' }] },
  { id: 'house', part: '关于您', keys: ['hs'], short: '家庭服务工作', q: '您从事家庭服务工作吗？', hint: () => '如家政、育婴、养老护理等。',
    options: () => YN, probe: () => [{ hs: 'n' }, { hs: 'y' }] },
  { id: 'short', part: '证书', keys: ['s'], short: '紧缺职业（工种）', unknown: true, q: (a) => `「${a.o}」在温州市紧缺职业（工种）目录里吗？`,
    hint: () => '目录由温州市人力社保局公布。', options: () => YN, probe: () => [{ s: 'n' }, { s: 'y' }] },
  { id: 'hist', part: '以前的补贴', keys: ['hi'], short: '以前领过的补贴', render: histStep,
    show: (a) => (pastList(a).length ? pastList(a).map((x) => `${x.date} ${SCHEME[x.scheme]} ${x.occupation}（${x.level}）`).join('；') : '没有'),
    probe: (a) => [{ hi: 'n' }, { hi: `${asOf(a)}~ui-skill-upgrade~${a.o}~${a.l}` },
      { hi: Array.from({ length: 5 }, () => `${asOf(a)}~occupational-training~其他~初级`).join('|') }] },
];
const SCHEME_LINES = { 'occupational-training': ['职业资格', '培训补贴'], 'ui-skill-upgrade': ['失业保险', '技能提升补贴'] };
const stepById = (id) => STEPS.find((s) => s.id === id);
const answered = (s, a) => a[s.keys[0]] != null && a[s.keys[0]] !== '';
const applicable = (s, a) => (s.when ? s.when(a) : s.probe ? matters(s, a) : true);
const firstMissing = (a) => STEPS.find((s) => !answered(s, a) && applicable(s, a))?.id;
function nextAfter(id, a) {
  for (let i = STEPS.findIndex((s) => s.id === id) + 1; i < STEPS.length; i++) if (applicable(STEPS[i], a)) return STEPS[i].id;
  return 'result';
}
function prevBefore(id, a) {
  const at = id === 'result' ? STEPS.length : STEPS.findIndex((s) => s.id === id);
  for (let i = at - 1; i >= 0; i--) if (answered(STEPS[i], a) && applicable(STEPS[i], a)) return STEPS[i].id;
  return '';
}
const text = (v, a) => (typeof v === 'function' ? v(a) : v);

// ---- step frame ----
function frame(step, a, body, read) {
  const err = h('p', { class: 'error', id: 'err', role: 'alert', hidden: true });
  const prev = prevBefore(step.id, a);
  const form = h('form', { class: 'step', novalidate: true, onsubmit: (e) => {
    e.preventDefault();
    const got = read(form);
    if (typeof got === 'string') {
      err.textContent = got; err.hidden = false;
      form.querySelector('input,select')?.setAttribute('aria-invalid', 'true');
      form.querySelector('input,select')?.focus();
      return;
    }
    let next = { ...omit(a, step.keys), ...got };
    // an answer that no longer applies (e.g. the filing district after a change of route) is dropped
    for (const s of STEPS) if (s.when && s !== step && answered(s, next) && !s.when(next)) next = omit(next, s.keys);
    const after = a.c ? firstMissing(next) : nextAfter(step.id, next);
    go({ ...next, p: after || 'result', ...(a.c && after ? { c: 1 } : {}) });
  } },
  h('a', { class: 'back', href: prev ? writeHash({ ...a, p: prev, c: '' }) : '#' }, '返回'),
  h('p', { class: 'caption' }, step.part),
  err, body,
  h('button', { class: 'primary', type: 'submit' }, a.c ? '保存并查看结果' : '继续'));
  return form;
}
const title = (t, forId) => (forId ? h('label', { for: forId }, h('h1', { tabindex: -1 }, t)) : h('h1', { tabindex: -1 }, t));
const hintEl = (t, id = 'hint') => (t ? h('p', { class: 'hint', id }, t) : null);

function radios(name, options, value, unknown) {
  const all = unknown ? [...options, ['?', '不清楚']] : options;
  return h('div', { class: 'radios' }, all.map(([v, label, sub], i) => h('div', { class: 'radio' },
    h('input', { type: 'radio', name, id: `${name}-${i}`, value: v, checked: value === v, 'aria-describedby': sub ? `${name}-${i}-h` : null }),
    h('label', { for: `${name}-${i}` }, label, sub ? h('span', { class: 'sub', id: `${name}-${i}-h` }, sub) : null))));
}
function select(id, options, value, placeholder = '请选择') {
  return h('select', { id, name: id, 'aria-describedby': 'hint' }, h('option', { value: '' }, placeholder),
    options.map(([v, label]) => h('option', { value: v, selected: value === v }, label)));
}
const checked = (form, name) => form.querySelector(`input[name="${name}"]:checked`)?.value;

function genericStep(step, a) {
  const key = step.keys[0];
  const q = text(step.q, a);
  if (step.select) {
    return frame(step, a, [title(q, key), hintEl(text(step.hint, a)), select(key, step.select(a), a[key])],
      (f) => f.elements[key].value ? { [key]: f.elements[key].value } : '请选择一项。');
  }
  return frame(step, a, h('fieldset', { 'aria-describedby': 'hint' }, h('legend', null, title(q)), hintEl(text(step.hint, a)),
    radios(key, step.options(a), a[key], step.unknown)), (f) => (checked(f, key) ? { [key]: checked(f, key) } : '请选择一项。'));
}

function occupationStep(step, a) {
  const input = h('input', { id: 'o', name: 'o', type: 'text', value: a.o || '', autocomplete: 'off', 'aria-describedby': 'hint sug-n',
    enterkeyhint: 'next', oninput: () => show() });
  const count = h('p', { id: 'sug-n', class: 'visually-hidden', 'aria-live': 'polite' });
  const list = h('ul', { class: 'suggest', id: 'sug' });
  let found = [];
  function show() {
    found = Wz.suggest(input.value, 8);
    list.replaceChildren(...found.map((s) => h('li', null, h('button', { type: 'button', class: 'pick', onclick: () => pick(s) },
      h('span', { class: 'name' }, s.name),
      h('span', { class: 'sub' }, [KIND[s.kind] || s.kind, s.levels ? `（${s.levels.join('、')}）` : '', s.alias ? ` · 即「${s.alias}」` : ''].join(''))))));
    count.textContent = input.value.trim() ? `找到 ${found.length} 个名称` : '';
  }
  const pick = (s) => go({ ...omit(a, step.keys), o: s.name, k: s.kind, p: a.c ? firstMissing({ ...a, o: s.name, k: s.kind }) || 'result' : nextAfter('occ', { ...a, o: s.name, k: s.kind }) });
  queueMicrotask(show);
  return frame(step, a, [title('证书上写的职业（工种）是什么？', 'o'),
    hintEl('输入名称或拼音首字母，如「电工」或「dg」；旧名称如「维修电工」也能找到。'), input, count, list],
  () => {
    const v = input.value.trim();
    if (!v) return '请输入证书上的职业（工种）名称。';
    const same = found.find((s) => s.name === v) || Wz.suggest(v, 8).find((s) => s.name === v);
    return { o: v, k: same ? same.kind : '' };
  });
}

function dateStep(step, a) {
  const plan = a.d === 'plan';
  const input = h('input', { type: 'date', id: 'd', name: 'd', value: plan ? '' : a.d || '', 'aria-describedby': 'hint' });
  return frame(step, a, [title('证书是哪天核发的？', 'd'), hintEl('见证书上的「发证日期」或「核发日期」。'), input,
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'plan', name: 'plan', checked: plan }),
      h('label', { for: 'plan' }, '还没有拿到证书，我在打算考', h('span', { class: 'sub' }, '按在申领当天取得证书来计算')))],
  (f) => (f.elements.plan.checked ? { d: 'plan' } : f.elements.d.value ? { d: f.elements.d.value } : '请填写发证日期，或勾选「还没有拿到证书」。'));
}

function meStep(step, a) {
  return frame(step, a, [h('fieldset', { 'aria-describedby': 'hint' }, h('legend', null, title('您的性别和出生日期')),
    hintEl('年龄会影响能否领取补贴。'), radios('g', [['male', '男'], ['female', '女']], a.g)),
  h('label', { for: 'b', class: 'field' }, '出生日期'), h('input', { type: 'date', id: 'b', name: 'b', value: a.b || '' })],
  (f) => (!checked(f, 'g') ? '请选择性别。' : !f.elements.b.value ? '请填写出生日期。' : { g: checked(f, 'g'), b: f.elements.b.value }));
}

function uiStep(step, a) {
  const where = h('div', { class: 'reveal', hidden: !a.ui || a.ui === 'no' },
    h('label', { for: 'ud', class: 'field' }, '在哪里参保缴费？'), select('ud', districtOptions(), a.ud));
  const body = h('fieldset', { 'aria-describedby': 'hint', onchange: (e) => { if (e.target.name === 'ui') where.hidden = e.target.value === 'no'; } },
    h('legend', null, title('您现在在温州缴纳失业保险吗？')),
    hintEl('单位给您缴「五险」的，一般包括失业保险。'), radios('ui', [['yes', '是，正在缴纳'], ['no', '没有']], a.ui, true), where);
  return frame(step, a, body, (f) => {
    const ui = checked(f, 'ui');
    if (!ui) return '请选择一项。';
    if (ui !== 'no' && !f.elements.ud.value) return '请选择参保缴费的地方。';
    return ui === 'no' ? { ui } : { ui, ud: f.elements.ud.value };
  });
}

function monthsStep(step, a) {
  const unknown = a.m === '?';
  return frame(step, a, [title('失业保险一共缴了多少个月？', 'm'),
    hintEl('可在「浙里办」或社保卡查询缴费记录，换过单位的合起来算。'),
    h('input', { type: 'number', id: 'm', name: 'm', inputmode: 'numeric', min: 0, max: 960, class: 'short', value: unknown ? '' : a.m ?? '', 'aria-describedby': 'hint' }),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'm-x', name: 'mx', checked: unknown }), h('label', { for: 'm-x' }, '不清楚'))],
  (f) => {
    if (f.elements.mx.checked) return { m: '?' };
    const v = f.elements.m.value.trim();
    return /^\d{1,3}$/.test(v) ? { m: String(Number(v)) } : '请填写月数（整数），或勾选「不清楚」。';
  });
}

function gradStep(step, a) {
  const more = h('div', { class: 'reveal', hidden: a.gr !== 'y' },
    h('label', { for: 'gl', class: 'field' }, '离校日期'), h('input', { type: 'date', id: 'gl', name: 'gl', value: a.gl || '' }),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'gw', name: 'gw', checked: a.gw === 'y' }), h('label', { for: 'gw' }, '在温州就读')),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: 'gf', name: 'gf', checked: a.gf === 'y' }), h('label', { for: 'gf' }, '温州生源，在外地就读')));
  const body = h('fieldset', { 'aria-describedby': 'hint', onchange: (e) => { if (e.target.name === 'gr') more.hidden = e.target.value !== 'y'; } },
    h('legend', null, title('您是离校后还没有就业的高校毕业生吗？')),
    hintEl('含全日制普通高校、高职院校和技工院校高级工班以上毕业生。'), radios('gr', YN, a.gr), more);
  return frame(step, a, body, (f) => {
    const gr = checked(f, 'gr');
    if (!gr) return '请选择一项。';
    if (gr === 'n') return { gr };
    if (!f.elements.gl.value) return '请填写离校日期。';
    return { gr, gl: f.elements.gl.value, gw: f.elements.gw.checked ? 'y' : 'n', gf: f.elements.gf.checked ? 'y' : 'n' };
  });
}

function histStep(step, a) {
  const rows = h('ol', { class: 'rows' });
  const addRow = (x = {}) => {
    const n = rows.children.length + 1;
    rows.append(h('li', { class: 'row' },
      h('label', { for: `hs${n}`, class: 'field' }, `第${n}条：哪种补贴`),
      select(`hs${n}`, Object.entries(SCHEME), x.scheme),
      h('label', { for: `ho${n}`, class: 'field' }, '职业（工种）'), h('input', { type: 'text', id: `ho${n}`, value: x.occupation ?? a.o ?? '' }),
      h('label', { for: `hl${n}`, class: 'field' }, '等级'), select(`hl${n}`, levels().map((l) => [l.name, l.name]), x.level),
      h('label', { for: `hd${n}`, class: 'field' }, '领取日期'), h('input', { type: 'date', id: `hd${n}`, value: x.date || '' })));
  };
  pastList(a).forEach(addRow);
  const more = h('div', { class: 'reveal', hidden: !pastList(a).length }, rows,
    h('button', { type: 'button', class: 'secondary', onclick: () => addRow() }, '再添一条'));
  const body = h('fieldset', { 'aria-describedby': 'hint', onchange: (e) => {
    if (e.target.name !== 'hi') return;
    more.hidden = e.target.value !== 'y';
    if (!more.hidden && !rows.children.length) addRow();
  } }, h('legend', null, title('您以前领过职业培训补贴或失业保险技能提升补贴吗？')),
  hintEl('以前领过的补贴，会影响这次能不能领。'), radios('hi', YN, a.hi == null ? null : a.hi === 'n' ? 'n' : 'y'), more);
  return frame(step, a, body, (f) => {
    const hi = checked(f, 'hi');
    if (!hi) return '请选择一项。';
    if (hi === 'n') return { hi: 'n' };
    const list = [...rows.children].map((_, i) => [`hd${i + 1}`, `hs${i + 1}`, `ho${i + 1}`, `hl${i + 1}`].map((id) => f.querySelector(`#${id}`).value.trim().replace(/[~|]/g, '')));
    if (list.some((r) => r.some((v) => !v))) return '请把每一条的补贴、职业、等级和日期都填上。';
    return { hi: list.map((r) => r.join('~')).join('|') };
  });
}

// ---- result ----
const EFFECT = { ok: ['✓', '符合'], consult: ['?', '需确认'], fail: ['✗', '不符合'] };
const phoneLinks = (phones, areaCode) => h('ul', { class: 'phones' }, phones.map((p) => h('li', null, tel(p, areaCode || ''))));
function groupBy(list, key) {
  const m = new Map();
  for (const x of list) { const k = key(x); if (!m.has(k)) m.set(k, []); m.get(k).push(x); }
  return [...m.values()];
}
const labelOf = (vs) => vs.map((v) => v.labels.join('，')).join('；或');

function reasonsList(reasons) {
  return h('ul', { class: 'reasons' }, reasons.map((r) => h('li', { class: `eff-${r.effect}` },
    h('span', { class: 'mark', 'aria-hidden': 'true' }, EFFECT[r.effect]?.[0] || '·'),
    h('span', { class: 'visually-hidden' }, `${EFFECT[r.effect]?.[1] || ''}：`), r.message,
    r.cite ? h('small', { class: 'cite' }, `依据：${r.cite}`) : null)));
}

function schemeDetail(x, areaCode) {
  const out = [];
  if (x.deadline && (x.status !== 'ineligible' || x.potentialAmount > 0)) {
    const left = x.daysLeft > 0 ? `还剩 ${x.daysLeft} 天` : x.daysLeft === 0 ? '今天是最后一天' : `已过 ${-x.daysLeft} 天`;
    out.push(h('p', { class: 'deadline' }, h('strong', null, '申领截止：'), `${x.deadline}（${left}）`));
  }
  const fails = x.reasons.filter((r) => r.effect === 'fail');
  const asks = x.reasons.filter((r) => r.effect === 'consult');
  if (x.status !== 'eligible' && x.potentialAmount > 0 && (fails.length || asks.length)) {
    out.push(h('div', { class: 'change' }, h('p', null, h('strong', null, x.status === 'consult'
      ? `确认以下情况后，可能可领 ${money(x.potentialAmount)}：` : `若不是因为以下原因，可领 ${money(x.potentialAmount)}：`)),
    h('ul', null, [...fails, ...asks].map((r) => h('li', null, r.message)))));
  } else if (fails.length) {
    out.push(h('div', { class: 'change' }, h('p', null, h('strong', null, '不能申领的原因：')), h('ul', null, fails.map((r) => h('li', null, r.message)))));
  }
  out.push(h('details', { class: 'why' }, h('summary', null, '为什么？查看依据条款'), reasonsList(x.reasons)));
  const ap = x.apply;
  if (ap) {
    out.push(h('div', { class: 'apply' }, h('h4', null, x.status === 'ineligible' ? '咨询' : '怎么申领'),
      ap.who ? h('p', null, h('strong', null, '谁来申请：'), ap.who) : null,
      ap.office || ap.district ? h('p', null, h('strong', null, '办理部门：'), [ap.district, ap.office ? `（${ap.office}）` : ''].join('')) : null,
      x.status !== 'ineligible' && ap.materials?.length ? [h('p', null, h('strong', null, '需要的材料：')),
        h('ul', { class: 'materials' }, ap.materials.map((m) => h('li', null, m))), ap.cite ? h('small', { class: 'cite' }, `依据：${ap.cite}`) : null] : null,
      ap.phones?.length ? [h('p', null, h('strong', null, `${ap.district}咨询电话：`)), phoneLinks(ap.phones, areaCode)] : null));
  }
  return out;
}

function resultView(a) {
  const vs = expand(a).map((v) => ({ ...v, res: Wz.evaluate(toRequest(v.a)) }));
  const broken = vs.find((v) => !v.res.ok);
  const back = h('a', { class: 'back', href: writeHash({ ...a, p: prevBefore('result', a) }) }, '返回');
  if (broken) {
    return h('section', null, back, h('h1', { tabindex: -1 }, '有些回答需要修改'),
      h('ul', { class: 'errors' }, (broken.res.errors || []).map((e) => {
        const step = STEPS.find((s) => s.keys.some((k) => PATHS[k] && e.path.startsWith(PATHS[k])));
        return h('li', null, e.message, step ? [' ', h('a', { href: writeHash({ ...a, p: step.id, c: 1 }) }, '去修改')] : null);
      })));
  }
  const r0 = vs[0].res;
  const areaCode = cat?.areaCode || Wz.hotlines()[0]?.areaCode || '';
  const ed = r0.edition || {};
  const sec = h('section', { class: 'result' }, back, h('h1', { tabindex: -1 }, '您的结果'),
    h('p', { class: 'lead' }, `${a.o}（${a.l}）`, a.d === 'plan' ? `，按在 ${r0.asOf} 取得证书计算` : `，${a.d} 核发`, `；申领日期 ${r0.asOf}${a.a ? '' : '（今天）'}`));

  // the edition in use; plain words when it has ended
  sec.append(h('p', { class: 'sub' }, `依据：${ed.title || ''}（适用于 ${ed.from} 至 ${ed.to}），数据日期 ${ed.dataDate || ''}。`));
  const asOfInput = h('input', { type: 'date', id: 'asof', name: 'asof', value: r0.asOf, min: ed.from, max: ed.to, 'aria-describedby': 'asof-h' });
  const asOfForm = h('form', { class: 'asof', onsubmit: (e) => { e.preventDefault(); if (asOfInput.value) go({ ...a, a: asOfInput.value }); } },
    h('label', { for: 'asof', class: 'field' }, '换一个申领日期再算'),
    h('p', { class: 'hint', id: 'asof-h' }, `可选 ${ed.from} 至 ${ed.to} 之间的日期，看看在政策期内申领会怎样。`),
    h('div', { class: 'inline' }, asOfInput, h('button', { class: 'secondary', type: 'submit' }, '重新计算')));
  if (ed.ended) {
    const ph = r0.results.find((x) => x.apply?.phones?.length)?.apply || Wz.hotlines()[0] || {};
    sec.append(h('div', { class: 'notice warn', id: 'ended' }, h('p', null, h('strong', null, `这一版政策已于 ${ed.to} 结束`),
      `，${r0.asOf} 不在它的适用期内，下面只说明按这一版会怎样。现在能领什么，请致电${ph.district || ''}人力社保部门：`),
    phoneLinks(ph.phones || [], areaCode), asOfForm));
  }

  // both subsidies side by side
  const pair = h('div', { class: 'pair' });
  const details = [];
  r0.results.forEach((x0, i) => {
    const groups = groupBy(vs, (v) => `${v.res.results[i].status}|${v.res.results[i].amount}`);
    const card = h('div', { class: `card st-${groups.length > 1 ? 'depends' : x0.status}` }, h('h2', null, (SCHEME_LINES[x0.scheme] || [x0.scheme]).map((t) => h('span', null, t))));
    if (groups.length === 1) {
      card.append(h('p', { class: 'status' }, STATUS[x0.status] || x0.status),
        h('p', { class: 'amount' }, money(x0.amount)));
      if (x0.category) card.append(h('p', { class: 'sub' }, `${KIND[x0.category] || x0.category}标准`));
    } else {
      card.append(h('p', { class: 'status' }, '取决于您的回答'), h('ul', { class: 'depends' }, groups.map((g) => {
        const x = g[0].res.results[i];
        return h('li', null, h('strong', null, `${STATUS[x.status]} ${money(x.amount)}`), h('span', { class: 'sub' }, labelOf(g)));
      })));
    }
    pair.append(card);
    const d = h('section', { class: 'scheme' }, h('h3', null, SCHEME[x0.scheme] || x0.scheme));
    for (const g of groups) {
      if (groups.length > 1) d.append(h('h4', { class: 'variant' }, labelOf(g)));
      d.append(...schemeDetail(g[0].res.results[i], areaCode));
    }
    details.push(d);
  });
  sec.append(pair);

  // the recommendation and the difference
  const recs = groupBy(vs, (v) => `${v.res.best.join()}|${v.res.difference}`);
  sec.append(h('div', { class: `rec${vs.every((v) => !v.res.best.length) ? ' none' : ''}` }, recs.map((g) => {
    const r = g[0].res;
    const best = r.best.map((s) => SCHEME[s] || s);
    const line = !best.length ? '目前两项补贴都不能直接申领，请看下面的原因和咨询电话。'
      : best.length > 1 ? `两项补贴金额相同（${money(r.results[0].amount)}），选其中一项申领。`
        : `建议申领：${best[0]}${r.difference > 0 ? `，比另一项多 ${money(r.difference)}` : ''}。`;
    const top = Math.max(0, ...r.results.filter((x) => x.status === 'eligible').map((x) => x.amount));
    const ask = r.results.find((x) => x.status === 'consult' && x.amount > top);
    return h('p', null, recs.length > 1 ? h('span', { class: 'sub' }, `${labelOf(g)}：`) : null, line,
      ask ? h('span', { class: 'sub' }, `${SCHEME[ask.scheme]}需先向当地确认；若确认可以申领，金额更高（${money(ask.amount)}）。`) : null);
  })));
  sec.append(...details);
  if (!ed.ended) sec.append(h('div', { class: 'notice asof-box' }, asOfForm));

  // training institutions for this occupation
  const seen = new Set();
  const inst = [a.o, ...aliasesOf(a.o)].flatMap((o) => Wz.institutions({ occupation: o })).filter((r) => !seen.has(r.no) && seen.add(r.no))
    .sort((x, y) => [a.td, a.ud].includes(y.district) - [a.td, a.ud].includes(x.district));
  if (inst.length) {
    const li = (r) => h('li', null, h('strong', null, r.name), h('span', { class: 'sub' }, [r.district, r.address].filter(Boolean).join(' · ')),
      h('span', { class: 'sub' }, `培训项目：${r.projects}`), phonesIn(r.phone, areaCode));
    const first = inst.slice(0, 5);
    const rest = inst.slice(5);
    sec.append(h('section', { class: 'inst' }, h('h3', null, `可以培训「${a.o}」的机构（${inst.length} 家）`),
      h('ul', { class: 'list' }, first.map(li)),
      rest.length ? h('details', null, h('summary', null, `查看其余 ${rest.length} 家`), h('ul', { class: 'list' }, rest.map(li))) : null));
  }

  // answers, with change links
  sec.append(h('section', { class: 'answers' }, h('h3', null, '您的回答'), h('dl', null,
    STEPS.filter((s) => answered(s, a) && applicable(s, a)).map((s) => h('div', { class: 'ans' },
      h('dt', null, s.short), h('dd', null, answerText(s, a)),
      h('dd', { class: 'chg' }, h('a', { href: writeHash({ ...a, p: s.id, c: 1 }) }, '修改', h('span', { class: 'visually-hidden' }, s.short))))))));

  const copied = h('span', { role: 'status', class: 'sub' });
  sec.append(h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'secondary', onclick: async () => {
      try {
        if (navigator.share) await navigator.share({ title: document.title, url: location.href });
        else { await navigator.clipboard.writeText(location.href); copied.textContent = '链接已复制'; }
      } catch { copied.textContent = '请复制地址栏中的链接'; }
    } }, '分享这个结果'),
    h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, '打印'),
    h('a', { class: 'button secondary', href: '#p=occ' }, '重新开始'), copied),
  h('p', { class: 'sub' }, '链接里保存了您的回答，打开链接可以看到同样的结果；回答不会发送到任何服务器。'));
  return sec;
}
const PATHS = { o: 'certificate.occupation', l: 'certificate.level', d: 'certificate.issueDate', r: 'certificate.route', td: 'certificate.trainingDistrict',
  i: 'certificate.issuer', t: 'certificate.type', g: 'person.gender', b: 'person.birthDate', ud: 'person.uiDistrict', m: 'person.uiMonths',
  h: 'person.hukouDistrict', gl: 'person.graduate', hi: 'history', a: 'asOf' };
function answerText(s, a) {
  if (s.show) return s.show(a);
  const v = a[s.keys[0]];
  if (v === '?') return '不清楚';
  const opts = s.options ? s.options(a) : s.select ? s.select(a) : [];
  return opts.find(([k]) => k === v)?.[1] || v;
}

// ---- pages ----
function startView() {
  return h('section', null, h('h1', { tabindex: -1 }, '查一查：您的技能证书能领多少补贴'),
    h('p', { class: 'lead' }, '温州的职业资格培训补贴和失业保险技能提升补贴，哪一项能领、能领多少、找谁申领。'),
    h('p', null, '请准备好证书，需要填写：'),
    h('ul', null, h('li', null, '证书上的职业（工种）、等级和发证日期'), h('li', null, '取得证书的途径和发证机构'), h('li', null, '您的出生日期、参保和户籍情况')),
    h('a', { class: 'button primary start', href: '#p=occ' }, '开始'),
    h('p', { class: 'sub' }, '大约需要 2 分钟。'));
}

function dataBanner(info) {
  const b = $('#data-note');
  if (!info.problems?.length) { b.hidden = true; return; }
  const files = [...new Set(info.problems.map((p) => p.file).filter(Boolean))].join('、');
  b.replaceChildren(h('p', null, h('strong', null, `部分补贴数据没能更新${files ? `（${files}）` : ''}。`),
    info.fallback ? `正在使用本机上次保存的数据（${String(info.fallback.saved || '').slice(0, 10)}），结果可能不是最新的。` : ''),
  h('details', null, h('summary', null, '详情'), problemList(info.problems)));
  b.hidden = false;
}
const problemList = (list) => h('ul', { class: 'problems' }, list.slice(0, 8).map((x) => h('li', null, [x.file, x.field].filter(Boolean).join(' '), x.file || x.field ? '：' : '', x.message)));

async function render() {
  const a = readHash();
  const p = a.p || '';
  if (!p) { show(startView()); return; }
  show(h('p', { class: 'loading' }, '正在加载补贴数据…'));
  let info;
  try { info = await Wz.ready; } catch (e) {
    show(h('section', { class: 'notice warn' }, h('h1', { tabindex: -1 }, '补贴数据没能加载'),
      h('p', null, '这个页面需要的数据文件下载失败或内容有误，暂时无法计算：'),
      problemList(e.problems || [{ message: e.message }]),
      h('p', null, '请稍后刷新再试；也可以直接致电当地人力社保部门咨询。')));
    return;
  }
  dataBanner(info);
  cat = cat || Wz.catalogue();
  if (readHash().p !== p) return; // a newer navigation is already rendering
  if (p === 'result') {
    const missing = firstMissing(a);
    if (missing) { go({ ...a, p: missing, c: 1 }, true); return; }
    show(resultView(a));
    return;
  }
  const step = stepById(p);
  if (!step) { go({ ...a, p: firstMissing(a) || 'result' }, true); return; }
  show((step.render || genericStep)(step, a));
}

function show(el) {
  main.replaceChildren(el);
  main.querySelector('h1')?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

// ---- chrome: large text, print, service worker ----
const big = $('#big');
const setBig = (on) => { document.documentElement.classList.toggle('big', on); big.setAttribute('aria-pressed', String(on)); };
try { setBig(localStorage.getItem('wz-big') === '1'); } catch { /* private mode */ }
big.addEventListener('click', () => {
  const on = !document.documentElement.classList.contains('big');
  setBig(on);
  try { localStorage.setItem('wz-big', on ? '1' : '0'); } catch { /* ignore */ }
});
window.addEventListener('beforeprint', () => main.querySelectorAll('details').forEach((d) => { d.open = true; }));
window.addEventListener('hashchange', render);

// registered once the engine and data are in, so that it never competes with them for a slow line
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  Wz.ready.catch(() => {}).then(() => navigator.serviceWorker.register('sw.js')).then((reg) => {
    const offer = (w) => {
      if (!w || !navigator.serviceWorker.controller) return;
      const b = $('#update');
      b.replaceChildren(h('p', null, '有新版本可用。'), h('button', { type: 'button', class: 'secondary', onclick: () => w.postMessage('skip-waiting') }, '更新'));
      b.hidden = false;
    };
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      w?.addEventListener('statechange', () => { if (w.state === 'installed') offer(w); });
    });
  }).catch(() => {});
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !$('#update').childElementCount) return;
    reloading = true;
    location.reload();
  });
}

render();
