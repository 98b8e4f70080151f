/**
 * Group commit of turns across conversations (src/engine/turn-batch.ts), on a
 * real store of each engine: concurrent plain turns share one transaction, a
 * bad turn fails alone, a conversation never appears twice in one batch, and a
 * redelivered message is still a duplicate. The engine runs the real flows; its
 * dispatcher is never started (nothing here is sent), so the statements counted
 * are the turns' own.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadFlowSettings } from "../../config/flow-settings.js";
import { candidateStep, initialState } from "../../flows/index.js";
import { ManualClock } from "../../src/clock.js";
import { MemoryCoordination } from "../../src/coord/index.js";
import type { Step } from "../../src/domain/flow.js";
import { ConversationNotFoundError, createConversationEngine, type ConversationEngine, type EngineHooks, type TurnOutcome } from "../../src/engine/index.js";
import { silentLogger } from "../../src/log.js";
import { openStore, type Store } from "../../src/store/index.js";
import { WecomClient } from "../../src/wecom/api/index.js";
import { maxTurnsPerBatch } from "../../src/engine/turn-batch.js";
import { MONDAY_10AM, WEDNESDAY_2PM } from "../support/candidate-harness.js";
import { installStatementCounter, statementCounts } from "../support/count-statements.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";

installStatementCounter();

const OPEN_KFID = "wkBatchTest";

describe("turn batches on PGlite", () => batchSuite(async () => ({ store: await openStore({ dataDir: "memory://", logger: silentLogger, clock: new ManualClock(MONDAY_10AM) }), stop: async () => undefined })));

describe("turn batches on PostgreSQL", async () => {
  const pg: PostgresServer | null = await startPostgres();
  if (!pg) console.warn(`PostgreSQL turn-batch suite skipped: ${POSTGRES_SKIP_REASON}`);
  afterAll(async () => pg?.stop());
  describe.skipIf(!pg)("on a server", () =>
    batchSuite(async () => ({ store: await openStore({ dataDir: "memory://", databaseUrl: pg!.url, logger: silentLogger, clock: new ManualClock(MONDAY_10AM) }), stop: async () => undefined })),
  );
});

/** A flow step that throws for one message text (a bug in a flow), and runs the real flows otherwise. */
const stepThatThrowsOn =
  (text: string): Step =>
  (state, input, context) => {
    if (input.kind === "text" && input.text === text) throw new Error(`step failed on ${text}`);
    return candidateStep(state, input, context);
  };

