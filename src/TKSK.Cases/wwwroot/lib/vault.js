// The field app's store on the phone: this TKSK's cases and queue in IndexedDB, every record's content encrypted
// (AES-GCM, a fresh 12-byte IV each time) under a key derived from the TKSK's passphrase (PBKDF2-SHA256, 600,000
// rounds). The key is never stored: it lives in this module's memory until the page is closed or reloaded. What
// stays readable without it: case ids and versions, how many commands wait and their state — no name, place or note.

const DB_NAME = "tksk-field";
const ITERATIONS = 600_000;
const CHECK = "tksk-field-v1";
const DAY_MS = 24 * 60 * 60 * 1000;
// The service's Console:Field:WipeAfterDays, until the app has read it once (GET /api/v1/console/config).
const DEFAULT_WIPE_AFTER_DAYS = 14;

/**
 * @typedef {{ iv: Uint8Array<ArrayBuffer>, data: ArrayBuffer }} Sealed
 * @typedef {"waiting" | "sent" | "conflict" | "resolved" | "rejected"} QueueState
 * @typedef {{ choice: string, note: string | null, at: string }} Resolution  a supervisor's answer to a conflict
 * @typedef {{ commandId: string, referralId: string, caseNumber: string, type: string, payload: Record<string, any>,
 *   baseVersion: number | null, recordedAt: string, recordedBy: string, attachments: unknown[], problem?: string | null,
 *   fieldErrors?: Record<string, string[]> | null, resolution?: Resolution | null }} Command
 * @typedef {{ seq: number, state: QueueState, command: Command }} QueueItem
 */

/** @type {IDBDatabase | null} */
let db = null;
/** @type {CryptoKey | null} */
let key = null;
/** Told after every change of the queue or the cases (the counter and the pages redraw). */
export const changes = new EventTarget();
const changed = () => changes.dispatchEvent(new Event("change"));

/** @type {Promise<IDBDatabase> | null} */
let opening = null;

/** One connection per page, however many callers ask at once: a second one would hold up a wipe. @returns {Promise<IDBDatabase>} */
function open() {
  if (db) return Promise.resolve(db);
  opening ??= connect().finally(() => { opening = null; });
  return opening;
}

/** @returns {Promise<IDBDatabase>} */
function connect() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      d.createObjectStore("meta");
      d.createObjectStore("cases", { keyPath: "id" });
      // In the order recorded: the server applies a queue in order.
      d.createObjectStore("queue", { keyPath: "seq", autoIncrement: true });
    };
    request.onsuccess = () => {
      const d = request.result;
      // Another tab deleting the store (sign-out), or this one wiping it, must not wait for this connection.
      d.onversionchange = () => {
        d.close();
        if (db === d) { db = null; key = null; }
      };
      db = d;
      resolve(d);
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * @template T
 * @param {string} store @param {IDBTransactionMode} mode @param {(s: IDBObjectStore) => IDBRequest<T>} act
 * @returns {Promise<T>}
 */
async function run(store, mode, act) {
  const d = await open();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(store, mode);
    const request = act(tx.objectStore(store));
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
  });
}

/** @param {string} name @returns {Promise<any>} */
const readMeta = (name) => run("meta", "readonly", (s) => s.get(name));
/** @param {string} name @param {unknown} value */
const writeMeta = (name, value) => run("meta", "readwrite", (s) => s.put(value, name));

/** @param {string} passphrase @param {Uint8Array<ArrayBuffer>} salt @param {number} iterations */
async function derive(passphrase, salt, iterations) {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/** @param {unknown} value @param {CryptoKey} [withKey] @returns {Promise<Sealed>} */
async function seal(value, withKey = unlockedKey()) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return { iv, data: await crypto.subtle.encrypt({ name: "AES-GCM", iv }, withKey, new TextEncoder().encode(JSON.stringify(value))) };
}

/** @param {Sealed} sealed @param {CryptoKey} [withKey] */
async function unseal(sealed, withKey = unlockedKey()) {
  return JSON.parse(new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: sealed.iv }, withKey, sealed.data)));
}

function unlockedKey() {
  if (!key) throw new Error("The field store is locked.");
  return key;
}

export const isUnlocked = () => key !== null;

/** Whose store this is, if any: a store of another user is wiped before this one uses it. @returns {Promise<string | null>} */
export async function owner() {
  return (await readMeta("lock"))?.owner ?? null;
}

/** @param {string} passphrase @param {string} userId */
export async function createPassphrase(passphrase, userId) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const derived = await derive(passphrase, salt, ITERATIONS);
  await writeMeta("lock", { owner: userId, salt, iterations: ITERATIONS, check: await seal(CHECK, derived) });
  await noteContact();
  key = derived;
  changed();
}

