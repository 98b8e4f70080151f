/**
 * Unclear replies: ask ONE clarifying question (the time we think we heard, or
 * the menu again); a second unclear reply in a row goes to a human — never a loop.
 */
import { proposedToDate } from "../src/domain/proposed-time.js";
import type { StepResult } from "../src/domain/flow.js";
import type { Understanding } from "../src/nlu/index.js";
import { handOff } from "./handoff.js";
import { effect, num, render, sendMenu, stay, when, type Turn } from "./kit.js";
import { mainMenu } from "./invitation.js";
import { proposalContext } from "./reschedule.js";

export function clarify(turn: Turn, understanding: Understanding | null): StepResult {
  const { ctx } = turn;
  const payload = understanding ? { intent: understanding.intent, confidence: understanding.confidence } : { intent: "menu" };
  if (num(turn.before.slots, "unclear") >= 1) {
    turn.slots.unclear = 0;
    return handOff(turn, "unclear", "clarify.handoff");
  }
  turn.slots.unclear = 1;
  effect(turn, { type: "event", event: "candidate.unclear", payload });
  const heard = understanding?.intent === "reschedule" ? proposedToDate(understanding.proposed, proposalContext(ctx)) : null;
  if (heard) {
    const proposed = when(ctx, heard);
    turn.slots.proposedAt = heard.toISOString();
    sendMenu(
      turn,
      "clarify",
      render(ctx, "clarify.time_head", { proposed }),
      [
        { id: "accept_proposed", text: render(ctx, "reschedule.accept_item", { proposed }) },
        { id: "keep_original", text: render(ctx, "reschedule.keep_original_item") },
      ],
      render(ctx, "clarify.time_tail"),
    );
  } else {
    sendMenu(turn, "clarify", render(ctx, "clarify.menu_head", { time: when(ctx, ctx.interview.scheduledAt) }), mainMenu(ctx), render(ctx, "clarify.menu_tail"));
  }
  return stay(turn);
}
