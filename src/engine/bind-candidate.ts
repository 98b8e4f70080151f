import type { StoreTx } from "../store/store.js";
import type { BindCodeConsumption, Conversation, Interview } from "../store/types.js";
import type { WelcomeCode } from "./apply-effects.js";
import { commitTurn, stateOf, type TurnOutcome } from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { formatWhen } from "./engine-texts.js";
import { InterviewNotFoundError } from "./errors.js";
import { writeReply } from "./reply.js";
import { retryOnConflict } from "./run-step.js";
import { toOutboxJson } from "./outbox-payload.js";

/** A candidate opened the 微信客服 chat (kf enter_session). */
export interface EnterSession {
  externalUserId: string;
  /** The link's scene_param: our one-time bind code. */
  sceneParam?: string | undefined;
  welcome?: WelcomeCode | undefined;
  /** The sync_msg item id of the event (makes replies to it idempotent). */
  msgid: string;
  at: Date;
}

export type BindOutcome =
  | { status: "bound"; turn: TurnOutcome }
  /** This candidate already used this code for this conversation: no second invitation. */
  | { status: "already_bound" }
  | { status: "failed"; reason: "unknown" | "used" | "expired" }
  /** No code in the link: nothing to bind (an unbound visitor got a polite pointer). */
  | { status: "no_code"; bound: boolean };

/**
 * Binds the conversation of `externalUserId` to the interview of the link's
 * code and runs the flows' `bound` input — in ONE transaction with consuming
 * the code, so a crash either leaves the code unused or the invitation
 * enqueued. Unknown, reused or expired codes get a polite reply, a `bind.failed`
 * event and (when the interview is known) a note to its recruiter; they never
 * bind anything.
 */
export async function bindOnEnter(deps: EngineDeps, enter: EnterSession): Promise<BindOutcome> {
  const opened = await deps.store.openConversation(deps.openKfId, enter.externalUserId);
  const code = enter.sceneParam?.trim();
  const outcome = await retryOnConflict(deps, `bind ${opened.id}`, () =>
    deps.store.transaction(async (tx): Promise<BindOutcome> => {
      // Locks the conversation until commit, like a turn (see runStep).
      const conversation = (await tx.loadTurn(opened.id))?.conversation ?? opened;
      if (!code) {
        if (conversation.interviewId !== null) return { status: "no_code", bound: true };
        const text = deps.texts.get("engine.unbound_reply");
        await writeReply(deps, tx, { conversation, key: `enter:${enter.msgid}`, text, welcome: enter.welcome });
        return { status: "no_code", bound: false };
      }
      const consumed = await tx.consumeBindCode(code, enter.externalUserId);
      if (consumed.ok) {
        const turn = await bindInTx(deps, tx, conversation, consumed.interview, enter.welcome, enter.at);
        return { status: "bound", turn };
      }
      if (
        consumed.reason === "used" &&
        consumed.bindCode.usedBy === enter.externalUserId &&
        conversation.interviewId === consumed.bindCode.interviewId
      ) {
        return { status: "already_bound" };
      }
      await writeBindFailure(deps, tx, conversation, consumed, enter, code);
      return { status: "failed", reason: consumed.reason };
    }),
  );
  // Every path but these two enqueued a message.
  if (outcome.status !== "already_bound" && !(outcome.status === "no_code" && outcome.bound)) deps.wakeDispatcher();
  return outcome;
}

/**
 * Binds a candidate who is already chatting with the kf account (so needs no
 * link) to an interview, and sends the invitation through the open window.
 */
export async function bindDirect(deps: EngineDeps, interviewId: string, externalUserId: string): Promise<BindOutcome> {
  const interview = await deps.store.getInterview(interviewId);
  if (!interview) throw new InterviewNotFoundError(interviewId);
  const opened = await deps.store.openConversation(deps.openKfId, externalUserId);
  const outcome = await retryOnConflict(deps, `bind ${opened.id}`, () =>
    deps.store.transaction(async (tx): Promise<BindOutcome> => {
      // Locks the conversation until commit, like a turn (see runStep).
      const conversation = (await tx.loadTurn(opened.id))?.conversation ?? opened;
      if (conversation.interviewId === interviewId) return { status: "already_bound" };
      const current = (await tx.getInterview(interviewId)) ?? interview;
      return { status: "bound", turn: await bindInTx(deps, tx, conversation, current, undefined, deps.clock.now()) };
    }),
  );
  if (outcome.status === "bound") deps.wakeDispatcher();
  return outcome;
}

/**
 * Links candidate and conversation to the interview and runs `bound`: from the
 * initial state for a new interview, from where it stands when the same
 * interview is bound again (a fresh link): the flows then re-send nothing.
 */
async function bindInTx(
  deps: EngineDeps,
  tx: StoreTx,
  conversation: Conversation,
  interview: Interview,
  welcome: WelcomeCode | undefined,
  at: Date,
): Promise<TurnOutcome> {
  const candidate = await tx.updateCandidate(interview.candidateId, { externalUserId: conversation.externalUserId });
  const rebind = conversation.interviewId === interview.id;
  await tx.recordEvent({
    type: "candidate.bound",
    interviewId: interview.id,
    payload: { conversationId: conversation.id, externalUserId: conversation.externalUserId, rebind },
    at,
  });
  return commitTurn(deps, tx, {
    conversation,
    interview,
    candidate,
    state: rebind ? stateOf(conversation, deps.initialState) : deps.initialState(),
    input: { kind: "bound", at },
    welcome,
    patch: { interviewId: interview.id },
  });
}

async function writeBindFailure(
  deps: EngineDeps,
  tx: StoreTx,
  conversation: Conversation,
  consumed: Exclude<BindCodeConsumption, { ok: true }>,
  enter: EnterSession,
  code: string,
): Promise<void> {
  const interviewId = "bindCode" in consumed ? consumed.bindCode.interviewId : null;
  await writeReply(deps, tx, {
    conversation,
    key: `enter:${enter.msgid}`,
    text: deps.texts.get("engine.bind_failed_reply"),
    welcome: enter.welcome,
  });
  await tx.recordEvent({
    type: "bind.failed",
    interviewId,
    payload: {
      reason: consumed.reason,
      externalUserId: enter.externalUserId,
      conversationId: conversation.id,
      code: code.slice(0, 128),
    },
    at: enter.at,
  });
  if (interviewId === null || consumed.reason === "unknown") return;
  const interview = await tx.getInterview(interviewId);
  const candidate = interview && (await tx.getCandidate(interview.candidateId));
  if (!interview || !candidate) return;
  const content = deps.texts.get("engine.bind_failed_alert", {
    candidate: candidate.name,
    position: interview.position,
    scheduledAt: formatWhen(interview.scheduledAt, deps.timeZone),
    reason: deps.texts.get(`engine.bind_failed_reason.${consumed.reason}` as const),
  });
  const { enqueued } = await tx.enqueueOutbox({
    idempotencyKey: `app:bindfail:${enter.msgid}`,
    channel: "app",
    payload: toOutboxJson({ kind: "app_text", touser: interview.recruiterUserId, content }),
    interviewId,
  });
  if (enqueued)
    await tx.logMessage({
      direction: "out",
      channel: "app",
      kind: "text",
      interviewId,
      peerId: interview.recruiterUserId,
      text: content,
      at: deps.clock.now(),
    });
}
