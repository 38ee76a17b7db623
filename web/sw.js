// Service worker (squoosh-style): a versioned precache of the whole site, stamped by
// web/build-site.mjs. Scripts, styles and the engine come from the cache; the page and
// the data files are asked from the network first (so fresh data shows up) and fall
// back to the cache offline. A new version waits until the page's "更新" button.
const VERSION = '@VERSION@';
const ASSETS = '@ASSETS@'.split(' ');
const CACHE = `wz-${VERSION}`;
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS.map((a) => new Request(a, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('wz-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true }))
    || (request.mode === 'navigate' ? cache.match('index.html') : undefined);
}

async function networkFirst(request) {
  const network = fetch(request);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    const answer = await Promise.race([network, timeout.then(() => fromCache(request))]);
    if (answer) return answer;
    return await network;
  } catch {
    return (await fromCache(request)) || Response.error();
  }
}

async function cacheFirst(request) {
  return (await fromCache(request)) || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const fresh = request.mode === 'navigate' || url.pathname.endsWith('.html') || url.pathname.includes('/data/');
  event.respondWith(fresh ? networkFirst(request) : cacheFirst(request));
});
