/**
 * A candidate's proposed time (nlu {@link TimeResolution}) as one concrete instant,
 * filling what the candidate left out from the interview as planned.
 */
import { resolutionToDate, type TimeResolution } from "../nlu/index.js";
import { wallClock } from "./business-time.js";
import { checkSlot, offerSlots, type ReschedulePolicy } from "./reschedule-policy.js";

export interface ProposalContext {
  now: Date;
  scheduledAt: Date;
  timeZone: string;
  policy: ReschedulePolicy;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const podOf = (hour: number): TimeResolution["partOfDay"] => (hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening");

/**
 * - date + time → that moment; date + part of day → nlu's default clock for it
 *   (上午 10:00, 下午 14:00, 晚上 19:00);
 * - a date alone (周四可以吗) → that day at the interview's current clock time;
 * - a time alone (3点可以吗) → that time on the scheduled day;
 * - a part of day alone, other than the interview's own (能改到上午吗) → that part of the
 *   scheduled day when it is still allowed (nlu leaves the day open, as LABELS.md asks;
 *   a candidate moving within the day is the common case);
 * - otherwise a part of day alone (下周哪天下午都行) → the first allowed slot in it;
 * - nothing usable → null.
 */
export function proposedToDate(proposed: TimeResolution | null, ctx: ProposalContext): Date | null {
  if (!proposed) return null;
  const sched = wallClock(ctx.scheduledAt, ctx.timeZone);
  const schedDate = `${sched.y}-${pad(sched.m)}-${pad(sched.d)}`;
  if (proposed.date && !proposed.time && !proposed.partOfDay) {
    return resolutionToDate({ ...proposed, time: `${pad(sched.hour)}:${pad(sched.minute)}` }, ctx.timeZone);
  }
  if (!proposed.date && proposed.time) {
    return resolutionToDate({ ...proposed, date: schedDate }, ctx.timeZone);
  }
  if (!proposed.date && proposed.partOfDay) {
    if (podOf(sched.hour) !== proposed.partOfDay) {
      const sameDay = resolutionToDate({ ...proposed, date: schedDate }, ctx.timeZone);
      if (sameDay && checkSlot(sameDay, ctx.now, ctx.policy, ctx.timeZone).ok) return sameDay;
    }
    const [slot] = offerSlots(ctx.now, ctx.scheduledAt, ctx.policy, ctx.timeZone, 1, {
      partOfDay: proposed.partOfDay,
      includeScheduledDay: true,
    });
    return slot ?? null;
  }
  return resolutionToDate(proposed, ctx.timeZone);
}
