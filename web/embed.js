// embed.html?occupation=…&level=…&district=…&as-of=…&parent=<the host page's origin>
// The widget in a page of its own, for an <iframe>. It reports its height to the page that
// frames it, and only to that page's origin: the `parent` parameter, else the origin of
// document.referrer; never "*". With neither, or outside a frame, it reports nothing.
import './widget.js';

const q = new URLSearchParams(location.search);
const el = document.createElement('wz-subsidy-check');
for (const k of ['occupation', 'level', 'district', 'as-of']) if (q.get(k)) el.setAttribute(k, q.get(k));
document.getElementById('main').append(el);

function parentOrigin() {
  if (window.parent === window) return null;
  for (const candidate of [q.get('parent'), document.referrer]) {
    if (!candidate) continue;
    try {
      const o = new URL(candidate).origin;
      if (o && o !== 'null' && /^https?:$/.test(new URL(o).protocol)) return o;
    } catch { /* not a URL: try the next */ }
  }
  return null;
}

const target = parentOrigin();
if (target) {
  let sent = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: 'wz-subsidy-height', height }, target);
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
