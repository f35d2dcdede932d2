// Lapangan: the TKSK's cases on the phone, opened with no connection at all, and what the TKSK records there (visits
// with GPS, notes) queued in order until a connection comes. Everything kept is encrypted (lib/vault.js); the
// passphrase is asked once per page session.
import { html } from "../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { dateTime, duration, label, number, t, wibInputToIso, wibInputValue } from "../lib/words.js";
import { Banner, ErrorSummary, Radios, TextArea, TextInput, errorFor } from "../lib/forms.js";
import * as vault from "../lib/vault.js";
import { sendQueue } from "../lib/field.js";

/** @typedef {{ id: string | null, message: string }} FieldError */

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

  useEffect(() => {
    // The store holds only this TKSK's cases: another user's is wiped before anything else.
    vault.owner().then(async (owner) => {
      if (owner && owner !== user.id) await vault.wipe();
      setExists(owner === user.id);
    });
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
  const waiting = items.filter((i) => i.state === "waiting").length;
  return html`
    ${online ? null : html`<${Banner} kind="warning" live>${t("lapangan.offline")}</${Banner}>`}
    ${persisted ? null : html`<p class="hint">${t("lapangan.notPersisted")}</p>`}
    ${notice ? html`<${Banner} kind=${notice.kind} live>${notice.text}</${Banner}>` : null}
    <section aria-labelledby="field-cases">
      <h2 class="heading-m" id="field-cases">${t("lapangan.cases", { n: number(cases?.length ?? 0) })}</h2>
      ${cases === null ? html`<p>${t("app.loading")}</p>` : cases.length === 0 ? html`<p>${t("lapangan.noCases")}</p>`
        : html`<ul class="field-cases">${sortByDue(cases).map((c) => html`<li key=${c.id}><${FieldCase} c=${c} user=${user} /></li>`)}</ul>`}
    </section>
    <section aria-labelledby="antrean-hp">
      <h2 class="heading-m" id="antrean-hp" tabindex="-1">${t("lapangan.queue")}</h2>
      <div class="button-group">
        <button class="button" type="button" onClick=${send} disabled=${sending || waiting === 0}>${sending ? t("lapangan.sending") : t("lapangan.send")}</button>
      </div>
      ${items.length === 0 ? html`<p>${t("lapangan.queueEmpty")}</p>` : html`
        <ol class="field-queue">${[...items].reverse().map((i) => html`
          <li key=${i.seq}>
            <span class=${"tag field-state field-state--" + i.state}>${t(/** @type {any} */ ("lapangan.state." + i.state))}</span>
            ${" "}${t(/** @type {any} */ ("lapangan.type." + i.command.type))} · ${i.command.caseNumber} · ${t("lapangan.recordedAt", { at: dateTime(i.command.recordedAt) })}
            ${i.command.problem ? html`<p class="field-problem">${i.command.problem}</p>` : null}
          </li>`)}
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

/** One case as the phone has it, and what may be recorded on it. @param {{ c: any, user: import("../lib/session.js").SignedInUser }} props */
function FieldCase({ c, user }) {
  const [form, setForm] = useState(/** @type {"visit" | "note" | null} */ (null));
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
    setForm(null);
    setSaved(true);
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
      ${form === "visit" ? html`<${VisitForm} onSave=${(/** @type {any} */ p) => record("RecordVisit", p)} onCancel=${() => setForm(null)} />`
        : form === "note" ? html`<${NoteForm} onSave=${(/** @type {any} */ p) => record("AddNote", p)} onCancel=${() => setForm(null)} />`
        : html`<div class="button-group">
            <button class="button button--secondary button--small" type="button" onClick=${() => { setSaved(false); setForm("visit"); }}>${t("lapangan.recordVisit")}</button>
            <button class="button button--secondary button--small" type="button" onClick=${() => { setSaved(false); setForm("note"); }}>${t("lapangan.addNote")}</button>
          </div>`}
    </article>`;
}

/** @param {{ onSave: (payload: Record<string, unknown>) => Promise<void>, onCancel: () => void }} props */
function VisitForm({ onSave, onCancel }) {
  const [at, setAt] = useState(wibInputValue());
  const [found, setFound] = useState("");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState(/** @type {FieldError[]} */ ([]));
  const [position, setPosition] = useState(/** @type {GeolocationCoordinates | "asking" | "none"} */ ("asking"));

  useEffect(() => {
    if (!navigator.geolocation) { setPosition("none"); return; }
    navigator.geolocation.getCurrentPosition((p) => setPosition(p.coords), () => setPosition("none"),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 });
  }, []);

  /** @param {Event} event */
  const submit = (event) => {
    event.preventDefault();
    /** @type {FieldError[]} */
    const found_ = [];
    if (!at) found_.push({ id: "f-visited-at", message: t("lapangan.error.visitedAt") });
    if (!found) found_.push({ id: "f-found", message: t("lapangan.error.found") });
    setErrors(found_);
    if (found_.length) return;
    const coords = typeof position === "object" ? position : null;
    onSave({
      visitedAt: wibInputToIso(at), subjectFound: found === "yes", notes: notes.trim() || null,
      latitude: coords?.latitude ?? null, longitude: coords?.longitude ?? null,
    });
  };

  return html`
    <form class="field-form" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      <${TextInput} id="f-visited-at" type="datetime-local" label=${t("lapangan.visitedAt")} value=${at} onInput=${setAt} error=${errorFor(errors, "f-visited-at")} />
      <${Radios} id="f-found" legend=${t("lapangan.found")} value=${found} onChange=${setFound} inline error=${errorFor(errors, "f-found")}
        options=${[{ value: "yes", label: t("lapangan.yes") }, { value: "no", label: t("lapangan.no") }]} />
      <${TextArea} id="f-notes" label=${t("lapangan.notes")} value=${notes} onInput=${setNotes} rows=${3} />
      <p class="hint" role="status">${position === "asking" ? t("lapangan.gps.asking") : position === "none" ? t("lapangan.gps.none")
        : t("lapangan.gps.at", { lat: position.latitude.toFixed(5), lon: position.longitude.toFixed(5), m: Math.round(position.accuracy) })}</p>
      <div class="button-group">
        <button class="button" type="submit">${t("lapangan.save")}</button>
        <button class="button button--secondary" type="button" onClick=${onCancel}>${t("lapangan.cancel")}</button>
      </div>
    </form>`;
}

/** @param {{ onSave: (payload: Record<string, unknown>) => Promise<void>, onCancel: () => void }} props */
function NoteForm({ onSave, onCancel }) {
  const [text, setText] = useState("");
  const [errors, setErrors] = useState(/** @type {FieldError[]} */ ([]));
  /** @param {Event} event */
  const submit = (event) => {
    event.preventDefault();
    if (!text.trim()) { setErrors([{ id: "f-note", message: t("lapangan.error.note") }]); return; }
    onSave({ text: text.trim() });
  };
  return html`
    <form class="field-form" onSubmit=${submit} novalidate>
      <${ErrorSummary} errors=${errors} />
      <${TextArea} id="f-note" label=${t("lapangan.note")} value=${text} onInput=${setText} rows=${3} error=${errorFor(errors, "f-note")} />
      <div class="button-group">
        <button class="button" type="submit">${t("lapangan.save")}</button>
        <button class="button button--secondary" type="button" onClick=${onCancel}>${t("lapangan.cancel")}</button>
      </div>
    </form>`;
}
