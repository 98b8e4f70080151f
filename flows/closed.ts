/**
 * Replies about an interview that is over (cancelled, no-show, completed): a
 * sensible answer, no state change. The key uses the input's time because the
 * state — and so the turn counter — does not move.
 */
import type { ConversationState, FlowContext, FlowInput, StepResult } from "../src/domain/flow.js";
import { contact } from "./details.js";
import { render } from "./kit.js";

export function closedReply(state: ConversationState, input: FlowInput, ctx: FlowContext): StepResult {
  const status = ctx.interview.status;
  const key = status === "cancelled" ? "closed.cancelled" : status === "no_show" ? "closed.no_show" : "closed.completed";
  return {
    status: "handled",
    state,
    effects: [{ type: "send", message: { type: "text", key: `${ctx.interview.id}:closed:${input.at.getTime()}`, text: render(ctx, key, { contact: contact(ctx) }) } }],
  };
}
