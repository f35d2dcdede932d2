// The signed-in person's notifications inbox (GET /api/v1/notifications): whose it is, and its unread count,
// shared by the navigation and the inbox page so that marking one read lowers the count at once.
import { useEffect, useState } from "preact/hooks";
import { get } from "./api.js";

const REFRESH_MS = 60_000;
const listeners = new Set();

/**
 * A TKSK reads their own inbox, a supervisor their kabupaten's, province staff the province's.
 * @param {import("./session.js").SignedInUser} user
 */
export function inboxOf(user) {
  if (user.role === "tksk") return user.coordinatorId ?? "";
  if (user.role === "supervisor") return `kabupaten:${user.region}`;
  return `province:${(user.region || "35").split(".")[0]}`;
}

/** Tells the navigation to count again (after marking read). */
export function inboxChanged() {
  for (const listener of listeners) listener();
}

/** The unread count, kept fresh while the console is open; null until known. @param {import("./session.js").SignedInUser | undefined} user */
export function useUnread(user) {
  const [unread, setUnread] = useState(/** @type {number | null} */ (null));
  const recipient = user ? inboxOf(user) : "";
  useEffect(() => {
    if (!recipient) return;
    const count = () => get("/api/v1/notifications", { query: { recipient } })
      .then((r) => setUnread(/** @type {{ unread: number }} */ (r.data).unread), () => {});
    count();
    listeners.add(count);
    const timer = setInterval(() => document.visibilityState === "visible" && count(), REFRESH_MS);
    return () => {
      listeners.delete(count);
      clearInterval(timer);
    };
  }, [recipient]);
  return unread;
}
