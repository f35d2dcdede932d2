// The administration pages: coordinators (register, deactivate with what happens to their cases, reactivate),
// API keys (the key shown once), the access log, and what failed to happen (notifications not delivered,
// commands refused). Each a thin client of its API; the API decides who may.
import { html } from "../../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { dateTime, label, number, t } from "../../lib/words.js";
import { ApiError, get, newIdempotencyKey, post, withQuery } from "../../lib/api.js";
import { navigate } from "../../lib/router.js";
import { Banner, Checkboxes, ErrorSummary, Radios, Select, TextArea, TextInput, errorFor, problemErrors } from "../../lib/forms.js";
import { kabupatenOf, kecamatanOf } from "../../lib/regions.js";
import { PROVINCE } from "../../lib/reference.js";

/**
 * Loads what a page lists, and loads it again on demand.
 * @template T @param {() => Promise<T>} fetcher @param {any[]} deps
 */
function useList(fetcher, deps) {
  const [data, setData] = useState(/** @type {T | null} */ (null));
  const [failure, setFailure] = useState("");
  // A filter the API refused: its problem, to show beside the filter's field.
  const [refused, setRefused] = useState(/** @type {ApiError | null} */ (null));
  const load = () => fetcher().then((d) => { setData(d); setFailure(""); setRefused(null); }, (error) => {
    if (error instanceof ApiError && error.kind === "unauthorized") return;
    setFailure(error instanceof Error ? error.message : t("error.unknown"));
    setRefused(error instanceof ApiError && Object.keys(error.fieldErrors).length > 0 ? error : null);
  });
  useEffect(() => { load(); }, deps);
  return { data, failure, refused, load };
}

