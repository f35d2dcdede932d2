// The commands a person can send on a case, each a small form sent with If-Match: the version the
// page shows. A page that is behind gets "kasus ini sudah diubah — muat ulang" and keeps what was typed.
import { html } from "../lib/html.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { t, wibInputToIso, wibInputValue } from "../lib/words.js";
import { ApiError, get, newIdempotencyKey, post } from "../lib/api.js";
import { clearDraft, readDraft, writeDraft } from "../lib/session.js";
import { Banner, Checkboxes, ErrorSummary, Radios, Select, TextArea, TextInput, errorFor, problemErrors } from "../lib/forms.js";
import { CoordinatorChoice } from "./assign.js";
import { DECISIONS, NEEDS, OUTCOMES, RISK_LEVELS, SHARING_BASES, STEP_KINDS, SUBJECT_STATUSES, URGENCIES, categoryName, loadCategories, options } from "../lib/reference.js";

/**
 * @typedef {import("../lib/forms.js").Option} Option
 * @typedef {{ name: string, type: "text" | "textarea" | "select" | "radios" | "yesno" | "checkboxes" | "datetime" | "date" | "location" | "coordinator",
 *   label: import("../lib/words.js").WordKey, options?: Option[], initial?: any, shownWhen?: (values: Record<string, any>) => boolean, hint?: string }} FieldSpec
 * @typedef {{ operation: string, path: string, fields: FieldSpec[] }} ActionSpec
 * @typedef {Record<string, any>} CaseView
 */

const yesNo = () => [{ value: "true", label: t("field.yes") }, { value: "false", label: t("field.no") }];

/**
 * The forms of the case's own commands (its steps, consents and follow-ups have theirs beside them).
 * @param {CaseView} view
 * @param {import("../lib/reference.js").Category[]} categories
 * @returns {ActionSpec[]}
 */
export function caseActions(view, categories) {
  const duplicates = (view.possibleDuplicates ?? []).map((/** @type {any} */ d) => ({ value: d.referralId, label: d.number }));
  return [
    { operation: "AssessReferral", path: "assessment", fields: [
      { name: "decision", type: "radios", label: "field.decision", options: options("decision", DECISIONS) },
      { name: "category", type: "select", label: "field.category", initial: view.category, options: categories.map((c) => ({ value: c.code, label: categoryName(c) })) },
      { name: "urgency", type: "radios", label: "field.urgency", initial: view.urgency, options: options("urgency", URGENCIES) },
      { name: "duplicateOf", type: "select", label: "field.duplicateOf", hint: t("field.duplicateOfHint"), options: duplicates, shownWhen: (v) => v.decision === "duplicate" },
      { name: "notes", type: "textarea", label: "field.notes" },
    ] },
    { operation: "AcceptAssignment", path: "acceptance", fields: [] },
    { operation: "DeclineAssignment", path: "decline", fields: [{ name: "reason", type: "textarea", label: "field.reason" }] },
    { operation: "RecordVisit", path: "visits", fields: [
      { name: "visitedAt", type: "datetime", label: "field.visitedAt", initial: wibInputValue() },
      { name: "subjectFound", type: "yesno", label: "field.subjectFound" },
      { name: "notes", type: "textarea", label: "field.notes" },
      { name: "location", type: "location", label: "field.location" },
    ] },
    { operation: "RecordFieldAssessment", path: "field-assessment", fields: [
      { name: "riskLevel", type: "radios", label: "field.riskLevel", options: options("risk", RISK_LEVELS) },
      { name: "needs", type: "checkboxes", label: "field.needs", initial: [], options: options("need", NEEDS) },
      { name: "identityVerified", type: "yesno", label: "field.identityVerified" },
      { name: "findings", type: "textarea", label: "field.findings" },
    ] },
    { operation: "AddStep", path: "steps", fields: [
      { name: "kind", type: "select", label: "field.kind", options: options("step", STEP_KINDS) },
      { name: "title", type: "text", label: "field.title" },
      { name: "institution", type: "text", label: "field.institution" },
      { name: "dueDate", type: "date", label: "field.dueDate" },
    ] },
    { operation: "ResolveReferral", path: "resolution", fields: [
      { name: "outcome", type: "select", label: "field.outcome", options: options("outcome", OUTCOMES) },
      { name: "notes", type: "textarea", label: "field.notes" },
    ] },
    { operation: "ReviewResolution", path: "closure", fields: [
      { name: "approved", type: "radios", label: "field.approved", options: [{ value: "true", label: t("field.approve") }, { value: "false", label: t("field.sendBack") }] },
      { name: "reason", type: "textarea", label: "field.reviewNote", hint: t("field.reviewNoteHint") },
    ] },
    { operation: "ReopenReferral", path: "reopening", fields: [{ name: "reason", type: "textarea", label: "field.reason" }] },
    { operation: "AssignCoordinator", path: "assignment", fields: [
      { name: "coordinatorId", type: "coordinator", label: "field.coordinatorId" },
      { name: "reason", type: "text", label: "field.reason", hint: t("assign.reasonHint") },
    ] },
    { operation: "AddNote", path: "notes", fields: [{ name: "text", type: "textarea", label: "field.text" }] },
    { operation: "RecordSharingConsent", path: "sharing-consents", fields: [
      { name: "agency", type: "text", label: "field.agency" },
      { name: "basis", type: "radios", label: "field.basis", options: options("basis", SHARING_BASES) },
      { name: "givenBy", type: "text", label: "field.givenBy" },
      { name: "givenAt", type: "datetime", label: "field.givenAt", initial: wibInputValue() },
    ] },
  ];
}

