// Kasus: one case — its header and deadlines, the report, the plan, its history, and only the
// actions this person may take now (GET …/permitted-operations), each sent with If-Match.
import { html } from "../lib/html.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { dateTime, duration, label, number, t } from "../lib/words.js";
import { ApiError, get, post } from "../lib/api.js";
import { Banner } from "../lib/forms.js";
import { Timeline } from "./timeline.js";
import { ActionForm, REVOKE_FIELDS, STEP_ACTIONS, caseActions, followUpFields, useCategories } from "./case-actions.js";

/** @typedef {Record<string, any>} CaseView */
/** @typedef {{ name: string, role: string, since: string }} Viewer */

const HEARTBEAT_MS = 30_000;

/** @param {string} key */
const openerId = (key) => "open-" + key.replace(/[^\w-]/g, "-");

/** @param {{ params: { id: string } }} props */
export function CasePage({ params }) {
  const id = params.id;
  const [view, setView] = useState(/** @type {CaseView | null} */ (null));
  const [etag, setEtag] = useState(/** @type {string | null} */ (null));
  const [operations, setOperations] = useState(/** @type {string[]} */ ([]));
  const [history, setHistory] = useState(/** @type {import("./timeline.js").HistoryEntry[] | null} */ (null));
  const [viewers, setViewers] = useState(/** @type {Viewer[]} */ ([]));
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState("");
  const [changed, setChanged] = useState(false);
  const [open, setOpen] = useState(/** @type {string | null} */ (null));
  const [done, setDone] = useState("");
  const etagRef = useRef(/** @type {string | null} */ (null));
  const categories = useCategories();
  document.title = `${view ? t("case.title", { number: view.number }) : missing ? t("case.notFound") : t("app.loading")} — ${t("app.name")}`;

  const loadAll = async () => {
    try {
      const [shown, permitted, events] = await Promise.all([
        get(`/api/v1/referrals/${encodeURIComponent(id)}`),
        get(`/api/v1/referrals/${encodeURIComponent(id)}/permitted-operations`),
        get(`/api/v1/referrals/${encodeURIComponent(id)}/history`),
      ]);
      setView(/** @type {CaseView} */ (shown.data));
      setEtag(shown.etag);
      etagRef.current = shown.etag;
      setOperations(/** @type {{ operations: string[] }} */ (permitted.data).operations);
      setHistory(/** @type {import("./timeline.js").HistoryEntry[]} */ (events.data));
      setChanged(false);
      setFailure("");
    } catch (error) {
      if (error instanceof ApiError && error.kind === "not-found") setMissing(true);
      else if (!(error instanceof ApiError && error.kind === "unauthorized")) setFailure(error instanceof Error ? error.message : t("error.unknown"));
    }
  };

  /** After a command: the case as it answered, and what may be done next. @param {CaseView} next @param {string | null} nextEtag */
  const applied = async (next, nextEtag) => {
    setView(next);
    setEtag(nextEtag);
    etagRef.current = nextEtag;
    setOpen(null);
    setDone(t("case.done"));
    const [permitted, events] = await Promise.all([
      get(`/api/v1/referrals/${encodeURIComponent(id)}/permitted-operations`),
      get(`/api/v1/referrals/${encodeURIComponent(id)}/history`),
    ]).catch(() => [null, null]);
    if (permitted) setOperations(/** @type {{ operations: string[] }} */ (permitted.data).operations);
    if (events) setHistory(/** @type {import("./timeline.js").HistoryEntry[]} */ (events.data));
  };

  useEffect(() => {
    loadAll();
  }, [id]);

  // Says "I have this case open" while the page is open, hears who else has it open, and notices when
  // the case changed under the page (a 304 costs nothing; a change is offered as a reload, never applied under a form).
  useEffect(() => {
    if (missing) return;
    const beat = async () => {
      try {
        const presence = await post("/api/v1/presence", { referralId: id, open: true });
        setViewers(/** @type {{ viewers: Viewer[] }} */ (presence.data).viewers);
        if (etagRef.current) {
          const latest = await fetchIfChanged(id, etagRef.current);
          if (latest) setChanged(true);
        }
      } catch {
        // Presence is a courtesy: a failed beat is tried again at the next one.
      }
    };
    beat();
    const timer = setInterval(() => document.visibilityState === "visible" && beat(), HEARTBEAT_MS);
    const leave = () => post("/api/v1/presence", { referralId: id, open: false }, { keepalive: true }).catch(() => {});
    addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      removeEventListener("pagehide", leave);
      leave();
    };
  }, [id, missing]);

  if (missing) {
    return html`
      <h1 class="heading-l">${t("case.notFound")}</h1>
      <p>${t("case.notFoundBody")}</p>
      <p><a href="/antrean">${t("case.back")}</a></p>`;
  }
  if (!view) return html`<h1 class="heading-l">${t("app.loading")}</h1>${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}`;

  const may = (/** @type {string} */ operation) => operations.includes(operation);
  /** Closes a form and gives the keyboard back to the button that opened it. @param {string} key */
  const close = (key) => {
    setOpen(null);
    setTimeout(() => document.getElementById(openerId(key))?.focus());
  };
  const common = { caseId: id, etag, onDone: applied, onStale: loadAll, kecamatanCode: view.place?.kecamatanCode };
  const actions = caseActions(view, categories).filter((a) => may(a.operation));

  return html`
    <p class="back"><a href="/antrean">${t("case.back")}</a></p>
    <div class="case-heading">
      <h1 class="heading-l">${t("case.title", { number: view.number })}</h1>
      <p class="case-heading__tags">
        <span class="tag tag--status">${label("status", view.status)}</span>
        <span class=${"tag tag--" + view.urgency}>${label("urgency", view.urgency)}</span>
        ${view.pasung ? html`<span class="tag tag--pasung">${t("case.pasung")}</span>` : null}
        ${view.overdue ? html`<span class="tag tag--overdue">${t("queue.overdue")}</span>` : null}
      </p>
    </div>
    ${viewers.length ? html`<${Banner} kind="warning" live>${t("case.openBy", { names: viewers.map((v) => `${v.name} (${label("role", v.role)})`).join(", ") })}<//>` : null}
    ${changed ? html`<${Banner} kind="warning" live title=${t("error.stale")}><button type="button" class="button button--secondary" onClick=${loadAll}>${t("error.reload")}</button><//>` : null}
    ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}

    <div class="case-layout">
      <div class="case-layout__main">
        <${Summary} view=${view} />
        <${Deadlines} view=${view} />
        ${view.resolution ? html`<${Resolution} view=${view} />` : null}
        <${Report} view=${view} />
        ${view.steps?.length ? html`
          <section aria-labelledby="steps-title">
            <h2 class="heading-m" id="steps-title">${t("case.steps")}</h2>
            <ul class="items">
              ${view.steps.map((/** @type {any} */ step) => html`
                <li class="items__item">
                  <p><strong>${step.title}</strong> — ${label("step", step.kind)}, ${label("stepStatus", step.status)}${step.institution ? `, ${step.institution}` : ""}${step.dueDate ? ` · ${step.dueDate}` : ""}</p>
                  <div class="button-group">
                    ${(step.allowedActions ?? []).filter((/** @type {"start" | "complete" | "cancel"} */ a) => may(STEP_ACTIONS[a].operation)).map((/** @type {"start" | "complete" | "cancel"} */ a) => {
                      const spec = STEP_ACTIONS[a];
                      const key = `${spec.operation}:${step.id}`;
                      return open === key
                        ? html`<${ActionForm} ...${common} operation=${spec.operation} path=${`steps/${step.id}/${a}`} fields=${spec.fields} draftKey=${`case:${id}:${key}`} onClose=${() => close(key)} compact />`
                        : spec.fields.length
                          ? html`<button type="button" class="button button--secondary button--small" id=${openerId(key)} onClick=${() => setOpen(key)}>${t(/** @type {import("../lib/words.js").WordKey} */ ("action." + spec.operation))}</button>`
                          : html`<${ActionForm} ...${common} operation=${spec.operation} path=${`steps/${step.id}/${a}`} fields=${[]} draftKey=${`case:${id}:${key}`} compact />`;
                    })}
                  </div>
                </li>`)}
            </ul>
          </section>` : null}
        ${view.sharingConsents?.length ? html`
          <section aria-labelledby="consents-title">
            <h2 class="heading-m" id="consents-title">${t("case.consents")}</h2>
            <ul class="items">
              ${view.sharingConsents.map((/** @type {any} */ c) => {
                const key = `RevokeSharingConsent:${c.id}`;
                return html`
                  <li class="items__item">
                    <p>${c.agency} — ${label("basis", c.basis)}, ${c.givenBy}, ${dateTime(c.givenAt)}; ${c.revokedAt ? t("case.consentRevoked", { time: dateTime(c.revokedAt) }) : t("case.consentActive")}</p>
                    ${!c.revokedAt && may("RevokeSharingConsent") ? (open === key
                      ? html`<${ActionForm} ...${common} operation="RevokeSharingConsent" path=${`sharing-consents/${c.id}/revocation`} fields=${REVOKE_FIELDS} draftKey=${`case:${id}:${key}`} onClose=${() => close(key)} compact />`
                      : html`<button type="button" class="button button--secondary button--small" id=${openerId(key)} onClick=${() => setOpen(key)}>${t("action.RevokeSharingConsent")}</button>`) : null}
                  </li>`;
              })}
            </ul>
          </section>` : null}
        ${view.followUps?.length ? html`
          <section aria-labelledby="followups-title">
            <h2 class="heading-m" id="followups-title">${t("case.followUps")}</h2>
            <ul class="items">
              ${view.followUps.map((/** @type {any} */ f) => {
                const key = `RecordFollowUp:${f.id}`;
                return html`
                  <li class="items__item">
                    <p>${f.recordedAt ? t("case.followUpDone", { time: dateTime(f.visitedAt ?? f.recordedAt), status: label("subjectStatus", f.subjectStatus) }) : t("case.followUpDue", { time: dateTime(f.dueAt) })}</p>
                    ${!f.recordedAt && may("RecordFollowUp") ? (open === key
                      ? html`<${ActionForm} ...${common} operation="RecordFollowUp" path=${`follow-ups/${f.id}`} fields=${followUpFields()} draftKey=${`case:${id}:${key}`} onClose=${() => close(key)} compact />`
                      : html`<button type="button" class="button button--secondary button--small" id=${openerId(key)} onClick=${() => setOpen(key)}>${t("action.RecordFollowUp")}</button>`) : null}
                  </li>`;
              })}
            </ul>
          </section>` : null}
        <section aria-labelledby="timeline-title">
          <h2 class="heading-m" id="timeline-title">${t("case.timeline")}</h2>
          <${Timeline} entries=${history} />
        </section>
      </div>

      <aside class="case-layout__side" aria-labelledby="actions-title">
        <h2 class="heading-m" id="actions-title">${t("case.actions")}</h2>
        ${done ? html`<${Banner} kind="success" live>${done}<//>` : null}
        ${actions.length === 0 ? html`<p>${t("case.noActions")}</p>` : null}
        ${actions.map((a) => html`
          <div class="action">
            ${a.fields.length === 0
              ? html`<${ActionForm} ...${common} operation=${a.operation} path=${a.path} fields=${[]} draftKey=${`case:${id}:${a.operation}`} />`
              : open === a.operation
                ? html`<h3 class="heading-s">${t(/** @type {import("../lib/words.js").WordKey} */ ("action." + a.operation))}</h3>
                    <${ActionForm} ...${common} operation=${a.operation} path=${a.path} fields=${a.fields} draftKey=${`case:${id}:${a.operation}`} onClose=${() => close(a.operation)} />`
                : html`<button type="button" class="button button--secondary action__open" id=${openerId(a.operation)} onClick=${() => { setOpen(a.operation); setDone(""); }}>
                    ${t(/** @type {import("../lib/words.js").WordKey} */ ("action." + a.operation))}</button>`}
          </div>`)}
      </aside>
    </div>`;
}

/** Whether the case changed since `etag` (If-None-Match: unchanged is a 304 with no body). @param {string} id @param {string} etag */
async function fetchIfChanged(id, etag) {
  const response = await get(`/api/v1/referrals/${encodeURIComponent(id)}`, { ifNoneMatch: etag });
  return response.status === 200 && response.etag !== etag;
}

/** @param {{ view: CaseView }} props */
function Summary({ view }) {
  const place = view.place ?? {};
  const a = view.assignment;
  return html`
    <dl class="summary-list">
      <div class="summary-list__row"><dt>${t("case.status")}</dt><dd>${label("status", view.status)}${view.escalationLevel && view.escalationLevel !== "none" ? ` · ${t("case.escalation")} ${label("case.escalation", view.escalationLevel)}` : ""}</dd></div>
      <div class="summary-list__row"><dt>${t("case.urgency")}</dt><dd>${label("urgency", view.urgency)}</dd></div>
      <div class="summary-list__row"><dt>${t("case.category")}</dt><dd>${view.categoryName}</dd></div>
      <div class="summary-list__row"><dt>${t("case.pasung")}</dt><dd>${view.pasung ? t("case.pasungYes") : t("field.no")}</dd></div>
      <div class="summary-list__row"><dt>${t("case.place")}</dt>
        <dd>${[place.desaName, place.kecamatanName, place.kabupatenName].filter(Boolean).join(", ")}${place.address ? html`<br />${place.address}` : null}${view.outOfArea ? html` <span class="tag">${t("case.outOfArea")}</span>` : null}</dd></div>
      <div class="summary-list__row"><dt>${t("case.tksk")}</dt>
        <dd>${a ? html`${a.coordinatorName} · <a href=${"tel:" + a.coordinatorPhone}>${a.coordinatorPhone}</a>` : t("case.noTksk")}</dd></div>
      <div class="summary-list__row"><dt>${t("case.received")}</dt><dd>${dateTime(view.receivedAt)} · ${label("channel", view.channel)}</dd></div>
      ${/^https?:\/\//i.test(view.sourceUrl ?? "") ? html`<div class="summary-list__row"><dt>${t("case.source")}</dt><dd><a href=${view.sourceUrl} rel="noopener noreferrer" target="_blank" class="break">${view.sourceUrl}</a></dd></div>` : null}
    </dl>`;
}

/** @param {{ view: CaseView }} props */
function Deadlines({ view }) {
  const now = Date.now();
  const running = (view.deadlines ?? []).filter((/** @type {any} */ d) => !d.metAt && !d.void).sort((/** @type {any} */ x, /** @type {any} */ y) => Date.parse(x.dueAt) - Date.parse(y.dueAt));
  return html`
    <section aria-labelledby="deadlines-title">
      <h2 class="heading-m" id="deadlines-title">${t("case.deadlines")}</h2>
      ${running.length === 0 ? html`<p>${t("case.noDeadlines")}</p>` : html`
        <ul class="deadlines">
          ${running.map((/** @type {any} */ d) => {
            const left = Date.parse(d.dueAt) - now;
            return html`<li class=${left < 0 ? "deadlines__item deadlines__item--late" : "deadlines__item"}>
              <strong>${label("deadline", d.kind)}</strong>${` — ${t("case.due", { time: dateTime(d.dueAt) })}; `}${left < 0 ? html`<strong class="late">${t("case.late", { left: duration(left) })}</strong>` : t("case.left", { left: duration(left) })}
            </li>`;
          })}
        </ul>`}
    </section>`;
}

/** @param {{ view: CaseView }} props */
function Report({ view }) {
  const s = view.subject ?? {};
  const r = view.reporter ?? {};
  return html`
    <section aria-labelledby="report-title">
      <h2 class="heading-m" id="report-title">${t("case.report")}</h2>
      ${view.personalDataErasedAt ? html`<${Banner} kind="info">${t("case.erased")}<//>` : null}
      <p class="report-text">${view.summary}</p>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>${t("case.subject")}</dt>
          <dd>${s.name ?? t("case.unknown")} · ${label("sex", s.sex)}${s.approximateAge != null ? ` · ${t("case.years", { n: number(s.approximateAge) })}` : ""}${s.nik ? html`<br />${t("case.nik")} ${s.nik}` : null}</dd></div>
        <div class="summary-list__row"><dt>${t("case.reporter")}</dt>
          <dd>${r.anonymous ? t("case.anonymous") : [r.name, r.phone].filter(Boolean).join(" · ") || t("case.unknown")}</dd></div>
        ${view.possibleDuplicates?.length ? html`<div class="summary-list__row"><dt>${t("case.duplicates")}</dt>
          <dd>${view.possibleDuplicates.map((/** @type {any} */ d, /** @type {number} */ i) => html`${i ? ", " : ""}<a href=${"/kasus/" + d.referralId}>${d.number}</a>`)}</dd></div>` : null}
      </dl>
    </section>`;
}

/** What a closure review looks at: the TKSK's resolution and its evidence (visits, field assessment, plan). @param {{ view: CaseView }} props */
function Resolution({ view }) {
  const r = view.resolution;
  const visits = view.visits ?? [];
  const steps = view.steps ?? [];
  const fa = view.fieldAssessment;
  const last = visits.length ? visits[visits.length - 1] : null;
  return html`
    <section aria-labelledby="resolution-title">
      <h2 class="heading-m" id="resolution-title">${t("case.resolution")}</h2>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>${t("case.outcome")}</dt><dd>${label("outcome", r.outcome)} · ${dateTime(r.at)}</dd></div>
        ${r.notes ? html`<div class="summary-list__row"><dt>${t("field.notes")}</dt><dd class="report-text">${r.notes}</dd></div>` : null}
        <div class="summary-list__row"><dt>${t("case.visits")}</dt>
          <dd>${visits.length ? t("case.visitsSummary", { n: number(visits.length), time: dateTime(last.visitedAt), found: last.subjectFound ? t("field.yes") : t("field.no") }) : t("case.noVisits")}${last?.notes ? html`<br />${last.notes}` : null}</dd></div>
        <div class="summary-list__row"><dt>${t("case.fieldAssessment")}</dt>
          <dd>${fa ? html`${t("case.risk", { risk: label("risk", fa.riskLevel) })}${fa.findings ? html`<br />${fa.findings}` : null}` : t("case.noFieldAssessment")}</dd></div>
        <div class="summary-list__row"><dt>${t("case.steps")}</dt>
          <dd>${steps.length ? t("case.stepsSummary", { done: number(steps.filter((/** @type {any} */ s) => s.status === "completed").length), n: number(steps.length) }) : t("case.noSteps")}</dd></div>
        ${view.closure ? html`<div class="summary-list__row"><dt>${t("case.closure")}</dt>
          <dd>${view.closure.approved ? t("case.closureApproved") : t("case.closureSentBack")} · ${dateTime(view.closure.at)}${view.closure.notes ? html`<br />${view.closure.notes}` : null}</dd></div>` : null}
      </dl>
    </section>`;
}
