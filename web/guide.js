// The embed guide: fills the site's own address, the presets and the parent origin into the
// copy-paste snippets (the integrity hash is written into the page by build-site.mjs), and
// shows the widget itself with the same presets.
import Wz from './engine.js';
import './widget.js';
import { $, h, editionText, serviceWorker } from './ui.js';

const SITE = new URL('./', location.href).href.replace(/\/$/, '');
const SITE_ORIGIN = location.origin;
const SRI = $('#sri').textContent.trim();
const form = $('#preset');
const attr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function presets() {
  const p = {};
  for (const k of ['occupation', 'level', 'district']) { const v = form.elements[k].value.trim(); if (v) p[k] = v; }
  return p;
}
function hostOrigin() {
  try { const o = new URL(form.elements.host.value.trim()).origin; return o === 'null' ? '' : o; } catch { return ''; }
}

function snippets() {
  const p = presets();
  const attrs = Object.entries(p).map(([k, v]) => ` ${k}="${attr(v)}"`).join('');
  const integrity = SRI && !SRI.startsWith('@') ? ` integrity="${SRI}" crossorigin="anonymous"` : ' crossorigin="anonymous"';
  $('#snippet-widget code').textContent = `<script type="module" src="${SITE}/widget.js"${integrity}></script>\n<wz-subsidy-check${attrs}></wz-subsidy-check>`;
  const query = new URLSearchParams({ ...p, parent: hostOrigin() || 'https://www.example.com' });
  $('#snippet-iframe code').textContent = `<iframe id="wz-subsidy" src="${SITE}/embed.html?${attr(query.toString())}" title="技能证书补贴自查" loading="lazy" style="width:100%;height:640px;border:0"></iframe>
<script>
addEventListener('message', function (e) {
  var f = document.getElementById('wz-subsidy');
  if (e.origin !== '${SITE_ORIGIN}' || e.source !== f.contentWindow) return;
  if (e.data && e.data.type === 'wz-subsidy-height') f.style.height = Math.ceil(e.data.height) + 'px';
});
</script>`;
  $('#snippet-csp code').textContent = `script-src 'self' ${SITE_ORIGIN} 'wasm-unsafe-eval'; connect-src 'self' ${SITE_ORIGIN}`;
  const demo = h('wz-subsidy-check', p);
  $('#demo').replaceChildren(demo);
}

for (const b of document.querySelectorAll('button.copy')) {
  b.addEventListener('click', async () => {
    const out = b.parentElement.querySelector('.copied');
    try { await navigator.clipboard.writeText($(`#${b.dataset.for} code`).textContent); out.textContent = '已复制'; } catch { out.textContent = '请手动选中代码复制'; }
  });
}

async function start() {
  try { await Wz.ready; } catch { $('#edition').textContent = '补贴数据没能加载'; snippets(); return; }
  const cat = Wz.catalogue();
  $('#edition').textContent = editionText(cat.edition);
  const names = [...cat.catalogue.categories.flatMap((c) => c.occupations), ...new Set(Object.values(cat.catalogue.specialAbility.lists).flat())];
  $('#p-occupations').replaceChildren(...names.map((n) => h('option', { value: n })));
  $('#p-level').append(...cat.levels.map((l) => h('option', { value: l.name }, l.name)));
  $('#p-district').append(...cat.districts.map((d) => h('option', { value: d.name }, d.name)));
  form.elements.occupation.value = '电工';
  snippets();
  form.addEventListener('input', snippets);
  form.addEventListener('change', snippets);
  form.addEventListener('submit', (e) => e.preventDefault());
}
serviceWorker(Wz.ready);
start();
