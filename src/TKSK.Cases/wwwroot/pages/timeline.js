// A case's history in words: what happened, when (WIB) and who did it, from GET …/history.
import { html } from "../lib/html.js";
import { dateTime, label, t } from "../lib/words.js";

/** @typedef {{ version: number, type: string, at: string, actor: string | null, actorName?: string | null, actorRole?: string | null, data: Record<string, any> }} HistoryEntry */

/**
 * One event as a sentence. Unknown kinds of events (added to the service later) show their type name.
 * @param {HistoryEntry} entry
 * @returns {string}
 */
export function describe(entry) {
  const d = entry.data ?? {};
  /** @param {import("../lib/words.js").WordKey} key @param {Record<string, string | number>} [values] */
  const say = (key, values) => t(key, values);
  switch (entry.type) {
    case "referral_received": return say("event.referral_received", { channel: label("channel", d.channel) });
    case "referral_assessed": return say("event.referral_assessed", { urgency: label("urgency", d.urgency).toLowerCase() });
    case "referral_rejected": return say("event.referral_rejected", { decision: label("decision", d.decision) });
    case "duplicate_linked": return say("event.duplicate_linked", { number: d.duplicateNumber ?? "" });
    case "intake_suggestions_reviewed": {
      const fields = /** @type {{ accepted: boolean }[]} */ (d.fields ?? []);
      return say("event.intake_suggestions_reviewed", { accepted: fields.filter((f) => f.accepted).length, total: fields.length });
    }
    case "coordinator_assigned": return say("event.coordinator_assigned", { name: d.coordinatorName ?? "" });
    case "assignment_accepted": return say("event.assignment_accepted");
    case "assignment_declined": return say("event.assignment_declined", { reason: d.reason ?? "" });
    case "outreach_visit_recorded": return say(d.subjectFound ? "event.outreach_visit_recorded.found" : "event.outreach_visit_recorded.notFound");
    case "field_assessment_recorded": return say("event.field_assessment_recorded", { risk: label("risk", d.riskLevel).toLowerCase() });
    case "intervention_step_added": return say("event.intervention_step_added", { title: d.title ?? "" });
    case "intervention_step_started": return say("event.intervention_step_started");
    case "intervention_step_completed": return say("event.intervention_step_completed");
    case "intervention_step_cancelled": return say("event.intervention_step_cancelled", { reason: d.reason ?? "" });
    case "referral_resolved": return say("event.referral_resolved", { outcome: label("outcome", d.outcome) });
    case "resolution_approved": return say("event.resolution_approved");
    case "resolution_sent_back": return say("event.resolution_sent_back", { reason: d.reason ?? "" });
    case "referral_reopened": return say("event.referral_reopened", { reason: d.reason ?? "" });
    case "note_added": return say("event.note_added", { text: d.text ?? "" });
    case "sharing_consent_recorded": return say("event.sharing_consent_recorded", { agency: d.agency ?? "" });
    case "sharing_consent_revoked": return say("event.sharing_consent_revoked", { reason: d.reason ?? "" });
    case "personal_data_erased": return say("event.personal_data_erased");
    case "deadline_missed": return say("event.deadline_missed", { kind: label("deadline", d.kind) });
    case "referral_escalated": return say("event.referral_escalated", { level: label("case.escalation", d.level) });
    case "referral_unassigned": return say("event.referral_unassigned");
    case "referral_orphaned": return say("event.referral_orphaned");
    case "follow_up_recorded": return say("event.follow_up_recorded", { status: label("subjectStatus", d.subjectStatus) });
    case "episode_opened": return say("event.episode_opened", { n: d.episode ?? "", reason: d.reason ?? "" });
    default: return entry.type.replace(/_/g, " ");
  }
}

/** @param {HistoryEntry} entry */
function by(entry) {
  if (!entry.actor || entry.actor.startsWith("system:") || entry.actorRole === "automation") return t("event.bySystem");
  return t("event.by", { name: entry.actorName ?? entry.actor, role: label("role", entry.actorRole) });
}

/** @param {{ entries: HistoryEntry[] | null }} props */
export function Timeline({ entries }) {
  if (!entries) return html`<p>${t("app.loading")}</p>`;
  if (!entries.length) return html`<p>${t("case.timelineEmpty")}</p>`;
  return html`
    <ol class="timeline" reversed>
      ${[...entries].reverse().map((e) => html`
        <li class="timeline__item">
          <p class="timeline__what">${describe(e)}</p>
          <p class="timeline__meta"><time datetime=${e.at}>${dateTime(e.at)}</time> · ${by(e)}</p>
        </li>`)}
    </ol>`;
}
