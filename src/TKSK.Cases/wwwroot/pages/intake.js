// Laporan baru: the intake form. Its entries are kept as a draft in the tab (a reload or a new
// sign-in loses nothing); possible duplicates show while typing; the case number shows after saving.
import { html } from "../lib/html.js";
import { useEffect, useRef, useState } from "preact/hooks";
import { t, label, wibInputToIso } from "../lib/words.js";
import { ApiError, newIdempotencyKey, post } from "../lib/api.js";
import { clearDraft, readDraft, writeDraft } from "../lib/session.js";
import { Banner, Checkbox, ErrorSummary, Radios, Select, TextArea, TextInput, errorFor, problemErrors } from "../lib/forms.js";
import { Combobox } from "../lib/combobox.js";
import { desaOf, kabupatenOf, kecamatanOf } from "../lib/regions.js";
import { CHANNELS, PROVINCE, SEXES, URGENCIES, categoryName, loadCategories, options } from "../lib/reference.js";
import { ReadPost, assistRequest, fill, suggest, suggestionsOf, unconfirmed } from "./intake-assist.js";

/**
 * @typedef {import("../lib/forms.js").FormError} FormError
 * @typedef {typeof EMPTY} Report
 * @typedef {{ referralId: string, number: string, reason: string, status: string, receivedAt: string, categoryName: string, kecamatanName: string, desaName: string | null }} Match
 */

const EMPTY = {
  summary: "", channel: "", sourceUrl: "", reportedAt: "",
  kabupaten: "", kecamatan: "", desa: "", address: "",
  category: "", pasung: false, urgency: "",
  subjectName: "", nik: "", sex: "unknown", age: "",
  anonymous: false, reporterName: "", reporterPhone: "",
  /** What intake assist suggested for the text, and which suggestions the operator confirmed. @type {import("./intake-assist.js").Assist | null} */
  assist: null,
  /** One key per report: a retry after a lost answer does not log the person twice. */
  idempotencyKey: "",
};

// Request paths that name no field of their own lead to the first field of their part of the form.
const ALIASES = { location: "f-location-kabupaten", reporter: "f-reporter-name", subject: "f-subject-name", body: "f-summary" };

/** @param {Report} r */
function requestOf(r) {
  return {
    channel: r.channel || null,
    sourceUrl: r.sourceUrl.trim() || null,
    reportedAt: r.reportedAt ? wibInputToIso(r.reportedAt) : null,
    reporter: r.anonymous ? { anonymous: true } : { name: r.reporterName.trim() || null, phone: r.reporterPhone.trim() || null, anonymous: false },
    subject: { name: r.subjectName.trim() || null, nik: r.nik.trim() || null, sex: r.sex || "unknown", approximateAge: r.age === "" ? null : Number(r.age) },
    location: { kecamatanCode: r.kecamatan || null, desaCode: r.desa || null, address: r.address.trim() || null },
    category: r.category || null,
    pasung: r.pasung,
    summary: r.summary.trim(),
    urgency: r.urgency || null,
    assist: assistRequest(r.assist),
  };
}

/** What can be told before asking the service; the service checks everything again. @param {Report} r @returns {FormError[]} */
function check(r) {
  /** @type {FormError[]} */
  const errors = [];
  const need = (/** @type {boolean} */ ok, /** @type {string} */ id, /** @type {import("../lib/words.js").WordKey} */ key) => ok || errors.push({ id, message: t(key) });
  need(r.summary.trim().length >= 10, "f-summary", "intake.required.summary");
  need(!!r.channel, "f-channel", "intake.required.channel");
  need(!!r.kabupaten, "f-location-kabupaten", "intake.required.kabupaten");
  need(!r.kabupaten || !!r.kecamatan, "f-location-kecamatanCode", "intake.required.kecamatan");
  need(!!r.category, "f-category", "intake.required.category");
  need(!!r.urgency, "f-urgency", "intake.required.urgency");
  need(!r.nik.trim() || /^\d{16}$/.test(r.nik.trim()), "f-subject-nik", "intake.invalid.nik");
  need(r.age === "" || (/^\d+$/.test(r.age) && Number(r.age) <= 120), "f-subject-approximateAge", "intake.invalid.age");
  need(r.anonymous || !!r.reporterName.trim() || !!r.reporterPhone.trim(), "f-reporter-name", "intake.required.reporter");
  return [...errors, ...unconfirmed(r)];
}

