// <wz-subsidy-check occupation="电工" level="中级" district="鹿城区" as-of="2021-05-01">:
// the self-check in a box, for a training institution's or a partner's page.
// One file: web/build-site.mjs inlines engine.js into it and stamps the data bundle's name
// and the sha384 of the engine (glue and wasm), so the host's integrity="" on this file
// pins every line of code that runs. The engine and the data come from this file's own
// origin, never the host's; the styles live in a shadow root (constructed stylesheet, so a
// host CSP without 'unsafe-inline' styles is fine) and reset everything they inherit.
// No rule lives here: status, amounts, reasons, deadlines, offices and phones are the
// engine's answers; levels, districts, the area code and the edition come from catalogue().
import { createWzSubsidy } from './engine.js';
import { h, money, tel, today, SCHEME, STATUS, KIND } from './dom.js';

const BASE = new URL('./', import.meta.url).href;
const stamp = (s) => (s.startsWith('@') ? '' : s);
const BUNDLE = stamp('@BUNDLE@');
const SRI = { glue: stamp('@SRI_GLUE@'), wasm: stamp('@SRI_WASM@') };

let shared = null;
function engine() {
  if (!shared) {
    const own = window.WzSubsidy;
    shared = own && own.base === BASE && own.evaluate ? own
      : createWzSubsidy({ base: BASE, bundle: BUNDLE || 'bundle.json', lastGood: null, integrity: SRI.glue ? SRI : null });
  }
  return shared;
}

const CSS = `
:host{all:initial!important;display:block!important;box-sizing:border-box!important;width:auto!important;max-width:40em!important;
 margin:0!important;padding:0!important;border:0!important;position:static!important;visibility:visible!important;opacity:1!important;
 font:normal 400 medium/1.5 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif!important;
 color:#0b0c0c!important;background:#fff!important;text-align:left!important;letter-spacing:normal!important;text-transform:none!important;
 direction:ltr!important;writing-mode:horizontal-tb!important;-webkit-text-size-adjust:100%!important}
:host([hidden]){display:none!important}
*{box-sizing:border-box}
.w{border:2px solid #0b0c0c;border-top:8px solid #1d60a8;padding:.75em 1em 1em;container-type:inline-size}
h2{font-size:1.3em;line-height:1.25;margin:0 0 .25em}
h3{font-size:1.05em;margin:0 0 .25em}
p{margin:.4em 0}
.sub,.hint{color:#505a5f;font-size:.9em}
label,legend{display:block;font-weight:700;margin:.9em 0 .25em;padding:0}
fieldset{border:0;margin:0;padding:0;min-width:0}
.opt{display:flex;flex-wrap:wrap;gap:0 1em}
.opt label{display:inline-flex;align-items:center;gap:.4em;font-weight:400;margin:0;min-height:44px;min-width:44px;cursor:pointer}
.opt input{width:1.4em;height:1.4em;margin:0;accent-color:#0b0c0c}
input[type=text],input[type=date],input[type=number],select{font:inherit;color:#0b0c0c;background:#fff;width:100%;min-height:48px;
 padding:.3em .5em;border:2px solid #0b0c0c;border-radius:0;margin:0}
input[aria-invalid=true],select[aria-invalid=true]{border-color:#b3261e}
button{font:inherit;font-weight:700;min-height:48px;min-width:44px;padding:.5em 1.1em;border:0;border-radius:0;cursor:pointer;
 background:#00703c;color:#fff;box-shadow:0 3px 0 #002d18;margin-top:1.1em}
ul{margin:.25em 0;padding-left:1.2em}
.picks{list-style:none;padding:0;margin:.35em 0 0}
.picks button{width:100%;margin:0 0 .3em;text-align:left;font-weight:400;background:#f3f2f1;color:#0b0c0c;box-shadow:none;border-left:5px solid #1d60a8}
a{color:#1d60a8;text-underline-offset:.15em}
:focus-visible,a:focus,button:focus,input:focus,input:focus-within,select:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}
a:focus{background:#ffdd00;color:#0b0c0c;outline:0;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
.err{color:#b3261e;font-weight:700;border-left:5px solid #b3261e;padding-left:.75em}
.res{margin-top:1em}
.res h3:focus{outline:0;box-shadow:none}
.pair{display:grid;grid-template-columns:1fr;gap:.6em}
@container (min-width:30em){.pair{grid-template-columns:1fr 1fr}}
.card{border:2px solid #b1b4b6;border-top-width:8px;padding:.6em;overflow-wrap:anywhere}
.st-eligible{border-color:#00703c}.st-ineligible{border-color:#b3261e}.st-consult{border-color:#8a4b00}
.status{font-weight:700;margin:.2em 0 0}
.st-eligible .status{color:#00703c}.st-ineligible .status{color:#b3261e}.st-consult .status{color:#8a4b00}
.amount{font-size:1.8em;font-weight:700;line-height:1.2;margin:0}
.st-ineligible .amount{color:#505a5f}
.tel{display:inline-flex;align-items:center;min-height:44px;padding:0 .25em;font-weight:700;margin-right:.5em}
.note{background:#f3f2f1;border-left:5px solid #8a4b00;padding:.4em .75em}
.rec{font-weight:700;border-left:5px solid #00703c;padding:.2em .75em}
.foot{border-top:1px solid #b1b4b6;margin-top:1em;padding-top:.5em}
.foot a{display:inline-flex;align-items:center;min-height:44px}
[hidden]{display:none!important}
`;
let sheet = null;
function styles(root) {
  if (!sheet && 'adoptedStyleSheets' in Document.prototype) {
    try { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); } catch { sheet = null; }
  }
  if (sheet) root.adoptedStyleSheets = [sheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: CSS }));
}

