// The console's shell: sign-in guard, header and navigation, language, and which page each address shows.
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "./lib/html.js";
import { followLinks, match, navigate, useLocation } from "./lib/router.js";
import { currentLanguage, label, number, setLanguage, t } from "./lib/words.js";
import { currentSession, whenSignedOutElsewhere } from "./lib/session.js";
import { whenSignInNeeded } from "./lib/api.js";
import { INTAKE_ROLES, goToSignIn, signOutEverywhere } from "./lib/auth.js";
import { SignInCallbackPage, SignInPage } from "./pages/sign-in.js";
import { IntakePage } from "./pages/intake.js";
import { QueuePage } from "./pages/queue.js";
import { CasePage } from "./pages/case.js";
import { useUnread } from "./lib/inbox.js";
import { FieldPage, WaitingCounter, sendWhenOnline } from "./pages/field.js";
import { unsentCount, wipe as wipeFieldStore } from "./lib/vault.js";

/** Who supervises: the kabupaten's Dinas Sosial, and the province. */
const SUPERVISING_ROLES = ["supervisor", "province_admin"];
/** The administration pages (pages/later/admin.js draws them), all under one item of the navigation. */
const ADMIN_PATHS = ["/koordinator", "/kunci-api", "/log-akses", "/gangguan"];

/**
 * A page whose module is fetched when it is first shown: the supervisor's and the province's pages
 * (pages/later/, not preloaded) cost nothing to the operators' and TKSK's first load.
 * @param {() => Promise<any>} load @param {string} name
 */
function later(load, name) {
  /** @type {any} */
  let Page = null;
  /** @param {any} props */
  return function Later(props) {
    const [, setLoaded] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (!Page) load().then((module) => { Page = module[name]; setLoaded(true); }, () => setFailed(true));
    }, []);
    if (failed) return html`<p>${t("error.network")}</p>`;
    return Page ? html`<${Page} ...${props} />` : html`<p>${t("app.loading")}</p>`;
  };
}

/** Who reads the dashboards in the console. */
const DASHBOARD_ROLES = ["jsc_operator", "supervisor", "province_admin"];

/**
 * The console's addresses; the service answers the page for each (WebConsole/ConsolePages.cs lists the same).
 * @type {{ path: string, page: (props: any) => any, open?: boolean, roles?: string[] }[]}
 */
const ROUTES = [
  { path: "/masuk", page: SignInPage, open: true },
  { path: "/masuk/selesai", page: SignInCallbackPage, open: true },
  { path: "/laporan-baru", page: IntakePage, roles: INTAKE_ROLES },
  { path: "/antrean", page: QueuePage },
  { path: "/kasus/{id}", page: CasePage },
  { path: "/lapangan", page: FieldPage, roles: ["tksk"] },
  { path: "/perlu-tindakan", page: later(() => import("./pages/later/attention.js"), "AttentionPage"), roles: SUPERVISING_ROLES },
  { path: "/konflik", page: later(() => import("./pages/later/conflicts.js"), "ConflictsPage"), roles: SUPERVISING_ROLES },
  { path: "/pemberitahuan", page: later(() => import("./pages/later/inbox.js"), "InboxPage") },
  { path: "/dasbor", page: later(() => import("./pages/later/dashboard.js"), "DashboardPage"), roles: DASHBOARD_ROLES },
  { path: "/rekap", page: later(() => import("./pages/later/recap.js"), "RecapPage"), roles: DASHBOARD_ROLES },
  { path: "/koordinator", page: later(() => import("./pages/later/admin.js"), "CoordinatorsPage"), roles: SUPERVISING_ROLES },
  { path: "/kunci-api", page: later(() => import("./pages/later/admin.js"), "ApiKeysPage"), roles: ["province_admin"] },
  { path: "/log-akses", page: later(() => import("./pages/later/admin.js"), "AccessLogPage"), roles: ["province_admin"] },
  { path: "/gangguan", page: later(() => import("./pages/later/admin.js"), "FailuresPage"), roles: ["province_admin"] },
];

