// Antrean: the queues of cases, each a filter of the case list (GET /api/v1/referrals) with its count,
// refreshed by itself while open, and who has each case open (GET /api/v1/presence).
import { html } from "../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { clock, dateTime, duration, label, number, t } from "../lib/words.js";
import { ApiError, get, withQuery } from "../lib/api.js";
import { navigate } from "../lib/router.js";
import { Banner } from "../lib/forms.js";
import { kabupatenOf } from "../lib/regions.js";
import { PROVINCE, URGENCIES, categoryName, loadCategories, options } from "../lib/reference.js";

/**
 * @typedef {{ id: string, number: string, status: string, category: string, categoryName: string, urgency: string, channel: string, pasung: boolean,
 *   kabupatenCode: string, kabupatenName: string, kecamatanCode: string, kecamatanName: string, coordinatorId: string | null, coordinatorName: string | null,
 *   receivedAt: string, nextDueAt: string | null, overdue: boolean, unassigned: boolean, orphaned: boolean }} Item
 * @typedef {{ items: Item[], total: number, page: number, pageSize: number, totalIsLowerBound?: boolean }} Page
 * @typedef {{ referralId: string, viewers: { name: string, role: string, since: string }[] }} Presence
 * @typedef {{ name: string, filter: (user: import("../lib/session.js").SignedInUser) => Record<string, string>, sort: string }} Tab
 */

const REFRESH_MS = 30_000;
// On a phone the list comes first: the filters stay folded until asked for (or while one is in use).
const FILTERS_OPEN = matchMedia("(min-width: 769px)").matches;
const PAGE_SIZE = 25;

/** @type {Record<string, Tab>} */
const TABS = {
  received: { name: "received", filter: () => ({ status: "received" }), sort: "urgency" },
  unassigned: { name: "unassigned", filter: () => ({ unassigned: "true" }), sort: "newest" },
  overdue: { name: "overdue", filter: () => ({ overdue: "true" }), sort: "due" },
  mine: { name: "mine", filter: (user) => ({ coordinator: user.coordinatorId ?? "" }), sort: "due" },
  all: { name: "all", filter: () => ({}), sort: "newest" },
};
/** @type {Record<string, string>} */
const SORTS = { newest: "-receivedAt", oldest: "receivedAt", urgency: "-urgency,receivedAt", due: "dueAt" };

/** @param {import("../lib/session.js").SignedInUser} user */
function tabsFor(user) {
  return user.role === "tksk" ? [TABS.mine, TABS.overdue, TABS.all] : [TABS.received, TABS.unassigned, TABS.overdue, TABS.all];
}

