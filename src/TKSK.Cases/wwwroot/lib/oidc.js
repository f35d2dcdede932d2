// Signing in with the province's OpenID Connect provider: authorization code with PKCE, as a public
// client (a page cannot keep a secret). The access token is sent to this service's API as a bearer token.
import { currentSession, saveSession } from "./session.js";

/**
 * @typedef {{ signIn: string, authority: string | null, clientId: string | null, scope: string, fieldWipeAfterDays: number }} ConsoleConfig
 * @typedef {{ authorization_endpoint: string, token_endpoint: string, end_session_endpoint?: string }} Discovery
 */

const PENDING = "tksk.oidc.pending";
export const CALLBACK = "/masuk/selesai";

/** @param {ConsoleConfig} config @returns {Promise<Discovery>} */
async function discover(config) {
  const response = await fetch(`${String(config.authority).replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery ${response.status}`);
  return response.json();
}

/** @param {ArrayBuffer | Uint8Array} bytes */
function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomText() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * Leaves for the provider's sign-in page; it comes back to /masuk/selesai.
 * @param {ConsoleConfig} config
 * @param {string} returnTo the console address to go back to afterwards
 */
export async function startSignIn(config, returnTo) {
  const discovery = await discover(config);
  const verifier = randomText();
  const state = randomText();
  const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code", client_id: String(config.clientId), redirect_uri: location.origin + CALLBACK, scope: config.scope,
    state, code_challenge: challenge, code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

/**
 * Back from the provider: trades the code for tokens and keeps them. Answers where to go next.
 * @param {ConsoleConfig} config
 * @returns {Promise<string>}
 */
export async function completeSignIn(config) {
  const params = new URLSearchParams(location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "null");
  sessionStorage.removeItem(PENDING);
  if (!pending || params.get("state") !== pending.state || !params.get("code")) throw new Error(params.get("error") ?? "state");
  const discovery = await discover(config);
  const tokens = await tokenRequest(discovery, {
    grant_type: "authorization_code", code: /** @type {string} */ (params.get("code")), redirect_uri: location.origin + CALLBACK,
    client_id: String(config.clientId), code_verifier: pending.verifier,
  });
  saveSession({ token: tokens.access_token, mode: "oidc", refreshToken: tokens.refresh_token, idToken: tokens.id_token });
  return pending.returnTo || "/";
}

/**
 * An expired access token renewed with the refresh token, when the provider gave one.
 * @param {ConsoleConfig} config
 * @returns {Promise<boolean>}
 */
export async function renew(config) {
  const session = currentSession();
  if (!session?.refreshToken) return false;
  try {
    const tokens = await tokenRequest(await discover(config), {
      grant_type: "refresh_token", refresh_token: session.refreshToken, client_id: String(config.clientId),
    });
    saveSession({ ...session, token: tokens.access_token, refreshToken: tokens.refresh_token ?? session.refreshToken, idToken: tokens.id_token ?? session.idToken });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where to end the provider's session too (or null when it has no end-session endpoint).
 * @param {ConsoleConfig} config
 * @param {string | undefined} idToken
 */
export async function signOutUrl(config, idToken) {
  const discovery = await discover(config);
  if (!discovery.end_session_endpoint) return null;
  const url = new URL(discovery.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: String(config.clientId), post_logout_redirect_uri: location.origin + "/masuk", ...(idToken ? { id_token_hint: idToken } : {}),
  }).toString();
  return url.toString();
}

/**
 * @param {Discovery} discovery
 * @param {Record<string, string>} form
 * @returns {Promise<{ access_token: string, refresh_token?: string, id_token?: string }>}
 */
async function tokenRequest(discovery, form) {
  const response = await fetch(discovery.token_endpoint, {
    method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form),
  });
  if (!response.ok) throw new Error(`token ${response.status}`);
  return response.json();
}
