// Dasbor: a region's figures at a glance — cases per kabupaten (or kecamatan) and per PPKS category as bars, intake
// per month as a line, the time each SLA stage takes (median and p90) against its deadline, pasung and the TKSK's
// load (pasung-and-tksk.js) — from the dashboards API,
// each with the asOf and lag the API reports. A supervisor sees their kabupaten only (the API says 403 otherwise).
import { html } from "../../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { currentLanguage, label, number, t } from "../../lib/words.js";
import { ApiError, get, withQuery } from "../../lib/api.js";
import { navigate } from "../../lib/router.js";
import { Banner } from "../../lib/forms.js";
import { kabupatenOf } from "../../lib/regions.js";
import { PROVINCE, categoryName, loadCategories } from "../../lib/reference.js";
import { AsOf, COLOURS, ChartFigure } from "./charts.js";
import { CoordinatorChart, PasungChart } from "./pasung-and-tksk.js";

const MONTHS = ["6", "12", "24"];
const DAYS = ["30", "90", "365"];
const STAGES = ["awaiting_desk_assessment", "awaiting_acceptance", "to_first_visit", "to_resolution"];
const WIB_MS = 7 * 3600 * 1000;

/** A WIB day (yyyy-MM-dd), some days before today. @param {number} daysBack */
function wibDay(daysBack) {
  return new Date(Date.now() + WIB_MS - daysBack * 86_400_000).toISOString().slice(0, 10);
}

