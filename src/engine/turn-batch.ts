import { StoreConflictError } from "../store/index.js";
import type { StoreTx } from "../store/store.js";
import type { TurnWrite } from "../store/types.js";
import { prepareTurn, stepTurn, type InboundRef, type PreparedTurn, type Stepped, type TurnOutcome } from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { GroupCommit } from "./group-commit.js";
import { openTurn, type InputSource, type OpenedTurn } from "./open-turn.js";
import { runStepAlone } from "./run-step.js";

/** A plain turn (no extra writes, no welcome code) that may share a transaction with others. */
export interface BatchedTurn {
  conversationId: string;
  source: InputSource;
  inbound?: InboundRef | undefined;
}

/** Where {@link runStep} sends plain turns: they come back one outcome each. */
export interface TurnBatcher {
  submit(turn: BatchedTurn): Promise<TurnOutcome>;
}

/**
 * Turns per transaction. On a server, as many as the inbox worker claims at a
 * time (64). On PGlite the database runs on the bot's own thread, so a batch
 * holds the event loop for its whole length (≈ 1.5 ms a turn): with 64, a
 * burst of 200 candidates left WeCom callbacks unacknowledged for 5 s (the
 * simulator re-sent ~60 of them); with 16, none, at the same CPU per turn.
 */
export function maxTurnsPerBatch(engine: string): number {
  return engine === "pglite" ? 16 : 64;
}

/**
 * Group commit of turns across conversations: turns submitted while the
 * previous batch runs (or within one event-loop turn when idle) run together
 * in one transaction ({@link runTurnBatch}); one conversation appears at most
 * once per batch, so its turns keep their order.
 */
export function createTurnBatcher(deps: EngineDeps): TurnBatcher {
  const batches = new GroupCommit<BatchedTurn, PromiseSettledResult<TurnOutcome>>((turns) => runTurnBatch(deps, turns), maxTurnsPerBatch(deps.store.engine), (t) => t.conversationId);
  return {
    submit: async (turn) => {
      const settled = await batches.submit(turn);
      if (settled.status === "rejected") throw settled.reason;
      return settled.value;
    },
  };
}

/**
 * Runs turns of distinct conversations in one transaction: one BEGIN/COMMIT,
 * one read that locks every conversation (in id order, see
 * {@link StoreTx.loadTurns}), the pure steps in memory, each turn's
 * transitions and nudges as they come, then every turn's rows in one write
 * ({@link StoreTx.writeTurns}). Each turn gets its own outcome:
 * - a turn that fails before writing anything (unknown conversation, its
 *   input or step throws) is rejected alone, the others commit;
 * - if the transaction fails for any other reason (a lost race, a database
 *   error, a hook that throws), nothing of it was committed and every turn runs
 *   again on its own ({@link runStepAlone}, which retries lost races), so one
 *   bad turn costs the others time, never their outcome.
 * A crash mid-batch commits nothing; the inbox re-claims the items after their lease.
 */
export async function runTurnBatch(deps: EngineDeps, turns: readonly BatchedTurn[]): Promise<Array<PromiseSettledResult<TurnOutcome>>> {
  const alone = (t: BatchedTurn): Promise<PromiseSettledResult<TurnOutcome>> => settle(runStepAlone(deps, t.conversationId, t.source, { ...(t.inbound ? { inbound: t.inbound } : {}) }));
  if (turns.length === 1) return [await alone(turns[0]!)];
  let results: Array<PromiseSettledResult<TurnOutcome>>;
  try {
    results = await deps.store.transaction((tx) => batchInTx(deps, tx, turns));
  } catch (err) {
    const level = err instanceof StoreConflictError ? "debug" : "warn";
    deps.logger[level]({ err, turns: turns.length }, "a batch of turns failed as a whole; running each turn on its own");
    return Promise.all(turns.map(alone));
  }
  if (results.some((r) => r.status === "fulfilled" && r.value.status === "handled" && r.value.enqueued > 0)) deps.wakeDispatcher();
  return results;
}

async function batchInTx(deps: EngineDeps, tx: StoreTx, turns: readonly BatchedTurn[]): Promise<Array<PromiseSettledResult<TurnOutcome>>> {
  const loads = await tx.loadTurns(turns.map((t) => ({ conversationId: t.conversationId, inboundMsgId: t.inbound?.msgid })));
  const results: Array<PromiseSettledResult<TurnOutcome> | undefined> = turns.map(() => undefined);
  const prepared: Array<{ at: number; turn: PreparedTurn }> = [];
  for (const [at, t] of turns.entries()) {
    let opened: OpenedTurn;
    let stepped: Stepped | undefined;
    try {
      // No I/O here: a throw leaves nothing of this turn written.
      opened = openTurn(deps, t.conversationId, loads[at], t.source, t.inbound);
      if (opened.kind === "turn") stepped = stepTurn(deps, opened.turn);
    } catch (err) {
      results[at] = { status: "rejected", reason: err };
      continue;
    }
    if (opened.kind === "done") {
      if (opened.log) await tx.logMessage(opened.log);
      results[at] = { status: "fulfilled", value: opened.outcome };
    } else {
      prepared.push({ at, turn: await prepareTurn(deps, tx, opened.turn, stepped!) });
    }
  }
  await writeTogether(tx, prepared.map((p) => p.turn));
  for (const { at, turn } of prepared) results[at] = { status: "fulfilled", value: turn.outcome() };
  return results.map((r) => r!);
}

/** Every prepared turn's gathered rows in one statement; a turn that lost its version check fails the batch. */
async function writeTogether(tx: StoreTx, prepared: readonly PreparedTurn[]): Promise<void> {
  const taken: Array<{ turn: PreparedTurn; write: TurnWrite }> = [];
  for (const turn of prepared) {
    const write = turn.writes?.take();
    // Flushed before (a hook had to see its rows): what it gathered since goes row by row.
    if (write) taken.push({ turn, write });
    else await turn.writes?.flush();
  }
  if (taken.length === 0) return;
  const written = await tx.writeTurns(taken.map((t) => t.write));
  for (const [i, { turn, write }] of taken.entries()) {
    const result = written[i];
    const id = write.conversation.id;
    if (!result) throw new StoreConflictError("conversation", id, `conversation ${id} is no longer at version ${write.conversation.expectedVersion}`);
    turn.writes!.written(result);
  }
}

function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  return promise.then(
    (value) => ({ status: "fulfilled", value }),
    (reason: unknown) => ({ status: "rejected", reason }),
  );
}
