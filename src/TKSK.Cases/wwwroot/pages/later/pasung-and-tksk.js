// Two sections of Dasbor, each a chart with its numbers as a table: pasung per kabupaten/kota
// (GET /api/v1/dashboards/pasung) and the TKSK carrying the most open cases (GET /api/v1/dashboards/coordinators).
import { html } from "../../lib/html.js";
import { number, t } from "../../lib/words.js";
import { AsOf, COLOURS, ChartFigure } from "./charts.js";

/** How many TKSK the load chart draws: a province has hundreds, and a bar per person stops being readable long before. */
export const TKSK_SHOWN = 20;

/** @param {any} row a PasungRow */
const anyPasung = (row) => row.reported + row.freed + row.inTreatment + row.relapseEpisodes > 0;

/** @param {string} key */
const pasungWord = (key) => t(/** @type {import("../../lib/words.js").WordKey} */ (`dashboard.pasung.${key}`));

/**
 * Reported, freed, in treatment and relapse episodes per kabupaten/kota that has any; for a kabupaten, its own row.
 * @param {{ pasung: any, region: string, province: boolean }} props
 */
export function PasungChart({ pasung, region, province }) {
  // A province admin looking at one kabupaten reads that row of the province's answer.
  const rows = /** @type {any[]} */ (pasung.kabupaten).filter((r) => (province || r.code === region) && anyPasung(r));
  const title = t("dashboard.pasung");
  const series = /** @type {const} */ ([["reported", COLOURS.open], ["freed", COLOURS.done], ["inTreatment", COLOURS.p90], ["relapseEpisodes", COLOURS.overdue]]);
  const config = {
    type: "bar",
    data: {
      labels: rows.map((r) => r.name),
      datasets: series.map(([key, colour]) => ({ label: pasungWord(key), data: rows.map((r) => r[key]), backgroundColor: colour })),
    },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  return html`
    <section aria-labelledby="dash-pasung">
      <h2 class="heading-m" id="dash-pasung">${title}</h2>
      <${AsOf} asOf=${pasung.asOf} lag=${pasung.lag} />
      <p class="hint">${t("dashboard.pasungHint")}</p>
      ${rows.length === 0 ? html`<p class="queue__empty">${t("dashboard.noPasung")}</p>` : html`
        <${ChartFigure} id="chart-pasung" title=${title} height=${Math.max(180, rows.length * 56 + 70)}
          summary=${t("dashboard.pasungSummary", { n: number(rows.length) })} config=${config}
          columns=${[t("dashboard.col.kabupaten"), ...series.map(([key]) => pasungWord(key))]}
          rows=${rows.map((r) => [r.name, ...series.map(([key]) => r[key])])} />`}
    </section>`;
}

/**
 * The TKSK with the most open cases (then overdue, then resolved in 30 days, then by name), at most TKSK_SHOWN.
 * @param {any[]} coordinators CoordinatorRow[]
 */
export function heaviest(coordinators) {
  return [...coordinators]
    .sort((a, b) => b.open - a.open || b.overdue - a.overdue || b.resolvedLast30Days - a.resolvedLast30Days || a.name.localeCompare(b.name, "id"))
    .slice(0, TKSK_SHOWN);
}

/** Open, overdue and resolved-in-30-days cases of the TKSK carrying the most. @param {{ dashboard: any }} props */
export function CoordinatorChart({ dashboard }) {
  const all = /** @type {any[]} */ (dashboard.coordinators);
  const rows = heaviest(all);
  const title = t("dashboard.tksk");
  const config = {
    type: "bar",
    data: {
      labels: rows.map((r) => r.name),
      datasets: [
        { label: t("load.col.open"), data: rows.map((r) => r.open), backgroundColor: COLOURS.open },
        { label: t("load.col.overdue"), data: rows.map((r) => r.overdue), backgroundColor: COLOURS.overdue },
        { label: t("load.col.resolved"), data: rows.map((r) => r.resolvedLast30Days), backgroundColor: COLOURS.done },
      ],
    },
    options: { indexAxis: "y", scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
  return html`
    <section aria-labelledby="dash-tksk">
      <h2 class="heading-m" id="dash-tksk">${title}</h2>
      <${AsOf} asOf=${dashboard.asOf} lag=${dashboard.lag} />
      ${all.length === 0 ? html`<p class="queue__empty">${t("attention.noTksk")}</p>` : html`
        <p class="hint">${t("dashboard.tkskHint", { shown: number(rows.length), total: number(all.length) })}</p>
        <${ChartFigure} id="chart-tksk" title=${title} height=${Math.max(180, rows.length * 44 + 70)}
          summary=${t("dashboard.tkskSummary", { n: number(rows.length) })} config=${config} textColumns=${2}
          columns=${[t("load.col.name"), t("load.col.kecamatan"), t("load.col.open"), t("load.col.overdue"), t("load.col.resolved"), t("dashboard.followUpsDue")]}
          rows=${rows.map((r) => [r.active ? r.name : `${r.name} (${t("load.inactive")})`, r.kecamatanName, r.open, r.overdue, r.resolvedLast30Days, r.followUpsDue])} />`}
    </section>`;
}
