// Form parts in the GOV.UK Design System's pattern: a visible label and hint for every field, an
// error summary at the top that links to each field, and the message again beside the field.
import { html } from "./html.js";
import { useEffect, useRef } from "preact/hooks";
import { t } from "./words.js";

/**
 * @typedef {{ id: string | null, message: string }} FormError  id: the element to link to (null: the form as a whole)
 * @typedef {{ value: string, label: string, hint?: string }} Option
 * @typedef {{ text: string, evidence?: string[], state: "suggested" | "confirmed" | "changed", onConfirm: () => void }} Suggestion
 *   what intake assist proposed for a field and the words it came from; "suggested" until the operator confirms it or changes the field
 */

/** The element id of a request field: "subject.nik" → "f-subject-nik". @param {string} path */
export function fieldId(path) {
  return "f-" + path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-");
}

/**
 * The API's problem as messages beside fields: each key of `errors` (a JSON path of the request) goes
 * to the field of that path, or to the field `aliases` names for it (an object such as "reporter" to its first input).
 * @param {import("./api.js").ApiError} error
 * @param {Record<string, string>} [aliases] JSON path → element id
 * @returns {FormError[]}
 */
export function problemErrors(error, aliases = {}) {
  const entries = Object.entries(error.fieldErrors);
  if (entries.length === 0) return [{ id: null, message: error.message }];
  return entries.flatMap(([path, messages]) => {
    const id = aliases[path] ?? aliases[path.toLowerCase()] ?? (document.getElementById(fieldId(path)) ? fieldId(path) : null);
    return messages.map((message) => ({ id, message }));
  });
}

/** @param {FormError[]} errors @param {string} id */
export function errorFor(errors, id) {
  return errors.filter((e) => e.id === id).map((e) => e.message).join(" ") || undefined;
}

/** @param {string} id */
export function focusField(id) {
  const element = document.getElementById(id);
  if (!element) return;
  // The label (or legend) first into view, as GOV.UK does, so the question is seen with the field.
  const label = document.querySelector(`label[for="${id}"]`) ?? element.closest("fieldset")?.querySelector("legend");
  (label ?? element).scrollIntoView({ block: "start" });
  element.focus({ preventScroll: true });
}

/**
 * The summary at the top of a form: focused when it appears, so a screen reader reads it at once.
 * @param {{ errors: FormError[] }} props
 */
export function ErrorSummary({ errors }) {
  const ref = useRef(/** @type {HTMLDivElement | null} */ (null));
  const shown = errors.map((e) => e.message).join("|");
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [shown]);
  if (!errors.length) return null;
  return html`
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" ref=${ref}>
      <h2 class="error-summary__title" id="error-summary-title">${t("error.summary")}</h2>
      <ul class="error-summary__list">
        ${errors.map((e) => html`<li>${e.id
          ? html`<a href=${"#" + e.id} onClick=${(/** @type {MouseEvent} */ event) => { event.preventDefault(); focusField(/** @type {string} */ (e.id)); }}>${e.message}</a>`
          : e.message}</li>`)}
      </ul>
    </div>`;
}

/** @param {{ id: string, error?: string }} props */
function ErrorMessage({ id, error }) {
  return error ? html`<p class="error-message" id=${id + "-error"}><span class="visually-hidden">${t("error.prefix")} </span>${error}</p>` : null;
}

/** @param {{ id: string, hint?: string }} props */
function Hint({ id, hint }) {
  return hint ? html`<div class="hint" id=${id + "-hint"}>${hint}</div>` : null;
}

/**
 * What intake assist filled in, beside the field it filled: the value, the words it came from, and a button to
 * confirm it. Once confirmed or changed, the note stays as a short line so the operator still sees where it came from.
 * @param {{ suggestion?: Suggestion, label: string }} props
 */
