// Konflik: what TKSK recorded on their phones that met a case which had moved on meanwhile (docs/sync.md), for the
// kabupaten's supervisor to apply or discard. The TKSK's phone hears the answer at its next sync.
import { html } from "../../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { dateTime, label, number, t } from "../../lib/words.js";
import { ApiError, get, post } from "../../lib/api.js";
import { Banner, ErrorSummary, Radios, TextArea, errorFor, problemErrors } from "../../lib/forms.js";
import { recordSummary } from "../field-forms.js";

/**
 * @typedef {{ id: string, referralId: string, number: string, factKept: boolean, reason: string, operation: string, payload: string | null,
 *   byName: string, recordedAt: string, clockSkewed: boolean, baseVersion: number, baseStatus: string,
 *   theirs: { version: number, type: string, by: string | null, at: string }[] }} Conflict
 */

export function ConflictsPage() {
  document.title = `${t("konflik.title")} — ${t("app.name")}`;
  const [list, setList] = useState(/** @type {Conflict[] | null} */ (null));
  const [failure, setFailure] = useState("");
  const [status, setStatus] = useState("");
  const load = () => get("/api/v1/conflicts").then((r) => { setList(/** @type {Conflict[]} */ (r.data)); setFailure(""); },
    (error) => setFailure(error instanceof Error ? error.message : t("error.unknown")));
  useEffect(() => { load(); }, []);
  return html`
    <h1 class="heading-l">${t("konflik.title")}</h1>
    <p>${t("konflik.intro")}</p>
    ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}
    <p role="status">${status}</p>
    ${!list ? html`<p>${t("app.loading")}</p>` : list.length === 0 ? html`<p>${t("konflik.none")}</p>` : html`
      <ul class="field-cases">${list.map((c) => html`<li key=${c.id}><${ConflictEntry} conflict=${c}
        onDone=${() => { setStatus(t("konflik.done", { number: c.number })); load(); }} /></li>`)}</ul>`}`;
}

/** @param {{ conflict: Conflict, onDone: () => void }} props */
function ConflictEntry({ conflict: c, onDone }) {
  const [choice, setChoice] = useState(c.factKept ? "apply" : "");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState(/** @type {import("../../lib/forms.js").FormError[]} */ ([]));
  const id = `k-${c.id.slice(0, 8)}`;
  /** @param {Event} event */
  const submit = async (event) => {
    event.preventDefault();
    try {
      await post(`/api/v1/conflicts/${c.id}/resolution`, { choice: choice || null, note: note.trim() || null });
      onDone();
    } catch (error) {
      if (error instanceof ApiError) setErrors(problemErrors(error, { choice: `${id}-choice`, note: `${id}-note` }));
    }
  };
  /** @type {Record<string, any> | null} */
  const payload = c.payload ? JSON.parse(c.payload) : null;
  return html`
    <article class="field-case" aria-labelledby=${id}>
      <h2 class="heading-s" id=${id}><a href=${`/kasus/${c.referralId}`}>${c.number}</a> · ${t(/** @type {any} */ ("konflik.reason." + c.reason))}</h2>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>${t("konflik.tksk")}</dt>
          <dd>${t(/** @type {any} */ ("lapangan.type." + c.operation))}, ${c.byName}, ${t("lapangan.recordedAt", { at: dateTime(c.recordedAt) })}${c.clockSkewed ? ` (${t("konflik.skewed")})` : ""}
            ${payload ? html`<br />${recordSummary(c.operation, payload)}` : null}</dd></div>
        <div class="summary-list__row"><dt>${t("konflik.office")}</dt>
          <dd>${t("konflik.base", { version: number(c.baseVersion), status: label("status", c.baseStatus) })}
            ${c.theirs.map((x) => html`<br />${t("konflik.change", { version: number(x.version), by: x.by ?? "—", at: dateTime(x.at) })}`)}</dd></div>
      </dl>
      <form class="field-form" novalidate onSubmit=${submit} aria-labelledby=${id}>
        <${ErrorSummary} errors=${errors.filter((e) => e.id)} />
        ${errors.filter((e) => !e.id).map((e) => html`<${Banner} kind="error" live>${e.message}<//>`)}
        <${Radios} id=${`${id}-choice`} legend=${t("konflik.choice")} value=${choice} onChange=${setChoice} error=${errorFor(errors, `${id}-choice`)}
          options=${c.factKept ? [{ value: "apply", label: t("konflik.seen") }]
            : [{ value: "apply", label: t("konflik.apply") }, { value: "discard", label: t("konflik.discard") }]} />
        <${TextArea} id=${`${id}-note`} label=${t("konflik.note")} value=${note} onInput=${setNote} rows=${2} error=${errorFor(errors, `${id}-note`)} />
        <button class="button" type="submit">${t("konflik.save")}</button>
      </form>
    </article>`;
}
