// Sign-in: in Development a role, name and region of one's choosing; elsewhere the province's identity provider.
import { html } from "../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { t } from "../lib/words.js";
import { get } from "../lib/api.js";
import { navigate } from "../lib/router.js";
import { consoleConfig, loadUser, signInForDevelopment } from "../lib/auth.js";
import { completeSignIn, startSignIn } from "../lib/oidc.js";
import { Banner, ErrorSummary, Select, TextInput, errorFor, problemErrors } from "../lib/forms.js";
import { ApiError } from "../lib/api.js";

/** @typedef {import("../lib/forms.js").FormError} FormError */
/** @typedef {{ id: string, name: string, kecamatanCode: string, kecamatanName: string, kabupatenName: string, role: string, active: boolean }} DevCoordinator */

const ROLES = ["jsc_operator", "tksk", "supervisor", "province_admin"];

/** Only an address inside the console may be returned to (never another site). @param {string | null} value */
function safeReturn(value) {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/masuk") ? value : "/antrean";
}

/** @param {{ query: URLSearchParams }} props */
export function SignInPage({ query }) {
  const [config, setConfig] = useState(/** @type {import("../lib/oidc.js").ConsoleConfig | null} */ (null));
  const [failure, setFailure] = useState("");
  const returnTo = safeReturn(query.get("kembali"));
  document.title = `${t("signIn.title")} — ${t("app.name")}`;

  useEffect(() => {
    consoleConfig().then(setConfig, (/** @type {Error} */ e) => setFailure(e.message));
  }, []);

  return html`
    <div class="narrow">
      <h1 class="heading-l">${t("signIn.title")}</h1>
      <p class="lead">${t("signIn.lead")}</p>
      ${query.get("berakhir") ? html`<${Banner} kind="warning" live>${t("error.signInAgain")}<//>` : null}
      ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}
      ${config?.signIn === "development" ? html`<${DevelopmentSignIn} returnTo=${returnTo} />` : null}
      ${config?.signIn === "oidc" ? html`
        <p>${t("signIn.oidcLead")}</p>
        <button type="button" class="button" onClick=${() => startSignIn(config, returnTo).catch(() => setFailure(t("signIn.failed")))}>${t("signIn.oidc")}</button>` : null}
      ${config?.signIn === "unavailable" ? html`<${Banner} kind="warning">${t("signIn.unavailable")}<//>` : null}
    </div>`;
}

/** @param {{ returnTo: string }} props */
function DevelopmentSignIn({ returnTo }) {
  const [role, setRole] = useState("jsc_operator");
  const [name, setName] = useState("Siti");
  const [region, setRegion] = useState("35");
  const [coordinatorId, setCoordinatorId] = useState("");
  const [coordinators, setCoordinators] = useState(/** @type {DevCoordinator[] | null} */ (null));
  const [errors, setErrors] = useState(/** @type {FormError[]} */ ([]));
  const [busy, setBusy] = useState(false);

  // A TKSK signs in as one registered coordinator: the list follows the region typed.
  useEffect(() => {
    if (role !== "tksk" || !/^\d{2}(\.\d{2}){0,2}$/.test(region)) return setCoordinators(null);
    const timer = setTimeout(() => get("/api/v1/dev/coordinators", { query: { region } })
      .then((r) => setCoordinators(/** @type {DevCoordinator[]} */ (r.data)), () => setCoordinators([])), 250);
    return () => clearTimeout(timer);
  }, [role, region]);

  /** @param {string} id */
  const chooseCoordinator = (id) => {
    setCoordinatorId(id);
    const chosen = coordinators?.find((c) => c.id === id);
    if (chosen) {
      setName(chosen.name);
      setRegion(chosen.kecamatanCode);
    }
  };

  /** @param {Event} event */
  const submit = async (event) => {
    event.preventDefault();
    /** @type {FormError[]} */
    const missing = [];
    if (!name.trim()) missing.push({ id: "f-name", message: t("signIn.required.name") });
    if (!region.trim()) missing.push({ id: "f-region", message: t("signIn.required.region") });
    if (role === "tksk" && !coordinatorId) missing.push({ id: "f-coordinatorId", message: t("signIn.required.coordinator") });
    setErrors(missing);
    if (missing.length) return;
    setBusy(true);
    try {
      await signInForDevelopment({ role, name: name.trim(), region: region.trim(), coordinatorId: role === "tksk" ? coordinatorId : undefined });
      navigate(returnTo, { replace: true });
    } catch (error) {
      setErrors(error instanceof ApiError ? problemErrors(error, { coordinatorId: "f-coordinatorId" }) : [{ id: null, message: t("signIn.failed") }]);
      setBusy(false);
    }
  };

  return html`
    <form novalidate onSubmit=${submit}>
      <${ErrorSummary} errors=${errors} />
      <${Banner} kind="info">${t("signIn.devNote")}<//>
      <${Select} id="f-role" label=${t("signIn.role")} value=${role} onChange=${(/** @type {string} */ v) => { setRole(v); setCoordinatorId(""); }}
        options=${ROLES.map((r) => ({ value: r, label: t(/** @type {import("../lib/words.js").WordKey} */ ("role." + r)) }))} />
      <${TextInput} id="f-name" label=${t("signIn.name")} value=${name} onInput=${setName} error=${errorFor(errors, "f-name")} autocomplete="name" />
      <${TextInput} id="f-region" label=${t("signIn.region")} hint=${t("signIn.regionHint")} value=${region} onInput=${setRegion}
        error=${errorFor(errors, "f-region")} width="10" inputmode="decimal" />
      ${role === "tksk" ? html`
        <${Select} id="f-coordinatorId" label=${t("signIn.coordinator")}
          hint=${coordinators && coordinators.length === 0 ? t("signIn.noCoordinators") : t("signIn.coordinatorHint")}
          value=${coordinatorId} onChange=${chooseCoordinator} placeholder=${t("signIn.coordinatorChoose")}
          error=${errorFor(errors, "f-coordinatorId")}
          options=${(coordinators ?? []).map((c) => ({ value: c.id, label: `${c.name} — ${c.kecamatanName}, ${c.kabupatenName}` }))} />` : null}
      <button type="submit" class="button" disabled=${busy}>${t("signIn.submit")}</button>
    </form>`;
}

/** Back from the identity provider with a code. */
export function SignInCallbackPage() {
  const [failure, setFailure] = useState("");
  document.title = `${t("signIn.title")} — ${t("app.name")}`;
  useEffect(() => {
    (async () => {
      try {
        const next = await completeSignIn(await consoleConfig());
        try {
          await loadUser();
        } catch (error) {
          throw new Error(error instanceof ApiError && (error.status === 401 || error.status === 403) ? t("signIn.noRole") : t("signIn.failed"));
        }
        navigate(safeReturn(next), { replace: true });
      } catch (error) {
        setFailure(error instanceof Error && error.message === t("signIn.noRole") ? error.message : t("signIn.failed"));
      }
    })();
  }, []);
  return html`
    <div class="narrow">
      <h1 class="heading-l">${t("signIn.title")}</h1>
      ${failure ? html`<${Banner} kind="error" live>${failure}<//><p><a href="/masuk">${t("signIn.title")}</a></p>` : html`<p role="status">${t("signIn.completing")}</p>`}
    </div>`;
}