export function SuggestionNote({ suggestion, label }) {
  if (!suggestion) return null;
  if (suggestion.state !== "suggested")
    return html`<p class="suggestion suggestion--done">${t(suggestion.state === "confirmed" ? "intake.suggestionConfirmed" : "intake.suggestionChanged")}: ${suggestion.text}</p>`;
  return html`
    <div class="suggestion">
      <p><strong>${t("intake.suggested")}:</strong> ${suggestion.text}</p>
      ${suggestion.evidence?.length ? html`<p class="suggestion__evidence">${t("intake.evidence")} ${suggestion.evidence.map((e) => html`<mark>${e}</mark> `)}</p>` : null}
      <button type="button" class="button button--secondary button--small" onClick=${suggestion.onConfirm}>
        ${t("intake.confirmSuggestion")}<span class="visually-hidden">, ${t("intake.confirmSuggestionFor", { field: label })}</span></button>
    </div>`;
}

/** @param {string} id @param {string | undefined} hint @param {string | undefined} error */
function describedBy(id, hint, error) {
  return [hint ? id + "-hint" : "", error ? id + "-error" : ""].filter(Boolean).join(" ") || undefined;
}

/**
 * @param {{ id: string, label: string, hint?: string, error?: string, value: string, onInput: (value: string) => void,
 *   type?: string, inputmode?: string, autocomplete?: string, width?: string, suggestion?: Suggestion, required?: boolean }} props
 */
export function TextInput({ id, label, hint, error, value, onInput, type = "text", inputmode, autocomplete = "off", width, suggestion, required }) {
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <label class="label" for=${id}>${label}</label>
      <${Hint} id=${id} hint=${hint} />
      <${ErrorMessage} id=${id} error=${error} />
      <${SuggestionNote} suggestion=${suggestion} label=${label} />
      <input class=${"input" + (width ? " input--" + width : "") + (error ? " input--error" : "")} id=${id} name=${id} type=${type}
        inputmode=${inputmode} autocomplete=${autocomplete} value=${value} aria-required=${required ? "true" : undefined}
        aria-invalid=${error ? "true" : undefined} aria-describedby=${describedBy(id, hint, error)}
        onInput=${(/** @type {any} */ e) => onInput(e.currentTarget.value)} />
    </div>`;
}

/**
 * @param {{ id: string, label: string, hint?: string, error?: string, value: string, onInput: (value: string) => void, rows?: number, large?: boolean,
 *   required?: boolean, onPaste?: (text: string) => void }} props  onPaste: the whole text once something was pasted into it
 */
export function TextArea({ id, label, hint, error, value, onInput, rows = 4, large, required, onPaste }) {
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <label class=${"label" + (large ? " label--large" : "")} for=${id}>${label}</label>
      <${Hint} id=${id} hint=${hint} />
      <${ErrorMessage} id=${id} error=${error} />
      <textarea class=${"textarea" + (error ? " input--error" : "")} id=${id} name=${id} rows=${rows} value=${value}
        aria-required=${required ? "true" : undefined} aria-invalid=${error ? "true" : undefined} aria-describedby=${describedBy(id, hint, error)}
        onInput=${(/** @type {any} */ e) => onInput(e.currentTarget.value)}
        onPaste=${onPaste ? (/** @type {any} */ e) => { const area = e.currentTarget; setTimeout(() => onPaste(area.value)); } : undefined}></textarea>
    </div>`;
}

/**
 * @param {{ id: string, label: string, hint?: string, error?: string, value: string, onChange: (value: string) => void,
 *   options: Option[], placeholder?: string, suggestion?: Suggestion, required?: boolean }} props
 */
