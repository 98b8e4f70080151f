/**
 * Re-planning inside a conversation turn's transaction (the engine's
 * `replanNudges` hook): compute the plan for the interview as it now stands
 * and bring its nudge rows in line — unchanged plans keep their id (no job
 * churn), changed ones get a new id (the old job then finds itself stale),
 * plans that no longer apply are skipped with the reason.
 */
import type { ReminderSchedule } from "../domain/nudges.js";
import { planReminders } from "../../flows/reminders.js";
import type { Clock } from "../clock.js";
import type { StoreOperations } from "../store/store.js";
import type { Interview, Nudge } from "../store/types.js";
import { kfWindowOf } from "./kf-window.js";

export interface ReplanDeps {
  clock: Clock;
  timeZone: string;
  schedule: ReminderSchedule;
}

/** What a re-plan changed: rows written with a new id (jobs to schedule) and rows it skipped (jobs to remove). */
export interface ReplanResult {
  written: Nudge[];
  skipped: Nudge[];
}

export async function replanInTx(tx: StoreOperations, interview: Interview, deps: ReplanDeps): Promise<ReplanResult> {
  const now = deps.clock.now();
  const conversations = await tx.findConversationsByInterview(interview.id);
  const conversation = conversations.at(-1);
  const slots = conversation?.slots ?? {};
  const invitedAtSlot = typeof slots.invitedAt === "string" ? new Date(slots.invitedAt) : null;
  const plan = planReminders({
    interview,
    now,
    timeZone: deps.timeZone,
    schedule: deps.schedule,
    // Bound before nudges existed: the interview's creation is the best guess of the invitation.
    invitedAt: conversation ? (invitedAtSlot ?? interview.createdAt) : null,
    optedOut: slots.optedOut === true,
    handedOff: conversation?.flow === "handoff",
    kf: conversation ? await kfWindowOf(tx, conversation.id) : { lastCandidateMessageAt: null, sentSince: 0 },
  });

  const current = new Map((await tx.listNudges(interview.id)).map((n) => [n.kind, n]));
  const written: Nudge[] = [];
  const skipped: Nudge[] = [];
  const skips = new Map<string, string[]>();
  const skip = (kind: string, reason: string): void => {
    skipped.push(current.get(kind)!);
    skips.set(reason, [...(skips.get(reason) ?? []), kind]);
  };

  for (const { kind, dueAt } of plan.nudges) {
    const row = current.get(kind);
    const planned = row?.status === "planned";
    if (planned && row.dueAt.getTime() === dueAt.getTime()) continue; // same plan: keep its id and job
    if (dueAt.getTime() > now.getTime()) written.push(await tx.planNudge({ interviewId: interview.id, kind, dueAt }));
    else if (planned) skip(kind, "superseded"); // its time passed under another plan
  }
  for (const { kind, reason } of plan.dropped) {
    if (current.get(kind)?.status === "planned") skip(kind, reason);
  }
  for (const [reason, kinds] of skips) await tx.skipNudges(interview.id, reason, kinds);
  return { written, skipped };
}

/**
 * Waits until a re-plan's rows are visible outside its transaction (it
 * committed) — on PGlite the first read already waits for the transaction to
 * end. False when they never show up within `timeoutMs` (it rolled back).
 */
export async function committed(store: Pick<StoreOperations, "listNudges">, interviewId: string, changes: ReplanResult, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await store.listNudges(interviewId);
    const row = (kind: string) => rows.find((r) => r.kind === kind);
    const visible =
      changes.written.every((w) => BigInt(row(w.kind)?.id ?? "0") >= BigInt(w.id)) &&
      changes.skipped.every((s) => row(s.kind)?.id !== s.id || row(s.kind)?.status !== "planned");
    if (visible) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
