// Lapangan: the TKSK's cases on the phone, opened with no connection at all, and what the TKSK records there (acceptance
// or decline, visits with GPS, the field assessment, steps, notes, follow-up visits, the resolution) queued in order until
// a connection comes. The forms (pages/field-forms.js) are the case page's, kept on the phone instead of sent; a refused
// record opens in the same form to be fixed. Everything kept is encrypted (lib/vault.js); the passphrase is asked once
// per page session.
import { html } from "../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { dateTime, duration, label, number, t } from "../lib/words.js";
import { Banner, ErrorSummary, TextInput, errorFor } from "../lib/forms.js";
import * as vault from "../lib/vault.js";
import { sendQueue } from "../lib/field.js";
import { STEP_ACTIONS } from "./case-actions.js";
import { CommandForm, fieldsOf, summary } from "./field-forms.js";

/**
 * @typedef {{ id: string | null, message: string }} FieldError
 * @typedef {import("../lib/vault.js").QueueItem} QueueItem
 * @typedef {import("../lib/vault.js").Command} Command
 * @typedef {{ key: string, operation: string, extra: Record<string, string>, text: string }} FieldAction
 * @typedef {import("./field-forms.js").Save} Save
 */

/** Redraws whenever the store changes. */
function useStoreChanges() {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const redraw = () => setTick((n) => n + 1);
    vault.changes.addEventListener("change", redraw);
    return () => vault.changes.removeEventListener("change", redraw);
  }, []);
  return tick;
}

/** "N belum terkirim", shown to a TKSK on every page (readable without the passphrase). */
export function WaitingCounter() {
  const tick = useStoreChanges();
  const [count, setCount] = useState(/** @type {number | null} */ (null));
  useEffect(() => { vault.waitingCount().then(setCount, () => setCount(null)); }, [tick]);
  if (count === null) return null;
  return html`<p class="field-counter" role="status"><a href="/lapangan#antrean-hp">${t("lapangan.waiting", { n: number(count) })}</a></p>`;
}

/** Sends when a connection comes back, if the store is open. @param {string} userId */
export function sendWhenOnline(userId) {
  const go = () => { if (vault.isUnlocked()) sendQueue(userId).catch(() => {}); };
  addEventListener("online", go);
  return () => removeEventListener("online", go);
}

/** @param {{ user: import("../lib/session.js").SignedInUser }} props */
export function FieldPage({ user }) {
  document.title = `${t("lapangan.title")} — ${t("app.name")}`;
  useStoreChanges();
  const [ready, setReady] = useState(vault.isUnlocked());
  return html`
    <h1 class="heading-l">${t("lapangan.title")}</h1>
    ${ready ? html`<${FieldWork} user=${user} />` : html`<${Unlock} user=${user} onOpen=${() => setReady(true)} />`}`;
}

/** @param {{ user: import("../lib/session.js").SignedInUser, onOpen: () => void }} props */
function Unlock({ user, onOpen }) {
  const [exists, setExists] = useState(/** @type {boolean | null} */ (null));
  const [passphrase, setPassphrase] = useState("");
  const [again, setAgain] = useState("");
  const [errors, setErrors] = useState(/** @type {FieldError[]} */ ([]));
  const [busy, setBusy] = useState(false);
  const [wipedAfter, setWipedAfter] = useState(/** @type {number | null} */ (null));

  useEffect(() => {
    (async () => {
      // A phone out of touch for too long is presumed lost, and the store of another user is none of this one's.
      setWipedAfter(await vault.wipeIfOutOfContact());
      const owner = await vault.owner();
      if (owner && owner !== user.id) await vault.wipe();
      setExists(owner === user.id);
    })();
  }, []);
  if (exists === null) return html`<p>${t("app.loading")}</p>`;

  /** @param {Event} event */
  const submit = async (event) => {
    event.preventDefault();
    /** @type {FieldError[]} */
    const found = [];
    if (passphrase.length < 8) found.push({ id: "f-passphrase", message: t("lapangan.error.short") });
    else if (!exists && again !== passphrase) found.push({ id: "f-passphrase-again", message: t("lapangan.error.mismatch") });
    if (found.length === 0) {
      setBusy(true);
      if (exists) {
        if (!(await vault.unlock(passphrase))) found.push({ id: "f-passphrase", message: t("lapangan.error.wrong") });
      } else {
        await vault.createPassphrase(passphrase, user.id);
      }
      setBusy(false);
    }
    setErrors(found);
    if (found.length === 0) onOpen();
  };

  return html`
    ${wipedAfter ? html`<${Banner} kind="warning" live>${t("lapangan.wipedStale", { n: number(wipedAfter) })}</${Banner}>` : null}
    <p>${t("lapangan.intro")}</p>
    <${ErrorSummary} errors=${errors} />
    <form onSubmit=${submit} novalidate>
      <h2 class="heading-m">${exists ? t("lapangan.unlock.title") : t("lapangan.create.title")}</h2>
      <${TextInput} id="f-passphrase" label=${t("lapangan.passphrase")} hint=${exists ? undefined : t("lapangan.passphraseHint")} type="password"
        autocomplete=${exists ? "current-password" : "new-password"} value=${passphrase} onInput=${setPassphrase} error=${errorFor(errors, "f-passphrase")} />
      ${exists ? null : html`<${TextInput} id="f-passphrase-again" label=${t("lapangan.passphraseAgain")} type="password" autocomplete="new-password"
        value=${again} onInput=${setAgain} error=${errorFor(errors, "f-passphrase-again")} />`}
      <button class="button" type="submit" disabled=${busy}>${busy ? t("lapangan.unlocking") : exists ? t("lapangan.unlock") : t("lapangan.create")}</button>
    </form>`;
}

