// The console's shell: sign-in guard, header and navigation, language, and which page each address shows.
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { html } from "./lib/html.js";
import { followLinks, match, navigate, useLocation } from "./lib/router.js";
import { currentLanguage, label, setLanguage, t } from "./lib/words.js";
import { currentSession, whenSignedOutElsewhere } from "./lib/session.js";
import { whenSignInNeeded } from "./lib/api.js";
import { INTAKE_ROLES, goToSignIn, signOutEverywhere } from "./lib/auth.js";
import { SignInCallbackPage, SignInPage } from "./pages/sign-in.js";
import { IntakePage } from "./pages/intake.js";
import { QueuePage } from "./pages/queue.js";
import { CasePage } from "./pages/case.js";

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
    whenSignedOutElsewhere(() => navigate("/masuk", { replace: true }));
    document.addEventListener("click", followLinks);
    return () => document.removeEventListener("click", followLinks);
  }, []);

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
      ${user ? html`<${Navigation} role=${user.role} path=${where.path} />` : null}
    </header>
    <main id="main" class="main" tabindex="-1" ref=${main}>
      <${Page} key=${where.path} params=${route?.params ?? {}} query=${where.query} user=${user} />
    </main>
    <footer class="footer"><p>${t("app.owner")}</p></footer>`;
}

/** @param {{ role: string, path: string }} props */
function Navigation({ role, path }) {
  const items = [
    ...(INTAKE_ROLES.includes(role) ? [{ href: "/laporan-baru", text: t("nav.intake") }] : []),
    { href: "/antrean", text: role === "tksk" ? t("nav.myCases") : t("nav.queue") },
  ];
  return html`
    <nav class="nav" aria-label=${t("nav.label")}>
      <ul class="nav__list">
        ${items.map((i) => html`<li><a class="nav__link" href=${i.href} aria-current=${path === i.href ? "page" : undefined}>${i.text}</a></li>`)}
      </ul>
    </nav>`;
}

function NotFound() {
  document.title = `${t("app.notFound")} — ${t("app.name")}`;
  return html`<h1 class="heading-l">${t("app.notFound")}</h1><p>${t("app.notFoundBody")}</p><p><a href="/">${t("app.home")}</a></p>`;
}

render(html`<${App} />`, /** @type {HTMLElement} */ (document.getElementById("app")));
