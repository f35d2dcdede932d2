// Rekap bulanan: a kabupaten's monthly recap per kecamatan and PPKS category (GET /api/v1/reports/monthly), made
// to be printed, with its CSV and the month's cases as CSV (GET /api/v1/referrals/export.csv) for Excel.
import { html } from "../../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { number, t } from "../../lib/words.js";
import { ApiError, download, get, withQuery } from "../../lib/api.js";
import { navigate } from "../../lib/router.js";
import { Banner } from "../../lib/forms.js";
import { kabupatenOf } from "../../lib/regions.js";
import { PROVINCE } from "../../lib/reference.js";
import { AsOf } from "./charts.js";

const WIB_MS = 7 * 3600 * 1000;

/** This WIB month, yyyy-MM. */
const thisMonth = () => new Date(Date.now() + WIB_MS).toISOString().slice(0, 7);

/** The first and last day of a month, yyyy-MM-dd. @param {string} month */
function daysOf(month) {
  const [y, m] = month.split("-").map(Number);
  return { from: `${month}-01`, to: `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}` };
}

/** @param {{ user: import("../../lib/session.js").SignedInUser, query: URLSearchParams }} props */
export function RecapPage({ user, query }) {
  const own = user.region || PROVINCE;
  const wholeProvince = !own.includes(".");
  const month = /^\d{4}-\d{2}$/.test(query.get("bulan") ?? "") ? /** @type {string} */ (query.get("bulan")) : thisMonth();
  const kabupaten = query.get("wilayah") || (wholeProvince ? "" : own.split(".").slice(0, 2).join("."));
  const [recap, setRecap] = useState(/** @type {any} */ (null));
  const [failure, setFailure] = useState("");
  const [saved, setSaved] = useState("");
  const [places, setPlaces] = useState(/** @type {import("../../lib/regions.js").Region[]} */ ([]));
  document.title = `${t("recap.title")} — ${t("app.name")}`;

  useEffect(() => {
    if (wholeProvince) kabupatenOf(PROVINCE).then(setPlaces, () => {});
  }, []);
  useEffect(() => {
    setRecap(null);
    setFailure("");
    if (!kabupaten) return;
    get("/api/v1/reports/monthly", { query: { month, kabupaten } }).then((r) => setRecap(r.data), (error) => {
      if (!(error instanceof ApiError && error.kind === "unauthorized")) setFailure(error instanceof Error ? error.message : t("error.unknown"));
    });
  }, [month, kabupaten]);

  /** @param {Event} event */
  const choose = (event) => {
    event.preventDefault();
    const form = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    navigate(withQuery("/rekap", { bulan: String(form.get("bulan") || month), wilayah: String(form.get("wilayah") ?? kabupaten) }));
  };
  /** @param {string} path @param {Record<string, string>} filter @param {string} name */
  const save = async (path, filter, name) => {
    setSaved("");
    try {
      setSaved(t("recap.saved", { name: await download(path, filter, "text/csv", name) }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : t("error.unknown"));
    }
  };
  const days = daysOf(month);

  return html`
    <h1 class="heading-l">${t("recap.title")}${recap ? html`: ${recap.kabupatenName}, ${month}` : null}</h1>
    <form class="filters" aria-label=${t("recap.choice")} onSubmit=${choose} key=${query.toString()}>
      <div class="filters__grid">
        ${wholeProvince ? html`
          <div class="filters__field">
            <label class="label" for="recap-wilayah">${t("dashboard.col.kabupaten")}</label>
            <select class="select" id="recap-wilayah" name="wilayah">
              <option value="">${t("field.choose")}</option>
              ${places.map((k) => html`<option value=${k.code} selected=${k.code === kabupaten}>${k.name}</option>`)}
            </select>
          </div>` : null}
        <div class="filters__field">
          <label class="label" for="recap-bulan">${t("recap.month")}</label>
          <input class="input input--20" id="recap-bulan" name="bulan" type="month" value=${month} max=${thisMonth()} />
        </div>
      </div>
      <div class="filters__actions"><button type="submit" class="button button--secondary">${t("dashboard.show")}</button></div>
    </form>
    ${failure ? html`<${Banner} kind="error" live>${failure}<//>` : null}
    <p role="status" class="inbox__status">${saved}</p>
    ${!kabupaten ? html`<p class="queue__empty">${t("recap.chooseKabupaten")}</p>` : !recap ? (failure ? null : html`<p>${t("app.loading")}</p>`) : html`
      <div class="button-group no-print">
        <button type="button" class="button" onClick=${() => print()}>${t("recap.print")}</button>
        <button type="button" class="button button--secondary" onClick=${() => save("/api/v1/reports/monthly", { month, kabupaten }, `rekap-${kabupaten}-${month}.csv`)}>${t("recap.csv")}</button>
        <button type="button" class="button button--secondary" onClick=${() => save("/api/v1/referrals/export.csv", { kabupaten, receivedFrom: days.from, receivedTo: days.to }, `rujukan-${month}.csv`)}>${t("recap.casesCsv")}</button>
      </div>
      <p class="hint no-print">${t("recap.casesCsvHint")}</p>
      <${AsOf} asOf=${recap.asOf} lag=${recap.lag} />
      <div class="chart__table" role="region" aria-labelledby="recap-caption" tabindex="0">
        <table class="figures recap">
          <caption id="recap-caption" class="recap__caption">${t("recap.caption", { kabupaten: recap.kabupatenName, month })}</caption>
          <thead><tr>
            <th scope="col">${t("dashboard.col.kecamatan")}</th><th scope="col">${t("queue.col.category")}</th>
            <th scope="col" class="figures__n">${t("recap.new")}</th><th scope="col" class="figures__n">${t("recap.resolved")}</th>
            <th scope="col" class="figures__n">${t("recap.open")}</th><th scope="col" class="figures__n">${t("recap.overdue")}</th>
          </tr></thead>
          <tbody>
            ${recap.rows.length === 0 ? html`<tr><td colspan="6">${t("recap.empty")}</td></tr>` : recap.rows.map((/** @type {any} */ r) => html`
              <tr><th scope="row">${r.kecamatanName}</th><td>${r.categoryName}</td>
                <td class="figures__n">${number(r.new)}</td><td class="figures__n">${number(r.resolved)}</td>
                <td class="figures__n">${number(r.stillOpen)}</td><td class="figures__n">${number(r.overdue)}</td></tr>`)}
          </tbody>
          <tfoot><tr><th scope="row" colspan="2">${t("recap.total")}</th>
            <td class="figures__n">${number(recap.totals.new)}</td><td class="figures__n">${number(recap.totals.resolved)}</td>
            <td class="figures__n">${number(recap.totals.stillOpen)}</td><td class="figures__n">${number(recap.totals.overdue)}</td></tr></tfoot>
        </table>
      </div>`}`;
}
