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
import { beginTurn, effect, finish, ignored, stay } from "./kit.js";
import { isFeedbackId } from "./nudge-messages.js";
import { onFeedback } from "./nudge-replies.js";
import { onTimer } from "./nudge-timer.js";
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
      return onTimer(state, input, ctx);
    case "bound": {
      if (isTerminal(ctx.interview.status)) return closedReply(state, input, ctx);
      const turn = beginTurn(state, ctx);
      sendInvitation(turn);
      if (state.step !== "new") return stay(turn); // a re-bind mid-conversation re-sends nothing (same keys) and keeps the place
      // The invitation starts the no-reply clock and the reminders (issue: nudges).
      turn.slots.invitedAt = input.at.toISOString();
      effect(turn, { type: "replan_nudges" });
      return finish(turn, INVITATION_FLOW, AWAITING_REPLY);
    }
    case "text":
    case "menu":
      if (state.flow === HANDOFF_FLOW) return ignored("human_has_session");
      // The after-interview feedback question is answered after the interview closed.
      if (input.kind === "menu" && isFeedbackId(input.menuId)) return onFeedback(state, input, ctx);
      if (isTerminal(ctx.interview.status)) return closedReply(state, input, ctx);
      return onCandidateReply(state, input, ctx);
  }
};

