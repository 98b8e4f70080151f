import type { Effect, FlowInput } from "../domain/flow.js";
import type { StoreTx } from "../store/store.js";
import type { Candidate, Conversation, Interview, InterviewStatus } from "../store/types.js";
import { kfMsgIdFor } from "../wecom/api/index.js";
import { cardTaskId } from "./card-task-id.js";
import type { EngineHooks } from "./engine-deps.js";
import { mergeForWelcome } from "./merge-for-welcome.js";
import { summarize, toKfMessage, toOutboxJson, type OutboxPayload } from "./outbox-payload.js";
import type { TurnWrites } from "./turn-writes.js";

/** A fresh welcome_code from enter_session: the first message of the turn may use it. */
export interface WelcomeCode {
  code: string;
  expiresAt: Date;
}

export interface EffectsTurn {
  /** The conversation as saved by this turn (its new version). */
  conversation: Conversation & { externalUserId: string };
  interview: Interview;
  candidate: Candidate;
  input: FlowInput;
  effects: readonly Effect[];
  now: Date;
  welcome?: WelcomeCode | undefined;
}

export interface EffectsOutcome {
  interview: Interview;
}

/** Who caused a transition, as the interview history records it. */
export function actorOf(input: FlowInput): string {
  switch (input.kind) {
    case "recruiter":
      return `recruiter:${input.userId}`;
    case "timer":
    case "session":
      return "system";
    default:
      return "candidate";
  }
}

/** The outbox key of a candidate message: the flow's key, scoped to the interview. */
export function candidateMessageKey(interviewId: string, key: string): string {
  return `kf:${interviewId}:${key}`;
}

/**
 * Works out a handled step's effects, in order. Outbox rows, their log
 * entries and events go to `writes` (written together when the turn
 * flushes); transitions and nudges are written through `tx` as they come.
 * Transitions carry `expectedFrom` (the status this step saw, then each
 * previous target), so a concurrent decision makes the whole turn fail with
 * StoreConflictError and be re-run on fresh data instead of overwriting it.
 */
export async function applyEffects(tx: StoreTx, writes: TurnWrites, turn: EffectsTurn, hooks: EngineHooks): Promise<EffectsOutcome> {
  const { conversation, candidate, now } = turn;
  let interview = turn.interview;
  let status: InterviewStatus = interview.status;
  let welcome = turn.welcome;
  const refs = { conversationId: conversation.id, interviewId: interview.id };

  const enqueue = (key: string, channel: "kf" | "app", payload: OutboxPayload): boolean =>
    writes.enqueue({ idempotencyKey: key, channel, payload: toOutboxJson(payload), ...refs });

  const sends = turn.effects.flatMap((e) => (e.type === "send" ? [e.message] : []));
  let merged: ReturnType<typeof mergeForWelcome> | null = welcome ? mergeForWelcome(sends) : undefined;

  for (const effect of turn.effects) {
    switch (effect.type) {
      case "send": {
        if (merged === null) break; // folded into the welcome message already
        const key = candidateMessageKey(interview.id, effect.message.key);
        const summary = merged?.summary ?? summarize(effect.message);
        const message = merged?.message ?? toKfMessage(effect.message);
        const kind = message.msgtype === "msgmenu" ? "menu" : "text";
        if (merged) merged = null;
        const payload: OutboxPayload = { kind: "kf_message", touser: conversation.externalUserId, message, summary };
        if (welcome) {
          // Only one message may ride on a welcome_code; later ones use send_msg.
          payload.welcomeCode = welcome.code;
          payload.welcomeCodeExpiresAt = welcome.expiresAt.toISOString();
          welcome = undefined;
        }
        if (enqueue(key, "kf", payload)) {
          writes.message({
            ifEnqueued: key,
            direction: "out",
            channel: "kf",
            kind,
            ...refs,
            peerId: conversation.externalUserId,
            text: summary,
            wecomMsgId: kfMsgIdFor(key),
            at: now,
          });
        }
        break;
      }
      case "transition": {
        const moved = await tx.transitionInterview({
          interviewId: interview.id,
          to: effect.to,
          actor: actorOf(turn.input),
          expectedFrom: status,
          ...(effect.reason !== undefined ? { reason: effect.reason } : {}),
          ...(effect.details !== undefined ? { details: effect.details } : {}),
          ...(effect.changes !== undefined ? { changes: effect.changes } : {}),
        });
        interview = moved.interview;
        status = interview.status;
        break;
      }
      case "event":
        writes.event({ type: effect.event, interviewId: interview.id, payload: { ...effect.payload, conversationId: conversation.id }, at: now });
        break;
      case "ask_recruiter": {
        const { card } = effect;
        const summary = `${card.title}\n${card.description}`;
        const payload: OutboxPayload = {
          kind: "app_card",
          touser: interview.recruiterUserId,
          summary,
          card: {
            card_type: "button_interaction",
            main_title: { title: card.title, desc: `${candidate.name} · ${interview.position}` },
            sub_title_text: card.description,
            task_id: cardTaskId(conversation.id, card.key),
            button_list: card.buttons.map((b) => ({ key: b.key, text: b.text, ...(b.style ? { style: b.style } : {}) })),
          },
        };
        const key = `app:card:${interview.id}:${card.key}`;
        if (enqueue(key, "app", payload)) {
          writes.message({ ifEnqueued: key, direction: "out", channel: "app", kind: "card", ...refs, peerId: interview.recruiterUserId, text: summary, at: now });
        }
        break;
      }
      case "replan_nudges":
        if (hooks.replanNudges) {
          // The hook may read what this turn wrote so far.
          await writes.flush();
          await hooks.replanNudges(tx, interview);
        } else writes.event({ type: "nudges.replan_requested", interviewId: interview.id, payload: { scheduledAt: interview.scheduledAt.toISOString(), status: interview.status }, at: now });
        break;
      case "cancel_nudges":
        await tx.skipNudges(interview.id, effect.reason);
        break;
      case "missed":
        if (hooks.missed) {
          const noted = await hooks.missed(tx, {
            interviewId: interview.id,
            conversationId: conversation.id,
            text: effect.text,
            reason: effect.reason,
            key: candidateMessageKey(interview.id, effect.key),
            details: effect.details ?? {},
            at: now,
          });
          if (noted) writes.enqueuedElsewhere();
        } else {
          await tx.recordEvent({ type: "kf.window_exhausted", interviewId: interview.id, payload: { ...effect.details, text: effect.text, conversationId: conversation.id }, at: now });
        }
        break;
      case "handoff":
        // No key on the effect: the conversation version makes it once per turn.
        enqueue(`kf:handoff:${conversation.id}:v${conversation.version}`, "kf", {
          kind: "kf_handoff",
          touser: conversation.externalUserId,
          servicerUserId: effect.servicerUserId,
        });
        break;
    }
  }
  return { interview };
}