/** @param {string} passphrase @returns {Promise<boolean>} false when it is not the store's passphrase */
export async function unlock(passphrase) {
  const lock = await readMeta("lock");
  if (!lock) return false;
  const derived = await derive(passphrase, lock.salt, lock.iterations);
  try {
    if ((await unseal(lock.check, derived)) !== CHECK) return false;
  } catch {
    return false;
  }
  key = derived;
  changed();
  return true;
}

/** The phone's id for the sync API, made at first use (not secret: the server registers it to the TKSK). */
export async function deviceId() {
  const known = await readMeta("device");
  if (known) return /** @type {string} */ (known);
  const made = "hp-" + crypto.randomUUID();
  await writeMeta("device", made);
  return made;
}

export const readCursor = () => readMeta("cursor").then((c) => /** @type {string} */ (c ?? "0"));
/** @param {string} cursor */
export const writeCursor = (cursor) => writeMeta("cursor", cursor);

/** Keeps each case unless the store has a newer version of it. @param {{ id: string, version: number }[]} cases */
export async function keepCases(cases) {
  const known = new Map((await run("cases", "readonly", (s) => s.getAll())).map((c) => [c.id, c.version]));
  const fresh = cases.filter((c) => (known.get(c.id) ?? -1) <= c.version);
  const sealed = await Promise.all(fresh.map(async (c) => ({ id: c.id, version: c.version, sealed: await seal(c) })));
  const d = await open();
  await new Promise((resolve, reject) => {
    const tx = d.transaction("cases", "readwrite");
    for (const c of sealed) tx.objectStore("cases").put(c);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  if (sealed.length) changed();
}

/** @returns {Promise<any[]>} */
export async function allCases() {
  const rows = await run("cases", "readonly", (s) => s.getAll());
  return Promise.all(rows.map((r) => unseal(r.sealed)));
}

/** Adds a command at the end of the queue. @param {Command} command */
export async function enqueue(command) {
  const sealed = await seal(command);
  await run("queue", "readwrite", (s) => s.add({ state: "waiting", sealed }));
  changed();
}

/** @returns {Promise<QueueItem[]>} in the order recorded */
export async function queue() {
  const rows = await run("queue", "readonly", (s) => s.getAll());
  return Promise.all(rows.map(async (r) => ({ seq: r.seq, state: r.state, command: await unseal(r.sealed) })));
}

/** @param {QueueItem[]} items */
export async function updateQueue(items) {
  const sealed = await Promise.all(items.map(async (i) => ({ seq: i.seq, state: i.state, sealed: await seal(i.command) })));
  const d = await open();
  await new Promise((resolve, reject) => {
    const tx = d.transaction("queue", "readwrite");
    for (const row of sealed) tx.objectStore("queue").put(row);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  changed();
}

/** A record fixed after a refusal takes its old place, to be sent again. @param {number} seq @param {Command} command */
export async function replace(seq, command) {
  const sealed = await seal(command);
  await run("queue", "readwrite", (s) => s.put({ seq, state: "waiting", sealed }));
  changed();
}

/** A refused record the TKSK chose not to send again. @param {number} seq */
export async function remove(seq) {
  await run("queue", "readwrite", (s) => s.delete(seq));
  changed();
}

/**
 * The service answered: the clock of "N days without contact" starts again, with the service's N once it is known.
 * Kept readable without the key (a time and a number), so a store out of contact is wiped before anyone unlocks it.
 * @param {number} [wipeAfterDays]
 */
export async function noteContact(wipeAfterDays) {
  const known = await readMeta("contact");
  await writeMeta("contact", { at: Date.now(), days: wipeAfterDays ?? known?.days ?? DEFAULT_WIPE_AFTER_DAYS });
}

/**
 * A phone that has not reached the service for N days is presumed lost: the store is wiped.
 * @returns {Promise<number | null>} the N it was wiped after, or null when it was kept
 */
export async function wipeIfOutOfContact() {
  if (!(await hasStore())) return null;
  const contact = await readMeta("contact");
  if (!contact || Date.now() - contact.at <= contact.days * DAY_MS) return null;
  await wipe();
  return contact.days;
}

/** How many commands wait to be sent: readable without the key, so the counter shows before the passphrase. */
export async function waitingCount() {
  if (!(await hasStore())) return 0;
  const rows = await run("queue", "readonly", (s) => s.getAll());
  return rows.filter((r) => r.state === "waiting").length;
}

/** What signing out would lose: records not sent yet, and refused ones not fixed. */
export async function unsentCount() {
  if (!(await hasStore())) return 0;
  const rows = await run("queue", "readonly", (s) => s.getAll());
  return rows.filter((r) => r.state === "waiting" || r.state === "rejected").length;
}

async function hasStore() {
  return db !== null || (await indexedDB.databases()).some((d) => d.name === DB_NAME);
}

/** Forgets everything: the key, the cases, the queue (sign-out, a revoked device, another user). */
export async function wipe() {
  key = null;
  db?.close();
  db = null;
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve(undefined);
  });
  changed();
}
