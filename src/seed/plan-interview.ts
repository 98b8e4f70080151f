/**
 * One seeded interview's life: invitation, reply (fast, late or never),
 * confirm / reschedule / cancel, reminders and their answers, attendance —
 * cut off at `now`, so future interviews stay open with planned nudges.
 */
import { atMinutes, wallClock, addDays } from "../domain/business-time.js";
import { sigmoid, type Random } from "./random.js";
import * as world from "./seed-world.js";
import type { SeedAction, SeedInterview } from "./seed-types.js";

const MIN = 60_000;
const HOUR = 60 * MIN;

export interface PlanContext {
  rng: Random;
  now: Date;
  timeZone: string;
}

/** Plans an interview invited at `createdAt`. */
export function planInterview(ctx: PlanContext, createdAt: Date, serial: number): SeedInterview {
  const { rng, timeZone } = ctx;
  const channel = rng.weighted(world.CHANNELS);
  const position = rng.weighted(world.POSITIONS);
  const lead = rng.weighted([[1, 15], [2, 22], [3, 20], [4, 13], [5, 10], [7, 10], [9, 6], [12, 4]] as const);
  let day = addDays(wallClock(createdAt, timeZone), lead);
  if (wallClock(atMinutes(day, 12 * 60, timeZone), timeZone).weekday === 0) day = addDays(day, 1);
  const hour = rng.weighted(world.SLOTS);
  const scheduledAt = atMinutes(day, hour * 60 + rng.pick([0, 0, 0, 30]), timeZone);
  const weekday = wallClock(scheduledAt, timeZone).weekday;

  // The hidden tendency; everything observable below is drawn from it.
  const tendency =
    -2.4 + (world.CHANNEL_EFFECT[channel] ?? 0) + (world.POSITION_EFFECT[position] ?? 0) + world.slotEffect(weekday, hour) + (lead >= 7 ? 0.5 : 0) + 0.5 * rng.normal();
  const u = sigmoid(tendency + 1.2);
  const noReply = rng.chance(0.02 + 0.22 * u);
  const late = !noReply && rng.chance(0.06 + 0.5 * u);
  const replyDelay = noReply ? null : late ? rng.logNormal(34 * HOUR, 0.35) : Math.min(rng.logNormal(1.6 * HOUR, 1.1), 23 * HOUR);
  const cancels = rng.chance(0.05 + 0.12 * u);
  const asksReschedule = !cancels && rng.chance(0.11);
  const noShowLogit = tendency + (late ? 1.3 : 0) + (noReply ? 2.0 : 0) + (asksReschedule ? 0.4 : 0);
  const noShow = rng.chance(sigmoid(noShowLogit));

  const actions: SeedAction[] = [];
  const add = (action: SeedAction) => actions.push(action);
  const invitedAt = new Date(createdAt.getTime() + rng.int(1, 30) * MIN);
  add({ at: invitedAt, type: "message", direction: "out", kind: "menu", text: `您好，诚邀您参加${position}岗位面试，请确认是否参加。` });

  let finalAt = scheduledAt;
  const replyAt = replyDelay === null ? null : new Date(invitedAt.getTime() + replyDelay);
  if (replyAt && replyAt < scheduledAt) {
    if (cancels) {
      const reason = rng.weighted(world.CANCEL_REASONS);
      add({ at: replyAt, type: "message", direction: "in", kind: "text", text: world.CANCEL_TEXTS[reason] ?? "去不了了", intent: "cancel" });
      add({ at: replyAt, type: "transition", to: "cancelled", actor: "candidate", reason });
      add({ at: replyAt, type: "event", event: "candidate.cancelled", payload: { reason } });
      return interview();
    }
    const tapped = rng.chance(0.4);
    add({ at: replyAt, type: "message", direction: "in", kind: tapped ? "menu" : "text", text: tapped ? "确认参加" : rng.pick(late ? world.LATE_CONFIRM_TEXTS : world.CONFIRM_TEXTS), intent: "confirm" });
    add({ at: replyAt, type: "transition", to: "confirmed", actor: "candidate" });
    add({ at: new Date(replyAt.getTime() + 1000), type: "message", direction: "out", kind: "text", text: "感谢确认，我们面试前会再提醒您。" });
    if (asksReschedule) {
      const askAt = new Date(replyAt.getTime() + rng.int(2, 20) * HOUR);
      if (askAt < new Date(scheduledAt.getTime() - 6 * HOUR)) {
        add({ at: askAt, type: "message", direction: "in", kind: "text", text: rng.pick(world.RESCHEDULE_TEXTS), intent: "reschedule" });
        const reason = rng.weighted(world.RESCHEDULE_REASONS);
        add({ at: askAt, type: "transition", to: "reschedule_requested", actor: "candidate", ...(reason ? { reason } : {}) });
        finalAt = new Date(scheduledAt.getTime() + rng.int(1, 3) * 24 * HOUR);
        add({ at: new Date(askAt.getTime() + rng.int(10, 180) * MIN), type: "transition", to: "rescheduled", actor: "recruiter:hr", scheduledAt: finalAt });
      }
    }
  } else if (cancels && rng.chance(0.5)) {
    // Silent candidates sometimes get cancelled by the recruiter the day before.
    add({ at: new Date(scheduledAt.getTime() - 20 * HOUR), type: "transition", to: "cancelled", actor: "recruiter:hr", reason: "not_interested" });
    return interview();
  }

  const nudges = [
    { kind: "no_reply_followup", dueAt: new Date(invitedAt.getTime() + 24 * HOUR) },
    { kind: "materials", dueAt: new Date(finalAt.getTime() - 48 * HOUR) },
    { kind: "reconfirm", dueAt: new Date(finalAt.getTime() - 24 * HOUR) },
    { kind: "day_of", dueAt: new Date(finalAt.getTime() - 3 * HOUR) },
    { kind: "check_in_alert", dueAt: new Date(finalAt.getTime() + 15 * MIN) },
  ].filter((n) => n.dueAt > invitedAt);
  for (const n of nudges) {
    if (n.kind === "no_reply_followup" && replyAt && replyAt < n.dueAt) add({ at: n.dueAt, type: "nudge", kind: n.kind, status: "skipped", reason: "replied" });
    else if (n.kind === "check_in_alert" && !noShow) add({ at: n.dueAt, type: "nudge", kind: n.kind, status: "skipped", reason: "checked_in" });
    else if (rng.chance(0.015)) {
      add({ at: n.dueAt, type: "nudge", kind: n.kind, status: "failed", reason: "kf window exhausted" });
      add({ at: n.dueAt, type: "event", event: "kf.window_exhausted", payload: { nudge: n.kind } });
    } else {
      add({ at: n.dueAt, type: "nudge", kind: n.kind, status: "sent" });
      if (n.kind !== "check_in_alert") add({ at: n.dueAt, type: "message", direction: "out", kind: n.kind === "reconfirm" ? "menu" : "text", text: `面试提醒（${n.kind}）` });
    }
    if (n.kind === "reconfirm" && rng.chance(noShow ? 0.3 : 0.85)) {
      add({ at: new Date(n.dueAt.getTime() + rng.logNormal(1.2 * HOUR, 0.8)), type: "message", direction: "in", kind: "menu", text: "确认参加", intent: "confirm" });
    }
  }
  if (rng.chance(0.03)) add({ at: new Date(invitedAt.getTime() + rng.int(1, 30) * HOUR), type: "event", event: "conversation.handed_off", payload: { reason: "question" } });
  if (noShow) add({ at: new Date(finalAt.getTime() + 30 * MIN), type: "transition", to: "no_show", actor: "recruiter:hr" });
  else {
    add({ at: new Date(finalAt.getTime() - rng.int(2, 15) * MIN), type: "transition", to: "checked_in", actor: "recruiter:hr" });
    add({ at: new Date(finalAt.getTime() + 60 * MIN), type: "transition", to: "completed", actor: "recruiter:hr" });
    add({ at: new Date(finalAt.getTime() + 3 * HOUR), type: "nudge", kind: "after_interview", status: "sent" });
    nudges.push({ kind: "after_interview", dueAt: new Date(finalAt.getTime() + 3 * HOUR) });
  }
  return interview(nudges);

  function interview(planned: SeedInterview["nudges"] = []): SeedInterview {
    return {
      candidateName: world.candidateName((items) => rng.pick(items)),
      mobile: `13${String(800000000 + serial).padStart(9, "0")}`,
      sourceChannel: channel,
      position,
      recruiterUserId: rng.weighted(world.RECRUITERS),
      createdAt,
      scheduledAt,
      nudges: planned,
      actions: actions.filter((a) => a.at <= ctx.now).sort((a, b) => a.at.getTime() - b.at.getTime()),
    };
  }
}