function App() {
  const where = useLocation();
  const [, setLanguageShown] = useState(currentLanguage());
  const main = useRef(/** @type {HTMLElement | null} */ (null));
  const firstPath = useRef(where.path);
  const session = currentSession();

  // A moved page moves the keyboard and screen reader to its content, as a page load would.
  useEffect(() => {
    if (where.path !== firstPath.current) main.current?.focus();
    firstPath.current = "";
  }, [where.path]);

  useEffect(() => {
    document.documentElement.lang = currentLanguage();
    whenSignInNeeded(() => goToSignIn(location.pathname + location.search, true));
    whenSignedOutElsewhere(() => { wipeFieldStore(); navigate("/masuk", { replace: true }); });
    document.addEventListener("click", followLinks);
    return () => document.removeEventListener("click", followLinks);
  }, []);

  // The field app (a TKSK's phone): the shell kept for opening with no connection, and the queue sent when one comes.
  const tksk = session?.user?.role === "tksk" ? session.user.id : null;
  useEffect(() => {
    if (!tksk) return;
    navigator.serviceWorker?.register("/sw.js", { scope: "/" }).catch(() => {});
    return sendWhenOnline(tksk);
  }, [tksk]);

  if (where.path === "/") {
    queueMicrotask(() => navigate(session?.user ? "/antrean" : "/masuk", { replace: true }));
    return null;
  }
  const route = ROUTES.map((r) => ({ ...r, params: match(r.path, where.path) })).find((r) => r.params);
  if (route && !route.open && !session?.user) {
    queueMicrotask(() => goToSignIn(where.path + location.search));
    return null;
  }
  const user = session?.user;
  const allowed = !route?.roles || (user && route.roles.includes(user.role));
  const Page = route && allowed ? route.page : NotFound;

  const toggleLanguage = () => {
    const next = currentLanguage() === "id" ? "en" : "id";
    setLanguage(next);
    setLanguageShown(next);
  };
  const leave = async () => {
    // Records the service has not got would go with the store: the TKSK decides, told how many.
    const unsent = user?.role === "tksk" ? await unsentCount() : 0;
    if (unsent > 0 && !confirm(t("lapangan.signOutWarning", { n: number(unsent) }))) return;
    // Case data and the queue on this device go with the sign-in (docs/console.md, "Aplikasi lapangan").
    await wipeFieldStore();
    const elsewhere = await signOutEverywhere();
    if (elsewhere) location.assign(elsewhere);
    else navigate("/masuk", { replace: true });
  };

  return html`
    <a class="skip-link" href="#main">${t("app.skip")}</a>
    <header class="header">
      <div class="header__bar">
        <a class="header__brand" href="/">${t("app.name")}<span class="header__owner">${t("app.owner")}</span></a>
        <div class="header__tools">
          ${user ? html`<p class="header__user"><span class="visually-hidden">${t("nav.signedInAs")} </span>${user.name} · ${label("role", user.role)}</p>` : null}
          <button type="button" class="link-button" lang=${currentLanguage() === "id" ? "en" : "id"} aria-label=${t("nav.languageLabel")} onClick=${toggleLanguage}>${t("nav.language")}</button>
          ${user ? html`<button type="button" class="link-button" onClick=${leave}>${t("nav.signOut")}</button>` : null}
        </div>
      </div>
      ${user ? html`<${Navigation} user=${user} path=${where.path} />` : null}
      ${user?.role === "tksk" ? html`<${WaitingCounter} />` : null}
    </header>
    <main id="main" class="main" tabindex="-1" ref=${main}>
      <${Page} key=${where.path} params=${route?.params ?? {}} query=${where.query} user=${user} />
    </main>
    <footer class="footer"><p>${t("app.owner")}</p></footer>`;
}

/** @param {{ user: import("./lib/session.js").SignedInUser, path: string }} props */
function Navigation({ user, path }) {
  const role = user.role;
  const unread = useUnread(user);
  /** @type {{ href: string, text: string, count?: number | null }[]} */
  const items = [
    ...(SUPERVISING_ROLES.includes(role) ? [{ href: "/perlu-tindakan", text: t("nav.attention") }, { href: "/konflik", text: t("nav.conflicts") }] : []),
    ...(INTAKE_ROLES.includes(role) ? [{ href: "/laporan-baru", text: t("nav.intake") }] : []),
    { href: "/antrean", text: role === "tksk" ? t("nav.myCases") : t("nav.queue") },
    ...(role === "tksk" ? [{ href: "/lapangan", text: t("nav.field") }] : []),
    { href: "/pemberitahuan", text: t("nav.inbox"), count: unread },
    ...(DASHBOARD_ROLES.includes(role) ? [{ href: "/dasbor", text: t("nav.dashboard") }, { href: "/rekap", text: t("nav.recap") }] : []),
    ...(SUPERVISING_ROLES.includes(role) ? [{ href: "/koordinator", text: t("nav.admin") }] : []),
  ];
  const admin = ADMIN_PATHS.includes(path);
  return html`
    <nav class="nav" aria-label=${t("nav.label")}>
      <ul class="nav__list">
        ${items.map((i) => html`<li><a class="nav__link" href=${i.href} aria-current=${path === i.href || (admin && i.href === "/koordinator") ? "page" : undefined}>${i.text}${i.count
          ? html` <span class="nav__count">${number(i.count)}<span class="visually-hidden"> ${t("nav.unread")}</span></span>` : null}</a></li>`)}
      </ul>
    </nav>`;
}

function NotFound() {
  document.title = `${t("app.notFound")} — ${t("app.name")}`;
  return html`<h1 class="heading-l">${t("app.notFound")}</h1><p>${t("app.notFoundBody")}</p><p><a href="/">${t("app.home")}</a></p>`;
}

render(html`<${App} />`, /** @type {HTMLElement} */ (document.getElementById("app")));
