// Fixed lists of the API (GET /api/v1/categories; docs/api.md): the codes the service takes, in the order people expect them.
import { get } from "./api.js";
import { currentLanguage, label } from "./words.js";

export const CHANNELS = ["hotline", "whatsapp", "instagram", "facebook", "x", "tiktok", "youtube", "email", "walk_in", "agency"];
export const URGENCIES = ["emergency", "high", "normal"];
export const SEXES = ["male", "female", "unknown"];
export const DECISIONS = ["field_response", "duplicate", "unfounded", "out_of_scope"];
export const RISK_LEVELS = ["low", "medium", "high", "critical"];
export const NEEDS = ["medical", "psychiatric", "shelter", "food", "civil_documents", "social_assistance", "family_mediation", "legal_aid", "rehabilitation", "education", "livelihood"];
export const STEP_KINDS = ["pasung_release", "psychiatric_treatment", "medical_treatment", "institutional_placement", "rehabilitation", "social_assistance", "civil_documents", "family_reunification", "village_deliberation", "legal_aid", "other"];
export const OUTCOMES = ["freed_and_treated", "placed_in_institution", "reunited_with_family", "receiving_assistance", "rehabilitated", "referred_out_of_area", "subject_not_found", "deceased", "declined_services", "moved_out_of_area", "other"];
export const SUBJECT_STATUSES = ["stable", "relapse", "re_pasung", "deceased", "moved"];
export const SHARING_BASES = ["subject_consent", "guardian_consent", "vital_interest", "legal_obligation"];
/** East Java: the province this service serves. */
export const PROVINCE = "35";

/**
 * Codes as choices of a form, with their words.
 * @param {string} group the words' group ("urgency", "channel"…)
 * @param {string[]} codes
 * @returns {import("./forms.js").Option[]}
 */
export function options(group, codes) {
  return codes.map((code) => ({ value: code, label: label(group, code) }));
}

/** @typedef {{ code: string, name: string, nameEn: string }} Category */

/** @type {Promise<Category[]> | null} */
let categories = null;

/** The 26 PPKS categories. @returns {Promise<Category[]>} */
export function loadCategories() {
  if (!categories) {
    categories = get("/api/v1/categories").then((r) => /** @type {Category[]} */ (r.data));
    categories.catch(() => { categories = null; });
  }
  return categories;
}

/** @param {Category} category */
export function categoryName(category) {
  return currentLanguage() === "en" ? category.nameEn : category.name;
}