export function Select({ id, label, hint, error, value, onChange, options, placeholder, suggestion, required }) {
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <label class="label" for=${id}>${label}</label>
      <${Hint} id=${id} hint=${hint} />
      <${ErrorMessage} id=${id} error=${error} />
      <${SuggestionNote} suggestion=${suggestion} label=${label} />
      <select class=${"select" + (error ? " input--error" : "")} id=${id} name=${id} value=${value}
        aria-required=${required ? "true" : undefined} aria-invalid=${error ? "true" : undefined} aria-describedby=${describedBy(id, hint, error)}
        onChange=${(/** @type {any} */ e) => onChange(e.currentTarget.value)}>
        ${placeholder !== undefined ? html`<option value="">${placeholder}</option>` : null}
        ${options.map((o) => html`<option value=${o.value} selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;
}

/**
 * A question answered by one of a few choices. The first choice carries the question's id, so the
 * error summary's link lands on it.
 * @param {{ id: string, legend: string, hint?: string, error?: string, value: string, onChange: (value: string) => void,
 *   options: Option[], inline?: boolean, suggestion?: Suggestion }} props
 */
export function Radios({ id, legend, hint, error, value, onChange, options, inline, suggestion }) {
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <fieldset class="fieldset" aria-describedby=${describedBy(id, hint, error)}>
        <legend class="legend">${legend}</legend>
        <${Hint} id=${id} hint=${hint} />
        <${ErrorMessage} id=${id} error=${error} />
        <${SuggestionNote} suggestion=${suggestion} label=${legend} />
        <div class=${"radios" + (inline ? " radios--inline" : "")}>
          ${options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${o.value}`;
            return html`
              <div class="radios__item">
                <input class="radios__input" id=${optionId} name=${id} type="radio" value=${o.value} checked=${value === o.value}
                  aria-describedby=${o.hint ? optionId + "-item-hint" : undefined} onChange=${() => onChange(o.value)} />
                <label class="radios__label" for=${optionId}>${o.label}</label>
                ${o.hint ? html`<div class="hint radios__hint" id=${optionId + "-item-hint"}>${o.hint}</div>` : null}
              </div>`;
          })}
        </div>
      </fieldset>
    </div>`;
}

/**
 * @param {{ id: string, label: string, hint?: string, error?: string, checked: boolean, onChange: (checked: boolean) => void, suggestion?: Suggestion }} props
 */
export function Checkbox({ id, label, hint, error, checked, onChange, suggestion }) {
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <${ErrorMessage} id=${id} error=${error} />
      <${SuggestionNote} suggestion=${suggestion} label=${label} />
      <div class="checkboxes__item">
        <input class="checkboxes__input" id=${id} name=${id} type="checkbox" checked=${checked}
          aria-describedby=${describedBy(id, hint, error)} onChange=${(/** @type {any} */ e) => onChange(e.currentTarget.checked)} />
        <label class="checkboxes__label" for=${id}>${label}</label>
        <${Hint} id=${id} hint=${hint} />
      </div>
    </div>`;
}

/**
 * Several choices of one question (needs of a field assessment).
 * @param {{ id: string, legend: string, hint?: string, error?: string, values: string[], onChange: (values: string[]) => void, options: Option[] }} props
 */
export function Checkboxes({ id, legend, hint, error, values, onChange, options }) {
  const toggle = (/** @type {string} */ value, /** @type {boolean} */ on) =>
    onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return html`
    <div class=${"form-group" + (error ? " form-group--error" : "")}>
      <fieldset class="fieldset" aria-describedby=${describedBy(id, hint, error)}>
        <legend class="legend">${legend}</legend>
        <${Hint} id=${id} hint=${hint} />
        <${ErrorMessage} id=${id} error=${error} />
        <div class="checkboxes checkboxes--columns">
          ${options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${o.value}`;
            return html`
              <div class="checkboxes__item">
                <input class="checkboxes__input" id=${optionId} type="checkbox" value=${o.value} checked=${values.includes(o.value)}
                  onChange=${(/** @type {any} */ e) => toggle(o.value, e.currentTarget.checked)} />
                <label class="checkboxes__label" for=${optionId}>${o.label}</label>
              </div>`;
          })}
        </div>
      </fieldset>
    </div>`;
}

/**
 * A message across the page: an error that is not a field's, a warning, a success.
 * @param {{ kind: "error" | "warning" | "success" | "info", title?: string, children?: any, live?: boolean }} props
 */
export function Banner({ kind, title, children, live }) {
  return html`
    <div class=${"banner banner--" + kind} role=${live ? (kind === "error" ? "alert" : "status") : undefined}>
      ${title ? html`<p class="banner__title">${title}</p>` : null}
      ${children}
    </div>`;
}
