/**
 * A new time, candidate side: a named time is checked against the recruiter's
 * windows and read back for confirmation; outside the windows (or with no time
 * named) the candidate gets three concrete slots. A settled time becomes a
 * request the recruiter approves or declines (see recruiter-decision.ts).
 */
import { wallClock, weekdayName } from "../src/domain/business-time.js";
import { canTransition } from "../src/domain/interview-status.js";
import { proposedToDate, type ProposalContext } from "../src/domain/proposed-time.js";
import { checkSlot, offerSlots, type SlotRejection } from "../src/domain/reschedule-policy.js";
import type { FlowContext, StepResult } from "../src/domain/flow.js";
import type { TimeResolution } from "../src/nlu/index.js";
import { handOff } from "./handoff.js";
import { effect, finish, num, render, sendKey, sendMenu, sendText, when, type Turn } from "./kit.js";

export const RESCHEDULE_FLOW = "reschedule";

export function proposalContext(ctx: FlowContext): ProposalContext {
  return { now: ctx.now, scheduledAt: ctx.interview.scheduledAt, timeZone: ctx.timeZone, policy: ctx.settings };
}

/**
 * Approved moves plus declined requests: a declined request still costs the
 * recruiter a round, and counting it keeps a decline/ask-again loop finite.
 */
function capReached(turn: Turn): boolean {
  return turn.ctx.interview.rescheduleCount + num(turn.before.slots, "declined") >= turn.ctx.settings.maxReschedules;
}

/** The candidate wants another time, maybe naming one. */
export function startReschedule(turn: Turn, proposed: TimeResolution | null): StepResult {
  if (capReached(turn)) return handOff(turn, "reschedule_cap", "reschedule.cap_reached");
  const at = proposedToDate(proposed, proposalContext(turn.ctx));
  return at ? consider(turn, at) : offer(turn, null);
}

/** A concrete time heard: read it back if allowed, else say why and offer slots. */
export function consider(turn: Turn, at: Date): StepResult {
  const { ctx } = turn;
  const check = checkSlot(at, ctx.now, ctx.settings, ctx.timeZone);
  if (!check.ok) return offer(turn, rejection(ctx, at, check.reason), [at]);
  const proposed = when(ctx, at);
  turn.slots.proposedAt = at.toISOString();
  delete turn.slots.offered;
  sendMenu(
    turn,
    "reschedule_proposal",
    render(ctx, "reschedule.proposal_head", { proposed }),
    [
      { id: "accept_proposed", text: render(ctx, "reschedule.accept_item", { proposed }) },
      { id: "other_time", text: render(ctx, "reschedule.other_item") },
    ],
    render(ctx, "reschedule.proposal_tail"),
  );
  return finish(turn, RESCHEDULE_FLOW, "awaiting_confirm_time");
}

function rejection(ctx: FlowContext, at: Date, reason: SlotRejection): string {
  const { workingHours, minNoticeHours } = ctx.settings;
  return render(ctx, `reschedule.rejected.${reason}`, {
    proposed: when(ctx, at),
    hours: minNoticeHours,
    weekday: weekdayName(wallClock(at, ctx.timeZone).weekday),
    start: workingHours.start,
    end: workingHours.end,
  });
}

/** Three concrete allowed slots as a menu (ids `slot:<ISO>`), with an optional explanation first. */
export function offer(turn: Turn, why: string | null, exclude: readonly Date[] = []): StepResult {
  const { ctx } = turn;
  const slots = offerSlots(ctx.now, ctx.interview.scheduledAt, ctx.settings, ctx.timeZone, 3, { exclude });
  if (slots.length === 0) return handOff(turn, "no_slots", "reschedule.no_slots");
  const head = [why, render(ctx, "reschedule.offer_head")].filter(Boolean).join("\n");
  const items = slots.map((s) => ({ id: `slot:${s.toISOString()}`, text: when(ctx, s) }));
  sendMenu(turn, "reschedule_offer", head, items, render(ctx, "reschedule.offer_tail"));
  turn.slots.offered = slots.map((s) => s.toISOString());
  delete turn.slots.proposedAt;
  return finish(turn, RESCHEDULE_FLOW, "awaiting_choice");
}

/** The candidate settled on `at`: request it from the recruiter. */
export function settle(turn: Turn, at: Date): StepResult {
  const { ctx } = turn;
  const { interview } = ctx;
  if (capReached(turn)) return handOff(turn, "reschedule_cap", "reschedule.cap_reached");
  const check = checkSlot(at, ctx.now, ctx.settings, ctx.timeZone);
  if (!check.ok) return offer(turn, rejection(ctx, at, check.reason), [at]);
  const proposedAt = at.toISOString();
  const from = interview.scheduledAt.toISOString();
  // Already requested (the candidate changed their mind while waiting): a new card, no new transition.
  if (canTransition(interview.status, "reschedule_requested")) {
    effect(turn, { type: "transition", to: "reschedule_requested", details: { proposedAt, from } });
  }
  effect(turn, { type: "event", event: "candidate.reschedule_requested", payload: { proposedAt, from } });
  const proposed = when(ctx, at);
  effect(turn, {
    type: "ask_recruiter",
    card: {
      key: sendKey(turn, "reschedule_card"),
      title: render(ctx, "reschedule.card_title", { candidate: ctx.candidate.name, position: interview.position }),
      description: render(ctx, "reschedule.card_description", {
        time: when(ctx, interview.scheduledAt),
        proposed,
        count: interview.rescheduleCount,
      }),
      buttons: [
        { key: "approve_reschedule", text: render(ctx, "reschedule.card_approve"), style: 1 },
        { key: "decline_reschedule", text: render(ctx, "reschedule.card_decline"), style: 2 },
      ],
    },
  });
  sendText(turn, "reschedule_requested", render(ctx, "reschedule.requested", { proposed, time: when(ctx, interview.scheduledAt) }));
  turn.slots.proposedAt = proposedAt;
  delete turn.slots.offered;
  delete turn.slots.suggestedAt;
  return finish(turn, RESCHEDULE_FLOW, "awaiting_recruiter");
}
