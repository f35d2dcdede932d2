// Region names from the service's reference data, and a search over them that forgives the ways
// people write them: case, old spellings (Soerabaja), missing spaces (Sumberwringin), prefixes (kab., ds.), typos.
import { get } from "./api.js";

/** @typedef {{ code: string, name: string }} Region */

/** @type {Map<string, Promise<Region[]>>} */
const loaded = new Map();

/** @param {string} path @returns {Promise<Region[]>} */
function list(path) {
  let regions = loaded.get(path);
  if (!regions) {
    regions = get(path).then((r) => /** @type {Region[]} */ (r.data));
    // A failed load is not kept: the next attempt asks again.
    regions.catch(() => loaded.delete(path));
    loaded.set(path, regions);
  }
  return regions;
}

/** The kabupaten and kota of a province (East Java: 35). @param {string} province */
export const kabupatenOf = (province) => list(`/api/v1/regions/provinces/${province}/kabupaten`);
/** @param {string} kabupaten */
export const kecamatanOf = (kabupaten) => list(`/api/v1/regions/kabupaten/${kabupaten}/kecamatan`);
/** @param {string} kecamatan */
export const desaOf = (kecamatan) => list(`/api/v1/regions/kecamatan/${kecamatan}/desa`);

// "Kota" stays: Kota Madiun and Kabupaten Madiun are two places, and "kota madiun" must find the first.
const PREFIXES = /^(kabupaten|kab|kec|kecamatan|ds|desa|kel|kelurahan|dsn|dusun)\b\.?\s*/;

/** Lower case, no diacritics or punctuation, old Dutch-era spellings as today's, no administrative prefix. @param {string} text */
export function fold(text) {
  return text
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/oe/g, "u").replace(/dj/g, "j").replace(/tj/g, "c").replace(/sj/g, "sy").replace(/ch/g, "kh")
    .replace(/(.)\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .replace(PREFIXES, "");
}

/** Edit distance with transpositions (optimal string alignment), stopping early past `limit`. @param {string} a @param {string} b @param {number} limit */
export function distance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  /** @type {number[][]} */
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      best = Math.min(best, d[i][j]);
    }
    if (best > limit) return limit + 1;
  }
  return d[a.length][b.length];
}

/**
 * How well a name answers a query: 0 is best, Infinity no match. Whole-name and word-start matches
 * come first, then a match anywhere, then a near miss (one typo in five letters, two in longer words).
 * @param {string} query folded
 * @param {string} name folded
 */
export function score(query, name) {
  if (!query) return 0;
  if (name === query) return 0;
  const joined = name.replace(/ /g, "");
  const compact = query.replace(/ /g, "");
  if (name.startsWith(query) || joined.startsWith(compact)) return 1;
  if (name.split(" ").some((word) => word.startsWith(query))) return 2;
  if (name.includes(query) || joined.includes(compact)) return 3;
  const limit = compact.length <= 4 ? 1 : compact.length <= 8 ? 2 : 3;
  // The query against the name, and against each stretch of the name as long as the query (a word typed with a typo).
  let best = distance(compact, joined, limit);
  for (let start = 0; best > 0 && start + compact.length - 1 <= joined.length; start++)
    for (const length of [compact.length - 1, compact.length, compact.length + 1])
      if (length > 0 && start + length <= joined.length) best = Math.min(best, distance(compact, joined.slice(start, start + length), limit));
  return best <= limit ? 4 + best : Infinity;
}

/**
 * The entries whose name matches a query, best first.
 * @template T
 * @param {T[]} entries
 * @param {string} query
 * @param {(entry: T) => string} nameOf
 * @returns {T[]}
 */
export function search(entries, query, nameOf) {
  const q = fold(query);
  if (!q) return entries;
  return entries
    .map((entry) => ({ entry, name: nameOf(entry), score: score(q, fold(nameOf(entry))) }))
    .filter((m) => m.score !== Infinity)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .map((m) => m.entry);
}
