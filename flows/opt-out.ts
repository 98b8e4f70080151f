/**
 * 退订 / 别再发了: stop the nudges, say so once, and from then on stay silent
 * unless asked a direct question. nlu has no such intent (it is about the
 * channel, not the interview), so the flow reads it from the text.
 */
import type { StepResult } from "../src/domain/flow.js";
import { effect, ignored, render, sendText, stay, type Turn } from "./kit.js";

const OPT_OUT = /退订|取消订阅|别再发|不要再发|别发了|不要发了|别再给我发|不要再给我发|不要再联系|别再联系|别联系我|不要联系我|别再打扰|不要打扰|别打扰|勿扰|unsubscribe|^\s*td\s*$/i;

export function isOptOut(text: string): boolean {
  return OPT_OUT.test(text);
}

export function optOut(turn: Turn): StepResult {
  if (turn.before.slots.optedOut === true) return ignored("already_opted_out");
  turn.slots.optedOut = true;
  effect(turn, { type: "cancel_nudges", reason: "opted_out" });
  // Nothing more reaches the candidate; HR alerts (no-show check) are planned again (issue: nudges).
  effect(turn, { type: "replan_nudges" });
  effect(turn, { type: "event", event: "candidate.opted_out" });
  sendText(turn, "opt_out", render(turn.ctx, "opt_out.done"));
  return stay(turn);
}