const ROUTES = [['institution', '在温州的职业培训机构参加培训和鉴定'], ['self-study', '自学后自己报名参加鉴定'],
  ['competition', '参加人力社保部门组织或选送的技能竞赛'], ['enterprise-evaluation', '单位或行业协会的技能人才自主评价'],
  ['enterprise-pilot', '企业职业技能等级认定试点'], ['apprenticeship', '企业新型学徒制培训'], ['master-apprentice', '技能大师工作室以师带徒']];
const ISSUERS = [['wenzhou-hrss', '温州市或所辖区、县（市）人力社保部门'], ['zhejiang-hrss', '浙江省人力社保厅'],
  ['registered-evaluator', '已备案的企业、院校或社会评价机构'], ['industry', '行业技能鉴定部门'], ['outside', '外省或外市的机构']];
// where an engine error points, which field to mark
const FIELD = { 'certificate.occupation': 'o', 'certificate.level': 'l', 'certificate.issueDate': 'd', 'certificate.route': 'r',
  'certificate.trainingDistrict': 'td', 'certificate.issuer': 'i', 'person.gender': 'g0', 'person.birthDate': 'b',
  'person.uiDistrict': 'ud', 'person.uiMonths': 'm', 'person.hukouDistrict': 'hk', asOf: 'a' };