/** @param {{ user: import("../lib/session.js").SignedInUser, query: URLSearchParams }} props */
export function QueuePage({ user, query }) {
  const tabs = tabsFor(user);
  const tab = tabs.find((x) => x.name === query.get("tab")) ?? tabs[0];
  const filters = {
    q: query.get("q") ?? "", kabupaten: query.get("kabupaten") ?? "", category: query.get("category") ?? "",
    urgency: query.get("urgency") ?? "", pasung: query.get("pasung") === "true",
  };
  const sort = SORTS[query.get("sort") ?? ""] ? /** @type {string} */ (query.get("sort")) : tab.sort;
  const page = Math.max(1, Number(query.get("page")) || 1);
  const common = { q: filters.q, kabupaten: filters.kabupaten, category: filters.category, urgency: filters.urgency, pasung: filters.pasung ? "true" : "" };
  const title = user.role === "tksk" ? t("queue.tksk.title") : t("queue.title");
  document.title = `${title}: ${t(/** @type {import("../lib/words.js").WordKey} */ ("queue.tab." + tab.name))} — ${t("app.name")}`;

  const [list, setList] = useState(/** @type {Page | null} */ (null));
  const [counts, setCounts] = useState(/** @type {Record<string, { total: number, lowerBound: boolean }>} */ ({}));
  const [presence, setPresence] = useState(/** @type {Record<string, Presence["viewers"]>} */ ({}));
  const [updatedAt, setUpdatedAt] = useState(/** @type {number | null} */ (null));
  const [failure, setFailure] = useState("");
  // The service's word for a search it refuses (too short), shown beside the search field, not as a failure.
  const [qError, setQError] = useState("");
  const key = JSON.stringify([tab.name, common, sort, page]);

  const load = async () => {
    try {
      const [shown, ...totals] = await Promise.all([
        get("/api/v1/referrals", { query: { ...tab.filter(user), ...common, sort: SORTS[sort], page, pageSize: PAGE_SIZE } }).catch((error) => {
          if (error instanceof ApiError && error.fieldErrors.q) return { refused: error.fieldErrors.q[0] };
          throw error;
        }),
        // A tab counts the work waiting in it (with the filters, not the search): cheap to count, and true while searching.
        ...tabs.map((x) => get("/api/v1/referrals", { query: { ...x.filter(user), ...common, q: "", pageSize: 1 } })),
      ]);
      const refused = /** @type {{ refused?: string }} */ (shown).refused ?? "";
      const data = refused ? { items: [], total: 0, page: 1, pageSize: PAGE_SIZE } : /** @type {Page} */ (/** @type {any} */ (shown).data);
      setQError(refused);
      setList(data);
      setCounts(Object.fromEntries(tabs.map((x, i) => {
        const p = /** @type {Page} */ (totals[i].data);
        return [x.name, { total: p.total, lowerBound: !!p.totalIsLowerBound }];
      })));
      setUpdatedAt(Date.now());
      setFailure("");
      if (data.items.length) {
        const open = await get("/api/v1/presence", { query: { referrals: data.items.map((i) => i.id).join(",") } });
        const items = /** @type {{ items: Presence[] }} */ (open.data).items;
        setPresence(Object.fromEntries(items.map((p) => [p.referralId, p.viewers])));
      } else setPresence({});
    } catch (error) {
      if (error instanceof ApiError && error.kind === "unauthorized") return;
      setFailure(error instanceof Error ? error.message : t("error.unknown"));
    }
  };

  useEffect(() => {
    load();
    // Kept fresh while someone looks at it; a hidden tab waits until it is seen again.
    const timer = setInterval(() => document.visibilityState === "visible" && load(), REFRESH_MS);
    const onVisible = () => document.visibilityState === "visible" && load();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [key]);

  // "/" goes to the search field, as in many list tools; not while typing in another field.
  useEffect(() => {
    /** @param {KeyboardEvent} event */
    const onKey = (event) => {
      const target = /** @type {HTMLElement} */ (event.target);
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || target.closest("input, textarea, select")) return;
      event.preventDefault();
      document.getElementById("q")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  /** @param {Record<string, string | number | null>} changes */
  const href = (changes) => withQuery("/antrean", {
    tab: tab.name, q: filters.q, kabupaten: filters.kabupaten, category: filters.category, urgency: filters.urgency,
    pasung: filters.pasung ? "true" : null, sort: query.get("sort"), page: page > 1 ? page : null, ...changes,
  });
  const pages = list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1;
  const countText = (/** @type {{ total: number, lowerBound: boolean } | undefined} */ c) =>
    c ? (c.lowerBound ? t("queue.countAtLeast", { n: number(c.total) }) : number(c.total)) : "…";

  return html`
    <h1 class="heading-l">${title}</h1>
    <nav class="tabs" aria-label=${t("queue.tabs")}>
      <ul class="tabs__list">
        ${tabs.map((x) => html`
          <li><a class="tabs__tab" href=${href({ tab: x.name, page: null, sort: null })} aria-current=${x === tab ? "page" : undefined}>
            ${t(/** @type {import("../lib/words.js").WordKey} */ ("queue.tab." + x.name))}
            <span class="tabs__count">${countText(counts[x.name])}</span></a></li>`)}
      </ul>
    </nav>
    <${Filters} key=${query.toString()} user=${user} filters=${filters} sort=${sort} tab=${tab.name} qError=${qError} />
    ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}
    <p class="hint queue__updated">${updatedAt ? t("queue.updated", { time: clock(updatedAt) }) : t("app.loading")}</p>
    ${list ? html`<${CaseTable} list=${list} presence=${presence} countText=${countText(counts[tab.name])} />` : null}
    ${list && pages > 1 ? html`
      <nav class="pagination" aria-label=${t("queue.pagination")}>
        ${page > 1 ? html`<a class="pagination__link" href=${href({ page: page - 1 })} rel="prev">${t("queue.prev")}</a>` : null}
        <span class="pagination__where">${t("queue.page", { page: number(page), pages: number(pages) })}</span>
        ${page < pages ? html`<a class="pagination__link" href=${href({ page: page + 1 })} rel="next">${t("queue.next")}</a>` : null}
      </nav>` : null}`;
}

/**
 * @param {{ user: import("../lib/session.js").SignedInUser, filters: { q: string, kabupaten: string, category: string, urgency: string, pasung: boolean },
 *   sort: string, tab: string, qError: string }} props
 */
function Filters({ user, filters, sort, tab, qError }) {
  const [kabupaten, setKabupaten] = useState(/** @type {import("../lib/regions.js").Region[]} */ ([]));
  const [categories, setCategories] = useState(/** @type {import("../lib/reference.js").Category[]} */ ([]));
  // What is typed is the form's own until applied: a refresh of the list around it must not undo it.
  const [chosen, setChosen] = useState({ ...filters, sort });
  const wholeProvince = !user.region || !user.region.includes(".");
  const active = !!(filters.kabupaten || filters.category || filters.urgency || filters.pasung);
  useEffect(() => {
    loadCategories().then(setCategories, () => {});
    if (wholeProvince) kabupatenOf(PROVINCE).then(setKabupaten, () => {});
  }, []);
  /** @template {keyof typeof chosen} K @param {K} key @param {(typeof chosen)[K]} value */
  const set = (key, value) => setChosen((c) => ({ ...c, [key]: value }));

  /** @param {Event} event */
  const apply = (event) => {
    event.preventDefault();
    navigate(withQuery("/antrean", {
      tab, q: chosen.q.trim(), kabupaten: chosen.kabupaten, category: chosen.category, urgency: chosen.urgency,
      pasung: chosen.pasung ? "true" : null, sort: chosen.sort,
    }));
  };
  /** @param {string} id @param {string} text @param {"kabupaten" | "category" | "urgency" | "sort"} key @param {import("../lib/forms.js").Option[]} choices @param {boolean} any */
  const select = (id, text, key, choices, any) => html`
    <div class="filters__field">
      <label class="label" for=${id}>${text}</label>
      <select class="select" id=${id} value=${chosen[key]} onChange=${(/** @type {any} */ e) => set(key, e.currentTarget.value)}>
        ${any ? html`<option value="">${t("queue.any")}</option>` : null}
        ${choices.map((o) => html`<option value=${o.value} selected=${o.value === chosen[key]}>${o.label}</option>`)}
      </select>
    </div>`;

  return html`
    <form class="filters" role="search" aria-label=${t("queue.filters")} onSubmit=${apply}>
      <div class=${"filters__search" + (qError ? " form-group--error" : "")}>
        <label class="label" for="q">${t("queue.q")}</label>
        <div class="hint" id="q-hint">${t("queue.qHint")}</div>
        ${qError ? html`<p class="error-message" id="q-error"><span class="visually-hidden">${t("error.prefix")} </span>${qError}</p>` : null}
        <input class=${"input" + (qError ? " input--error" : "")} id="q" type="search" value=${chosen.q} autocomplete="off"
          aria-invalid=${qError ? "true" : undefined} aria-describedby=${qError ? "q-hint q-error" : "q-hint"}
          onInput=${(/** @type {any} */ e) => set("q", e.currentTarget.value)} />
      </div>
      <details class="filters__more" open=${FILTERS_OPEN || active}>
        <summary class="filters__toggle">${t("queue.moreFilters")}</summary>
        <div class="filters__grid">
      ${wholeProvince ? select("filter-kabupaten", t("queue.kabupaten"), "kabupaten", kabupaten.map((k) => ({ value: k.code, label: k.name })), true) : null}
      ${select("filter-category", t("queue.category"), "category", categories.map((c) => ({ value: c.code, label: categoryName(c) })), true)}
      ${select("filter-urgency", t("queue.urgency"), "urgency", options("urgency", URGENCIES), true)}
      ${select("filter-sort", t("queue.sort"), "sort", Object.keys(SORTS).map((s) => ({ value: s, label: t(/** @type {import("../lib/words.js").WordKey} */ ("queue.sort." + s)) })), false)}
      <div class="filters__field filters__check">
        <div class="checkboxes__item">
          <input class="checkboxes__input" id="filter-pasung" type="checkbox" checked=${chosen.pasung} onChange=${(/** @type {any} */ e) => set("pasung", e.currentTarget.checked)} />
          <label class="checkboxes__label" for="filter-pasung">${t("queue.pasung")}</label>
        </div>
      </div>
        </div>
      </details>
      <div class="filters__actions">
        <button type="submit" class="button button--secondary">${t("queue.apply")}</button>
        <a class="filters__reset" href=${withQuery("/antrean", { tab })}>${t("queue.reset")}</a>
      </div>
    </form>`;
}

/** @param {{ list: Page, presence: Record<string, Presence["viewers"]>, countText: string }} props */
function CaseTable({ list, presence, countText }) {
  if (!list.items.length) return html`<p class="queue__empty">${t("queue.empty")}</p>`;
  const now = Date.now();
  return html`
    <table class="cases">
      <caption class="visually-hidden">${t("queue.caption", { count: countText })}</caption>
      <thead>
        <tr>
          <th scope="col">${t("queue.col.number")}</th><th scope="col">${t("queue.col.status")}</th><th scope="col">${t("queue.col.category")}</th>
          <th scope="col">${t("queue.col.place")}</th><th scope="col">${t("queue.col.received")}</th><th scope="col">${t("queue.col.due")}</th>
          <th scope="col">${t("queue.col.tksk")}</th>
        </tr>
      </thead>
      <tbody>
        ${list.items.map((item) => {
          const viewers = presence[item.id];
          const due = item.nextDueAt ? Date.parse(item.nextDueAt) - now : null;
          return html`
            <tr class=${item.urgency === "emergency" ? "cases__row--emergency" : ""}>
              <th scope="row" class="cases__number">
                <a href=${"/kasus/" + item.id}>${item.number}</a>
                ${viewers?.length ? html`<span class="tag tag--presence">${t("queue.openBy", { names: viewers.map((v) => v.name).join(", ") })}</span>` : null}
              </th>
              <td data-label=${t("queue.col.status")}>
                ${label("status", item.status) + " "}<span class=${"tag tag--" + item.urgency}>${label("urgency", item.urgency)}</span>
                ${item.overdue ? html`<span class="tag tag--overdue">${t("queue.overdue")}</span>` : null}
                ${item.unassigned ? html`<span class="tag">${t("queue.unassigned")}</span>` : null}
                ${item.orphaned ? html`<span class="tag">${t("queue.orphaned")}</span>` : null}
              </td>
              <td data-label=${t("queue.col.category")}>${item.categoryName}${item.pasung ? html` <span class="tag tag--pasung">${t("case.pasung")}</span>` : null}</td>
              <td data-label=${t("queue.col.place")}>${item.kecamatanName}, ${item.kabupatenName}</td>
              <td data-label=${t("queue.col.received")}>${dateTime(item.receivedAt)}</td>
              <td data-label=${t("queue.col.due")}>${due === null ? "—" : due >= 0 ? t("case.left", { left: duration(due) }) : html`<strong class="late">${t("case.late", { left: duration(due) })}</strong>`}</td>
              <td data-label=${t("queue.col.tksk")}>${item.coordinatorName ?? "—"}</td>
            </tr>`;
        })}
      </tbody>
    </table>`;
}
