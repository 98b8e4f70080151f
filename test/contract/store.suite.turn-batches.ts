import { expect, it } from "vitest";
import { StoreNotFoundError, StoreUsageError } from "../../src/store/index.js";
import { makeInterview } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

/** loadTurns / writeTurns: the batch forms of a turn's read and write (group commit across conversations). */
export function turnBatchContract({ store, clock }: SuiteContext): void {
  it("loads several conversations in request order, as loadTurn does one by one", async () => {
    const iv = await makeInterview(store());
    const a = await store().openConversation("wkA", "wmA");
    const b = await store().openConversation("wkA", "wmB");
    await store().saveConversation({ id: b.id, expectedVersion: 1, interviewId: iv.id, flow: "invitation", step: "sent" });
    await store().logMessage({ direction: "in", channel: "kf", kind: "text", conversationId: b.id, wecomMsgId: "m1" });
    const loaded = await store().loadTurns([
      { conversationId: b.id, inboundMsgId: "m1" },
      { conversationId: "987654" },
      { conversationId: a.id, inboundMsgId: "m1" },
      { conversationId: "not-an-id" },
      { conversationId: b.id, inboundMsgId: "m2" },
    ]);
    expect(loaded).toEqual([
      await store().loadTurn(b.id, { inboundMsgId: "m1" }),
      undefined,
      await store().loadTurn(a.id, { inboundMsgId: "m1" }),
      undefined,
      await store().loadTurn(b.id, { inboundMsgId: "m2" }),
    ]);
    expect(loaded.map((l) => l?.inboundSeen)).toEqual([true, undefined, false, undefined, false]);
    expect(loaded[0]!.interview).toEqual(await store().getInterview(iv.id));
    expect(await store().loadTurns([])).toEqual([]);
  });

  it("inside a transaction, holds every conversation it loaded until commit", async () => {
    const a = await store().openConversation("wkA", "wmA");
    const b = await store().openConversation("wkA", "wmB");
    let loaded!: () => void;
    const held = new Promise<void>((resolve) => (loaded = resolve));
    const batch = store().transaction(async (tx) => {
      const [la, lb] = await tx.loadTurns([{ conversationId: b.id }, { conversationId: a.id }]);
      loaded();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const written = await tx.writeTurns([
        { conversation: { id: b.id, expectedVersion: lb!.conversation.version, step: "batch" } },
        { conversation: { id: a.id, expectedVersion: la!.conversation.version, step: "batch" } },
      ]);
      expect(written.every((w) => w !== undefined)).toBe(true);
    });
    await held;
    const second = await store().transaction(async (tx) => (await tx.loadTurn(a.id))!.conversation);
    await batch;
    expect(second).toMatchObject({ version: 2, step: "batch" });
  });

  it("writes each turn's conversation and rows; a stale turn writes nothing while the others do", async () => {
    const iv = await makeInterview(store());
    const a = await store().openConversation("wkA", "wmA");
    const b = await store().openConversation("wkA", "wmB");
    const c = await store().openConversation("wkA", "wmC");
    await store().saveConversation({ id: b.id, expectedVersion: 1, step: "moved" });
    await store().enqueueOutbox({ idempotencyKey: "old", channel: "kf", payload: {}, conversationId: a.id });
    clock.advance(1000);
    const out = (conversationId: string, text: string, ifEnqueued: string) =>
      ({ direction: "out", channel: "kf", kind: "text", conversationId, text, ifEnqueued }) as const;
    const written = await store().writeTurns([
      {
        conversation: { id: a.id, expectedVersion: 1, interviewId: iv.id, flow: "confirm", step: "done", slots: { k: "甲" } },
        messages: [{ direction: "in", channel: "kf", kind: "text", conversationId: a.id, interviewId: iv.id, text: "好的", wecomMsgId: "in-a" }, out(a.id, "a new", "a1"), out(a.id, "a old", "old")],
        events: [{ type: "a.event", interviewId: iv.id, payload: { n: 1 } }],
        outbox: [
          { idempotencyKey: "a1", channel: "kf", payload: { to: "a" }, conversationId: a.id },
          { idempotencyKey: "old", channel: "kf", payload: { again: true }, conversationId: a.id },
          { idempotencyKey: "shared", channel: "kf", payload: { first: "a" }, conversationId: a.id },
        ],
      },
      {
        conversation: { id: b.id, expectedVersion: 1, step: "lost" },
        messages: [{ direction: "in", channel: "kf", kind: "text", conversationId: b.id, text: "lost" }],
        events: [{ type: "b.event" }],
        outbox: [{ idempotencyKey: "b1", channel: "kf", payload: {}, conversationId: b.id }],
      },
      {
        conversation: { id: c.id, expectedVersion: 1, step: "c" },
        messages: [out(c.id, "c shared", "shared"), out(c.id, "c new", "c1")],
        events: [{ type: "c.event" }],
        outbox: [
          { idempotencyKey: "shared", channel: "kf", payload: { second: "c" }, conversationId: c.id },
          { idempotencyKey: "c1", channel: "kf", payload: { to: "c" }, conversationId: c.id },
        ],
      },
    ]);
    expect(written).toEqual([
      { conversation: await store().getConversationById(a.id), enqueued: ["a1", "shared"] },
      undefined,
      { conversation: await store().getConversationById(c.id), enqueued: ["c1"] },
    ]);
    expect(written[0]!.conversation).toMatchObject({ interviewId: iv.id, flow: "confirm", step: "done", slots: { k: "甲" }, version: 2, updatedAt: clock.now() });
    expect(await store().getConversationById(b.id)).toMatchObject({ step: "moved", version: 2 });
    expect((await store().listMessages({ conversationId: a.id })).map((m) => m.text)).toEqual(["好的", "a new"]);
    expect(await store().listMessages({ conversationId: b.id })).toEqual([]);
    expect((await store().listMessages({ conversationId: c.id })).map((m) => m.text)).toEqual(["c new"]);
    expect((await store().listEvents({})).map((e) => e.type)).toEqual(["a.event", "c.event"]);
    const claimed = await store().claimOutbox(10, 60_000);
    expect(claimed.map((o) => [o.idempotencyKey, o.payload])).toEqual([
      ["old", {}],
      ["a1", { to: "a" }],
      ["shared", { first: "a" }],
      ["c1", { to: "c" }],
    ]);
  });

  it("refuses one conversation twice and malformed ids, writing nothing", async () => {
    const a = await store().openConversation("wkA", "wmA");
    await expect(
      store().writeTurns([{ conversation: { id: a.id, expectedVersion: 1, step: "x" } }, { conversation: { id: a.id, expectedVersion: 1, step: "y" } }]),
    ).rejects.toBeInstanceOf(StoreUsageError);
    await expect(store().writeTurns([{ conversation: { id: a.id, expectedVersion: 1 } }, { conversation: { id: "nope", expectedVersion: 1 } }])).rejects.toBeInstanceOf(StoreNotFoundError);
    expect(await store().getConversationById(a.id)).toEqual(a);
    expect(await store().writeTurns([{ conversation: { id: "987654", expectedVersion: 1 } }])).toEqual([undefined]);
    expect(await store().writeTurns([])).toEqual([]);
  });
}
