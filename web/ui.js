// Helpers of the site's other pages (bureau, calculator, embed guide): the data banner and
// the edition line, with dom.js's shared ones passed on. Formatting only: no rule lives here.
import { $, h } from './dom.js';

export { $, h, money, tel, phonesIn, STATUS } from './dom.js';

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