function batchSuite(open: () => Promise<{ store: Store; stop: () => Promise<void> }>): void {
  const clock = new ManualClock(MONDAY_10AM);
  let store: Store;
  let stop: () => Promise<void>;
  let n = 0;
  beforeAll(async () => {
    ({ store, stop } = await open());
  });
  afterAll(async () => {
    await store?.close();
    await stop?.();
  });
  beforeEach(() => statementCounts(true));

  function engine(options: { batchTurns?: boolean; step?: Step; hooks?: EngineHooks } = {}): ConversationEngine {
    const coord = new MemoryCoordination();
    return createConversationEngine({
      store,
      coord,
      clock,
      logger: silentLogger,
      // Never called: the dispatcher is not started.
      client: new WecomClient({ apiBase: "http://127.0.0.1:9", corpId: "wwbatch", coord, logger: silentLogger, kf: { secret: "s", openKfId: OPEN_KFID } }),
      step: options.step ?? candidateStep,
      initialState,
      settings: loadFlowSettings(),
      timeZone: "Asia/Shanghai",
      openKfId: OPEN_KFID,
      ...(options.hooks ? { hooks: options.hooks } : {}),
      ...(options.batchTurns !== undefined ? { batchTurns: options.batchTurns } : {}),
    });
  }

  /** `count` candidates, each invited and bound to a conversation (at the invitation step). */
  async function bound(e: ConversationEngine, count: number): Promise<Array<{ conversationId: string; interviewId: string }>> {
    const out = [];
    for (let i = 0; i < count; i++) {
      n += 1;
      const created = await e.createInterview({
        candidate: { name: `批量${n}`, mobile: "13800138000", sourceChannel: "内推" },
        interview: { position: "后端工程师", recruiterUserId: "recruiter_li", interviewers: ["王经理"], scheduledAt: WEDNESDAY_2PM, durationMinutes: 60, location: { address: "北京市海淀区中关村大街1号", mapUrl: null } },
        actor: "recruiter:recruiter_li",
      });
      const ext = `wmBatch${n}x${Date.now().toString(36)}`;
      const outcome = await e.bindDirect(created.interview.id, ext);
      expect(outcome.status).toBe("bound");
      out.push({ conversationId: (await e.conversationIdOf(ext)), interviewId: created.interview.id });
    }
    return out;
  }

  /** The candidate taps 确认参加 (msgid given: a redelivery repeats it). */
  const confirm = (e: ConversationEngine, conversationId: string, msgid: string): Promise<TurnOutcome> =>
    e.runStep(conversationId, { kind: "menu", at: clock.now(), menuId: "confirm", text: "确认参加" }, { inbound: { msgid, at: clock.now(), text: "确认参加", menuId: "confirm" } });

  /** The candidate writes free text; the input is built without the NLU (a question). */
  const says = (e: ConversationEngine, conversationId: string, text: string, msgid: string): Promise<TurnOutcome> =>
    e.runStep(
      conversationId,
      { kind: "text", at: clock.now(), text, understanding: { intent: "question", proposed: null, cancelReason: null, questions: ["location"], confidence: 0.95 } },
      { inbound: { msgid, at: clock.now(), text } },
    );

  const begins = (): number => statementCounts(true)["begin"] ?? 0;

  it("runs concurrent turns of different conversations in one transaction, each with its own outcome", async () => {
    const e = engine();
    const convs = await bound(e, 6);
    begins();
    const outcomes = await Promise.all(convs.map((c, i) => confirm(e, c.conversationId, `m-one-${n}-${i}`)));
    expect(begins()).toBe(1);
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome).toMatchObject({ status: "handled", enqueued: 1, conversation: { id: convs[i]!.conversationId, version: 3 } });
      expect(outcome.status === "handled" && outcome.interview).toMatchObject({ id: convs[i]!.interviewId, status: "confirmed" });
      expect((await store.getInterview(convs[i]!.interviewId))!.status).toBe("confirmed");
      const log = await store.listMessages({ conversationId: convs[i]!.conversationId });
      expect(log.filter((m) => m.direction === "in").map((m) => m.wecomMsgId)).toEqual([`m-one-${n}-${i}`]);
    }

    // The same turns without group commit: a transaction each.
    const plain = engine({ batchTurns: false });
    const others = await bound(plain, 6);
    begins();
    await Promise.all(others.map((c, i) => confirm(plain, c.conversationId, `m-plain-${n}-${i}`)));
    expect(begins()).toBe(6);
  });

  it("splits a bigger burst into batches of at most maxTurnsPerBatch turns", async () => {
    const e = engine();
    const size = maxTurnsPerBatch(store.engine);
    const convs = await bound(e, 20);
    begins();
    const outcomes = await Promise.all(convs.map((c, i) => confirm(e, c.conversationId, `burst-${n}-${i}`)));
    expect(outcomes.every((o) => o.status === "handled")).toBe(true);
    expect(begins()).toBe(Math.ceil(convs.length / size));
  });

  it("rejects only the turn whose step throws; the others commit in the same transaction", async () => {
    const e = engine({ step: stepThatThrowsOn("炸") });
    const [a, b, c] = await bound(e, 3);
    begins();
    const results = await Promise.allSettled([confirm(e, a!.conversationId, `ok-a-${n}`), says(e, b!.conversationId, "炸", `bad-${n}`), confirm(e, c!.conversationId, `ok-c-${n}`)]);
    expect(begins()).toBe(1);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(String((results[1] as PromiseRejectedResult).reason)).toContain("step failed on 炸");
    expect((await store.getConversationById(b!.conversationId))!.version).toBe(2);
    expect((await store.listMessages({ conversationId: b!.conversationId })).filter((m) => m.direction === "in")).toEqual([]);
    for (const ok of [a!, c!]) expect((await store.getInterview(ok.interviewId))!.status).toBe("confirmed");
  });

  it("re-runs every turn on its own when the batch fails as a whole; only the bad one fails", async () => {
    let bad = "";
    let armed = false;
    const e = engine({
      hooks: {
        // Binding re-plans too: only the confirmations below count.
        replanNudges: async (tx, interview) => {
          if (!armed) return;
          if (interview.id === bad) throw new Error("nudge planner down for this interview");
          await tx.recordEvent({ type: "test.replanned", interviewId: interview.id, payload: {} });
        },
      },
    });
    const convs = await bound(e, 4);
    bad = convs[2]!.interviewId;
    armed = true;
    begins();
    const results = await Promise.allSettled(convs.map((c, i) => confirm(e, c.conversationId, `fb-${n}-${i}`)));
    // One batch that rolled back, then one transaction per turn.
    expect(begins()).toBe(1 + convs.length);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    for (const [i, c] of convs.entries()) {
      const replanned = (await store.listEvents({ interviewId: c.interviewId })).filter((ev) => ev.type === "test.replanned");
      expect(replanned).toHaveLength(i === 2 ? 0 : 1);
      expect((await store.getInterview(c.interviewId))!.status).toBe(i === 2 ? "invited" : "confirmed");
      expect((await store.listMessages({ conversationId: c.conversationId })).filter((m) => m.direction === "in")).toHaveLength(i === 2 ? 0 : 1);
    }
  });

  it("a hook that reads the turn's rows mid-turn still sees them, and the batch commits once", async () => {
    const seen: number[] = [];
    let armed = false;
    const e = engine({
      hooks: {
        replanNudges: async (tx, interview) => {
          if (armed) seen.push((await tx.listMessages({ interviewId: interview.id, direction: "in" })).length);
        },
      },
    });
    const convs = await bound(e, 3);
    armed = true;
    begins();
    const outcomes = await Promise.all(convs.map((c, i) => confirm(e, c.conversationId, `mid-${n}-${i}`)));
    expect(begins()).toBe(1);
    expect(seen).toEqual([1, 1, 1]);
    expect(outcomes.map((o) => o.status === "handled" && o.enqueued)).toEqual([1, 1, 1]);
  });

  it("runs two turns of one conversation in order, in consecutive batches", async () => {
    const e = engine();
    const [a, b] = await bound(e, 2);
    begins();
    const outcomes = await Promise.all([
      confirm(e, a!.conversationId, `seq1-${n}`),
      says(e, a!.conversationId, "地址在哪里？", `seq2-${n}`),
      confirm(e, b!.conversationId, `seq3-${n}`),
    ]);
    expect(begins()).toBe(2);
    expect(outcomes.map((o) => o.conversation.version)).toEqual([3, 4, 3]);
    const inbound = (await store.listMessages({ conversationId: a!.conversationId })).filter((m) => m.direction === "in");
    expect(inbound.map((m) => m.wecomMsgId)).toEqual([`seq1-${n}`, `seq2-${n}`]);
  });

  it("treats a redelivered message as a duplicate, in the same burst and later", async () => {
    const e = engine();
    const [a, b] = await bound(e, 2);
    const msgid = `dup-${n}`;
    const burst = await Promise.all([confirm(e, a!.conversationId, msgid), confirm(e, a!.conversationId, msgid), confirm(e, b!.conversationId, `other-${n}`)]);
    expect(burst.map((o) => o.status)).toEqual(["handled", "duplicate", "handled"]);
    const again = await Promise.all([confirm(e, a!.conversationId, msgid), confirm(e, b!.conversationId, `other-${n}`)]);
    expect(again.map((o) => o.status)).toEqual(["duplicate", "duplicate"]);
    expect((await store.listMessages({ conversationId: a!.conversationId })).filter((m) => m.direction === "in")).toHaveLength(1);
    expect((await store.outboxCounts()).pending).toBeGreaterThan(0);
    expect((await store.getConversationById(a!.conversationId))!.version).toBe(3);
  });

  it("rejects a turn of an unknown conversation alone", async () => {
    const e = engine();
    const [a] = await bound(e, 1);
    begins();
    const results = await Promise.allSettled([confirm(e, "987654321", `ghost-${n}`), confirm(e, a!.conversationId, `real-${n}`)]);
    expect(begins()).toBe(1);
    expect(results[0]).toMatchObject({ status: "rejected", reason: expect.any(ConversationNotFoundError) });
    expect(results[1]).toMatchObject({ status: "fulfilled", value: { status: "handled" } });
  });
}
