/**
 * Handing the conversation to a human (the owning recruiter) and getting it back.
 * While a human has the kf session the bot stays out of the way; when WeCom
 * returns the session to the bot, the flow resumes where it was.
 */
import type { ConversationState, FlowContext, FlowInput, StepResult } from "../src/domain/flow.js";
import type { JsonObject } from "../src/domain/records.js";
import { effect, finish, ignored, render, sendText, str, type Turn } from "./kit.js";
import type { MessageKey } from "./message-keys.js";

export const HANDOFF_FLOW = "handoff";

export interface ResumePoint {
  flow: string;
  step: string;
}

/** Tell the candidate, move the session to the recruiter, and remember where to resume. */
export function handOff(turn: Turn, reason: string, textKey: MessageKey, resume?: ResumePoint, servicerUserId = turn.ctx.interview.recruiterUserId): StepResult {
  const { ctx } = turn;
  sendText(turn, "handoff", render(ctx, textKey));
  effect(turn, { type: "handoff", servicerUserId });
  effect(turn, { type: "event", event: "conversation.handed_off", payload: { reason, servicerUserId } });
  // A human has the conversation: candidate-facing nudges stop (re-planned when it comes back).
  effect(turn, { type: "replan_nudges" });
  const point = resume ?? { flow: turn.before.flow, step: turn.before.step };
  turn.slots.resume = { flow: point.flow, step: point.step };
  delete turn.slots.menu;
  return finish(turn, HANDOFF_FLOW, "requested");
}

/**
 * Session states (kf service_state): 0 new, 1 bot, 2 queued for a human,
 * 3 human serving, 4 ended. 2/3 → the bot steps back; 0/1/4 → it resumes (after 4
 * the candidate's next message opens a fresh session the bot serves, and WeCom
 * does not always tell us so).
 */
export function onSession(state: ConversationState, input: Extract<FlowInput, { kind: "session" }>, _ctx: FlowContext): StepResult {
  if (input.state === 2 || input.state === 3) {
    if (state.flow === HANDOFF_FLOW) {
      return state.step === "human" ? ignored("already_with_human") : { status: "handled", state: { ...state, step: "human" }, effects: [] };
    }
    return {
      status: "handled",
      state: { flow: HANDOFF_FLOW, step: "human", slots: { ...state.slots, resume: { flow: state.flow, step: state.step } } },
      effects: [{ type: "replan_nudges" }],
    };
  }
  if (state.flow !== HANDOFF_FLOW) return ignored("not_handed_off");
  const resume = state.slots.resume;
  const point = resume !== null && typeof resume === "object" && !Array.isArray(resume) ? (resume as JsonObject) : {};
  const slots: JsonObject = { ...state.slots, unclear: 0 };
  delete slots.resume;
  return {
    status: "handled",
    state: { flow: str(point, "flow") ?? "invitation", step: str(point, "step") ?? "awaiting_reply", slots },
    effects: [{ type: "replan_nudges" }],
  };
}
