/**
 * Firing one planned nudge through the conversation engine: lock → load → step
 * (the flow's timer step) → one-transaction commit → dispatch, exactly as a
 * reply is handled. The nudge row is finished in that same transaction; if it
 * was finished or re-planned meanwhile the whole turn rolls back, so a job that
 * runs twice (crash, lock expiry, two instances, `runDue`) sends once.
 */
import type { NudgeOutcome } from "../../flows/nudge-timer.js";
import { isQuiet, nextAllowed } from "../../flows/quiet-hours.js";
import type { Clock } from "../clock.js";
import { NUDGE_AUDIENCE, isNudgeKind, type ReminderSchedule } from "../domain/nudges.js";
import type { TurnOutcome } from "../engine/commit-turn.js";
import type { ConversationEngine } from "../engine/index.js";
import type { Store } from "../store/store.js";
import type { Nudge, NudgeStatus } from "../store/types.js";
import { NudgeClaimLostError } from "./errors.js";
import { kfWindowOf } from "./kf-window.js";

export interface FireDeps {
  store: Store;
  engine: ConversationEngine;
  clock: Clock;
  timeZone: string;
  schedule: ReminderSchedule;
}

/** What firing came to; the job runner re-arms, re-schedules or completes accordingly. */
export type FireOutcome =
  /** Recorded on the row: sent / skipped / failed, with the reason. */
  | { type: "done"; status: Exclude<NudgeStatus, "planned">; reason: string | null }
  /** Someone else finished it, or it was re-planned: nothing to do. */
  | { type: "stale" }
  /** Not due yet in the app clock's time. */
  | { type: "early"; dueAt: Date }
  /** Quiet hours: re-planned (new row) for the next allowed minute. */
  | { type: "deferred"; nudge: Nudge };

/** Fires a planned nudge row (already checked to be the current plan). */
export async function fireNudge(deps: FireDeps, row: Nudge): Promise<FireOutcome> {
  const { store, clock } = deps;
  const now = clock.now();
  if (row.dueAt.getTime() > now.getTime()) return { type: "early", dueAt: row.dueAt };
  if (!isNudgeKind(row.kind)) return finish(store, row, "skipped", "unknown_kind");

  // A late run (downtime, backlog) must not wake a candidate at night: move it on.
  const quiet = NUDGE_AUDIENCE[row.kind] === "candidate" ? deps.schedule.quietHours : deps.schedule.alertQuietHours;
  if (isQuiet(now, quiet, deps.timeZone)) {
    const dueAt = nextAllowed(now, quiet, deps.timeZone);
    const moved = await store.transaction(async (tx) => {
      if (!(await tx.finishNudge(row.id, "skipped", `quiet_hours: moved to ${dueAt.toISOString()}`))) return null;
      return tx.planNudge({ interviewId: row.interviewId, kind: row.kind, dueAt });
    });
    return moved ? { type: "deferred", nudge: moved } : { type: "stale" };
  }

  const conversation = (await store.findConversationsByInterview(row.interviewId)).at(-1);
  if (!conversation) return finish(store, row, "skipped", "not_bound");
  const kf = await kfWindowOf(store, conversation.id);
  let verdict: { status: Exclude<NudgeStatus, "planned">; reason: string | null } = { status: "skipped", reason: null };
  try {
    await deps.engine.runStep(
      conversation.id,
      { kind: "timer", at: now, nudge: row.kind, nudgeId: row.id, kf },
      {
        also: async (tx, turn) => {
          verdict = verdictOf(turn, row.id);
          if (!(await tx.finishNudge(row.id, verdict.status, verdict.reason ?? undefined))) throw new NudgeClaimLostError(row.id);
          return false;
        },
      },
    );
  } catch (err) {
    if (err instanceof NudgeClaimLostError) return { type: "stale" };
    throw err;
  }
  return { type: "done", ...verdict };
}

async function finish(store: Store, row: Nudge, status: Exclude<NudgeStatus, "planned">, reason: string): Promise<FireOutcome> {
  return (await store.finishNudge(row.id, status, reason)) ? { type: "done", status, reason } : { type: "stale" };
}

/** The turn's outcome as the nudge row records it. */
function verdictOf(turn: TurnOutcome, nudgeId: string): { status: Exclude<NudgeStatus, "planned">; reason: string | null } {
  if (turn.status === "unbound") return { status: "skipped", reason: "not_bound" };
  if (turn.status === "ignored") return { status: "skipped", reason: turn.reason };
  const last = turn.conversation.slots.lastNudge as Partial<NudgeOutcome> | undefined;
  if (last && last.id === nudgeId && (last.status === "sent" || last.status === "failed")) return { status: last.status, reason: last.reason ?? null };
  return { status: "sent", reason: null };
}
