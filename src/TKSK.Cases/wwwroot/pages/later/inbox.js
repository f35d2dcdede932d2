// Pemberitahuan: the signed-in person's notifications, newest first; each links to its case and can be marked read.
import { html } from "../../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { dateTime, label, number, t } from "../../lib/words.js";
import { ApiError, get, post, withQuery } from "../../lib/api.js";
import { Banner } from "../../lib/forms.js";
import { inboxChanged, inboxOf } from "../../lib/inbox.js";

/**
 * @typedef {{ id: string, kind: string, referralId: string, number: string, text: string, createdAt: string, readAt: string | null }} Notice
 * @typedef {{ items: Notice[], unread: number, total: number, page: number, pageSize: number }} NoticePage
 */

/** @param {{ user: import("../../lib/session.js").SignedInUser, query: URLSearchParams }} props */
export function InboxPage({ user, query }) {
  const page = Math.max(1, Number(query.get("page")) || 1);
  const [list, setList] = useState(/** @type {NoticePage | null} */ (null));
  const [failure, setFailure] = useState("");
  const [status, setStatus] = useState("");
  document.title = `${t("inbox.title")} — ${t("app.name")}`;

  const load = async () => {
    try {
      setList(/** @type {NoticePage} */ ((await get("/api/v1/notifications", { query: { recipient: inboxOf(user), page } })).data));
      setFailure("");
    } catch (error) {
      if (!(error instanceof ApiError && error.kind === "unauthorized")) setFailure(error instanceof Error ? error.message : t("error.unknown"));
    }
  };
  useEffect(() => {
    load();
  }, [page]);

  /** @param {Notice[]} notices */
  const markRead = async (notices) => {
    try {
      for (const n of notices) await post(`/api/v1/notifications/${n.id}/read`, {});
      setStatus(t("inbox.marked", { n: number(notices.length) }));
      await load();
      inboxChanged();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : t("error.unknown"));
    }
  };

  const unreadHere = list?.items.filter((n) => !n.readAt) ?? [];
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  return html`
    <h1 class="heading-l">${t("inbox.title")}</h1>
    ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}
    <p role="status" class="inbox__status">${status}</p>
    ${!list ? html`<p>${t("app.loading")}</p>` : html`
      <p class="lead">${t("inbox.unread", { n: number(list.unread) })}</p>
      ${unreadHere.length ? html`<p><button type="button" class="button button--secondary" onClick=${() => markRead(unreadHere)}>${t("inbox.markAll")}</button></p>` : null}
      ${list.items.length === 0 ? html`<p class="queue__empty">${t("inbox.empty")}</p>` : html`
        <ul class="notices">
          ${list.items.map((n) => html`
            <li class=${"notices__item" + (n.readAt ? "" : " notices__item--unread")}>
              <p class="notices__what">
                ${n.readAt ? null : html`<span class="tag tag--status">${t("inbox.new")}</span> `}
                <span class="tag">${label("notice", n.kind)}</span>
                <a href=${"/kasus/" + n.referralId}>${t("inbox.case", { number: n.number })}</a>
              </p>
              <p class="notices__text">${n.text}</p>
              <p class="notices__meta">${dateTime(n.createdAt)}${n.readAt ? ` · ${t("inbox.readAt", { time: dateTime(n.readAt) })}` : ""}</p>
              ${n.readAt ? null : html`<button type="button" class="button button--secondary button--small" onClick=${() => markRead([n])}>
                ${t("inbox.markRead")}<span class="visually-hidden">: ${n.number}</span></button>`}
            </li>`)}
        </ul>`}
      ${pages > 1 ? html`
        <nav class="pagination" aria-label=${t("queue.pagination")}>
          ${page > 1 ? html`<a class="pagination__link" href=${withQuery("/pemberitahuan", { page: page - 1 })} rel="prev">${t("queue.prev")}</a>` : null}
          <span class="pagination__where">${t("queue.page", { page: number(page), pages: number(pages) })}</span>
          ${page < pages ? html`<a class="pagination__link" href=${withQuery("/pemberitahuan", { page: page + 1 })} rel="next">${t("queue.next")}</a>` : null}
        </nav>` : null}`}`;
}
