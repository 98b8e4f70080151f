import { expect, it } from "vitest";
import { StoreConflictError, StoreUsageError, type Store, type StoreTx } from "../../src/store/index.js";
import { concurrently, fulfilled, makeInterview } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

/** One engine step as the conversation engine commits it: state, log, transition, event, outbox. */
async function confirmStep(tx: StoreTx, conversationId: string, version: number, interviewId: string, key: string): Promise<void> {
  await tx.saveConversation({ id: conversationId, expectedVersion: version, step: "confirmed", slots: { confirmed: true } });
  await tx.logMessage({ direction: "in", channel: "kf", kind: "text", conversationId, interviewId, text: "确认", intent: "confirm", confidence: 0.97 });
  await tx.transitionInterview({ interviewId, to: "confirmed", actor: "candidate", expectedFrom: "invited" });
  await tx.recordEvent({ type: "interview.confirmed", interviewId });
  await tx.enqueueOutbox({ idempotencyKey: key, channel: "kf", payload: { text: { content: "已确认，期待与您见面" } }, conversationId, interviewId });
}

async function snapshot(store: Store, conversationId: string, interviewId: string) {
  return {
    conversation: await store.getConversationById(conversationId),
    interview: await store.getInterview(interviewId),
    history: await store.listTransitions({ interviewId }),
    messages: await store.listMessages({ interviewId }),
    events: await store.listEvents({ interviewId }),
    outbox: await store.outboxCounts(),
  };
}

export function transactionContract({ store }: SuiteContext): void {
  it("commits every write of a step together and returns the callback's value", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const result = await store().transaction(async (tx) => {
      await confirmStep(tx, conv.id, 1, iv.id, "out-1");
      // Reads inside the transaction see its own writes.
      return (await tx.getInterview(iv.id))!.status;
    });
    expect(result).toBe("confirmed");
    const after = await snapshot(store(), conv.id, iv.id);
    expect(after.conversation).toMatchObject({ version: 2, step: "confirmed" });
    expect(after.interview!.status).toBe("confirmed");
    expect(after.history).toHaveLength(2);
    expect(after.messages).toHaveLength(1);
    expect(after.events).toHaveLength(1);
    expect(after.outbox.pending).toBe(1);
  });

  it("writes nothing when the callback throws, and rethrows its error", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const before = await snapshot(store(), conv.id, iv.id);
    const boom = new Error("flow step failed after writing");
    await expect(
      store().transaction(async (tx) => {
        await confirmStep(tx, conv.id, 1, iv.id, "out-1");
        await tx.acceptInbound({ dedupKey: "app:in-tx", source: "app", kind: "text", payload: {}, receivedAt: new Date() });
        await tx.saveKfBatch("wkA", "cursor-x", []);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await snapshot(store(), conv.id, iv.id)).toEqual(before);
    expect(await store().getKfCursor("wkA")).toBeUndefined();
    expect((await store().acceptInbound({ dedupKey: "app:in-tx", source: "app", kind: "text", payload: {}, receivedAt: new Date() })).accepted).toBe(true);
  });

  it("rolls back everything when a step inside conflicts", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    await store().saveConversation({ id: conv.id, expectedVersion: 1, step: "someone-else" });
    const before = await snapshot(store(), conv.id, iv.id);
    await expect(
      store().transaction(async (tx) => {
        await tx.logMessage({ direction: "in", channel: "kf", kind: "text", interviewId: iv.id, text: "确认" });
        await tx.saveConversation({ id: conv.id, expectedVersion: 1, step: "stale" });
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(await snapshot(store(), conv.id, iv.id)).toEqual(before);
  });

  it("serialises concurrent steps on one conversation through its version", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const results = await concurrently(4, (i) => store().transaction((tx) => confirmStep(tx, conv.id, 1, iv.id, `out-${i}`)));
    expect(fulfilled(results)).toHaveLength(1);
    const after = await snapshot(store(), conv.id, iv.id);
    expect(after.conversation!.version).toBe(2);
    expect(after.messages).toHaveLength(1);
    expect(after.outbox.pending).toBe(1);
  });

  it("refuses the root store inside a transaction, and the tx after it ended", async () => {
    let leaked: StoreTx | undefined;
    await expect(
      store().transaction(async (tx) => {
        leaked = tx;
        await store().recordEvent({ type: "escaped" });
      }),
    ).rejects.toBeInstanceOf(StoreUsageError);
    await expect(leaked!.recordEvent({ type: "too-late" })).rejects.toBeInstanceOf(StoreUsageError);
    expect(await store().listEvents({})).toEqual([]);
  });
}

export function healthContract({ store }: SuiteContext): void {
  it("a backlog of transactions holds up neither a single statement nor the event loop (callback acks)", async () => {
    const convs = await Promise.all(Array.from({ length: 30 }, (_, i) => store().openConversation("wkA", `wmBACKLOG${i}`)));
    let done = 0;
    let doneWhenAccepted = -1;
    let doneWhenTimerFired = -1;
    const backlog = convs.map((conv, i) =>
      store().transaction(async (tx) => {
        await tx.loadTurn(conv.id);
        await tx.writeTurn({ conversation: { id: conv.id, expectedVersion: 1, step: "s" }, messages: [{ direction: "in", channel: "kf", kind: "text", conversationId: conv.id, text: `m${i}` }] });
        await tx.getConversationById(conv.id);
        done += 1;
      }),
    );
    // What an HTTP callback needs while the backlog runs: its turn of the event loop, then one insert.
    setImmediate(() => (doneWhenTimerFired = done));
    const accepted = store()
      .acceptInboundMany([{ dedupKey: "kf:backlog", source: "kf", kind: "kf_msg_or_event", payload: {}, receivedAt: new Date() }])
      .then(() => (doneWhenAccepted = done));
    await Promise.all([...backlog, accepted]);
    expect(done).toBe(30);
    // Before the gate, PGlite ran all 30 first in one microtask chain (FIFO lock, nothing else got a turn).
    expect(doneWhenAccepted).toBeLessThan(10);
    expect(doneWhenTimerFired).toBeLessThan(10);
  });

  it("reports ok with its engine", async () => {
    const health = await store().health();
    expect(health.ok).toBe(true);
    expect(health.engine).toBe(store().engine);
    expect(["postgres", "pglite", "mongodb"]).toContain(health.engine);
  });
}
