import type { Effect, FlowInput, RecruiterAction } from "../domain/flow.js";
import type { StoreTx } from "../store/store.js";
import type { Conversation, Interview } from "../store/types.js";
import { actorOf } from "./apply-effects.js";
import type { EngineDeps } from "./engine-deps.js";
import { retryOnConflict, runStep } from "./run-step.js";

/** A recruiter acting on one interview (slash command or card button). */
export interface RecruiterActionRequest {
  interviewId: string;
  userId: string;
  action: RecruiterAction;
  at: Date;
}

/** What the action came to; `bound` says whether the candidate's conversation took part. */
export type RecruiterActionOutcome =
  | { status: "handled"; interview: Interview; bound: boolean }
  | { status: "ignored"; reason: string; interview: Interview; bound: boolean }
  | { status: "not_found" };

/**
 * More writes in the action's transaction (the recruiter's reply). Throwing
 * rolls the whole action back — the recruiter bot does so when the reply's key
 * shows the command was already carried out (a redelivered inbox item).
 */
export type RecruiterActionAlso = (tx: StoreTx, outcome: Exclude<RecruiterActionOutcome, { status: "not_found" }>) => Promise<boolean>;

/** The conversation a recruiter action runs on: the most recently active one bound to the interview. */
async function conversationOf(tx: Pick<StoreTx, "findConversationsByInterview">, interviewId: string): Promise<Conversation | undefined> {
  const bound = await tx.findConversationsByInterview(interviewId);
  return bound.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
}

/** The unbound path found a conversation after all (bound in between): run the bound path. */
class BoundMeanwhile extends Error {
  override readonly name = "BoundMeanwhile";
}

/**
 * Runs a recruiter action through the same flow step as the candidate's
 * conversation. With a bound conversation it is an ordinary turn ({@link runStep}):
 * state, candidate messages, transitions, events and nudges commit together.
 * Without one (the candidate has not opened the link yet) the step runs on a
 * fresh state and only its interview effects are applied — transitions,
 * events, nudge changes — since there is nobody to message yet.
 */
export async function applyRecruiterAction(deps: EngineDeps, request: RecruiterActionRequest, also?: RecruiterActionAlso): Promise<RecruiterActionOutcome> {
  const input: FlowInput = { kind: "recruiter", at: request.at, userId: request.userId, action: request.action };
  for (let round = 0; round < 2; round++) {
    const conversation = await conversationOf(deps.store, request.interviewId);
    if (conversation) {
      let mapped: RecruiterActionOutcome = { status: "not_found" };
      await runStep(deps, conversation.id, input, {
        also: async (tx, turn) => {
          const interview = turn.status === "handled" ? turn.interview : await tx.getInterview(request.interviewId);
          if (!interview) return false;
          mapped = turn.status === "handled" ? { status: "handled", interview, bound: true } : { status: "ignored", reason: turn.status === "ignored" ? turn.reason : "unbound", interview, bound: true };
          return also ? also(tx, mapped) : false;
        },
      });
      return mapped;
    }
    try {
      return await unbound(deps, request, input, also);
    } catch (err) {
      if (!(err instanceof BoundMeanwhile)) throw err;
    }
  }
  throw new Error(`interview ${request.interviewId}: binding kept changing under a recruiter action`);
}

async function unbound(deps: EngineDeps, request: RecruiterActionRequest, input: FlowInput, also?: RecruiterActionAlso): Promise<RecruiterActionOutcome> {
  let enqueued = false;
  const outcome = await retryOnConflict(deps, `interview ${request.interviewId}`, () =>
    deps.store.transaction(async (tx): Promise<RecruiterActionOutcome> => {
      enqueued = false;
      if (await conversationOf(tx, request.interviewId)) throw new BoundMeanwhile();
      const interview = await tx.getInterview(request.interviewId);
      const candidate = interview && (await tx.getCandidate(interview.candidateId));
      if (!interview || !candidate) return { status: "not_found" };
      const now = deps.clock.now();
      const result = deps.step(deps.initialState(), input, { interview, candidate, now, timeZone: deps.timeZone, settings: deps.settings });
      let mapped: Exclude<RecruiterActionOutcome, { status: "not_found" }>;
      if (result.status === "ignored") mapped = { status: "ignored", reason: result.reason, interview, bound: false };
      else mapped = { status: "handled", interview: await applyInterviewEffects(deps, tx, interview, input, result.effects, now), bound: false };
      if (also) enqueued = await also(tx, mapped);
      return mapped;
    }),
  );
  if (enqueued) deps.wakeDispatcher();
  return outcome;
}

/** The effects that need no conversation; candidate messages and kf hand-offs have nobody to go to. */
async function applyInterviewEffects(deps: EngineDeps, tx: StoreTx, start: Interview, input: FlowInput, effects: readonly Effect[], now: Date): Promise<Interview> {
  let interview = start;
  for (const e of effects) {
    switch (e.type) {
      case "transition":
        interview = (
          await tx.transitionInterview({
            interviewId: interview.id,
            to: e.to,
            actor: actorOf(input),
            expectedFrom: interview.status,
            ...(e.reason !== undefined ? { reason: e.reason } : {}),
            ...(e.details !== undefined ? { details: e.details } : {}),
            ...(e.changes !== undefined ? { changes: e.changes } : {}),
          })
        ).interview;
        break;
      case "event":
        await tx.recordEvent({ type: e.event, interviewId: interview.id, payload: { ...e.payload, unbound: true }, at: now });
        break;
      case "replan_nudges":
        if (deps.hooks.replanNudges) await deps.hooks.replanNudges(tx, interview);
        else await tx.recordEvent({ type: "nudges.replan_requested", interviewId: interview.id, payload: { scheduledAt: interview.scheduledAt.toISOString(), status: interview.status }, at: now });
        break;
      case "cancel_nudges":
        await tx.skipNudges(interview.id, e.reason);
        break;
      default:
        break;
    }
  }
  return interview;
}
