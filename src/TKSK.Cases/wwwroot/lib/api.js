// The one client of the service's HTTP API: sign-in, language, RFC 9457 problem details,
// ETag/If-Match, and an expired sign-in sent back to the sign-in page without losing drafts.
import { currentLanguage, t } from "./words.js";
import { currentSession, forgetToken } from "./session.js";

/**
 * @typedef {{ type?: string, title?: string, status?: number, detail?: string, errors?: Record<string, string[]>, [member: string]: unknown }} Problem
 * @typedef {"invalid" | "unauthorized" | "forbidden" | "not-found" | "stale" | "conflict" | "rate" | "unavailable" | "network" | "unknown"} ErrorKind
 * @typedef {{ body?: unknown, ifMatch?: string | null, ifNoneMatch?: string | null, idempotencyKey?: string, query?: Record<string, string | number | boolean | null | undefined>, signal?: AbortSignal, keepalive?: boolean }} RequestOptions
 */

const PROBLEM = "urn:tksk-cases:problem:";

/** A refused or failed request, with the service's problem (if it sent one) and what kind of failure it is. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {ErrorKind} kind
   * @param {Problem | null} problem
   */
  constructor(status, kind, problem) {
    super(ApiError.describe(kind, problem));
    this.status = status;
    this.kind = kind;
    this.problem = problem;
  }

  /** The field errors, keyed by the JSON path of the field as the request spelled it (e.g. "subject.nik"). */
  get fieldErrors() {
    return this.problem?.errors ?? {};
  }

  /** @param {ErrorKind} kind @param {Problem | null} problem */
  static describe(kind, problem) {
    switch (kind) {
      case "network": return t("error.network");
      case "stale": return t("error.stale");
      case "unavailable": return t("error.unavailable");
      case "rate": return t("error.rate");
      case "unauthorized": return t("error.signInAgain");
      case "forbidden": return problem?.detail ?? t("error.forbidden");
      case "not-found": return problem?.detail ?? t("error.notFound");
      default: return problem?.detail ?? problem?.title ?? t("error.unknown");
    }
  }
}

/** @type {() => void} */
let signInNeeded = () => {};
/** @type {(() => Promise<boolean>) | null} */
let refresh = null;

/** What to do when the service no longer accepts the sign-in (the app goes to the sign-in page). @param {() => void} handler */
export function whenSignInNeeded(handler) {
  signInNeeded = handler;
}

/** How to renew an expired token before giving up (OpenID Connect refresh tokens). @param {(() => Promise<boolean>) | null} renew */
export function renewWith(renew) {
  refresh = renew;
}

/**
 * @param {string} path
 * @param {RequestOptions["query"]} [query]
 */
export function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * One request to the API. Resolves with the body and the ETag; rejects with an {@link ApiError}.
 * @template T
 * @param {string} method
 * @param {string} path e.g. "/api/v1/referrals"
 * @param {RequestOptions} [options]
 * @returns {Promise<{ data: T, etag: string | null, status: number }>}
 */
export async function request(method, path, options = {}, retried = false) {
  /** @type {Record<string, string>} */
  const headers = { Accept: "application/json", "Accept-Language": currentLanguage() };
  const session = currentSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.ifMatch) headers["If-Match"] = options.ifMatch;
  if (options.ifNoneMatch) headers["If-None-Match"] = options.ifNoneMatch;
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;

  let response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method, headers, signal: options.signal, keepalive: options.keepalive,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", null);
  }

  if (response.status === 401 && session) {
    if (!retried && refresh && (await refresh())) return request(method, path, options, true);
    forgetToken();
    signInNeeded();
  }
  const type = response.headers.get("Content-Type") ?? "";
  const body = type.includes("json") && response.status !== 204 ? await response.json().catch(() => null) : null;
  if (response.ok || response.status === 304) return { data: body, etag: response.headers.get("ETag"), status: response.status };

  /** @type {Problem | null} */
  const problem = type.includes("problem+json") || body?.type ? body : null;
  throw new ApiError(response.status, kindOf(response.status, problem), problem);
}

/** @param {number} status @param {Problem | null} problem @returns {ErrorKind} */
function kindOf(status, problem) {
  if (status === 400 || status === 422) return "invalid";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  // Both mean the case moved on under the page: a stale If-Match, or a race lost even after the server's retries.
  if (status === 412 || problem?.type === PROBLEM + "concurrent-change") return "stale";
  if (status === 409) return "conflict";
  if (status === 429) return "rate";
  if (status >= 500) return "unavailable";
  return "unknown";
}

/**
 * @template T
 * @param {string} path
 * @param {RequestOptions} [options]
 */
export function get(path, options) {
  return /** @type {Promise<{ data: T, etag: string | null, status: number }>} */ (request("GET", path, options));
}

/**
 * @template T
 * @param {string} path
 * @param {unknown} body
 * @param {RequestOptions} [options]
 */
export function post(path, body, options = {}) {
  return /** @type {Promise<{ data: T, etag: string | null, status: number }>} */ (request("POST", path, { ...options, body }));
}

/**
 * A file the API answers (a CSV export), fetched with the sign-in and saved by the browser under the API's file name:
 * a plain link cannot carry the bearer token.
 * @param {string} path
 * @param {RequestOptions["query"]} query
 * @param {string} accept
 * @param {string} fallbackName
 */
export async function download(path, query, accept, fallbackName) {
  /** @type {Record<string, string>} */
  const headers = { Accept: accept, "Accept-Language": currentLanguage() };
  const session = currentSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  let response;
  try {
    response = await fetch(withQuery(path, query), { headers });
  } catch {
    throw new ApiError(0, "network", null);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, kindOf(response.status, problem), problem);
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** A new key for one submission: a retry after a lost answer then creates nothing twice. */
export function newIdempotencyKey() {
  return crypto.randomUUID();
}