/** @param {{ user: import("../lib/session.js").SignedInUser }} props */
function FieldWork({ user }) {
  const tick = useStoreChanges();
  const [cases, setCases] = useState(/** @type {any[] | null} */ (null));
  const [items, setItems] = useState(/** @type {import("../lib/vault.js").QueueItem[]} */ ([]));
  const [online, setOnline] = useState(navigator.onLine);
  const [notice, setNotice] = useState(/** @type {{ kind: string, text: string } | null} */ (null));
  const [sending, setSending] = useState(false);
  const [persisted, setPersisted] = useState(true);

  useEffect(() => {
    if (!vault.isUnlocked()) return;
    vault.allCases().then(setCases);
    vault.queue().then(setItems);
  }, [tick]);

  const send = async () => {
    setSending(true);
    try {
      const outcome = await sendQueue(user.id);
      setNotice(outcome === "wiped" ? { kind: "error", text: t("lapangan.wiped") } : null);
    } catch (error) {
      setNotice({ kind: "warning", text: /** @type {Error} */ (error).message });
    } finally {
      setSending(false);
    }
  };

  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    addEventListener("online", up);
    addEventListener("offline", down);
    if (navigator.onLine) send();
    // Asked once the TKSK keeps data here; a refusal is told, since the browser may then clear it when space runs out.
    navigator.storage?.persist?.().then((granted) => setPersisted(granted), () => setPersisted(false));
    return () => { removeEventListener("online", up); removeEventListener("offline", down); };
  }, []);

  if (!vault.isUnlocked()) return html`<${Banner} kind="error" live>${t("lapangan.wiped")}</${Banner}>`;
  return html`
    ${online ? null : html`<${Banner} kind="warning" live>${t("lapangan.offline")}</${Banner}>`}
    ${persisted ? null : html`<p class="hint">${t("lapangan.notPersisted")}</p>`}
    ${notice ? html`<${Banner} kind=${notice.kind} live>${notice.text}</${Banner}>` : null}
    <section aria-labelledby="field-cases">
      <h2 class="heading-m" id="field-cases">${t("lapangan.cases", { n: number(cases?.length ?? 0) })}</h2>
      ${cases === null ? html`<p>${t("app.loading")}</p>` : cases.length === 0 ? html`<p>${t("lapangan.noCases")}</p>`
        : html`<ul class="field-cases">${sortByDue(cases).map((c) => html`<li key=${c.id}><${FieldCase} c=${c} user=${user} items=${items} /></li>`)}</ul>`}
    </section>
    <section aria-labelledby="antrean-hp">
      <h2 class="heading-m" id="antrean-hp" tabindex="-1">${t("lapangan.queue")}</h2>
      <div class="button-group">
        <button class="button" type="button" onClick=${send} disabled=${sending}>${sending ? t("lapangan.sending") : t("lapangan.send")}</button>
      </div>
      ${items.length === 0 ? html`<p>${t("lapangan.queueEmpty")}</p>` : html`
        <ol class="field-queue">${[...items].reverse().map((i) => html`
          <li key=${i.seq}><${QueueEntry} item=${i} c=${cases?.find((c) => c.id === i.command.referralId)} /></li>`)}
        </ol>`}
    </section>`;
}

/** @param {any[]} cases */
function sortByDue(cases) {
  return [...cases].sort((a, b) => (nextDeadline(a)?.dueAt ?? "9999").localeCompare(nextDeadline(b)?.dueAt ?? "9999"));
}

/** @param {any} c */
function nextDeadline(c) {
  return (c.deadlines ?? []).filter((/** @type {any} */ d) => !d.metAt && !d.void).sort((/** @type {any} */ a, /** @type {any} */ b) => a.dueAt.localeCompare(b.dueAt))[0] ?? null;
}

