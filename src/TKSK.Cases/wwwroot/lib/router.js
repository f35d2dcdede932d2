// Client-side routes: the service answers the same page for each of them (WebConsole/ConsolePages.cs).
import { useEffect, useState } from "preact/hooks";

/** @typedef {{ path: string, query: URLSearchParams }} Location */

/** @returns {Location} */
function read() {
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

const listeners = new Set();

/**
 * Go to a console address without reloading the page.
 * @param {string} url
 * @param {{ replace?: boolean }} [options]
 */
export function navigate(url, options = {}) {
  if (options.replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  for (const listener of listeners) listener();
}

/** The current address, re-rendering the caller when it changes. */
export function useLocation() {
  const [where, setWhere] = useState(read);
  useEffect(() => {
    const update = () => setWhere(read());
    listeners.add(update);
    addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      removeEventListener("popstate", update);
    };
  }, []);
  return where;
}

/**
 * Links inside the console change the page without a reload; a link opened in a new tab
 * (Ctrl/Cmd/middle click) or marked target/download is left to the browser.
 * @param {MouseEvent} event
 */
export function followLinks(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = /** @type {HTMLElement | null} */ (event.target instanceof Element ? event.target.closest("a[href]") : null);
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute("download") || anchor.origin !== location.origin) return;
  if (anchor.pathname.startsWith("/api/") || (anchor.pathname === location.pathname && anchor.hash)) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}

/**
 * Matches "/kasus/{id}" against a path.
 * @param {string} pattern
 * @param {string} path
 * @returns {Record<string, string> | null}
 */
export function match(pattern, path) {
  if (pattern === "/") return path === "/" ? {} : null;
  const want = pattern.split("/");
  const got = path.replace(/\/+$/, "").split("/");
  if (want.length !== got.length) return null;
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith("{")) params[want[i].slice(1, -1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}
