// The field app's traffic with the service: the TKSK's cases caught up incrementally (GET /api/v1/sync/cases) and the
// queue sent in order (POST /api/v1/sync) — whenever a connection comes back and when the TKSK asks. The sync API's
// rules (docs/sync.md) decide what is applied; this only records each command's outcome.
import { ApiError, get, post } from "./api.js";
import * as vault from "./vault.js";
import { consoleConfig } from "./auth.js";

const APP_VERSION = "1";
// The server takes at most 1,000 commands per sync; the rest go next, in order.
const BATCH = 1000;

/** Fetches the cases changed since the last catch-up and keeps them, encrypted. */
export async function catchUp() {
  const after = await vault.readCursor();
  const answer = /** @type {{ data: { cases: { id: string, version: number }[], next: string } }} */ (await get("/api/v1/sync/cases", { query: { after } }));
  await vault.keepCases(answer.data.cases);
  await vault.writeCursor(answer.data.next);
}

/** @type {Promise<"sent" | "wiped"> | null} */
let sending = null;

/**
 * Sends what waits, oldest first, then catches up (the answers changed the cases' versions). One send at a time:
 * the `online` event and the button may ask together. Rejects with an ApiError when the service cannot be reached.
 * @param {string} userId
 */
export function sendQueue(userId) {
  sending ??= send(userId).finally(() => { sending = null; });
  return sending;
}

/**
 * @typedef {{ detail?: string, title?: string, errors?: Record<string, string[]> }} Problem
 * @typedef {{ results: { commandId: string, outcome: string, problem?: Problem | null }[],
 *   resolutions: { commandId: string, choice: string, note: string | null, resolvedAt: string }[] }} SyncAnswer
 */

/** @param {string} userId @returns {Promise<"sent" | "wiped">} */
async function send(userId) {
  // At least one sync, even with nothing waiting: it is how the phone hears that it was revoked, and the supervisors'
  // answers to its conflicts.
  for (let first = true; ; first = false) {
    const waiting = (await vault.queue()).filter((i) => i.state === "waiting" && i.command.recordedBy === userId).slice(0, BATCH);
    if (waiting.length === 0 && !first) break;
    /** @type {SyncAnswer} */
    let answer;
    try {
      answer = /** @type {SyncAnswer} */ ((await post("/api/v1/sync", {
        deviceId: await vault.deviceId(), sentAt: new Date().toISOString(), appVersion: APP_VERSION,
        commands: waiting.map(({ command: c }) => ({
          commandId: c.commandId, referralId: c.referralId, type: c.type, payload: c.payload,
          baseVersion: c.baseVersion, recordedAt: c.recordedAt, recordedBy: c.recordedBy,
        })),
      })).data);
    } catch (error) {
      // A revoked phone (lost, stolen): the service says to wipe, and nothing of it is kept.
      if (error instanceof ApiError && error.status === 403 && error.problem?.action === "wipe") {
        await vault.wipe();
        return "wiped";
      }
      throw error;
    }
    await vault.noteContact(await wipeAfterDays());
    const outcomes = new Map(answer.results.map((r) => [r.commandId, r]));
    const resolved = new Map((answer.resolutions ?? []).map((r) => [r.commandId, r]));
    const items = await vault.queue();
    await vault.updateQueue(items.flatMap((/** @type {vault.QueueItem} */ item) => {
      const result = outcomes.get(item.command.commandId);
      const resolution = resolved.get(item.command.commandId);
      if (result) {
        const rejected = result.outcome === "rejected";
        return [{ ...item, state: stateOf(result.outcome), command: { ...item.command, resolution: null,
          problem: rejected ? words(result.problem) : null, fieldErrors: rejected ? result.problem?.errors ?? null : null } }];
      }
      if (resolution && item.state === "conflict")
        return [{ ...item, state: /** @type {const} */ ("resolved"), command: { ...item.command,
          resolution: { choice: resolution.choice, note: resolution.note, at: resolution.resolvedAt } } }];
      return /** @type {vault.QueueItem[]} */ ([]);
    }));
    if (waiting.length < BATCH) break;
  }
  await catchUp();
  return "sent";
}

/** The days without contact after which the store is wiped, as the service sets them; unknown when it cannot say. */
async function wipeAfterDays() {
  try {
    return (await consoleConfig()).fieldWipeAfterDays;
  } catch {
    return undefined;
  }
}

/** @param {string} outcome @returns {import("./vault.js").QueueState} */
function stateOf(outcome) {
  if (outcome === "applied" || outcome === "duplicate") return "sent";
  if (outcome === "rejected") return "rejected";
  // conflict: held back for the supervisor; applied_with_conflict: kept, but flagged for the supervisor to look at.
  return "conflict";
}

/** The problem's own words: its detail and each field's message. @param {{ detail?: string, title?: string, errors?: Record<string, string[]> } | null | undefined} problem */
function words(problem) {
  if (!problem) return null;
  const fields = Object.values(problem.errors ?? {}).flat();
  return [problem.detail ?? problem.title, ...fields].filter(Boolean).join(" ");
}