/** The case's commands a TKSK records in the field, by the URL segment the service allows them under. */
const CASE_OPERATIONS = [["acceptance", "AcceptAssignment"], ["decline", "DeclineAssignment"], ["visits", "RecordVisit"],
  ["field-assessment", "RecordFieldAssessment"], ["steps", "AddStep"], ["resolution", "ResolveReferral"], ["notes", "AddNote"]];
const WHILE_IN_PROGRESS = ["visits", "field-assessment", "steps", "resolution", "notes"];

/** What may be recorded on a case now, counting what this phone holds for it and has not sent. @param {any} c @param {QueueItem[]} items @returns {FieldAction[]} */
function actionsOf(c, items) {
  const held = items.filter((i) => i.state === "waiting" && i.command.referralId === c.id).map((i) => i.command.type);
  // Accepted on the phone, unsent: the work opens at once, as the service will allow when it hears; declined: nothing more.
  const allowed = held.includes("DeclineAssignment") ? [] : held.includes("AcceptAssignment") ? WHILE_IN_PROGRESS : c.allowedActions ?? [];
  /** @type {FieldAction[]} */
  const list = CASE_OPERATIONS.filter(([path]) => allowed.includes(path))
    .map(([, operation]) => ({ key: operation, operation, extra: {}, text: t(/** @type {any} */ ("action." + operation)) }));
  for (const s of c.steps ?? [])
    for (const a of /** @type {("start" | "complete" | "cancel")[]} */ (s.allowedActions ?? [])) {
      const operation = STEP_ACTIONS[a].operation;
      list.push({ key: `${operation}:${s.id}`, operation, extra: { stepId: s.id }, text: `${t(/** @type {any} */ ("action." + operation))}: ${s.title}` });
    }
  for (const f of c.followUps ?? [])
    if (!f.recordedAt) list.push({ key: `RecordFollowUp:${f.id}`, operation: "RecordFollowUp", extra: { followUpId: f.id }, text: t("lapangan.followUpDue", { at: dateTime(f.dueAt) }) });
  return list;
}

/** The ids a step or follow-up command carries besides its form. @param {Record<string, any>} payload */
const extraOf = (payload) => Object.fromEntries(Object.entries(payload).filter(([k]) => k === "stepId" || k === "followUpId"));

/** One case as the phone has it, and what may be recorded on it. @param {{ c: any, user: import("../lib/session.js").SignedInUser, items: QueueItem[] }} props */
function FieldCase({ c, user, items }) {
  const [open, setOpen] = useState(/** @type {FieldAction | null} */ (null));
  const [saved, setSaved] = useState(false);
  const due = nextDeadline(c);
  const left = due ? new Date(due.dueAt).getTime() - Date.now() : 0;
  const lastVisit = (c.visits ?? []).at(-1);
  const place = [c.place?.desaName, c.place?.kecamatanName && `Kec. ${c.place.kecamatanName}`].filter(Boolean).join(", ");
  const headingId = `case-${c.id}`;

  /** @param {string} type @param {Record<string, unknown>} payload */
  const record = async (type, payload) => {
    await vault.enqueue({
      commandId: crypto.randomUUID(), referralId: c.id, caseNumber: c.number, type, payload, baseVersion: c.version,
      recordedAt: new Date().toISOString(), recordedBy: user.id,
      // Photos come later: each will be a reference to an encrypted blob stored beside the queue.
      attachments: [],
    });
    setOpen(null);
    setSaved(true);
  };
  /** @param {FieldAction} a */
  const choose = (a) => {
    setSaved(false);
    // Nothing to ask (accepting, starting a step): kept at once.
    if (fieldsOf(c, a.operation).length === 0) record(a.operation, a.extra);
    else setOpen(a);
  };

  return html`
    <article class="field-case" aria-labelledby=${headingId}>
      <h3 class="heading-s" id=${headingId}><a href=${`/kasus/${c.id}`}>${c.number}</a></h3>
      <p><span class="tag tag--status">${label("status", c.status)}</span>${c.overdue ? html` <span class="tag tag--overdue">${t("lapangan.overdue")}</span>` : null}</p>
      <dl class="summary-list">
        <div class="summary-list__row"><dt>${t("lapangan.place")}</dt><dd>${place}</dd></div>
        <div class="summary-list__row"><dt>${t("lapangan.category")}</dt><dd>${c.categoryName}</dd></div>
        ${due ? html`<div class="summary-list__row"><dt>${t("lapangan.nextDeadline")}</dt>
          <dd>${label("deadline", due.kind)}: ${dateTime(due.dueAt)} (${left >= 0 ? t("lapangan.left", { d: duration(left) }) : t("lapangan.overdueBy", { d: duration(left) })})</dd></div>` : null}
        <div class="summary-list__row"><dt>${t("lapangan.lastVisit")}</dt><dd>${lastVisit ? dateTime(lastVisit.visitedAt) : t("lapangan.none")}</dd></div>
      </dl>
      ${saved ? html`<${Banner} kind="success" live>${t("lapangan.saved")}</${Banner}>` : null}
      ${open ? html`<${CommandForm} c=${c} operation=${open.operation} uid=${"f-" + c.id.slice(0, 8)} title=${open.text}
          onSave=${(/** @type {Record<string, any>} */ p) => record(open.operation, { ...p, ...open.extra })} onCancel=${() => setOpen(null)} />`
        : html`<div class="button-group">${actionsOf(c, items).map((a) => html`
            <button key=${a.key} class="button button--secondary button--small" type="button" onClick=${() => choose(a)}>${a.text}</button>`)}
          </div>`}
    </article>`;
}

