// The helpers every page and the widget share (web/build-site.mjs inlines this file into
// widget.js): h(tag, attrs, ...kids) builds an element, text is always text (engine
// messages never become markup); money and phone formatting; the names the page shows for
// the contract's codes. Formatting only: no rule lives here.
export const $ = (sel, root = document) => root.querySelector(sel);

export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat(9)) if (kid != null && kid !== false) el.append(kid.nodeType ? kid : String(kid));
  return el;
}

// yuan: whole amounts without decimals, others with two
const WHOLE = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const money = (n) => `¥${(Number.isInteger(Number(n)) ? WHOLE : CENTS).format(Number(n))}`;

// a landline of the data's area code, or a mobile number, as a tap-to-call link
export function tel(number, areaCode) {
  const p = String(number).replace(/\D/g, '');
  if (p.length === 11 && p[0] === '1') return h('a', { class: 'tel', href: `tel:+86-${p}` }, p);
  return h('a', { class: 'tel', href: `tel:+86-${String(areaCode).replace(/^0/, '')}-${p}` }, `${areaCode}-${p}`);
}
// every phone number in a directory cell ("88256177、13800000000")
export const phonesIn = (text, areaCode) => String(text || '').split(/[^\d]+/).filter((p) => p.length >= 7).map((p) => tel(p, areaCode));

// the device's date, YYYY-MM-DD (what a request's asOf defaults to)
export const today = () => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); };

// what the page calls the contract's codes
export const SCHEME = { 'occupational-training': '职业资格培训补贴', 'ui-skill-upgrade': '失业保险技能提升补贴' };
export const STATUS = { eligible: '可以申领', ineligible: '不能申领', consult: '需向当地确认' };
export const KIND = { A: 'A类', B: 'B类', C: 'C类', 'special-ability': '专项能力' };
