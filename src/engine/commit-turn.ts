import type { ConversationState, FlowInput, StepResult } from "../domain/flow.js";
import type { StoreTx } from "../store/store.js";
import type { Candidate, Conversation, Interview, NewMessage } from "../store/types.js";
import { applyEffects, type WelcomeCode } from "./apply-effects.js";
import type { EngineDeps } from "./engine-deps.js";
import { TurnWrites } from "./turn-writes.js";

/** What one turn works on, read inside its transaction. */
export interface Loaded {
  conversation: Conversation;
  interview: Interview;
  candidate: Candidate;
}

/** The WeCom message a turn answers: logged with the turn for reply metrics. */
export interface InboundRef {
  msgid: string;
  /** When the candidate sent it. */
  at: Date;
  /** For the log when no flow input could be built (unbound conversation). */
  text?: string;
  menuId?: string;
  /** "text", "menu", or "event" for media (images, voice…). */
  kind?: "text" | "menu" | "event";
}

export interface Turn extends Loaded {
  /** The state the step starts from (the stored one, or a fresh one when binding). */
  state: ConversationState;
  input: FlowInput;
  inbound?: InboundRef | undefined;
  welcome?: WelcomeCode | undefined;
  /** Conversation fields saved with the turn (binding sets interviewId). */
  patch?: { interviewId: string } | undefined;
}

export type TurnOutcome =
  | { status: "handled"; conversation: Conversation; interview: Interview; enqueued: number }
  | { status: "ignored"; reason: string; conversation: Conversation }
  | { status: "unbound"; conversation: Conversation }
  /** The inbound message was handled by an earlier run of this turn: nothing was done again. */
  | { status: "duplicate"; conversation: Conversation };

/** The stored state of a conversation, or the flows' initial one when it has none. */
export function stateOf(conversation: Conversation, initial: () => ConversationState): ConversationState {
  if (conversation.flow === null || conversation.step === null) return initial();
  return { flow: conversation.flow, step: conversation.step, slots: conversation.slots };
}

/** The message-log row of an inbound text or menu tap (with what the NLU understood). */
export function inboundLogEntry(input: FlowInput, conversation: Conversation, inbound: InboundRef | undefined): NewMessage | undefined {
  const base = {
    direction: "in" as const,
    channel: "kf" as const,
    conversationId: conversation.id,
    interviewId: conversation.interviewId,
    peerId: conversation.externalUserId,
    wecomMsgId: inbound?.msgid ?? null,
    at: input.at,
  };
  if (input.kind === "text") {
    return { ...base, kind: "text", text: input.text, intent: input.understanding.intent, confidence: input.understanding.confidence };
  }
  if (input.kind === "menu") return { ...base, kind: "menu", text: input.text, menuId: input.menuId };
  return undefined;
}

/** The message-log row of an inbound message no step saw (unbound conversation, media). */
export function rawInboundEntry(conversation: Conversation, inbound: InboundRef): NewMessage {
  return {
    direction: "in",
    channel: "kf",
    kind: inbound.kind ?? (inbound.menuId !== undefined ? "menu" : "text"),
    conversationId: conversation.id,
    interviewId: conversation.interviewId,
    peerId: conversation.externalUserId,
    text: inbound.text ?? null,
    menuId: inbound.menuId ?? null,
    wecomMsgId: inbound.msgid,
    at: inbound.at,
  };
}

/** A turn's step result, worked out before anything of it is written. */
export interface Stepped {
  result: StepResult;
  now: Date;
}

/**
 * Runs the flow's step for `turn`: pure, no I/O. It may throw (a bug in a
 * flow); then nothing of the turn has been written, so a batch of turns can
 * reject this one alone ({@link runTurnBatch}).
 */
export function stepTurn(deps: EngineDeps, turn: Turn): Stepped {
  const now = deps.clock.now();
  const result = deps.step(turn.state, turn.input, { interview: turn.interview, candidate: turn.candidate, now, timeZone: deps.timeZone, settings: deps.settings });
  return { result, now };
}

/**
 * A stepped turn whose writes through `tx` are done except the rows gathered
 * in `writes` (conversation save, message log, events, outbox): those are
 * written by `writes.flush()`, or by the caller together with other turns'
 * ({@link TurnWrites.take}). `outcome()` is valid once they are written.
 */
export interface PreparedTurn {
  writes: TurnWrites | undefined;
  outcome(): TurnOutcome;
}

/**
 * Runs the step and writes its outcome through `tx`: the conversation (with an
 * optimistic version check), the inbound message, then every effect — the
 * rows in one statement at the end ({@link TurnWrites}). The step is pure, so
 * running it inside the transaction costs no I/O; if it throws, the
 * transaction rolls back and nothing of this turn is written.
 */
export async function commitTurn(deps: EngineDeps, tx: StoreTx, turn: Turn): Promise<TurnOutcome> {
  const prepared = await prepareTurn(deps, tx, turn, stepTurn(deps, turn));
  await prepared.writes?.flush();
  return prepared.outcome();
}

/**
 * Writes what a stepped turn writes through `tx` as it goes (interview
 * transitions, nudges, an ignored turn's inbound message) and gathers the rest
 * in its {@link TurnWrites}, unwritten.
 */
export async function prepareTurn(deps: EngineDeps, tx: StoreTx, turn: Turn, { result, now }: Stepped): Promise<PreparedTurn> {
  const { conversation, interview, candidate, input } = turn;
  const inbound = inboundLogEntry(input, { ...conversation, interviewId: turn.patch?.interviewId ?? conversation.interviewId }, turn.inbound);
  if (result.status === "ignored") {
    let saved = conversation;
    if (turn.patch) {
      saved = await tx.saveConversation({ id: conversation.id, expectedVersion: conversation.version, ...turn.patch, ...turn.state });
    }
    if (inbound) await tx.logMessage(inbound);
    return { writes: undefined, outcome: () => ({ status: "ignored", reason: result.reason, conversation: saved }) };
  }

  const { flow, step, slots } = result.state;
  const writes = new TurnWrites(tx, { id: conversation.id, expectedVersion: conversation.version, ...turn.patch, flow, step, slots });
  if (inbound) writes.message(inbound);
  // What the save will make of the conversation: effects key on its new version.
  const saving = { ...conversation, ...turn.patch, flow, step, slots, version: conversation.version + 1, updatedAt: now };
  const applied = await applyEffects(
    tx,
    writes,
    { conversation: saving, interview, candidate, input, effects: result.effects, now, welcome: turn.welcome },
    deps.hooks,
  );
  return {
    writes,
    outcome: () => {
      if (writes.duplicateKeys.length > 0) {
        deps.logger.warn({ conversation: conversation.id, keys: writes.duplicateKeys, flow }, "step re-used outbox keys; those effects were already carried out once");
      }
      return { status: "handled", conversation: writes.saved, interview: applied.interview, enqueued: writes.enqueued };
    },
  };
}
