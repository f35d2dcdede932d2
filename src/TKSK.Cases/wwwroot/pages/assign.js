// The choice of TKSK in the assignment form: the kecamatan's TKSK and backup first, each with their open and
// overdue cases (GET /api/v1/dashboards/coordinators), and on request the other kecamatan's TKSK of the
// kabupaten — for whom the API asks a reason.
import { html } from "../lib/html.js";
import { useEffect, useState } from "preact/hooks";
import { label, number, t } from "../lib/words.js";
import { get } from "../lib/api.js";
import { Checkbox, Select } from "../lib/forms.js";

/**
 * @typedef {{ coordinatorId: string, name: string, kecamatanCode: string, kecamatanName: string, active: boolean, open: number, overdue: number }} LoadRow
 */

/** @param {{ id: string, label: string, value: string, onChange: (v: string) => void, error?: string, kecamatanCode?: string }} props */
export function CoordinatorChoice({ id, label: text, value, onChange, error, kecamatanCode }) {
  const [own, setOwn] = useState(/** @type {{ id: string, name: string, role: string, active: boolean }[]} */ ([]));
  const [load, setLoad] = useState(/** @type {LoadRow[]} */ ([]));
  const [wider, setWider] = useState(false);
  useEffect(() => {
    if (!kecamatanCode) return;
    const kabupaten = kecamatanCode.split(".").slice(0, 2).join(".");
    get("/api/v1/coordinators", { query: { kecamatan: kecamatanCode } }).then((r) => setOwn(/** @type {any[]} */ (r.data).filter((c) => c.active)), () => {});
    get("/api/v1/dashboards/coordinators", { query: { kabupaten } }).then((r) => setLoad(/** @type {any} */ (r.data).coordinators), () => {});
  }, [kecamatanCode]);

  const byId = new Map(load.map((r) => [r.coordinatorId, r]));
  const counts = (/** @type {string} */ coordinatorId) => {
    const row = byId.get(coordinatorId);
    return row ? t("assign.load", { open: number(row.open), overdue: number(row.overdue) }) : t("assign.loadUnknown");
  };
  const options = [
    ...own.map((c) => ({ value: c.id, label: `${c.name} (${label("coordinatorRole", c.role)}) — ${counts(c.id)}` })),
    ...(wider ? load.filter((r) => r.active && r.kecamatanCode !== kecamatanCode)
      .map((r) => ({ value: r.coordinatorId, label: `${r.name} (${t("assign.otherKecamatan", { kecamatan: r.kecamatanName })}) — ${counts(r.coordinatorId)}` })) : []),
  ];
  const chosen = byId.get(value);
  return html`
    <${Select} id=${id} label=${text} hint=${t("assign.hint")} value=${value} onChange=${onChange} error=${error} options=${options} placeholder=${t("field.choose")} />
    <${Checkbox} id=${id + "-wider"} label=${t("assign.wider")} checked=${wider} onChange=${setWider} />
    ${chosen && chosen.kecamatanCode !== kecamatanCode ? html`<p class="banner banner--warning" role="status">${t("assign.reasonNeeded")}</p>` : null}`;
}
