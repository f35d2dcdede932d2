// Who is signed in, shared by the console's tabs (operators open cases in new tabs), and the drafts
// of forms, kept per tab. Signing out in one tab signs out all of them and forgets every draft.

/**
 * @typedef {{ id: string, name: string, role: string, region: string | null, regionName: string | null, coordinatorId: string | null }} SignedInUser
 * @typedef {{ token: string, mode: "development" | "oidc", refreshToken?: string, idToken?: string, user?: SignedInUser }} Session
 */

const KEY = "tksk.session";
const SIGNED_OUT = "tksk.signed-out";
const DRAFTS = "tksk.draft.";

/** @returns {Session | null} */
export function currentSession() {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? JSON.parse(stored) : null;
  } catch {
    return null;
  }
}

/** @param {Session} session */
export function saveSession(session) {
  localStorage.setItem(KEY, JSON.stringify(session));
}

function forgetDrafts() {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFTS)) sessionStorage.removeItem(key);
}

/** Signing out forgets the token and the drafts (drafts may hold names and NIKs), here and in the other tabs. */
export function signOut() {
  localStorage.removeItem(KEY);
  localStorage.setItem(SIGNED_OUT, String(Date.now()));
  forgetDrafts();
}

/** The token expired: forget it, keep the drafts, so that a form is whole again after signing in. */
export function forgetToken() {
  localStorage.removeItem(KEY);
}

/** Another tab signed out: this one forgets its drafts and leaves too. @param {() => void} leave */
export function whenSignedOutElsewhere(leave) {
  addEventListener("storage", (event) => {
    if (event.key !== SIGNED_OUT) return;
    forgetDrafts();
    leave();
  });
}

/**
 * A form's unsaved entries, kept across a reload or a new sign-in.
 * @template T
 * @param {string} name
 * @returns {T | null}
 */
export function readDraft(name) {
  try {
    const stored = sessionStorage.getItem(DRAFTS + name);
    return stored ? JSON.parse(stored) : null;
  } catch {
    return null;
  }
}

/** @param {string} name @param {unknown} value */
export function writeDraft(name, value) {
  sessionStorage.setItem(DRAFTS + name, JSON.stringify(value));
}

/** @param {string} name */
export function clearDraft(name) {
  sessionStorage.removeItem(DRAFTS + name);
}
