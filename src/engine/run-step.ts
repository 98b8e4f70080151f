import { StoreConflictError } from "../store/index.js";
import type { StoreTx } from "../store/store.js";
import type { WelcomeCode } from "./apply-effects.js";
import { commitTurn, type InboundRef, type TurnOutcome } from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { TurnConflictError } from "./errors.js";
import { openTurn, type InputSource } from "./open-turn.js";

export type { InputSource } from "./open-turn.js";

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
 *
 * A plain turn (no `also`, no welcome code: the candidate's messages and
 * session changes) goes through the engine's batcher when it has one
 * ({@link EngineDeps.turnBatcher}): turns of different conversations that
 * arrive together share one transaction ({@link runTurnBatch}).
 */
export function runStep(deps: EngineDeps, conversationId: string, source: InputSource, options: RunStepOptions = {}): Promise<TurnOutcome> {
  if (deps.turnBatcher && !options.also && !options.welcome) {
    return deps.turnBatcher.submit({ conversationId, source, inbound: options.inbound });
  }
  return runStepAlone(deps, conversationId, source, options);
}

/** {@link runStep} in a transaction of its own, re-run when it loses an optimistic race. */
export async function runStepAlone(
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
  const opened = openTurn(deps, conversationId, loaded, source, options.inbound);
  if (opened.kind === "done") {
    if (opened.log) await tx.logMessage(opened.log);
    return opened.outcome;
  }
  return commitTurn(deps, tx, { ...opened.turn, welcome: options.welcome });
}