export const STEP_ACTIONS = {
  start: { operation: "StartStep", fields: /** @type {FieldSpec[]} */ ([]) },
  complete: { operation: "CompleteStep", fields: /** @type {FieldSpec[]} */ ([{ name: "notes", type: "textarea", label: "field.notes" }]) },
  cancel: { operation: "CancelStep", fields: /** @type {FieldSpec[]} */ ([{ name: "reason", type: "textarea", label: "field.reason" }]) },
};

/** @type {FieldSpec[]} */
export const REVOKE_FIELDS = [{ name: "reason", type: "textarea", label: "field.reason" }];

/** @returns {FieldSpec[]} */
export const followUpFields = () => [
  { name: "subjectStatus", type: "radios", label: "field.subjectStatus", options: options("subjectStatus", SUBJECT_STATUSES) },
  { name: "visitedAt", type: "datetime", label: "field.visitedAt", initial: wibInputValue() },
  { name: "notes", type: "textarea", label: "field.notes" },
];

/** The request body of a form: empty answers left out, yes/no as booleans, WIB times with their offset. @param {FieldSpec[]} fields @param {Record<string, any>} values */
export function bodyOf(fields, values) {
  /** @type {Record<string, any>} */
  const body = {};
  for (const f of fields) {
    if (f.shownWhen && !f.shownWhen(values)) continue;
    const v = values[f.name];
    if (f.type === "location") {
      if (v) Object.assign(body, { latitude: v.latitude, longitude: v.longitude });
    } else if (f.type === "yesno" || (f.type === "radios" && (v === "true" || v === "false"))) body[f.name] = v === "" || v === undefined ? null : v === "true";
    else if (f.type === "datetime") body[f.name] = v ? wibInputToIso(v) : null;
    else if (f.type === "checkboxes") body[f.name] = v ?? [];
    else body[f.name] = typeof v === "string" ? (v.trim() || null) : v ?? null;
  }
  return body;
}

/**
 * One command's form, with its draft, its errors and the If-Match of the version shown.
 * @param {{ caseId: string, etag: string | null, operation: string, path: string, fields: FieldSpec[], draftKey: string,
 *   kecamatanCode?: string, onDone: (view: CaseView, etag: string | null) => void, onStale: () => void, onClose?: () => void, compact?: boolean }} props
 */