/** A record in the queue: its state, and what can be done with it (fix a refused one; see both sides of a conflict). @param {{ item: QueueItem, c: any }} props */
function QueueEntry({ item, c }) {
  const [fixing, setFixing] = useState(false);
  const command = item.command;
  /** @type {Save} */
  const resend = async (payload) => {
    // A new id: the service answers the old one with its refusal, whatever is sent under it again.
    await vault.replace(item.seq, { ...command, commandId: crypto.randomUUID(), payload: { ...payload, ...extraOf(command.payload) },
      baseVersion: c?.version ?? command.baseVersion, recordedAt: new Date().toISOString(), problem: null, fieldErrors: null });
    setFixing(false);
  };
  const resolution = command.resolution;
  return html`
    <span class=${"tag field-state field-state--" + item.state}>${t(/** @type {any} */ ("lapangan.state." + item.state))}</span>
    ${" "}${t(/** @type {any} */ ("lapangan.type." + command.type))} · ${command.caseNumber} · ${t("lapangan.recordedAt", { at: dateTime(command.recordedAt) })}
    ${item.state === "conflict" || item.state === "resolved" ? html`
      <dl class="summary-list">
        <div class="summary-list__row"><dt>${t("lapangan.conflict.office")}</dt><dd>${officeSide(c, command)}</dd></div>
        <div class="summary-list__row"><dt>${t("lapangan.conflict.phone")}</dt><dd>${summary(fieldsOf(c, command.type), command.payload) || t(/** @type {any} */ ("lapangan.type." + command.type))}</dd></div>
      </dl>
      <p>${resolution ? t(resolution.choice === "apply" ? "lapangan.resolved.apply" : "lapangan.resolved.discard", { at: dateTime(resolution.at) })
        + (resolution.note ? ` ${t("lapangan.resolved.note", { note: resolution.note })}` : "") : t("lapangan.conflict.waiting")}</p>` : null}
    ${item.state !== "rejected" ? null : fixing ? html`
      <${CommandForm} c=${c} operation=${command.type} uid=${"q" + item.seq} title=${t("lapangan.fixTitle")} initial=${command.payload}
        problems=${{ fields: command.fieldErrors ?? null, text: command.problem ?? "" }} onSave=${resend} onCancel=${() => setFixing(false)} />` : html`
      <p class="field-problem">${problemWords(c, command)}</p>
      <div class="button-group">
        <button class="button button--small" type="button" onClick=${() => setFixing(true)}>${t("lapangan.fix")}</button>
        <button class="button button--secondary button--small" type="button" onClick=${() => vault.remove(item.seq)}>${t("lapangan.discard")}</button>
      </div>`}`;
}

/** Why the service refused a record: each field's message after the field's label, else the problem's own words. @param {any} c @param {Command} command */
function problemWords(c, command) {
  const fields = fieldsOf(c, command.type);
  const byField = Object.entries(command.fieldErrors ?? {});
  if (byField.length === 0) return command.problem;
  return byField.map(([path, messages]) => {
    const f = fields.find((x) => x.name.toLowerCase() === path.split(/[.[]/)[0].toLowerCase());
    return `${f ? t(f.label) : path}: ${messages.join(" ")}`;
  }).join(" ");
}

/** What the office's side of a conflict is as far as the phone knows: the case as the service sent it after. @param {any} c @param {Command} command */
function officeSide(c, command) {
  if (!c) return t("lapangan.none");
  const parts = [t("lapangan.conflict.status", { status: label("status", c.status), who: c.assignment?.coordinatorName ?? t("lapangan.none") })];
  const recorded = command.type === "RecordFieldAssessment" ? c.fieldAssessment : command.type === "ResolveReferral" ? c.resolution : null;
  if (recorded) parts.push(summary(fieldsOf(c, command.type), recorded));
  const step = (c.steps ?? []).find((/** @type {any} */ s) => s.id === command.payload.stepId);
  if (step) parts.push(`${step.title}: ${label("stepStatus", step.status)}`);
  return parts.join("; ");
}

