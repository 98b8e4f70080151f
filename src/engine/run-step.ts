import type { FlowInput } from "../domain/flow.js";
import { StoreConflictError } from "../store/index.js";
import type { StoreTx } from "../store/store.js";
import type { WelcomeCode } from "./apply-effects.js";
import {
  commitTurn,
  inboundLogEntry,
  rawInboundEntry,
  stateOf,
  type InboundRef,
  type Loaded,
  type TurnOutcome,
} from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { ConversationNotFoundError, TurnConflictError } from "./errors.js";

/** A fixed input, or one built from what the turn loaded (e.g. NLU needs the interview time). */
export type InputSource = FlowInput | ((loaded: Loaded) => FlowInput);

export interface RunStepOptions {
  inbound?: InboundRef;
  welcome?: WelcomeCode;
  /**
   * More writes that belong to this turn (e.g. acknowledging a recruiter's card
   * click), in the same transaction. Returns whether it enqueued outbox rows.
   */
  also?: (tx: StoreTx, outcome: TurnOutcome) => Promise<boolean>;
}

/** How often a turn is re-run after losing an optimistic race before giving up. */
const MAX_ATTEMPTS = 4;

/**
 * Re-runs `attempt` when it lost an optimistic race (StoreConflictError: the
 * conversation version or the interview status changed under it). The losing
 * transaction wrote nothing, so re-running on fresh data is safe.
 */
export async function retryOnConflict<T>(deps: EngineDeps, what: string, attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof StoreConflictError)) throw err;
      if (n >= MAX_ATTEMPTS) throw new TurnConflictError(what, n, { cause: err });
      deps.logger.debug({ what, attempt: n, entity: err.entity }, "turn lost a race; re-running it on fresh data");
    }
  }
}

/**
 * One conversation turn: load and lock → step → commit (one transaction) →
 * wake the dispatcher. The load locks the conversation's row until the commit
 * ({@link StoreTx.loadTurn}), so turns of one conversation never interleave —
 * on every instance, with no lock service round trips — while different
 * conversations run side by side. An unbound conversation has no flow to run:
 * the inbound message is logged and `unbound` returned so the caller can
 * answer politely.
 */
export async function runStep(
  deps: EngineDeps,
  conversationId: string,
  source: InputSource,
  options: RunStepOptions = {},
): Promise<TurnOutcome> {
  let alsoEnqueued = false;
  const outcome = await retryOnConflict(deps, `conversation ${conversationId}`, () =>
    deps.store.transaction(async (tx) => {
      const turn = await turnInTx(deps, tx, conversationId, source, options);
      alsoEnqueued = options.also ? await options.also(tx, turn) : false;
      return turn;
    }),
  );
  if ((outcome.status === "handled" && outcome.enqueued > 0) || alsoEnqueued) deps.wakeDispatcher();
  return outcome;
}

async function turnInTx(
  deps: EngineDeps,
  tx: StoreTx,
  conversationId: string,
  source: InputSource,
  options: RunStepOptions,
): Promise<TurnOutcome> {
  const loaded = await tx.loadTurn(conversationId, options.inbound ? { inboundMsgId: options.inbound.msgid } : {});
  if (!loaded) throw new ConversationNotFoundError(conversationId);
  const { conversation, interview, candidate } = loaded;
  // Handled by an earlier run of this item (a crash before the inbox completed it): a no-op, not a second reply.
  if (loaded.inboundSeen) return { status: "duplicate" as const, conversation };
  if (conversation.interviewId === null) {
    const entry =
      typeof source === "function"
        ? options.inbound && rawInboundEntry(conversation, options.inbound)
        : inboundLogEntry(source, conversation, options.inbound);
    if (entry) await tx.logMessage(entry);
    return { status: "unbound" as const, conversation };
  }
  if (!interview) throw new ConversationNotFoundError(conversationId, `its interview ${conversation.interviewId} is gone`);
  if (!candidate) throw new ConversationNotFoundError(conversationId, `candidate ${interview.candidateId} is gone`);
  const turn: Loaded = { conversation, interview, candidate };
  const input = typeof source === "function" ? source(turn) : source;
  const state = stateOf(conversation, deps.initialState);
  return commitTurn(deps, tx, { ...turn, state, input, inbound: options.inbound, welcome: options.welcome });
}
