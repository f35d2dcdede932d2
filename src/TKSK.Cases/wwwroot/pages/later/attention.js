// Perlu tindakan: what a kabupaten supervisor (or the province) has to act on — escalated (escalated=true) and overdue cases,
// cases without a TKSK, resolutions waiting for their review — each with why and how long it has waited,
// and the TKSK's load (GET /api/v1/dashboards/coordinators).
import { html } from "../../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { clock, duration, label, number, t } from "../../lib/words.js";
import { ApiError, get } from "../../lib/api.js";
import { Banner } from "../../lib/forms.js";
import { AsOf } from "./charts.js";

/** @typedef {import("../queue.js").Item & { escalationLevel: string, updatedAt: string }} Item */

const REFRESH_MS = 30_000;
const SIZE = 50;

/** @param {{ user: import("../../lib/session.js").SignedInUser }} props */
export function AttentionPage({ user }) {
  const [lists, setLists] = useState(/** @type {Record<string, { items: Item[], total: number }> | null} */ (null));
  const [load, setLoad] = useState(/** @type {any} */ (null));
  const [failure, setFailure] = useState("");
  const [updatedAt, setUpdatedAt] = useState(0);
  document.title = `${t("attention.title")} — ${t("app.name")}`;

  const refresh = async () => {
    const list = (/** @type {Record<string, string>} */ filter) =>
      get("/api/v1/referrals", { query: { sort: filter.overdue ? "dueAt" : "receivedAt", ...filter, pageSize: SIZE } }).then((r) => /** @type {any} */ (r.data));
    try {
      // Escalated first, whether still overdue or met late; the overdue list is then the cases not escalated.
      const [escalated, overdue, unassigned, orphaned, review, coordinators] = await Promise.all([
        list({ escalated: "true", sort: "dueAt" }), list({ overdue: "true", escalated: "false" }),
        list({ unassigned: "true" }), list({ orphaned: "true" }), list({ status: "resolved" }),
        // Each TKSK's load is for a kabupaten: the province's hundreds of TKSK are the coordinators dashboard's to list.
        user.region?.includes(".") ? get("/api/v1/dashboards/coordinators").then((r) => r.data, () => null) : Promise.resolve(null),
      ]);
      setLists({
        escalated,
        overdue,
        unassigned: { items: [...unassigned.items, ...orphaned.items.filter((/** @type {Item} */ o) => !unassigned.items.some((/** @type {Item} */ u) => u.id === o.id))], total: unassigned.total + orphaned.total },
        review: review,
      });
      setLoad(coordinators);
      setUpdatedAt(Date.now());
      setFailure("");
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === "unauthorized")) setFailure(error instanceof Error ? error.message : t("error.unknown"));
    }
  };
  useEffect(() => {
    refresh();
    const timer = setInterval(() => document.visibilityState === "visible" && refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  return html`
    <h1 class="heading-l">${t("attention.title")}</h1>
    <p class="lead">${user.regionName ? t("attention.lead", { region: user.regionName }) : null}</p>
    ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}
    <p class="hint queue__updated">${updatedAt ? t("queue.updated", { time: clock(updatedAt) }) : t("app.loading")}</p>
    ${lists ? ["escalated", "overdue", "unassigned", "review"].map((name) => html`<${Section} name=${name} list=${lists[name]} />`) : null}
    ${load ? html`<${Load} dashboard=${load} />` : null}`;
}

/** Why a case is listed, and since when it has waited. @param {string} name @param {Item} item @param {number} now */
function reason(name, item, now) {
  const due = item.nextDueAt ? now - Date.parse(item.nextDueAt) : 0;
  switch (name) {
    // Met late, an escalated case waits since its last change (approximate); still overdue, since the missed deadline.
    case "escalated": return {
      why: t(item.overdue ? "attention.why.escalated" : "attention.why.escalatedMet", { level: label("case.escalation", item.escalationLevel) }),
      waited: item.overdue ? due : now - Date.parse(item.updatedAt),
    };
    case "overdue": return { why: t("attention.why.overdue"), waited: due };
    case "unassigned": return { why: item.orphaned ? t("attention.why.orphaned") : t("attention.why.unassigned"), waited: now - Date.parse(item.updatedAt) };
    default: return { why: t("attention.why.review", { tksk: item.coordinatorName ?? "—" }), waited: now - Date.parse(item.updatedAt) };
  }
}

/** @param {{ name: string, list: { items: Item[], total: number } }} props */
function Section({ name, list }) {
  const id = `attention-${name}`;
  const now = Date.now();
  const heading = t(/** @type {import("../../lib/words.js").WordKey} */ ("attention." + name));
  return html`
    <section aria-labelledby=${id}>
      <h2 class="heading-m" id=${id}>${heading} <span class="tabs__count">${number(list.total)}</span></h2>
      ${list.items.length === 0 ? html`<p class="queue__empty">${t("attention.none")}</p>` : html`
        <table class="cases">
          <caption class="visually-hidden">${heading}</caption>
          <thead><tr>
            <th scope="col">${t("queue.col.number")}</th><th scope="col">${t("attention.col.why")}</th><th scope="col">${t("attention.col.waited")}</th>
            <th scope="col">${t("queue.col.category")}</th><th scope="col">${t("queue.col.place")}</th><th scope="col">${t("queue.col.tksk")}</th>
          </tr></thead>
          <tbody>
            ${list.items.map((item) => {
              const r = reason(name, item, now);
              return html`
                <tr class=${item.urgency === "emergency" ? "cases__row--emergency" : ""}>
                  <th scope="row" class="cases__number"><a href=${"/kasus/" + item.id}>${item.number}</a></th>
                  <td data-label=${t("attention.col.why")}>${r.why} <span class=${"tag tag--" + item.urgency}>${label("urgency", item.urgency)}</span></td>
                  <td data-label=${t("attention.col.waited")}>${duration(Math.max(0, r.waited))}</td>
                  <td data-label=${t("queue.col.category")}>${item.categoryName}</td>
                  <td data-label=${t("queue.col.place")}>${item.kecamatanName}, ${item.kabupatenName}</td>
                  <td data-label=${t("queue.col.tksk")}>${item.coordinatorName ?? "—"}</td>
                </tr>`;
            })}
          </tbody>
        </table>`}
    </section>`;
}

/** Each TKSK's open and overdue cases: whom to give the next case to. @param {{ dashboard: any }} props */
function Load({ dashboard }) {
  return html`
    <section aria-labelledby="attention-load">
      <h2 class="heading-m" id="attention-load">${t("attention.load")}</h2>
      <${AsOf} asOf=${dashboard.asOf} lag=${dashboard.lag} />
      ${dashboard.coordinators.length === 0 ? html`<p class="queue__empty">${t("attention.noTksk")}</p>` : html`
        <table class="cases load">
          <caption class="visually-hidden">${t("attention.load")}</caption>
          <thead><tr>
            <th scope="col">${t("load.col.name")}</th><th scope="col">${t("load.col.kecamatan")}</th>
            <th scope="col">${t("load.col.open")}</th><th scope="col">${t("load.col.overdue")}</th><th scope="col">${t("load.col.resolved")}</th>
          </tr></thead>
          <tbody>
            ${dashboard.coordinators.map((/** @type {any} */ c) => html`
              <tr>
                <th scope="row">${c.name}${c.active ? null : html` <span class="tag">${t("load.inactive")}</span>`}</th>
                <td data-label=${t("load.col.kecamatan")}>${c.kecamatanName}</td>
                <td data-label=${t("load.col.open")}>${number(c.open)}</td>
                <td data-label=${t("load.col.overdue")}>${number(c.overdue)}</td>
                <td data-label=${t("load.col.resolved")}>${number(c.resolvedLast30Days)}</td>
              </tr>`)}
          </tbody>
        </table>`}
    </section>`;
}
