// Signing in and out, whichever way this server signs people in (its public console configuration says).
import { get, post, renewWith } from "./api.js";
import { currentSession, saveSession, signOut } from "./session.js";
import { renew, signOutUrl } from "./oidc.js";
import { navigate } from "./router.js";

/** @typedef {import("./oidc.js").ConsoleConfig} ConsoleConfig */

/** @type {Promise<ConsoleConfig> | null} */
let config = null;

/** @returns {Promise<ConsoleConfig>} */
export function consoleConfig() {
  if (!config) {
    config = get("/api/v1/console/config").then((r) => /** @type {ConsoleConfig} */ (r.data));
    config.catch(() => { config = null; });
    config.then((c) => renewWith(c.signIn === "oidc" ? () => renew(c) : null), () => {});
  }
  return config;
}

/**
 * Development only: a token for any role from the service's development endpoint.
 * @param {{ role: string, name: string, region: string, coordinatorId?: string }} who
 */
export async function signInForDevelopment(who) {
  // Each person gets a user id of their own, so two operators signed in side by side are two people.
  const subject = `dev-${who.role}-${who.name.normalize("NFD").replace(/[^\w]+/g, "-").toLowerCase()}`.slice(0, 80);
  const { data } = await post("/api/v1/dev/tokens", { ...who, coordinatorId: who.coordinatorId || undefined, subject });
  saveSession({ token: /** @type {{ token: string }} */ (data).token, mode: "development" });
  return loadUser();
}

/** Who the service says is signed in; kept with the session. */
export async function loadUser() {
  const { data } = await get("/api/v1/me");
  const session = currentSession();
  if (session) saveSession({ ...session, user: /** @type {import("./session.js").SignedInUser} */ (data) });
  return /** @type {import("./session.js").SignedInUser} */ (data);
}

/** Forgets the token and drafts here, and ends the provider's session too when there is one. */
export async function signOutEverywhere() {
  const session = currentSession();
  signOut();
  if (session?.mode !== "oidc") return null;
  try {
    return await signOutUrl(await consoleConfig(), session.idToken);
  } catch {
    return null;
  }
}

/** Who takes reports: the hotline's operators (and the province admin, who may do everything). */
export const INTAKE_ROLES = ["jsc_operator", "province_admin"];

/** To the sign-in page, and back to this address afterwards. @param {string} returnTo @param {boolean} [expired] */
export function goToSignIn(returnTo, expired = false) {
  navigate(`/masuk?kembali=${encodeURIComponent(returnTo)}${expired ? "&berakhir=1" : ""}`, { replace: true });
}
