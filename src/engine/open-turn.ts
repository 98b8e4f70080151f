import type { FlowInput } from "../domain/flow.js";
import type { NewMessage, TurnLoad } from "../store/types.js";
import { inboundLogEntry, rawInboundEntry, stateOf, type InboundRef, type Loaded, type Turn, type TurnOutcome } from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { ConversationNotFoundError } from "./errors.js";

/** A fixed input, or one built from what the turn loaded (e.g. NLU needs the interview time). */
export type InputSource = FlowInput | ((loaded: Loaded) => FlowInput);

/**
 * What a loaded turn comes to before its step runs: finished already (a
 * redelivered message, an unbound conversation — with the inbound message to
 * log), or a turn for the step.
 */
export type OpenedTurn = { kind: "done"; outcome: TurnOutcome; log?: NewMessage | undefined } | { kind: "turn"; turn: Turn };

/**
 * Decides what to do with a loaded conversation — no I/O, so a batch of turns
 * can reject one that throws here (unknown conversation, an input builder that
 * fails) without touching the others.
 */
export function openTurn(
  deps: Pick<EngineDeps, "initialState">,
  conversationId: string,
  loaded: TurnLoad | undefined,
  source: InputSource,
  inbound: InboundRef | undefined,
): OpenedTurn {
  if (!loaded) throw new ConversationNotFoundError(conversationId);
  const { conversation, interview, candidate } = loaded;
  // Handled by an earlier run of this item (a crash before the inbox completed it): a no-op, not a second reply.
  if (loaded.inboundSeen) return { kind: "done", outcome: { status: "duplicate", conversation } };
  if (conversation.interviewId === null) {
    const log = typeof source === "function" ? inbound && rawInboundEntry(conversation, inbound) : inboundLogEntry(source, conversation, inbound);
    return { kind: "done", outcome: { status: "unbound", conversation }, log };
  }
  if (!interview) throw new ConversationNotFoundError(conversationId, `its interview ${conversation.interviewId} is gone`);
  if (!candidate) throw new ConversationNotFoundError(conversationId, `candidate ${interview.candidateId} is gone`);
  const base: Loaded = { conversation, interview, candidate };
  const input = typeof source === "function" ? source(base) : source;
  return { kind: "turn", turn: { ...base, state: stateOf(conversation, deps.initialState), input, inbound } };
}