/** @param {{ user: import("../lib/session.js").SignedInUser }} props */
export function IntakePage({ user }) {
  const [report, setReport] = useState(/** @type {Report} */ ({ ...EMPTY, ...(readDraft("intake") ?? {}) }));
  const [errors, setErrors] = useState(/** @type {FormError[]} */ ([]));
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(/** @type {{ id: string, number: string } | null} */ (null));
  const [lists, setLists] = useState({ categories: /** @type {import("../lib/reference.js").Category[]} */ ([]), kabupaten: /** @type {import("../lib/regions.js").Region[]} */ ([]), kecamatan: /** @type {import("../lib/regions.js").Region[]} */ ([]), desa: /** @type {import("../lib/regions.js").Region[]} */ ([]) });
  const [matches, setMatches] = useState(/** @type {{ items: Match[], outsideYourScope: number }} */ ({ items: [], outsideYourScope: 0 }));
  const [reading, setReading] = useState(/** @type {"" | "busy" | "failed"} */ (""));
  const [loadError, setLoadError] = useState("");
  const savedHeading = useRef(/** @type {HTMLHeadingElement | null} */ (null));
  document.title = `${saved ? t("intake.savedTitle") : t("intake.title")} — ${t("app.name")}`;

  /** @template {keyof Report} K @param {K} key @param {Report[K]} value */
  const set = (key, value) => setReport((r) => ({ ...r, [key]: value }));

  useEffect(() => writeDraft("intake", report), [report]);
  useEffect(() => {
    Promise.all([loadCategories(), kabupatenOf(PROVINCE)])
      .then(([categories, kabupaten]) => setLists((l) => ({ ...l, categories, kabupaten })), (/** @type {Error} */ e) => setLoadError(e.message));
  }, []);
  useEffect(() => {
    setLists((l) => ({ ...l, kecamatan: [], desa: [] }));
    if (report.kabupaten) kecamatanOf(report.kabupaten).then((kecamatan) => setLists((l) => ({ ...l, kecamatan })), () => {});
  }, [report.kabupaten]);
  useEffect(() => {
    setLists((l) => ({ ...l, desa: [] }));
    if (report.kecamatan) desaOf(report.kecamatan).then((desa) => setLists((l) => ({ ...l, desa })), () => {});
  }, [report.kecamatan]);

  // Possible duplicates, asked again a moment after the NIK, desa or category changes.
  useEffect(() => {
    const nik = /^\d{16}$/.test(report.nik.trim()) ? report.nik.trim() : null;
    if (!nik && !(report.desa && report.category)) return setMatches({ items: [], outsideYourScope: 0 });
    const ask = (/** @type {string | null} */ withNik) =>
      post("/api/v1/duplicate-checks", { subject: { nik: withNik }, location: { desaCode: report.desa || null }, category: report.category || null });
    const timer = setTimeout(() => ask(nik)
      // A NIK the service finds implausible (its birth date) is left out: the place and category may still match.
      .catch((error) => (error instanceof ApiError && error.fieldErrors["subject.nik"] && report.desa && report.category ? ask(null) : Promise.reject(error)))
      .then((r) => setMatches(/** @type {{ items: Match[], outsideYourScope: number }} */ (r.data)), () => {}), 400);
    return () => clearTimeout(timer);
  }, [report.nik, report.desa, report.category]);

  useEffect(() => {
    if (saved) savedHeading.current?.focus();
  }, [saved]);

  // Intake assist: read the post, fill the empty fields, mark each as suggested until confirmed or changed.
  const read = async (/** @type {string} */ text) => {
    if (text.trim().length < 10) return;
    setReading("busy");
    try {
      const assist = await suggest(text, lists.categories);
      setReport((r) => fill(r, assist));
      setReading("");
    } catch (error) {
      setReading(error instanceof ApiError && error.kind === "unauthorized" ? "" : "failed");
    }
  };
  const confirm = (/** @type {import("./intake-assist.js").Field} */ field) => setReport((r) => r.assist?.fields[field]
    ? { ...r, assist: { ...r.assist, fields: { ...r.assist.fields, [field]: { ...r.assist.fields[field], confirmed: true } } } } : r);
  const suggestions = suggestionsOf(report, confirm);

  /** @param {Event} event */
  const submit = async (event) => {
    event.preventDefault();
    const found = check(report);
    setErrors(found);
    if (found.length) return;
    const key = report.idempotencyKey || newIdempotencyKey();
    if (!report.idempotencyKey) set("idempotencyKey", key);
    setSaving(true);
    try {
      const { data } = await post("/api/v1/referrals", requestOf(report), { idempotencyKey: key });
      const created = /** @type {{ id: string, number: string }} */ (data);
      clearDraft("intake");
      setSaved({ id: created.id, number: created.number });
    } catch (error) {
      if (error instanceof ApiError && error.kind === "unauthorized") return;
      setErrors(error instanceof ApiError ? problemErrors(error, ALIASES) : [{ id: null, message: t("error.unknown") }]);
    } finally {
      setSaving(false);
    }
  };

  const another = () => {
    setReport({ ...EMPTY });
    setErrors([]);
    setMatches({ items: [], outsideYourScope: 0 });
    setSaved(null);
    queueMicrotask(() => document.getElementById("intake-title")?.focus());
  };

  if (saved) {
    return html`
      <div class="narrow">
        <div class="panel">
          <h1 class="panel__title" tabindex="-1" ref=${savedHeading}>${t("intake.savedTitle")}</h1>
          <div class="panel__body">${t("intake.savedNumber")}<br /><strong class="case-number">${saved.number}</strong></div>
        </div>
        <p>${t("intake.savedNext")}</p>
        <p><a href=${"/kasus/" + saved.id}>${t("intake.openCase")} ${saved.number}</a></p>
        <button type="button" class="button" onClick=${another}>${t("intake.another")}</button>
      </div>`;
  }

  const err = (/** @type {string} */ id) => errorFor(errors, id);
  return html`
    <div class="narrow">
      <h1 class="heading-l" id="intake-title" tabindex="-1">${t("intake.title")}</h1>
      <p class="lead">${t("intake.lead")}</p>
      ${loadError ? html`<${Banner} kind="error" live>${loadError}<//>` : null}
      <form novalidate onSubmit=${submit}>
        <${ErrorSummary} errors=${errors} />
        ${errors.filter((e) => !e.id).map((e) => html`<${Banner} kind="error">${e.message}<//>`)}

        <${TextArea} id="f-summary" label=${t("intake.post")} hint=${t("intake.postHint")} large rows=${8} required
          value=${report.summary} onInput=${(/** @type {string} */ v) => set("summary", v)} error=${err("f-summary")} onPaste=${read} />
        <div class="assist">
          ${report.summary.trim().length >= 10 && report.assist?.text !== report.summary ? html`
            <button type="button" class="button button--secondary" disabled=${reading === "busy"} onClick=${() => read(report.summary)}>
              ${t("intake.assist.read")}</button>` : null}
          <p class="assist__status" role="status">${reading === "busy" ? t("intake.assist.reading")
            : reading === "failed" ? t("intake.assist.failed")
            : report.assist?.text === report.summary ? t("intake.assist.done") : ""}</p>
          ${report.assist ? html`<${ReadPost} assist=${report.assist} current=${report.summary} />` : null}
        </div>

        <h2 class="heading-m">${t("intake.source")}</h2>
        <${Select} id="f-channel" label=${t("intake.channel")} value=${report.channel} onChange=${(/** @type {string} */ v) => set("channel", v)}
          options=${options("channel", CHANNELS)} placeholder=${t("intake.channelChoose")} error=${err("f-channel")} required />
        <${TextInput} id="f-sourceUrl" label=${t("intake.sourceUrl")} hint=${t("intake.sourceUrlHint")} type="url" inputmode="url"
          value=${report.sourceUrl} onInput=${(/** @type {string} */ v) => set("sourceUrl", v)} error=${err("f-sourceUrl")} />
        <${TextInput} id="f-reportedAt" label=${t("intake.reportedAt")} hint=${t("intake.reportedAtHint")} type="datetime-local" width="20"
          value=${report.reportedAt} onInput=${(/** @type {string} */ v) => set("reportedAt", v)} error=${err("f-reportedAt")} />

        <h2 class="heading-m">${t("intake.place")}</h2>
        <${Combobox} id="f-location-kabupaten" label=${t("intake.kabupaten")} hint=${t("intake.searchHint")}
          options=${lists.kabupaten.map((r) => ({ value: r.code, label: r.name }))} value=${report.kabupaten} error=${err("f-location-kabupaten")}
          suggestion=${suggestions.kabupaten}
          onChange=${(/** @type {string} */ v) => setReport((r) => ({ ...r, kabupaten: v, kecamatan: v === r.kabupaten ? r.kecamatan : "", desa: v === r.kabupaten ? r.desa : "" }))} />
        <${Combobox} key=${"kec-" + report.kabupaten} id="f-location-kecamatanCode" label=${t("intake.kecamatan")}
          hint=${report.kabupaten ? t("intake.searchHint") : t("intake.chooseKabupatenFirst")} disabled=${!report.kabupaten}
          options=${lists.kecamatan.map((r) => ({ value: r.code, label: r.name }))} value=${report.kecamatan} error=${err("f-location-kecamatanCode")}
          suggestion=${suggestions.kecamatan}
          onChange=${(/** @type {string} */ v) => setReport((r) => ({ ...r, kecamatan: v, desa: v === r.kecamatan ? r.desa : "" }))} />
        <${Combobox} key=${"desa-" + report.kecamatan} id="f-location-desaCode" label=${t("intake.desa")}
          hint=${report.kecamatan ? t("intake.searchHint") : t("intake.chooseKecamatanFirst")} disabled=${!report.kecamatan}
          options=${lists.desa.map((r) => ({ value: r.code, label: r.name }))} value=${report.desa} error=${err("f-location-desaCode")}
          suggestion=${suggestions.desa} onChange=${(/** @type {string} */ v) => set("desa", v)} />
        <${TextInput} id="f-location-address" label=${t("intake.address")} value=${report.address}
          onInput=${(/** @type {string} */ v) => set("address", v)} error=${err("f-location-address")} />

        <h2 class="heading-m">${t("intake.case")}</h2>
        <${Select} id="f-category" label=${t("intake.category")} value=${report.category} onChange=${(/** @type {string} */ v) => set("category", v)}
          options=${lists.categories.map((c) => ({ value: c.code, label: categoryName(c) }))} placeholder=${t("intake.categoryChoose")}
          error=${err("f-category")} suggestion=${suggestions.category} required />
        <${Checkbox} id="f-pasung" label=${t("intake.pasung")} hint=${t("intake.pasungHint")} checked=${report.pasung} error=${err("f-pasung")}
          onChange=${(/** @type {boolean} */ v) => set("pasung", v)} suggestion=${suggestions.pasung} />
        <${Radios} id="f-urgency" legend=${t("intake.urgency")} value=${report.urgency} onChange=${(/** @type {string} */ v) => set("urgency", v)}
          error=${err("f-urgency")} suggestion=${suggestions.urgency}
          options=${URGENCIES.map((u) => ({ value: u, label: label("urgency", u), hint: t(/** @type {import("../lib/words.js").WordKey} */ (`intake.urgencyHint.${u}`)) }))} />

        <h2 class="heading-m">${t("intake.subject")}</h2>
        <${TextInput} id="f-subject-name" label=${t("intake.subjectName")} value=${report.subjectName}
          onInput=${(/** @type {string} */ v) => set("subjectName", v)} error=${err("f-subject-name")} />
        <${TextInput} id="f-subject-nik" label=${t("intake.nik")} hint=${t("intake.nikHint")} inputmode="numeric" width="20"
          value=${report.nik} onInput=${(/** @type {string} */ v) => set("nik", v)} error=${err("f-subject-nik")} />
        <${Radios} id="f-subject-sex" legend=${t("intake.sex")} inline value=${report.sex} onChange=${(/** @type {string} */ v) => set("sex", v)}
          options=${options("sex", SEXES)} error=${err("f-subject-sex")} />
        <${TextInput} id="f-subject-approximateAge" label=${t("intake.age")} inputmode="numeric" width="4"
          value=${report.age} onInput=${(/** @type {string} */ v) => set("age", v)} error=${err("f-subject-approximateAge")} />

        <h2 class="heading-m">${t("intake.reporter")}</h2>
        <${Checkbox} id="f-reporter-anonymous" label=${t("intake.anonymous")} hint=${t("intake.anonymousHint")} checked=${report.anonymous}
          onChange=${(/** @type {boolean} */ v) => set("anonymous", v)} />
        ${report.anonymous ? null : html`
          <${TextInput} id="f-reporter-name" label=${t("intake.reporterName")} value=${report.reporterName}
            onInput=${(/** @type {string} */ v) => set("reporterName", v)} error=${err("f-reporter-name")} />
          <${TextInput} id="f-reporter-phone" label=${t("intake.reporterPhone")} hint=${t("intake.reporterPhoneHint")} type="tel" inputmode="tel" width="20"
            value=${report.reporterPhone} onInput=${(/** @type {string} */ v) => set("reporterPhone", v)} error=${err("f-reporter-phone")} />`}

        <${Duplicates} matches=${matches} />
        <button type="submit" class="button" disabled=${saving}>${saving ? t("intake.saving") : t("intake.save")}</button>
      </form>
    </div>`;
}

/** @param {{ matches: { items: Match[], outsideYourScope: number } }} props */
function Duplicates({ matches }) {
  if (!matches.items.length && !matches.outsideYourScope) return null;
  return html`
    <section class="duplicates" aria-labelledby="duplicates-title">
      <h2 class="heading-m" id="duplicates-title">${t("intake.duplicates")}</h2>
      ${matches.items.length ? html`
        <p>${t("intake.duplicatesLead")}</p>
        <ul class="list">
          ${matches.items.map((m) => html`
            <li><a href=${"/kasus/" + m.referralId} target="_blank">${m.number}</a>
              — ${t(/** @type {import("../lib/words.js").WordKey} */ ("intake.duplicate." + m.reason))};
              ${label("status", m.status)}, ${m.categoryName}, ${m.desaName ? m.desaName + ", " : ""}${m.kecamatanName}</li>`)}
        </ul>` : null}
      ${matches.outsideYourScope ? html`<p>${t("intake.duplicatesElsewhere", { n: matches.outsideYourScope })}</p>` : null}
    </section>`;
}
