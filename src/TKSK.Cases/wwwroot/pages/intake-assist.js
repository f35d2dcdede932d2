// Intake assist on the intake form: a pasted post → suggestions for the place, category, pasung and urgency, each
// filled into an empty field and marked as suggested with the words it came from, until the operator confirms or
// changes it. What was suggested goes with the report, so the service can count how often each suggestion is kept.
import { html } from "../lib/html.js";
import { label, t } from "../lib/words.js";
import { post } from "../lib/api.js";
import { desaOf, kecamatanOf, kabupatenOf } from "../lib/regions.js";
import { PROVINCE, categoryName } from "../lib/reference.js";

/**
 * @typedef {"kabupaten" | "kecamatan" | "desa" | "category" | "pasung" | "urgency"} Field
 * @typedef {{ start: number, end: number, text: string }} Evidence
 * @typedef {{ value: string, text: string, evidence: Evidence[], confirmed: boolean }} FieldSuggestion
 * @typedef {{ text: string, outOfArea: boolean, fields: Partial<Record<Field, FieldSuggestion>> }} Assist
 * @typedef {{ kabupaten: string, kecamatan: string, desa: string, category: string, pasung: boolean, urgency: string, assist: Assist | null }} AssistedReport
 */

/** The form's element of each field: errors link there. @type {Record<Field, string>} */
export const FIELD_IDS = {
  kabupaten: "f-location-kabupaten", kecamatan: "f-location-kecamatanCode", desa: "f-location-desaCode",
  category: "f-category", pasung: "f-pasung", urgency: "f-urgency",
};

/** @param {AssistedReport} r @param {Field} field */
const valueOf = (r, field) => (field === "pasung" ? String(r.pasung) : r[field]);

/**
 * Ask the service what the post says, with each value's name as the form shows it.
 * @param {string} text @param {import("../lib/reference.js").Category[]} categories @returns {Promise<Assist>}
 */
export async function suggest(text, categories) {
  const { data } = await post("/api/v1/intake-assist", { text });
  const s = /** @type {any} */ (data);
  /** @type {Partial<Record<Field, FieldSuggestion>>} */
  const fields = {};
  const add = (/** @type {Field} */ field, /** @type {string} */ value, /** @type {string} */ name, /** @type {Evidence[]} */ evidence) =>
    (fields[field] = { value, text: name, evidence, confirmed: false });
  const place = s.place;
  if (place && !place.outOfArea && place.kabupatenCode) {
    const nameIn = async (/** @type {Promise<import("../lib/regions.js").Region[]>} */ list, /** @type {string} */ code) =>
      (await list).find((r) => r.code === code)?.name ?? code;
    add("kabupaten", place.kabupatenCode, await nameIn(kabupatenOf(PROVINCE), place.kabupatenCode), place.evidence);
    if (place.kecamatanCode) add("kecamatan", place.kecamatanCode, await nameIn(kecamatanOf(place.kabupatenCode), place.kecamatanCode), place.evidence);
    if (place.kecamatanCode && place.desaCode) add("desa", place.desaCode, await nameIn(desaOf(place.kecamatanCode), place.desaCode), place.evidence);
  }
  if (s.category) {
    const category = categories.find((c) => c.code === s.category.code);
    add("category", s.category.code, category ? categoryName(category) : s.category.code, s.category.evidence);
  }
  add("pasung", String(s.pasung.value), t(s.pasung.value ? "intake.assist.pasungYes" : "intake.assist.pasungNo"), s.pasung.evidence);
  add("urgency", s.urgency.value, label("urgency", s.urgency.value), s.urgency.evidence);
  return { text, outOfArea: !!place?.outOfArea, fields };
}

/**
 * The report with the suggestions in the fields the operator has not filled yet (a place only where its level
 * above agrees, so a kecamatan never lands under another kabupaten).
 * @template {AssistedReport} R @param {R} r @param {Assist} assist @returns {R}
 */
export function fill(r, assist) {
  const f = assist.fields;
  const next = { ...r, assist };
  if (f.kabupaten && !r.kabupaten) Object.assign(next, { kabupaten: f.kabupaten.value, kecamatan: "", desa: "" });
  if (f.kecamatan && next.kabupaten === f.kabupaten?.value && !next.kecamatan) Object.assign(next, { kecamatan: f.kecamatan.value, desa: "" });
  if (f.desa && next.kecamatan === f.kecamatan?.value && !next.desa) next.desa = f.desa.value;
  if (f.category && !r.category) next.category = f.category.value;
  if (f.pasung?.value === "true") next.pasung = true;
  if (f.urgency && !r.urgency) next.urgency = f.urgency.value;
  return next;
}

/**
 * Each field's suggestion as the form shows it: still to confirm while the field holds it unconfirmed.
 * @param {AssistedReport} r @param {(field: Field) => void} confirm
 * @returns {Partial<Record<Field, import("../lib/forms.js").Suggestion>>}
 */
export function suggestionsOf(r, confirm) {
  const fields = r.assist?.fields ?? {};
  return Object.fromEntries(Object.entries(fields).map(([field, s]) => {
    const state = valueOf(r, /** @type {Field} */ (field)) !== s.value ? "changed" : s.confirmed ? "confirmed" : "suggested";
    return [field, { text: s.text, evidence: s.evidence.map((e) => e.text), state, onConfirm: () => confirm(/** @type {Field} */ (field)) }];
  }));
}

/** Suggestions neither confirmed nor changed: the form asks for each beside its field. @param {AssistedReport} r */
export function unconfirmed(r) {
  return Object.entries(suggestionsOf(r, () => {}))
    .filter(([, s]) => s.state === "suggested")
    .map(([field]) => ({ id: FIELD_IDS[/** @type {Field} */ (field)], message: t("intake.assist.confirmFirst") }));
}

/** What the report sends about the suggestions it was given. @param {Assist | null} assist */
export function assistRequest(assist) {
  if (!assist) return null;
  const fields = Object.entries(assist.fields).map(([field, s]) => ({ field, suggested: s.value, evidence: s.evidence.map((e) => e.text) }));
  return fields.length ? { fields } : null;
}

/**
 * The post as it was read, the words each suggestion came from highlighted and named.
 * @param {{ assist: Assist, current: string }} props
 */
export function ReadPost({ assist, current }) {
  if (assist.text !== current) return html`<p class="hint">${t("intake.assist.textChanged")}</p>`;
  /** @type {{ start: number, end: number, fields: string[] }[]} */
  const spans = [];
  for (const [field, s] of Object.entries(assist.fields))
    for (const e of s.evidence) {
      const name = t(/** @type {import("../lib/words.js").WordKey} */ ("intake.assist.field." + field));
      const same = spans.find((x) => x.start === e.start && x.end === e.end);
      if (same) { if (!same.fields.includes(name)) same.fields.push(name); } else spans.push({ start: e.start, end: e.end, fields: [name] });
    }
  spans.sort((a, b) => a.start - b.start);
  /** @type {any[]} */
  const parts = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping words: the first reading shows
    parts.push(assist.text.slice(at, s.start));
    parts.push(html`<mark>${assist.text.slice(s.start, s.end)}<span class="visually-hidden"> (${s.fields.join(", ")})</span></mark>`);
    at = s.end;
  }
  parts.push(assist.text.slice(at));
  return html`
    <div class="read-post">
      <p class="read-post__title">${t("intake.assist.readTitle")}</p>
      <p class="read-post__text">${parts}</p>
      ${assist.outOfArea ? html`<p>${t("intake.assist.outOfArea")}</p>` : null}
    </div>`;
}
