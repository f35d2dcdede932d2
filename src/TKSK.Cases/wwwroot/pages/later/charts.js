// Charts for the dashboards: Chart.js (vendored, WebConsole/VENDOR.md) fetched only when a page first draws one,
// each chart with its numbers as a table beside it (screen readers, print, and anyone who wants the figures).
import { html } from "../../lib/html.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { dateTime, number, t } from "../../lib/words.js";

// A specifier in a variable: the import map resolves it to the fingerprinted file at run time.
const LIBRARY = "/vendor/chart/chart.umd.min.js";
/** @type {Promise<any> | null} */
let library = null;

/** Chart.js, loaded once (its UMD build sets window.Chart). */
function chartLibrary() {
  library ??= import(LIBRARY).then(() => {
    const Chart = /** @type {any} */ (window).Chart;
    // The console's type and a text colour with 4.5:1 contrast on white (the library's default grey has less).
    Chart.defaults.color = "#484949";
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 13;
    return Chart;
  });
  return library;
}

export const COLOURS = { open: "#0b4f6c", overdue: "#c4281a", median: "#0b4f6c", p90: "#f47738", target: "#0b0c0c", line: "#0b4f6c", done: "#00703c" };

/** When the figures stand and how far the projection behind them lags. @param {{ asOf: string, lag: { events: number, seconds: number, rebuilding?: boolean } }} props */
export function AsOf({ asOf, lag }) {
  return html`<p class="hint as-of">${t("dashboard.asOf", { time: dateTime(asOf), events: number(lag.events), seconds: number(Math.round(lag.seconds)) })}</p>`;
}

/**
 * One chart and its table: the first `textColumns` columns (default 1: the row's name) are words, the others figures.
 * @param {{ id: string, title: string, summary: string, config: any, height: number, columns: string[], rows: (string | number)[][], textColumns?: number }} props
 */
export function ChartFigure({ id, title, summary, config, height, columns, rows, textColumns = 1 }) {
  const canvas = useRef(/** @type {HTMLCanvasElement | null} */ (null));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    /** @type {any} */
    let chart = null;
    let gone = false;
    chartLibrary().then((Chart) => {
      if (gone || !canvas.current) return;
      chart = new Chart(canvas.current, {
        ...config,
        options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options },
      });
    }, () => setFailed(true));
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [JSON.stringify(config)]);
  return html`
    <figure class="chart" aria-labelledby=${id + "-title"}>
      <figcaption class="visually-hidden" id=${id + "-title"}>${title}</figcaption>
      ${failed ? html`<p class="hint">${t("dashboard.chartFailed")}</p>` : html`
        <div class="chart__canvas" style=${{ height: `${height}px` }}>
          <canvas ref=${canvas} role="img" aria-label=${summary}></canvas>
        </div>`}
      <details class="chart__numbers">
        <summary class="filters__toggle">${t("dashboard.numbers")}</summary>
        <div class="chart__table" role="region" aria-label=${`${t("dashboard.numbers")}: ${title}`} tabindex="0">
          <table class="figures" id=${id + "-table"}>
            <caption class="visually-hidden">${title}</caption>
            <thead><tr>${columns.map((c, i) => html`<th scope="col" class=${i >= textColumns ? "figures__n" : ""}>${c}</th>`)}</tr></thead>
            <tbody>${rows.map((r) => html`<tr>${r.map((v, i) => i === 0 ? html`<th scope="row">${v}</th>`
              : html`<td class=${i >= textColumns ? "figures__n" : ""}>${typeof v === "number" ? number(v) : v}</td>`)}</tr>`)}</tbody>
          </table>
        </div>
      </details>
    </figure>`;
}
