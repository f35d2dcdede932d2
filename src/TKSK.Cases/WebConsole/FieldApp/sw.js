// The field app's service worker: keeps the console's shell (the page and the files it names) so the app opens with
// no connection at all. It never keeps an API answer: case data lives only in the encrypted store (wwwroot/lib/vault.js).
// The service writes the build's version below, so a new build installs a new worker, which replaces the shell; the queue
// (IndexedDB) is not touched by an update.
const SHELL = "tksk-shell-{{version}}";

self.addEventListener("install", (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith("tksk-shell-") && n !== SHELL).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

/** The page (the same for every address of the console) and every file it links or preloads. */
async function keepShell() {
  const cache = await caches.open(SHELL);
  const page = await fetch("/", { cache: "no-cache" });
  if (!page.ok) throw new Error(`the console's page answered ${page.status}`);
  const text = await page.clone().text();
  // Once each: the entry module is both preloaded and loaded, and addAll refuses a list naming a file twice.
  const files = new Set([...text.matchAll(/(?:href|src)="(\/[^"]+)"/g)].map((m) => m[1]).filter((f) => f !== "/manifest.webmanifest"));
  await cache.addAll([...files]);
  await cache.put("/", page);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The API (and anything not ours) goes to the network untouched: nothing of it is ever kept here.
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate") event.respondWith(fetch(request).catch(() => cachedPage()));
  else event.respondWith(caches.open(SHELL).then((cache) => cache.match(request)).then((hit) => hit ?? fetch(request)));
});

async function cachedPage() {
  return (await (await caches.open(SHELL)).match("/")) ?? Response.error();
}
