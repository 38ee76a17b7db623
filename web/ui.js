// Small helpers shared by the site's other pages (bureau, calculator, embed guide):
// DOM building (text is always text), money and phone formatting, the data banner.
// Formatting only: no rule lives here.
import { $, h } from './dom.js';

export { $, h };

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

export function loadFailed(main, e) {
  main.replaceChildren(h('section', { class: 'notice warn' }, h('h1', { tabindex: -1 }, '补贴数据没能加载'),
    h('p', null, '这个页面需要的数据文件下载失败或内容有误：'),
    h('ul', { class: 'problems' }, (e?.problems || [{ message: e?.message || String(e) }]).slice(0, 8)
      .map((x) => h('li', null, [x.file, x.field].filter(Boolean).join(' '), x.file || x.field ? '：' : '', x.message))),
    h('p', null, '请稍后刷新再试。')));
}

export function dataNote(info) {
  const b = $('#data-note');
  if (!b || !info?.problems?.length) return;
  b.replaceChildren(h('p', null, h('strong', null, '部分补贴数据没能更新。'),
    info.fallback ? `正在使用本机上次保存的数据（${String(info.fallback.saved || '').slice(0, 10)}）。` : ''));
  b.hidden = false;
}

// the edition line: title, period, data date
export const editionText = (ed) => `${ed.title || ''}（适用于 ${ed.from} 至 ${ed.to}），数据日期 ${ed.dataDate || ''}`;

// the site's service worker (offline copy of every page), registered once the engine is in
export function serviceWorker(ready) {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  ready.catch(() => {}).then(() => navigator.serviceWorker.register('sw.js')).catch(() => {});
}
