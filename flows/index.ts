/**
 * The candidate conversation (微信客服): invitation → confirm / reschedule /
 * cancel / questions / late & arrival, with clarification, opt-out and handoff.
 * Pure: the engine supplies state, input and context and carries out the effects.
 */
import { isTerminal } from "../src/domain/interview-status.js";
import type { ConversationState, Step } from "../src/domain/flow.js";
import { onCandidateReply } from "./candidate-reply.js";
import { closedReply } from "./closed.js";
import { HANDOFF_FLOW, onSession } from "./handoff.js";
import { AWAITING_REPLY, INVITATION_FLOW, sendInvitation } from "./invitation.js";
import { beginTurn, finish, ignored, stay } from "./kit.js";
import { onRecruiter } from "./recruiter-decision.js";

/** Where a new conversation starts: nothing sent yet. */
export function initialState(): ConversationState {
  return { flow: INVITATION_FLOW, step: "new", slots: {} };
}

export const candidateStep: Step = (state, input, ctx) => {
  switch (input.kind) {
    case "session":
      return onSession(state, input, ctx);
    case "recruiter":
      return onRecruiter(state, input, ctx);
    case "timer":
      // Reminders and follow-ups are their own flows (issue: nudges).
      return ignored("timer_not_handled_by_candidate_flow");
    case "bound": {
      if (isTerminal(ctx.interview.status)) return closedReply(state, input, ctx);
      const turn = beginTurn(state, ctx);
      sendInvitation(turn);
      // A re-bind mid-conversation re-sends nothing (same keys) and keeps the place.
      return state.step === "new" ? finish(turn, INVITATION_FLOW, AWAITING_REPLY) : stay(turn);
    }
    case "text":
    case "menu":
      if (state.flow === HANDOFF_FLOW) return ignored("human_has_session");
      if (isTerminal(ctx.interview.status)) return closedReply(state, input, ctx);
      return onCandidateReply(state, input, ctx);
  }
};