export function ActionForm({ caseId, etag, operation, path, fields, draftKey, kecamatanCode, onDone, onStale, onClose, compact }) {
  const form = useRef(/** @type {HTMLFormElement | null} */ (null));
  // A form opened by its button takes the keyboard to its first field (the button it replaced is gone).
  useEffect(() => {
    if (onClose) /** @type {HTMLElement | null | undefined} */ (form.current?.querySelector("input, select, textarea"))?.focus();
  }, []);
  const initial = Object.fromEntries(fields.map((f) => [f.name, f.initial ?? (f.type === "checkboxes" ? [] : "")]));
  const [values, setValues] = useState(/** @type {Record<string, any>} */ ({ ...initial, ...(readDraft(draftKey) ?? {}) }));
  const [errors, setErrors] = useState(/** @type {import("../lib/forms.js").FormError[]} */ ([]));
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const base = `f-${operation}-${draftKey.replace(/[^\w-]/g, "-")}`;
  const idOf = (/** @type {string} */ name) => `${base}-${name}`;

  useEffect(() => {
    if (fields.length) writeDraft(draftKey, values);
  }, [values]);

  /** @param {Event} event */
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setStale(false);
    try {
      const response = await post(`/api/v1/referrals/${caseId}/${path}`, bodyOf(fields, values), { ifMatch: etag, idempotencyKey: key });
      clearDraft(draftKey);
      setErrors([]);
      setKey(newIdempotencyKey());
      setValues(initial);
      onDone(/** @type {CaseView} */ (response.data), response.etag);
    } catch (error) {
      if (!(error instanceof ApiError)) setErrors([{ id: null, message: t("error.unknown") }]);
      else if (error.kind === "stale") {
        setErrors([]);
        setStale(true);
      } else if (error.kind !== "unauthorized") {
        const aliases = Object.fromEntries(fields.map((f) => [f.name, idOf(f.name)]));
        setErrors(problemErrors(error, { ...aliases, latitude: idOf("location"), longitude: idOf("location") }));
      }
    } finally {
      setBusy(false);
    }
  };

  return html`
    <form class=${"action-form" + (compact ? " action-form--compact" : "") + (fields.length ? "" : " action-form--bare")} novalidate onSubmit=${submit} ref=${form}>
      ${stale ? html`
        <${Banner} kind="error" live title=${t("error.stale")}>
          <p>${t("error.staleBody")}</p>
          <button type="button" class="button button--secondary" onClick=${() => { setStale(false); onStale(); }}>${t("error.reload")}</button>
        <//>` : null}
      <${ErrorSummary} errors=${errors.filter((e) => e.id)} />
      ${errors.filter((e) => !e.id).map((e) => html`<${Banner} kind="error" live>${e.message}<//>`)}
      ${fields.filter((f) => !f.shownWhen || f.shownWhen(values)).map((f) => html`<${Field} spec=${f} id=${idOf(f.name)} value=${values[f.name]}
        error=${errorFor(errors, idOf(f.name))} kecamatanCode=${kecamatanCode}
        onChange=${(/** @type {any} */ v) => setValues((old) => ({ ...old, [f.name]: v }))} />`)}
      <div class="button-group">
        <button type="submit" class="button" disabled=${busy}>${fields.length ? t("action.send") : t(/** @type {import("../lib/words.js").WordKey} */ ("action." + operation))}</button>
        ${onClose ? html`<button type="button" class="link-button" onClick=${onClose}>${t("action.cancel")}</button>` : null}
      </div>
    </form>`;
}

/** @param {{ spec: FieldSpec, id: string, value: any, error?: string, onChange: (value: any) => void, kecamatanCode?: string }} props */
export function Field({ spec, id, value, error, onChange, kecamatanCode }) {
  const text = t(spec.label);
  switch (spec.type) {
    case "text": return html`<${TextInput} id=${id} label=${text} hint=${spec.hint} value=${value ?? ""} onInput=${onChange} error=${error} />`;
    case "textarea": return html`<${TextArea} id=${id} label=${text} hint=${spec.hint} value=${value ?? ""} onInput=${onChange} error=${error} rows=${3} />`;
    case "select": return html`<${Select} id=${id} label=${text} hint=${spec.hint} value=${value ?? ""} onChange=${onChange} error=${error}
      options=${spec.options ?? []} placeholder=${t("field.choose")} />`;
    case "radios": return html`<${Radios} id=${id} legend=${text} value=${value ?? ""} onChange=${onChange} error=${error} options=${spec.options ?? []} />`;
    case "yesno": return html`<${Radios} id=${id} legend=${text} inline value=${value ?? ""} onChange=${onChange} error=${error} options=${yesNo()} />`;
    case "checkboxes": return html`<${Checkboxes} id=${id} legend=${text} values=${value ?? []} onChange=${onChange} error=${error} options=${spec.options ?? []} />`;
    case "datetime": return html`<${TextInput} id=${id} label=${text} type="datetime-local" width="20" value=${value ?? ""} onInput=${onChange} error=${error} />`;
    case "date": return html`<${TextInput} id=${id} label=${text} type="date" width="10" value=${value ?? ""} onInput=${onChange} error=${error} />`;
    case "location": return html`<${LocationField} id=${id} label=${text} value=${value} onChange=${onChange} error=${error} />`;
    case "coordinator": return html`<${CoordinatorChoice} id=${id} label=${text} value=${value ?? ""} onChange=${onChange} error=${error} kecamatanCode=${kecamatanCode} />`;
  }
}

/** The device's position, asked only when the person presses the button (a TKSK at the door). */
function LocationField(/** @type {{ id: string, label: string, value: { latitude: number, longitude: number } | null, onChange: (v: any) => void, error?: string }} */ { id, label, value, onChange, error }) {
  const [failed, setFailed] = useState("");
  const locate = () => navigator.geolocation?.getCurrentPosition(
    (p) => onChange({ latitude: Number(p.coords.latitude.toFixed(6)), longitude: Number(p.coords.longitude.toFixed(6)) }),
    (e) => setFailed(e.message), { enableHighAccuracy: true, timeout: 15000 });
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <p class="label" id=${id + "-label"}>${label}</p>
      ${error ? html`<p class="error-message" id=${id + "-error"}>${error}</p>` : null}
      ${value ? html`<p role="status">${t("field.locationSet", { lat: value.latitude, lon: value.longitude })}</p>` : null}
      ${failed ? html`<p class="error-message">${failed}</p>` : null}
      <button type="button" class="button button--secondary" id=${id} aria-describedby=${id + "-label"} onClick=${locate}>${t("field.useLocation")}</button>
    </div>`;
}

/** The PPKS categories, for the desk assessment's choice. */
export function useCategories() {
  const [categories, setCategories] = useState(/** @type {import("../lib/reference.js").Category[]} */ ([]));
  useEffect(() => {
    loadCategories().then(setCategories, () => {});
  }, []);
  return categories;
}
