// The field app's forms: the case page's fields (pages/case-actions.js) for every command a TKSK records on the phone,
// empty or with a refused record's values and the service's words beside the fields they name; and a record told in
// those same words (the phone's side of a conflict, and the supervisor's view of it).
import { html } from "../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { dateTime, t, wibInputToIso, wibInputValue } from "../lib/words.js";
import { ErrorSummary, Radios, TextArea, TextInput, errorFor } from "../lib/forms.js";
import { Field, STEP_ACTIONS, bodyOf, caseActions, followUpFields } from "./case-actions.js";

/**
 * @typedef {{ id: string | null, message: string }} FieldError
 * @typedef {import("./case-actions.js").FieldSpec} FieldSpec
 * @typedef {(payload: Record<string, any>) => Promise<void>} Save
 */

/** An operation's fields, as the case page asks them. @param {any} c @param {string} operation @returns {FieldSpec[]} */
export function fieldsOf(c, operation) {
  const step = Object.values(STEP_ACTIONS).find((s) => s.operation === operation);
  if (step) return step.fields;
  if (operation === "RecordFollowUp") return followUpFields();
  return caseActions(c ?? {}, []).find((a) => a.operation === operation)?.fields ?? [];
}

/** Field: value, for each answered field ("Tingkat risiko: Rendah; …"). @param {FieldSpec[]} fields @param {Record<string, any> | null | undefined} values */
export function summary(fields, values) {
  return fields.filter((f) => values?.[f.name] != null && values[f.name] !== "" && f.type !== "location")
    .map((f) => `${t(f.label)}: ${shown(f, values?.[f.name])}`).join("; ");
}

/** @param {FieldSpec} f @param {any} v */
function shown(f, v) {
  if (typeof v === "boolean") return t(v ? "field.yes" : "field.no");
  if (Array.isArray(v)) return v.map((x) => f.options?.find((o) => o.value === x)?.label ?? x).join(", ");
  if (f.type === "datetime") return dateTime(v);
  return f.options?.find((o) => o.value === String(v))?.label ?? String(v);
}

/**
 * @typedef {{ fields: Record<string, string[]> | null, text: string }} Problems  a refusal: its messages by field, and its words
 * @typedef {{ c: any, operation: string, uid: string, title: string, initial?: Record<string, any>, problems?: Problems, onSave: Save, onCancel: () => void }} FormProps
 */

/** The form of one command, empty or with a refused record's values and the problem's words beside its fields. @param {FormProps} props */
export function CommandForm(props) {
  return props.operation === "RecordVisit" ? html`<${VisitForm} ...${props} />` : html`<${SpecForm} ...${props} />`;
}

/** The refusal's messages, each beside the field it names (matched by name), the rest above the form. @param {Problems | undefined} problems @param {Record<string, string>} ids */
function refusal(problems, ids) {
  if (!problems) return [];
  const entries = Object.entries(problems.fields ?? {});
  if (entries.length === 0) return problems.text ? [{ id: null, message: problems.text }] : [];
  return entries.flatMap(([path, messages]) => messages.map((message) => ({ id: ids[path.split(/[.[]/)[0].toLowerCase()] ?? null, message })));
}

/** @param {FormProps} props */
function SpecForm({ c, operation, uid, title, initial, problems, onSave, onCancel }) {
  const fields = fieldsOf(c, operation);
  const idOf = (/** @type {string} */ name) => `${uid}-${name}`;
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((f) => {
    const v = initial?.[f.name];
    if (v === undefined || v === null) return [f.name, f.initial ?? (f.type === "checkboxes" ? [] : "")];
    return [f.name, typeof v === "boolean" ? String(v) : f.type === "datetime" ? wibInputValue(Date.parse(v)) : v];
  })));
  const [errors] = useState(() => refusal(problems, Object.fromEntries(fields.map((f) => [f.name.toLowerCase(), idOf(f.name)]))));
  /** @param {Event} event */
  const submit = (event) => {
    event.preventDefault();
    onSave(bodyOf(fields, values));
  };
  return html`
    <form class="field-form" onSubmit=${submit} novalidate aria-label=${title}>
      <${ErrorSummary} errors=${errors.filter((e) => e.id)} />
      ${errors.filter((e) => !e.id).map((e) => html`<p class="field-problem">${e.message}</p>`)}
      ${fields.filter((f) => !f.shownWhen || f.shownWhen(values)).map((f) => html`<${Field} spec=${f} id=${idOf(f.name)} value=${values[f.name]}
        error=${errorFor(errors, idOf(f.name))} onChange=${(/** @type {any} */ v) => setValues((old) => ({ ...old, [f.name]: v }))} />`)}
      <div class="button-group">
        <button class="button" type="submit">${t("lapangan.save")}</button>
        <button class="button button--secondary" type="button" onClick=${onCancel}>${t("lapangan.cancel")}</button>
      </div>
    </form>`;
}