/** A form's submission with its errors beside the fields. @param {Record<string, string>} aliases */
function useSubmit(aliases) {
  const [errors, setErrors] = useState(/** @type {import("../../lib/forms.js").FormError[]} */ ([]));
  const [busy, setBusy] = useState(false);
  /** @template T @param {() => Promise<T>} send @returns {Promise<T | null>} */
  const run = async (send) => {
    setBusy(true);
    try {
      const result = await send();
      setErrors([]);
      return result;
    } catch (error) {
      setErrors(error instanceof ApiError ? problemErrors(error, aliases) : [{ id: null, message: t("error.unknown") }]);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { errors, busy, run };
}

/** @param {{ errors: import("../../lib/forms.js").FormError[] }} props */
function Errors({ errors }) {
  return html`<${ErrorSummary} errors=${errors.filter((e) => e.id)} />${errors.filter((e) => !e.id).map((e) => html`<${Banner} kind="error" live>${e.message}<//>`)}`;
}

/** The administration pages, as tabs above each (a supervisor has the coordinators only). */
export const ADMIN_PAGES = [
  { href: "/koordinator", key: "admin.coordinators", roles: ["supervisor", "province_admin"] },
  { href: "/kunci-api", key: "admin.keys", roles: ["province_admin"] },
  { href: "/log-akses", key: "admin.accessLog", roles: ["province_admin"] },
  { href: "/gangguan", key: "admin.failures", roles: ["province_admin"] },
];

/** @param {{ role: string }} props */
function AdminTabs({ role }) {
  const pages = ADMIN_PAGES.filter((p) => p.roles.includes(role));
  if (pages.length < 2) return null;
  return html`
    <nav class="tabs" aria-label=${t("admin.pages")}>
      <ul class="tabs__list">
        ${pages.map((p) => html`<li><a class="tabs__tab" href=${p.href} aria-current=${location.pathname === p.href ? "page" : undefined}>${t(/** @type {any} */ (p.key))}</a></li>`)}
      </ul>
    </nav>`;
}

/* ---------- Koordinator ---------- */

/** @param {{ user: import("../../lib/session.js").SignedInUser, query: URLSearchParams }} props */
export function CoordinatorsPage({ user, query }) {
  const own = user.region || PROVINCE;
  const kabupaten = query.get("wilayah") || (own.includes(".") ? own.split(".").slice(0, 2).join(".") : "35.78");
  const [places, setPlaces] = useState(/** @type {import("../../lib/regions.js").Region[]} */ ([]));
  const [done, setDone] = useState("");
  const [open, setOpen] = useState(/** @type {string | null} */ (null));
  document.title = `${t("admin.coordinators")} — ${t("app.name")}`;
  useEffect(() => {
    if (!own.includes(".")) kabupatenOf(PROVINCE).then(setPlaces, () => {});
  }, []);
  const list = useList(() => Promise.all([
    get("/api/v1/coordinators", { query: { kabupaten } }).then((r) => /** @type {any[]} */ (r.data)),
    get("/api/v1/dashboards/coordinators", { query: { kabupaten } }).then((r) => /** @type {any} */ (r.data).coordinators, () => []),
  ]), [kabupaten]);
  const [people, load] = list.data ?? [[], []];
  const openOf = (/** @type {string} */ id) => load.find((/** @type {any} */ l) => l.coordinatorId === id)?.open;
  /** @param {string} message */
  const changed = (message) => { setDone(message); setOpen(null); list.load(); };

  return html`
    <h1 class="heading-l">${t("admin.coordinators")}</h1>
    <${AdminTabs} role=${user.role} />
    ${own.includes(".") ? null : html`
      <form class="filters" aria-label=${t("admin.region")} onSubmit=${(/** @type {Event} */ e) => { e.preventDefault(); navigate(withQuery("/koordinator", { wilayah: String(new FormData(/** @type {HTMLFormElement} */ (e.currentTarget)).get("wilayah")) })); }}>
        <div class="filters__grid">
          <div class="filters__field">
            <label class="label" for="coord-wilayah">${t("dashboard.col.kabupaten")}</label>
            <select class="select" id="coord-wilayah" name="wilayah">
              ${places.map((k) => html`<option value=${k.code} selected=${k.code === kabupaten}>${k.name}</option>`)}
            </select>
          </div>
        </div>
        <div class="filters__actions"><button type="submit" class="button button--secondary">${t("dashboard.show")}</button></div>
      </form>`}
    ${list.failure ? html`<${Banner} kind="error" live>${list.failure}<//>` : null}
    ${done ? html`<${Banner} kind="success" live>${done}<//>` : null}
    <table class="cases">
      <caption class="visually-hidden">${t("admin.coordinators")}</caption>
      <thead><tr><th scope="col">${t("load.col.name")}</th><th scope="col">${t("load.col.kecamatan")}</th><th scope="col">${t("admin.role")}</th>
        <th scope="col">${t("load.col.open")}</th><th scope="col">${t("admin.status")}</th><th scope="col"><span class="visually-hidden">${t("admin.actions")}</span></th></tr></thead>
      <tbody>
        ${people.map((/** @type {any} */ c) => html`
          <tr>
            <th scope="row">${c.name}<br /><span class="hint">${c.phone}</span></th>
            <td data-label=${t("load.col.kecamatan")}>${c.kecamatanName}</td>
            <td data-label=${t("admin.role")}>${label("coordinatorRole", c.role)}</td>
            <td data-label=${t("load.col.open")}>${openOf(c.id) == null ? "—" : number(openOf(c.id))}</td>
            <td data-label=${t("admin.status")}>${c.active ? t("admin.active") : t("admin.inactiveSince", { time: dateTime(c.deactivatedAt) })}</td>
            <td>${c.active
              ? (open === c.id
                ? html`<${Deactivate} coordinator=${c} people=${people} open=${openOf(c.id)} onDone=${changed} onClose=${() => setOpen(null)} />`
                : html`<button type="button" class="button button--secondary button--small" onClick=${() => { setOpen(c.id); setDone(""); }}>${t("admin.deactivate")}<span class="visually-hidden"> ${c.name}</span></button>`)
              : html`<${Reactivate} coordinator=${c} onDone=${changed} />`}</td>
          </tr>`)}
      </tbody>
    </table>
    <${Register} kabupaten=${kabupaten} onDone=${changed} />`;
}

/** @param {{ coordinator: any, people: any[], open: number | undefined, onDone: (m: string) => void, onClose: () => void }} props */
function Deactivate({ coordinator, people, open, onDone, onClose }) {
  const [reason, setReason] = useState("");
  const [successor, setSuccessor] = useState("");
  const id = `deactivate-${coordinator.id}`;
  const submit = useSubmit({ reason: id + "-reason", successorId: id + "-successor" });
  const others = people.filter((p) => p.active && p.id !== coordinator.id);
  return html`
    <form class="action-form" novalidate onSubmit=${async (/** @type {Event} */ e) => {
      e.preventDefault();
      const r = await submit.run(() => post(`/api/v1/coordinators/${coordinator.id}/deactivation`, { reason: reason.trim() || null, successorId: successor || null }));
      if (r) onDone(t("admin.deactivated", { name: coordinator.name, n: number(/** @type {any} */ (r.data).openCasesHandedOver) }));
    }}>
      <${Errors} errors=${submit.errors} />
      <p class="banner banner--warning">${t("admin.deactivateEffect", { n: open == null ? "?" : number(open) })}</p>
      <${TextArea} id=${id + "-reason"} label=${t("field.reason")} value=${reason} onInput=${setReason} error=${errorFor(submit.errors, id + "-reason")} rows=${2} />
      <${Select} id=${id + "-successor"} label=${t("admin.successor")} hint=${t("admin.successorHint")} value=${successor} onChange=${setSuccessor}
        error=${errorFor(submit.errors, id + "-successor")} options=${others.map((p) => ({ value: p.id, label: `${p.name} (${p.kecamatanName})` }))} placeholder=${t("admin.noSuccessor")} />
      <div class="button-group">
        <button type="submit" class="button" disabled=${submit.busy}>${t("admin.deactivate")}</button>
        <button type="button" class="link-button" onClick=${onClose}>${t("action.cancel")}</button>
      </div>
    </form>`;
}

/** @param {{ coordinator: any, onDone: (m: string) => void }} props */
function Reactivate({ coordinator, onDone }) {
  const submit = useSubmit({});
  return html`
    <${Errors} errors=${submit.errors} />
    <button type="button" class="button button--secondary button--small" disabled=${submit.busy} onClick=${async () => {
      if (await submit.run(() => post(`/api/v1/coordinators/${coordinator.id}/reactivation`, {}))) onDone(t("admin.reactivated", { name: coordinator.name }));
    }}>${t("admin.reactivate")}<span class="visually-hidden"> ${coordinator.name}</span></button>`;
}

/** @param {{ kabupaten: string, onDone: (m: string) => void }} props */
function Register({ kabupaten, onDone }) {
  const empty = { name: "", phone: "", kecamatanCode: "", role: "primary" };
  const [values, setValues] = useState(empty);
  const [kecamatan, setKecamatan] = useState(/** @type {import("../../lib/regions.js").Region[]} */ ([]));
  const submit = useSubmit({ name: "reg-name", phone: "reg-phone", kecamatanCode: "reg-kecamatan", role: "reg-role" });
  useEffect(() => { kecamatanOf(kabupaten).then(setKecamatan, () => setKecamatan([])); }, [kabupaten]);
  const set = (/** @type {keyof typeof empty} */ k) => (/** @type {string} */ v) => setValues((o) => ({ ...o, [k]: v }));
  return html`
    <section aria-labelledby="reg-title">
      <h2 class="heading-m" id="reg-title">${t("admin.register")}</h2>
      <form class="narrow" novalidate onSubmit=${async (/** @type {Event} */ e) => {
        e.preventDefault();
        const r = await submit.run(() => post("/api/v1/coordinators", { ...values, name: values.name.trim() || null, phone: values.phone.trim() || null, kecamatanCode: values.kecamatanCode || null }));
        if (r) { setValues(empty); onDone(t("admin.registered", { name: /** @type {any} */ (r.data).name })); }
      }}>
        <${Errors} errors=${submit.errors} />
        <${TextInput} id="reg-name" label=${t("signIn.name")} value=${values.name} onInput=${set("name")} error=${errorFor(submit.errors, "reg-name")} />
        <${TextInput} id="reg-phone" label=${t("admin.phone")} hint=${t("admin.phoneHint")} type="tel" width="20" value=${values.phone} onInput=${set("phone")} error=${errorFor(submit.errors, "reg-phone")} />
        <${Select} id="reg-kecamatan" label=${t("load.col.kecamatan")} value=${values.kecamatanCode} onChange=${set("kecamatanCode")} error=${errorFor(submit.errors, "reg-kecamatan")}
          options=${kecamatan.map((k) => ({ value: k.code, label: k.name }))} placeholder=${t("field.choose")} />
        <${Radios} id="reg-role" legend=${t("admin.role")} inline value=${values.role} onChange=${set("role")} error=${errorFor(submit.errors, "reg-role")}
          options=${[{ value: "primary", label: t("coordinatorRole.primary") }, { value: "backup", label: t("coordinatorRole.backup") }]} />
        <button type="submit" class="button" disabled=${submit.busy}>${t("admin.registerSubmit")}</button>
      </form>
    </section>`;
}

/* ---------- Kunci API ---------- */

const SCOPES = ["intake", "read", "feed", "webhooks"];

/** @param {{ user: import("../../lib/session.js").SignedInUser }} props */
export function ApiKeysPage({ user }) {
  document.title = `${t("admin.keys")} — ${t("app.name")}`;
  const list = useList(() => get("/api/v1/api-keys").then((r) => /** @type {any[]} */ (r.data)), []);
  const [created, setCreated] = useState(/** @type {any} */ (null));
  const [done, setDone] = useState("");
  const [values, setValues] = useState({ agency: "", scopes: /** @type {string[]} */ (["read"]), region: "" });
  const [key, setKey] = useState(newIdempotencyKey);
  const submit = useSubmit({ agency: "key-agency", scopes: "key-scopes", region: "key-region" });
  const revoke = useSubmit({});
  return html`
    <h1 class="heading-l">${t("admin.keys")}</h1>
    <${AdminTabs} role=${user.role} />
    ${list.failure ? html`<${Banner} kind="error" live>${list.failure}<//>` : null}
    ${done ? html`<${Banner} kind="success" live>${done}<//>` : null}
    ${created ? html`
      <${Banner} kind="success" live title=${t("admin.keyCreated", { agency: created.agency })}>
        <p>${t("admin.keyOnce")}</p>
        <p><code class="secret" id="new-key">${created.key}</code></p>
      <//>` : null}
    <${Errors} errors=${revoke.errors} />
    <table class="cases">
      <caption class="visually-hidden">${t("admin.keys")}</caption>
      <thead><tr><th scope="col">${t("admin.agency")}</th><th scope="col">${t("admin.scopes")}</th><th scope="col">${t("admin.region")}</th>
        <th scope="col">${t("admin.created")}</th><th scope="col">${t("admin.status")}</th></tr></thead>
      <tbody>
        ${(list.data ?? []).map((k) => html`
          <tr>
            <th scope="row">${k.agency}</th>
            <td data-label=${t("admin.scopes")}>${k.scopes.join(", ")}</td>
            <td data-label=${t("admin.region")}>${k.region ?? t("admin.wholeProvince")}</td>
            <td data-label=${t("admin.created")}>${dateTime(k.createdAt)}</td>
            <td data-label=${t("admin.status")}>${k.revokedAt ? t("admin.revokedAt", { time: dateTime(k.revokedAt) }) : html`
              ${t("admin.active")} <button type="button" class="button button--secondary button--small" onClick=${async () => {
                if (await revoke.run(() => post(`/api/v1/api-keys/${k.id}/revocation`, {}))) { setDone(t("admin.revoked", { agency: k.agency })); setCreated(null); list.load(); }
              }}>${t("admin.revoke")}<span class="visually-hidden"> ${k.agency}</span></button>`}</td>
          </tr>`)}
      </tbody>
    </table>
    <section aria-labelledby="key-title">
      <h2 class="heading-m" id="key-title">${t("admin.createKey")}</h2>
      <form class="narrow" novalidate onSubmit=${async (/** @type {Event} */ e) => {
        e.preventDefault();
        const r = await submit.run(() => post("/api/v1/api-keys", { agency: values.agency.trim() || null, scopes: values.scopes, region: values.region.trim() || null }, { idempotencyKey: key }));
        if (r) { setCreated(r.data); setDone(""); setKey(newIdempotencyKey()); setValues({ agency: "", scopes: ["read"], region: "" }); list.load(); }
      }}>
        <${Errors} errors=${submit.errors} />
        <${TextInput} id="key-agency" label=${t("admin.agency")} hint=${t("admin.agencyHint")} value=${values.agency} onInput=${(/** @type {string} */ v) => setValues((o) => ({ ...o, agency: v }))} error=${errorFor(submit.errors, "key-agency")} />
        <${Checkboxes} id="key-scopes" legend=${t("admin.scopes")} values=${values.scopes} onChange=${(/** @type {string[]} */ v) => setValues((o) => ({ ...o, scopes: v }))}
          error=${errorFor(submit.errors, "key-scopes")} options=${SCOPES.map((s) => ({ value: s, label: s }))} />
        <${TextInput} id="key-region" label=${t("admin.region")} hint=${t("admin.regionHint")} width="10" value=${values.region} onInput=${(/** @type {string} */ v) => setValues((o) => ({ ...o, region: v }))} error=${errorFor(submit.errors, "key-region")} />
        <button type="submit" class="button" disabled=${submit.busy}>${t("admin.createKey")}</button>
      </form>
    </section>`;
}

/* ---------- Log akses ---------- */

/** @param {{ user: import("../../lib/session.js").SignedInUser, query: URLSearchParams }} props */
export function AccessLogPage({ user, query }) {
  document.title = `${t("admin.accessLog")} — ${t("app.name")}`;
  const filter = { referral: query.get("kasus") ?? "", actor: query.get("oleh") ?? "", from: query.get("dari") ?? "", to: query.get("sampai") ?? "" };
  const page = Math.max(1, Number(query.get("page")) || 1);
  const list = useList(() => get("/api/v1/access-log", { query: { ...filter, page } }).then((r) => /** @type {any} */ (r.data)), [query.toString()]);
  const errors = list.refused ? problemErrors(list.refused, { referral: "log-kasus", actor: "log-oleh", from: "log-dari", to: "log-sampai" }) : [];
  const inPage = (/** @type {number} */ n) => withQuery("/log-akses", { kasus: filter.referral, oleh: filter.actor, dari: filter.from, sampai: filter.to, page: n });
  /** A filter's field, with the API's message beside it. @param {string} id @param {string} name @param {string} text @param {string} value @param {string} [type] */
  const field = (id, name, text, value, type = "text") => {
    const error = errorFor(errors, id);
    return html`
      <div class=${"filters__field" + (error ? " form-group--error" : "")}>
        <label class="label" for=${id}>${text}</label>
        ${error ? html`<p class="error-message" id=${id + "-error"}><span class="visually-hidden">${t("error.prefix")} </span>${error}</p>` : null}
        <input class=${"input" + (error ? " input--error" : "")} id=${id} name=${name} type=${type} value=${value}
          aria-invalid=${error ? "true" : undefined} aria-describedby=${error ? id + "-error" : undefined} />
      </div>`;
  };
  return html`
    <h1 class="heading-l">${t("admin.accessLog")}</h1>
    <${AdminTabs} role=${user.role} />
    <form class="filters" role="search" aria-label=${t("admin.accessLog")} key=${query.toString()} onSubmit=${(/** @type {Event} */ e) => {
      e.preventDefault();
      const form = new FormData(/** @type {HTMLFormElement} */ (e.currentTarget));
      const value = (/** @type {string} */ name) => String(form.get(name) ?? "").trim();
      navigate(withQuery("/log-akses", { kasus: value("kasus"), oleh: value("oleh"), dari: value("dari"), sampai: value("sampai") }));
    }}>
      <div class="filters__grid">
        ${field("log-kasus", "kasus", t("admin.logReferral"), filter.referral)}
        ${field("log-oleh", "oleh", t("admin.logActor"), filter.actor)}
        ${field("log-dari", "dari", t("admin.logFrom"), filter.from, "date")}
        ${field("log-sampai", "sampai", t("admin.logTo"), filter.to, "date")}
      </div>
      <div class="filters__actions"><button type="submit" class="button button--secondary">${t("queue.apply")}</button><a class="filters__reset" href="/log-akses">${t("queue.reset")}</a></div>
    </form>
    ${list.failure && !list.refused ? html`<${Banner} kind="error" live>${list.failure}<//>` : null}
    ${list.refused ? html`<${Banner} kind="error" live title=${t("admin.logRefused")}><p>${errors.map((e) => e.message).join(" ")}</p><//>` : null}
    ${list.refused ? null : list.data ? (list.data.items.length === 0 ? html`<p class="queue__empty">${t("admin.logEmpty")}</p>` : html`
      <table class="cases">
        <caption class="visually-hidden">${t("admin.accessLog")}</caption>
        <thead><tr><th scope="col">${t("admin.logAt")}</th><th scope="col">${t("queue.col.number")}</th><th scope="col">${t("admin.logWhat")}</th><th scope="col">${t("admin.logWho")}</th></tr></thead>
        <tbody>
          ${list.data.items.map((/** @type {any} */ e) => html`
            <tr>
              <th scope="row">${dateTime(e.at)}</th>
              <td data-label=${t("queue.col.number")}><a href=${"/kasus/" + e.referralId}>${e.referralNumber}</a></td>
              <td data-label=${t("admin.logWhat")}>${label("accessWhat", e.what)}${e.rows != null ? ` · ${t("admin.logRows", { n: number(e.rows) })}` : ""}</td>
              <td data-label=${t("admin.logWho")}><a href=${withQuery("/log-akses", { oleh: e.actorId })}>${e.actorName}</a> · ${label("role", e.actorRole)}</td>
            </tr>`)}
        </tbody>
      </table>
      <nav class="pagination" aria-label=${t("queue.pagination")}>
        ${page > 1 ? html`<a class="pagination__link" href=${inPage(page - 1)} rel="prev">${t("queue.prev")}</a>` : null}
        ${list.data.items.length === list.data.pageSize ? html`<a class="pagination__link" href=${inPage(page + 1)} rel="next">${t("queue.next")}</a>` : null}
      </nav>`) : html`<p>${t("app.loading")}</p>`}`;
}

/* ---------- Gangguan: failed deliveries and refused commands ---------- */

/** @param {{ user: import("../../lib/session.js").SignedInUser }} props */
export function FailuresPage({ user }) {
  document.title = `${t("admin.failures")} — ${t("app.name")}`;
  const deliveries = useList(() => get("/api/v1/deliveries", { query: { status: "failed" } }).then((r) => /** @type {any[]} */ (r.data)), []);
  const refused = useList(() => get("/api/v1/refused-commands").then((r) => /** @type {any[]} */ (r.data)), []);
  const retry = useSubmit({});
  const [done, setDone] = useState("");
  return html`
    <h1 class="heading-l">${t("admin.failures")}</h1>
    <${AdminTabs} role=${user.role} />
    ${done ? html`<${Banner} kind="success" live>${done}<//>` : null}
    <${Errors} errors=${retry.errors} />
    <section aria-labelledby="failed-title">
      <h2 class="heading-m" id="failed-title">${t("admin.failedDeliveries")}</h2>
      ${deliveries.failure ? html`<${Banner} kind="error" live>${deliveries.failure}<//>` : null}
      ${deliveries.data?.length === 0 ? html`<p class="queue__empty">${t("attention.none")}</p>` : html`
        <table class="cases">
          <caption class="visually-hidden">${t("admin.failedDeliveries")}</caption>
          <thead><tr><th scope="col">${t("admin.logAt")}</th><th scope="col">${t("admin.recipient")}</th><th scope="col">${t("admin.attempts")}</th><th scope="col">${t("admin.error")}</th><th scope="col"><span class="visually-hidden">${t("admin.actions")}</span></th></tr></thead>
          <tbody>
            ${(deliveries.data ?? []).map((d) => html`
              <tr>
                <th scope="row">${dateTime(d.at)}</th>
                <td data-label=${t("admin.recipient")}>${d.recipient}</td>
                <td data-label=${t("admin.attempts")}>${number(d.attempts)}</td>
                <td data-label=${t("admin.error")} class="break">${d.lastError ?? "—"}</td>
                <td><button type="button" class="button button--secondary button--small" onClick=${async () => {
                  if (await retry.run(() => post(`/api/v1/deliveries/${d.id}/retry`, {}))) { setDone(t("admin.retried")); deliveries.load(); }
                }}>${t("admin.retry")}</button></td>
              </tr>`)}
          </tbody>
        </table>`}
    </section>
    <section aria-labelledby="refused-title">
      <h2 class="heading-m" id="refused-title">${t("admin.refused")}</h2>
      ${refused.failure ? html`<${Banner} kind="error" live>${refused.failure}<//>` : null}
      ${refused.data?.length === 0 ? html`<p class="queue__empty">${t("attention.none")}</p>` : html`
        <table class="cases">
          <caption class="visually-hidden">${t("admin.refused")}</caption>
          <thead><tr><th scope="col">${t("admin.logAt")}</th><th scope="col">${t("admin.command")}</th><th scope="col">${t("attention.col.why")}</th><th scope="col">${t("admin.logWho")}</th></tr></thead>
          <tbody>
            ${(refused.data ?? []).map((c) => html`
              <tr>
                <th scope="row">${dateTime(c.refusedAt)}</th>
                <td data-label=${t("admin.command")}>${c.command} · <a href=${"/kasus/" + c.referralId}>${t("admin.theCase")}</a></td>
                <td data-label=${t("attention.col.why")}>${c.reason}</td>
                <td data-label=${t("admin.logWho")}>${c.actor ?? "—"}</td>
              </tr>`)}
          </tbody>
        </table>`}
    </section>`;
}