/** Hours with one decimal, as the language writes them. @param {number | null} h */
function hours(h) {
  return h == null ? "—" : h.toLocaleString(currentLanguage() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** @param {{ user: import("../../lib/session.js").SignedInUser, query: URLSearchParams }} props */
export function DashboardPage({ user, query }) {
  const own = user.region || PROVINCE;
  const region = query.get("wilayah") || (own.split(".").length >= 2 ? own.split(".").slice(0, 2).join(".") : own);
  const months = MONTHS.includes(query.get("bulan") ?? "") ? /** @type {string} */ (query.get("bulan")) : "12";
  const days = DAYS.includes(query.get("hari") ?? "") ? /** @type {string} */ (query.get("hari")) : "90";
  const stage = STAGES.includes(query.get("tahap") ?? "") ? /** @type {string} */ (query.get("tahap")) : "awaiting_desk_assessment";
  const province = !region.includes(".");
  const [data, setData] = useState(/** @type {{ counts: any, trend: any, sla: any, pasung: any, coordinators: any, categories: Map<string, string> } | null} */ (null));
  const [failure, setFailure] = useState(/** @type {{ forbidden: boolean, message: string } | null} */ (null));
  const [kabupaten, setKabupaten] = useState(/** @type {import("../../lib/regions.js").Region[]} */ ([]));
  document.title = `${t("dashboard.title")} — ${t("app.name")}`;

  useEffect(() => {
    if (!own.includes(".")) kabupatenOf(PROVINCE).then(setKabupaten, () => {});
  }, []);
  useEffect(() => {
    setData(null);
    setFailure(null);
    Promise.all([
      get(province ? "/api/v1/dashboards/overview" : `/api/v1/dashboards/kabupaten/${encodeURIComponent(region)}`, { query: province ? { province: region } : {} }),
      get("/api/v1/dashboards/trend", { query: { region, months } }),
      get("/api/v1/dashboards/sla", { query: { kabupaten: province ? null : region, from: wibDay(Number(days) - 1) } }),
      // The province's answer for a province admin (one kabupaten's row is read from it); a supervisor's is their kabupaten.
      get("/api/v1/dashboards/pasung", { query: { province: province ? region : null } }),
      get("/api/v1/dashboards/coordinators", { query: { kabupaten: province ? null : region } }),
      loadCategories(),
    ]).then(([counts, trend, sla, pasung, coordinators, categories]) => setData({
      counts: counts.data, trend: trend.data, sla: sla.data, pasung: pasung.data, coordinators: coordinators.data,
      categories: new Map(categories.map((c) => [c.code, categoryName(c)])),
    }), (error) => {
      if (error instanceof ApiError && error.kind === "unauthorized") return;
      setFailure({ forbidden: error instanceof ApiError && error.kind === "forbidden", message: error instanceof Error ? error.message : t("error.unknown") });
    });
  }, [region, months, days]);

  /** @param {Event} event */
  const choose = (event) => {
    event.preventDefault();
    const form = new FormData(/** @type {HTMLFormElement} */ (event.currentTarget));
    navigate(withQuery("/dasbor", { wilayah: String(form.get("wilayah") ?? region), bulan: String(form.get("bulan")), hari: String(form.get("hari")), tahap: String(form.get("tahap")) }));
  };
  const select = (/** @type {string} */ name, /** @type {string} */ text, /** @type {string} */ value, /** @type {{ value: string, label: string }[]} */ choices) => html`
    <div class="filters__field">
      <label class="label" for=${"dash-" + name}>${text}</label>
      <select class="select" id=${"dash-" + name} name=${name}>
        ${choices.map((o) => html`<option value=${o.value} selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;

  return html`
    <h1 class="heading-l">${t("dashboard.title")}${data ? html`: ${province ? data.counts.regionName : data.counts.name}` : null}</h1>
    <form class="filters" aria-label=${t("dashboard.choice")} onSubmit=${choose} key=${query.toString()}>
      <div class="filters__grid">
        ${own.includes(".") ? null : select("wilayah", t("dashboard.region"), region,
          [{ value: PROVINCE, label: t("dashboard.wholeProvince") }, ...kabupaten.map((k) => ({ value: k.code, label: k.name }))])}
        ${select("bulan", t("dashboard.months"), months, MONTHS.map((m) => ({ value: m, label: t("dashboard.monthsN", { n: m }) })))}
        ${select("hari", t("dashboard.days"), days, DAYS.map((d) => ({ value: d, label: t("dashboard.daysN", { n: d }) })))}
        ${select("tahap", t("dashboard.stage"), stage, STAGES.map((s) => ({ value: s, label: label("stage", s) })))}
      </div>
      <div class="filters__actions"><button type="submit" class="button button--secondary">${t("dashboard.show")}</button></div>
    </form>
    ${failure ? html`<${Banner} kind="error" live title=${failure.forbidden ? t("dashboard.forbidden") : undefined}><p>${failure.message}</p><//>` : null}
    ${!data && !failure ? html`<p>${t("app.loading")}</p>` : null}
    ${data ? html`
      <${Figures} counts=${data.counts} />
      <${PlacesChart} counts=${data.counts} province=${province} />
      <${CategoryChart} counts=${data.counts} names=${data.categories} />
      <${TrendChart} trend=${data.trend} />
      <${SlaChart} sla=${data.sla} stage=${stage} />
      <${PasungChart} pasung=${data.pasung} region=${region} province=${province} />
      <${CoordinatorChart} dashboard=${data.coordinators} />` : null}`;
}

/** @param {{ counts: any }} props */
function Figures({ counts }) {
  const f = counts.figures;
  const items = [["total", f.total], ["open", f.open], ["overdue", f.overdue], ["unassigned", f.unassigned], ["intake", f.intakeThisMonth.count]];
  return html`
    <section aria-labelledby="dash-figures">
      <h2 class="heading-m" id="dash-figures">${t("dashboard.today")}</h2>
      <${AsOf} asOf=${counts.asOf} lag=${counts.lag} />
      <dl class="figures-cards">
        ${items.map(([name, n]) => html`<div class="figures-cards__item"><dt>${t(/** @type {any} */ ("dashboard.figure." + name))}</dt><dd>${number(/** @type {number} */ (n))}</dd></div>`)}
      </dl>
    </section>`;
}

/** A bar per kabupaten (or kecamatan): open and overdue cases. @param {{ counts: any, province: boolean }} props */
function PlacesChart({ counts, province }) {
  const rows = /** @type {any[]} */ (province ? counts.kabupaten : counts.kecamatan);
  const title = province ? t("dashboard.perKabupaten") : t("dashboard.perKecamatan");
  const config = {
    type: "bar",
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        { label: t("dashboard.figure.open"), data: rows.map((r) => r.figures.open), backgroundColor: COLOURS.open },
        { label: t("dashboard.figure.overdue"), data: rows.map((r) => r.figures.overdue), backgroundColor: COLOURS.overdue },
      ],
    },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  return html`
    <section aria-labelledby="dash-places">
      <h2 class="heading-m" id="dash-places">${title}</h2>
      <${AsOf} asOf=${counts.asOf} lag=${counts.lag} />
      <${ChartFigure} id="chart-places" title=${title} height=${Math.max(160, rows.length * 28 + 60)}
        summary=${t("dashboard.placesSummary", { n: number(rows.length) })} config=${config}
        columns=${[province ? t("dashboard.col.kabupaten") : t("dashboard.col.kecamatan"), t("dashboard.figure.open"), t("dashboard.figure.overdue"), t("dashboard.figure.unassigned"), t("dashboard.figure.total")]}
        rows=${rows.map((r) => [r.name, r.figures.open, r.figures.overdue, r.figures.unassigned, r.figures.total])} />
    </section>`;
}

/** A bar per PPKS category: every case of the region, the most frequent first. @param {{ counts: any, names: Map<string, string> }} props */
function CategoryChart({ counts, names }) {
  const rows = Object.entries(/** @type {Record<string, number>} */ (counts.figures.byCategory))
    .map(([code, n]) => ({ name: names.get(code) ?? code, n }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, "id"));
  const title = t("dashboard.perCategory");
  const config = {
    type: "bar",
    data: { labels: rows.map((r) => r.name), datasets: [{ label: t("dashboard.figure.total"), data: rows.map((r) => r.n), backgroundColor: COLOURS.open }] },
    options: { indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  return html`
    <section aria-labelledby="dash-category">
      <h2 class="heading-m" id="dash-category">${title}</h2>
      <${AsOf} asOf=${counts.asOf} lag=${counts.lag} />
      ${rows.length === 0 ? html`<p class="queue__empty">${t("dashboard.noCases")}</p>` : html`
        <${ChartFigure} id="chart-category" title=${title} height=${Math.max(140, rows.length * 30 + 50)}
          summary=${t("dashboard.categorySummary", { n: number(rows.length) })} config=${config}
          columns=${[t("dashboard.col.category"), t("dashboard.figure.total")]} rows=${rows.map((r) => [r.name, r.n])} />`}
    </section>`;
}

/** A line per month: intake. @param {{ trend: any }} props */
function TrendChart({ trend }) {
  const months = /** @type {any[]} */ (trend.months);
  const title = t("dashboard.trend");
  const config = {
    type: "line",
    data: { labels: months.map((m) => m.month), datasets: [{ label: t("dashboard.intake"), data: months.map((m) => m.intake), borderColor: COLOURS.line, backgroundColor: COLOURS.line }] },
    options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  return html`
    <section aria-labelledby="dash-trend">
      <h2 class="heading-m" id="dash-trend">${title}</h2>
      <${AsOf} asOf=${trend.asOf} lag=${trend.lag} />
      <${ChartFigure} id="chart-trend" title=${title} height=${260} summary=${t("dashboard.trendSummary", { n: number(months.length) })} config=${config}
        columns=${[t("dashboard.col.month"), t("dashboard.intake")]} rows=${months.map((m) => [m.month, m.intake])} />
    </section>`;
}

/** Median and p90 of one stage per region, against the deadline for normal urgency. @param {{ sla: any, stage: string }} props */
function SlaChart({ sla, stage }) {
  const rows = /** @type {any[]} */ (sla.rows).map((r) => ({ name: r.name, s: r.stages.find((/** @type {any} */ x) => x.stage === stage) })).filter((r) => r.s);
  const title = t("dashboard.sla", { stage: label("stage", stage) });
  const config = {
    type: "bar",
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        { label: t("dashboard.median"), data: rows.map((r) => r.s.medianHours), backgroundColor: COLOURS.median },
        { label: t("dashboard.p90"), data: rows.map((r) => r.s.p90Hours), backgroundColor: COLOURS.p90 },
        { type: "line", label: t("dashboard.target"), data: rows.map((r) => r.s.targetHours.normal), borderColor: COLOURS.target, backgroundColor: COLOURS.target, borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { scales: { y: { beginAtZero: true, title: { display: true, text: t("dashboard.hours") } } } },
  };
  return html`
    <section aria-labelledby="dash-sla">
      <h2 class="heading-m" id="dash-sla">${title}</h2>
      <${AsOf} asOf=${sla.asOf} lag=${sla.lag} />
      <p class="hint">${t("dashboard.slaPeriod", { from: sla.from, to: sla.to })}</p>
      ${rows.length === 0 ? html`<p class="queue__empty">${t("dashboard.noSla")}</p>` : html`
        <${ChartFigure} id="chart-sla" title=${title} height=${280} summary=${t("dashboard.slaSummary", { n: number(rows.length) })} config=${config}
          columns=${[sla.groupedBy === "kabupaten" ? t("dashboard.col.kabupaten") : t("dashboard.col.kecamatan"), t("dashboard.median"), t("dashboard.p90"), t("dashboard.target"), t("dashboard.breaches"), t("dashboard.counted")]}
          rows=${rows.map((r) => [r.name, hours(r.s.medianHours), hours(r.s.p90Hours), hours(r.s.targetHours.normal), r.s.breaches, r.s.count])} />`}
    </section>`;
}