/** A visit, with the phone's GPS position shown before it is kept (or, fixing a refused one, the position it was kept with). @param {FormProps} props */
function VisitForm({ uid, title, initial, problems, onSave, onCancel }) {
  const [at, setAt] = useState(initial?.visitedAt ? wibInputValue(Date.parse(initial.visitedAt)) : wibInputValue());
  const [found, setFound] = useState(initial?.subjectFound === true ? "yes" : initial?.subjectFound === false ? "no" : "");
  const [notes, setNotes] = useState(/** @type {string} */ (initial?.notes ?? ""));
  const ids = { visitedat: `${uid}-visited-at`, subjectfound: `${uid}-found`, notes: `${uid}-notes` };
  const [errors, setErrors] = useState(/** @type {FieldError[]} */ (refusal(problems, ids)));
  const kept = initial?.latitude != null ? { latitude: Number(initial.latitude), longitude: Number(initial.longitude), accuracy: null } : null;
  const [position, setPosition] = useState(/** @type {{ latitude: number, longitude: number, accuracy: number | null } | "asking" | "none"} */ (kept ?? "asking"));

  useEffect(() => {
    if (kept) return;
    if (!navigator.geolocation) { setPosition("none"); return; }
    navigator.geolocation.getCurrentPosition((p) => setPosition(p.coords), () => setPosition("none"),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 });
  }, []);

  /** @param {Event} event */
  const submit = (event) => {
    event.preventDefault();
    /** @type {FieldError[]} */
    const found_ = [];
    if (!at) found_.push({ id: ids.visitedat, message: t("lapangan.error.visitedAt") });
    if (!found) found_.push({ id: ids.subjectfound, message: t("lapangan.error.found") });
    setErrors(found_);
    if (found_.length) return;
    const coords = typeof position === "object" ? position : null;
    onSave({
      visitedAt: wibInputToIso(at), subjectFound: found === "yes", notes: notes.trim() || null,
      latitude: coords?.latitude ?? null, longitude: coords?.longitude ?? null,
    });
  };

  return html`
    <form class="field-form" onSubmit=${submit} novalidate aria-label=${title}>
      <${ErrorSummary} errors=${errors.filter((e) => e.id)} />
      ${errors.filter((e) => !e.id).map((e) => html`<p class="field-problem">${e.message}</p>`)}
      <${TextInput} id=${ids.visitedat} type="datetime-local" label=${t("lapangan.visitedAt")} value=${at} onInput=${setAt} error=${errorFor(errors, ids.visitedat)} />
      <${Radios} id=${ids.subjectfound} legend=${t("lapangan.found")} value=${found} onChange=${setFound} inline error=${errorFor(errors, ids.subjectfound)}
        options=${[{ value: "yes", label: t("lapangan.yes") }, { value: "no", label: t("lapangan.no") }]} />
      <${TextArea} id=${ids.notes} label=${t("lapangan.notes")} value=${notes} onInput=${setNotes} rows=${3} error=${errorFor(errors, ids.notes)} />
      <p class="hint" role="status">${position === "asking" ? t("lapangan.gps.asking") : position === "none" ? t("lapangan.gps.none")
        : position.accuracy === null ? t("lapangan.gps.kept", { lat: position.latitude.toFixed(5), lon: position.longitude.toFixed(5) })
        : t("lapangan.gps.at", { lat: position.latitude.toFixed(5), lon: position.longitude.toFixed(5), m: Math.round(position.accuracy) })}</p>
      <div class="button-group">
        <button class="button" type="submit">${t("lapangan.save")}</button>
        <button class="button button--secondary" type="button" onClick=${onCancel}>${t("lapangan.cancel")}</button>
      </div>
    </form>`;
}

/** What a queued command says, in the form's words (the supervisor's conflict page shows the TKSK's side this way). @param {string} operation @param {Record<string, any> | null} payload */
export const recordSummary = (operation, payload) => summary(fieldsOf(null, operation), payload);
