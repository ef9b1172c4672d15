/* global self, caches */
// The service worker (built to dist/sw.js by web/scripts/service-worker.mjs, which puts the build's file list and
// version in place of BUILD below). It keeps the app shell (the scripts, styles and fonts of this build) so a second
// visit starts from the device, and shows offline.html when a page is opened with no network.
// The API is never touched: every /api call, and every call that is not a GET, goes to the network as the page made
// it, so nothing is ever answered from a cache or queued to be sent later (a decision made offline simply fails).
const BUILD = self.__BMRTS_BUILD__;
const SHELL = `bmrts-shell-${BUILD.version}`;

self.addEventListener('install', (event) => {
  // From the HTTP cache where the page has just loaded them: installing costs no second download.
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(BUILD.files)));
});

self.addEventListener('activate', (event) => {
  // A new build's worker waits until no tab runs the old build (no skipWaiting): an open page keeps the chunks its
  // code asks for. Then the old shells go, and the page that installed the first worker is taken over at once.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('bmrts-shell-') && key !== SHELL).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Hashed files never change under their name: from the cache, else from the network and kept. */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    const copy = response.clone();
    caches.open(SHELL).then((cache) => cache.put(request, copy));
  }
  return response;
}

/** Pages from the network (index.html is 1 KB and names the current build's files); offline.html when there is none. */
async function pageOrOffline(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match('/offline.html')) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageOrOffline(request));
    return;
  }
  if (url.pathname.startsWith('/assets/') || BUILD.files.includes(url.pathname)) event.respondWith(cacheFirst(request));
});