class WzSubsidyCheck extends HTMLElement {
  static get observedAttributes() { return ['occupation', 'level', 'district', 'as-of']; }

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    styles(root);
    this.box = h('section', { class: 'w', 'aria-labelledby': 'wt' }, h('h2', { id: 'wt' }, '技能证书补贴自查'), h('p', { class: 'sub' }, '正在加载补贴数据…'));
    root.append(this.box);
    this.wz = engine();
    this.wz.ready.then(() => this.build(), (e) => this.failed(e));
  }

  attributeChangedCallback() { if (this.form) this.preset(); }

  failed(e) {
    this.box.replaceChildren(h('h2', { id: 'wt' }, '技能证书补贴自查'),
      h('p', { class: 'err', role: 'alert' }, '补贴数据没能加载，请稍后再试。'),
      h('p', { class: 'sub' }, (e?.problems || []).map((p) => `${p.file} ${p.message}`).join('；') || String(e?.message || '')));
  }

  build() {
    const cat = this.cat = this.wz.catalogue();
    const ids = (id) => ({ id, name: id });
    const opts = (list, value) => list.map(([v, t]) => h('option', { value: v, selected: v === value }, t));
    const districts = cat.districts.map((d) => [d.name, d.name]);
    const sel = (id, list, first = '请选择') => h('select', ids(id), h('option', { value: '' }, first), opts(list));
    const field = (id, label, control, hint) => {
      if (hint) [control].flat()[0].setAttribute('aria-describedby', `${id}-h`);
      return h('div', { id: `f-${id}` }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-h` }, hint) : null, control);
    };

    this.picks = h('ul', { class: 'picks', 'aria-label': '名称建议' });
    const o = h('input', { ...ids('o'), type: 'text', autocomplete: 'off', oninput: () => this.suggest() });
    const uiDist = field('ud', '失业保险参保地', sel('ud', districts));
    const months = field('m', '累计缴费月数', h('input', { ...ids('m'), type: 'number', min: 0, max: 600, inputmode: 'numeric', class: 'short' }));
    const td = field('td', '培训班备案地（竞赛为选送地）', sel('td', districts));
    const radio = (name, list) => h('div', { class: 'opt' }, list.map(([v, t], i) => h('label', null,
      h('input', { type: 'radio', name, id: `${name}${i}`, value: v }), t)));
    this.form = h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); this.check(); }, onchange: () => this.reveal() },
      field('o', '证书上的职业（工种）', [o, this.picks], '输入名称或拼音首字母，如「电工」「dg」'),
      field('l', '证书等级', sel('l', [])),
      field('d', '发证日期', h('input', { ...ids('d'), type: 'date' })),
      field('r', '取得证书的途径', sel('r', ROUTES)),
      td,
      field('i', '发证机构', h('select', ids('i'), opts(ISSUERS, 'wenzhou-hrss'))),
      h('fieldset', { id: 'f-g0' }, h('legend', null, '性别'), radio('g', [['male', '男'], ['female', '女']])),
      field('b', '出生日期', h('input', { ...ids('b'), type: 'date' })),
      h('fieldset', null, h('legend', null, '现在是否在缴纳失业保险'), radio('ui', [['yes', '正在缴纳'], ['no', '没有']])),
      uiDist, months,
      field('hk', '户籍', sel('hk', [...districts, ['other', '温州以外']])),
      h('div', { class: 'opt' }, h('label', null, h('input', { type: 'checkbox', id: 'w', name: 'w' }), '在温州市区就业或创业')),
      field('a', '申领日期', h('input', { ...ids('a'), type: 'date', value: today() }), '默认今天；可以换成政策期内的日期'),
      h('button', { type: 'submit' }, '查看能领多少'));
    this.out = h('div', { class: 'res', 'aria-live': 'polite' });
    const ed = cat.edition || {};
    const foot = h('p', { class: 'foot sub' }, `数据：${ed.title || ''}（${ed.from} 至 ${ed.to}），数据日期 ${ed.dataDate || ''}。`,
      h('br'), h('a', { href: new URL(ed.bureauPage || 'bureau.html', BASE).href, target: '_blank', rel: 'noopener' }, '温州市人力社保局：补贴政策和目录'),
      ' · ', this.full = h('a', { href: new URL('index.html', BASE).href, target: '_blank', rel: 'noopener' }, '完整自查'));
    this.box.replaceChildren(h('h2', { id: 'wt' }, '技能证书补贴自查'),
      h('p', { class: 'sub' }, '温州职业资格培训补贴和失业保险技能提升补贴，能领哪一项、多少、找谁申领。计算在本机完成，不上传信息。'),
      this.form, this.out, foot);
    this.preset();
  }

  $(id) { return this.shadowRoot.getElementById(id); }
  val(id) { return (this.$(id)?.value || '').trim(); }
  radio(name) { return this.shadowRoot.querySelector(`input[name="${name}"]:checked`)?.value || ''; }

  preset() {
    const a = (n) => (this.getAttribute(n) || '').trim();
    if (a('occupation')) this.$('o').value = a('occupation');
    this.kind = null;
    this.levels(a('level'));
    for (const id of ['td', 'ud']) if (a('district') && this.cat.districts.some((d) => d.name === a('district'))) this.$(id).value = a('district');
    if (a('as-of')) this.$('a').value = a('as-of');
    this.reveal();
  }

  // levels of the catalogue; a special-ability name has only the levels the engine lists for it
  levels(want) {
    const l = this.$('l');
    const keep = want || l.value;
    const s = this.wz.suggest(this.val('o'), 8).find((x) => x.name === this.val('o'));
    this.kind = s?.kind || null;
    const names = s?.levels?.length ? s.levels : this.cat.levels.map((x) => x.name);
    const alias = (n) => this.cat.levels.find((x) => x.name === n)?.aliases || [];
    l.replaceChildren(h('option', { value: '' }, '请选择'), ...names.map((n) => h('option', { value: n, selected: n === keep },
      [n, ...alias(n)].join(' / '))));
  }

  suggest() {
    const q = this.val('o');
    const found = q ? this.wz.suggest(q, 5) : [];
    this.picks.replaceChildren(...found.map((s) => h('li', null, h('button', { type: 'button', onclick: () => {
      this.$('o').value = s.name; this.picks.replaceChildren(); this.levels(); this.$('l').focus();
    } }, `${s.name}（${KIND[s.kind] || s.kind}${s.alias ? `，即「${s.alias}」` : ''}）`))));
    this.levels();
  }

  request() {
    const person = { gender: this.radio('g') || undefined, birthDate: this.val('b') || undefined,
      hukouDistrict: this.val('hk') || undefined, worksInUrbanArea: this.$('w').checked };
    if (this.radio('ui') === 'yes') Object.assign(person, { uiInsured: true, uiDistrict: this.val('ud') || undefined });
    if (this.val('m') !== '') person.uiMonths = Number(this.val('m'));
    const certificate = { type: this.kind === 'special-ability' ? 'special-ability' : 'qualification', occupation: this.val('o') || undefined,
      level: this.val('l') || undefined, issueDate: this.val('d') || undefined, issuer: this.val('i') || 'wenzhou-hrss',
      route: this.val('r') || undefined };
    if (!this.$('f-td').hidden && this.val('td')) certificate.trainingDistrict = this.val('td');
    const req = { kind: 'individual', person, certificate, history: [] };
    if (this.val('a')) req.asOf = this.val('a');
    return req;
  }

  // the filing district is asked only when the engine says the route needs it
  reveal() {
    const req = this.request();
    delete req.certificate.trainingDistrict;
    const errs = this.wz.evaluate(req).errors || [];
    this.$('f-td').hidden = !errs.some((e) => e.path === 'certificate.trainingDistrict');
    const insured = this.radio('ui') === 'yes';
    this.$('f-ud').hidden = !insured;
    this.$('f-m').hidden = !insured;
  }

  check() {
    this.reveal();
    for (const el of this.shadowRoot.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    const r = this.wz.evaluate(this.request());
    if (!r.ok) {
      const items = (r.errors || []).map((e) => {
        const id = FIELD[e.path] || FIELD[Object.keys(FIELD).find((p) => e.path.startsWith(p))];
        const el = id && this.$(id);
        const label = el && (this.shadowRoot.querySelector(`label[for="${id}"]`) || el.closest('fieldset')?.querySelector('legend'));
        el?.setAttribute('aria-invalid', 'true');
        return h('li', null, label ? `${e.code === 'missing-field' ? '请填写' : '请检查'}：${label.textContent}` : e.message);
      });
      this.show(h('div', { class: 'err', role: 'alert' }, h('h3', { tabindex: -1 }, '有些回答需要补充'), h('ul', null, items)));
      this.shadowRoot.querySelector('[aria-invalid]')?.focus({ preventScroll: true });
      return;
    }
    const areaCode = this.cat.areaCode || '';
    const ed = r.edition || {};
    const cards = r.results.map((x) => {
      const ap = x.apply || {};
      const why = x.reasons.filter((y) => y.effect !== 'ok');
      return h('div', { class: `card st-${x.status}` }, h('h3', null, SCHEME[x.scheme] || x.scheme),
        h('p', { class: 'status' }, STATUS[x.status] || x.status), h('p', { class: 'amount' }, money(x.amount)),
        x.category ? h('p', { class: 'sub' }, `${KIND[x.category] || x.category}标准`) : null,
        x.deadline && x.status !== 'ineligible' ? h('p', null, `申领截止：${x.deadline}`) : null,
        why.length ? h('ul', null, why.map((y) => h('li', null, y.message))) : null,
        ap.who || ap.office ? h('p', { class: 'sub' }, [ap.who, [ap.district, ap.office].filter(Boolean).join(' ')].filter(Boolean).join('，')) : null,
        ap.phones?.length ? h('p', null, `${ap.district || ''}咨询：`, ap.phones.map((p) => tel(p, areaCode))) : null);
    });
    const best = r.best.map((s) => SCHEME[s] || s);
    this.full.href = new URL(`index.html#${new URLSearchParams({ o: this.val('o'), l: this.val('l'), d: this.val('d'), p: 'occ' })}`, BASE).href;
    this.show(h('div', null, h('h3', { tabindex: -1 }, `结果：${this.val('o')}（${this.val('l')}）`),
      ed.ended ? h('p', { class: 'note' }, `这一版政策已于 ${ed.to} 结束，${r.asOf} 不在适用期内；下面只说明按这一版会怎样，现在能领什么请致电咨询。`) : null,
      h('div', { class: 'pair' }, cards),
      h('p', { class: 'rec' }, !best.length ? '两项补贴目前都不能直接申领，请看原因或致电咨询。'
        : best.length > 1 ? '两项补贴金额相同，选其中一项申领。' : `建议申领：${best[0]}${r.difference > 0 ? `，比另一项多 ${money(r.difference)}` : ''}。`),
      h('p', { class: 'sub' }, '结果仅供参考，以人力社保部门审核为准。')));
  }

  show(el) {
    this.out.replaceChildren(el);
    el.querySelector('h3')?.focus({ preventScroll: true });
  }
}

if (!customElements.get('wz-subsidy-check')) customElements.define('wz-subsidy-check', WzSubsidyCheck);
