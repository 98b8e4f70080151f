import { expect, it } from "vitest";
import { StoreConflictError, StoreNotFoundError, type Store } from "../../src/store/index.js";
import { makeInterview } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

/** Text that trips naive array-literal and JSON quoting: commas, braces, quotes, backslashes, NUL, NULL. */
const AWKWARD = 'a,b {c} "d" \\e\\ NULL 地址\u0000end';

async function everything(store: Store, conversationId: string) {
  return {
    messages: await store.listMessages({ conversationId }),
    events: await store.listEvents({}),
    outbox: await store.outboxCounts(),
  };
}

export function turnContract({ store, clock }: SuiteContext): void {
  it("loads a bound conversation with its interview and candidate, as the single reads return them", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const bound = await store().saveConversation({ id: conv.id, expectedVersion: 1, interviewId: iv.id, flow: "invitation", step: "sent", slots: { n: 1 } });
    const loaded = await store().loadTurn(conv.id);
    expect(loaded).toEqual({
      conversation: bound,
      interview: await store().getInterview(iv.id),
      candidate: await store().getCandidate(iv.candidateId),
      inboundSeen: false,
    });
  });

  it("loads an unbound conversation without interview; unknown and malformed ids are undefined", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    expect(await store().loadTurn(conv.id)).toEqual({ conversation: conv, interview: undefined, candidate: undefined, inboundSeen: false });
    expect(await store().loadTurn("987654")).toBeUndefined();
    expect(await store().loadTurn("not-an-id")).toBeUndefined();
  });

  it("sees an inbound msgid only once it is logged inbound for this conversation", async () => {
    const a = await store().openConversation("wkA", "wmEXT1");
    const b = await store().openConversation("wkA", "wmEXT2");
    await store().logMessage({ direction: "out", channel: "kf", kind: "text", conversationId: a.id, wecomMsgId: "m1" });
    await store().logMessage({ direction: "in", channel: "kf", kind: "text", conversationId: b.id, wecomMsgId: "m1" });
    expect((await store().loadTurn(a.id, { inboundMsgId: "m1" }))!.inboundSeen).toBe(false);
    await store().logMessage({ direction: "in", channel: "kf", kind: "text", conversationId: a.id, wecomMsgId: "m1" });
    expect((await store().loadTurn(a.id, { inboundMsgId: "m1" }))!.inboundSeen).toBe(true);
    expect((await store().loadTurn(a.id, { inboundMsgId: "m2" }))!.inboundSeen).toBe(false);
    expect((await store().loadTurn(a.id))!.inboundSeen).toBe(false);
  });

  it("inside a transaction, holds the conversation until commit: a second turn reads what the first wrote", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    let loadedFirst!: () => void;
    const firstLoaded = new Promise<void>((resolve) => (loadedFirst = resolve));
    const first = store().transaction(async (tx) => {
      const { conversation } = (await tx.loadTurn(conv.id))!;
      loadedFirst();
      await new Promise((resolve) => setTimeout(resolve, 150));
      await tx.writeTurn({ conversation: { id: conv.id, expectedVersion: conversation.version, step: "first" } });
    });
    await firstLoaded;
    const second = await store().transaction(async (tx) => (await tx.loadTurn(conv.id))!.conversation);
    await first;
    expect(second).toMatchObject({ version: 2, step: "first" });
  });

  it("writes the conversation, messages, events and outbox together, in the order given", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const refs = { conversationId: conv.id, interviewId: iv.id };
    clock.advance(1000);
    const written = await store().writeTurn({
      conversation: { id: conv.id, expectedVersion: 1, interviewId: iv.id, flow: "confirm", step: "done", slots: { note: AWKWARD } },
      messages: [
        { direction: "in", channel: "kf", kind: "text", ...refs, peerId: "wmEXT1", text: AWKWARD, intent: "confirm", confidence: 0.93, wecomMsgId: "in-1", at: new Date("2025-06-02T00:59:00.000Z") },
        { direction: "out", channel: "kf", kind: "menu", ...refs, text: "reply 1", wecomMsgId: "out-1", ifEnqueued: "k1" },
        { direction: "out", channel: "app", kind: "card", ...refs, text: "reply 2", ifEnqueued: "k2" },
      ],
      events: [
        { type: "interview.confirmed", interviewId: iv.id, payload: { conversationId: conv.id, text: AWKWARD } },
        { type: "second", interviewId: null },
      ],
      outbox: [
        { idempotencyKey: "k1", channel: "kf", payload: { text: { content: AWKWARD } }, ...refs },
        { idempotencyKey: "k2", channel: "app", payload: { n: [1, null, "x"] }, ...refs, notBefore: new Date(clock.now().getTime() + 60_000) },
      ],
    });
    const saved = await store().getConversationById(conv.id);
    expect(written).toEqual({ conversation: saved, enqueued: ["k1", "k2"] });
    expect(saved).toMatchObject({ interviewId: iv.id, flow: "confirm", step: "done", slots: { note: AWKWARD.replace("\u0000", "\uFFFD") }, version: 2, updatedAt: clock.now() });

    const log = await store().listMessages({ conversationId: conv.id });
    expect(log.map((m) => [m.direction, m.channel, m.kind, m.text, m.wecomMsgId])).toEqual([
      ["in", "kf", "text", AWKWARD.replace("\u0000", "\uFFFD"), "in-1"],
      ["out", "kf", "menu", "reply 1", "out-1"],
      ["out", "app", "card", "reply 2", null],
    ]);
    expect(log[0]).toMatchObject({ interviewId: iv.id, peerId: "wmEXT1", intent: "confirm", confidence: 0.93, at: new Date("2025-06-02T00:59:00.000Z") });
    expect(log[1]!.at).toEqual(clock.now());

    const events = await store().listEvents({});
    expect(events.map((e) => [e.type, e.interviewId, e.at])).toEqual([
      ["interview.confirmed", iv.id, clock.now()],
      ["second", null, clock.now()],
    ]);
    expect(events[0]!.payload).toEqual({ conversationId: conv.id, text: AWKWARD.replace("\u0000", "\uFFFD") });

    const claimed = await store().claimOutbox(10, 60_000);
    expect(claimed.map((o) => [o.idempotencyKey, o.channel, o.payload])).toEqual([["k1", "kf", { text: { content: AWKWARD.replace("\u0000", "\uFFFD") } }]]);
    expect(claimed[0]).toMatchObject({ conversationId: conv.id, interviewId: iv.id, nextAttemptAt: clock.now() });
  });

  it("adds only new outbox keys and logs a conditional message only with its new row", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    await store().enqueueOutbox({ idempotencyKey: "old", channel: "kf", payload: { a: 1 }, conversationId: conv.id });
    const written = await store().writeTurn({
      conversation: { id: conv.id, expectedVersion: 1, step: "s" },
      messages: [
        { direction: "out", channel: "kf", kind: "text", conversationId: conv.id, text: "old one", ifEnqueued: "old" },
        { direction: "out", channel: "kf", kind: "text", conversationId: conv.id, text: "new one", ifEnqueued: "new" },
      ],
      outbox: [
        { idempotencyKey: "old", channel: "kf", payload: { a: 2 }, conversationId: conv.id },
        { idempotencyKey: "new", channel: "kf", payload: { b: 1 }, conversationId: conv.id },
        { idempotencyKey: "new", channel: "kf", payload: { b: 2 }, conversationId: conv.id },
      ],
    });
    expect(written.enqueued).toEqual(["new"]);
    expect((await store().listMessages({ conversationId: conv.id })).map((m) => m.text)).toEqual(["new one"]);
    expect((await store().outboxCounts()).pending).toBe(2);
    const rows = await store().claimOutbox(10, 60_000);
    expect(rows.map((r) => r.payload)).toEqual([{ a: 1 }, { b: 1 }]);
  });

  it("keeps the interview's first reply (a metrics fact) as logMessage does: the earliest candidate reply since creation", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const created = iv.createdAt.getTime();
    const at = (minutes: number): Date => new Date(created + minutes * 60_000);
    const refs = { conversationId: conv.id, interviewId: iv.id, peerId: "wmEXT1" };
    const firstReply = async (): Promise<Date | null> =>
      (await store().riskFacts({ reconfirmKinds: [] })).find((f) => f.interviewId === iv.id)!.firstReplyAt;
    await store().writeTurn({
      conversation: { id: conv.id, expectedVersion: 1, interviewId: iv.id },
      messages: [
        { direction: "in", channel: "kf", kind: "text", ...refs, text: "before the invitation", at: at(-1) },
        { direction: "out", channel: "kf", kind: "text", ...refs, text: "ours", at: at(1) },
        { direction: "in", channel: "app", kind: "text", ...refs, text: "a recruiter", at: at(2) },
        { direction: "in", channel: "kf", kind: "event", ...refs, text: "media", at: at(3) },
        { direction: "in", channel: "kf", kind: "menu", ...refs, text: "确认参加", menuId: "confirm", at: at(10) },
        { direction: "in", channel: "kf", kind: "text", ...refs, text: "好的", at: at(5) },
      ],
    });
    expect(await firstReply()).toEqual(at(5));
    await store().writeTurn({ conversation: { id: conv.id, expectedVersion: 2 }, messages: [{ direction: "in", channel: "kf", kind: "text", ...refs, text: "later", at: at(20) }] });
    expect(await firstReply()).toEqual(at(5));
    await store().writeTurn({ conversation: { id: conv.id, expectedVersion: 3 }, messages: [{ direction: "in", channel: "kf", kind: "text", ...refs, text: "pulled late", at: at(4) }] });
    expect(await firstReply()).toEqual(at(4));
    // A stale turn writes no message, so no reply either.
    await expect(
      store().writeTurn({ conversation: { id: conv.id, expectedVersion: 1 }, messages: [{ direction: "in", channel: "kf", kind: "text", ...refs, text: "lost race", at: at(0) }] }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(await firstReply()).toEqual(at(4));
  });

  it("leaves fields it is not given, and can unbind the interview", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    await store().saveConversation({ id: conv.id, expectedVersion: 1, interviewId: iv.id, flow: "f", step: "s", slots: { x: 1 } });
    const kept = await store().writeTurn({ conversation: { id: conv.id, expectedVersion: 2 } });
    expect(kept.conversation).toMatchObject({ interviewId: iv.id, flow: "f", step: "s", slots: { x: 1 }, version: 3 });
    expect(kept.enqueued).toEqual([]);
    const cleared = await store().writeTurn({ conversation: { id: conv.id, expectedVersion: 3, interviewId: null, flow: null, step: null, slots: {} } });
    expect(cleared.conversation).toMatchObject({ interviewId: null, flow: null, step: null, slots: {}, version: 4 });
  });

  it("writes nothing on a stale version (StoreConflictError) and reports an unknown conversation", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    await store().saveConversation({ id: conv.id, expectedVersion: 1, step: "moved" });
    const before = await everything(store(), conv.id);
    const stale = store().writeTurn({
      conversation: { id: conv.id, expectedVersion: 1, step: "lost" },
      messages: [{ direction: "in", channel: "kf", kind: "text", conversationId: conv.id, text: "x" }],
      events: [{ type: "lost" }],
      outbox: [{ idempotencyKey: "lost", channel: "kf", payload: {}, conversationId: conv.id }],
    });
    await expect(stale).rejects.toBeInstanceOf(StoreConflictError);
    expect(await everything(store(), conv.id)).toEqual(before);
    expect(await store().getConversationById(conv.id)).toMatchObject({ step: "moved", version: 2 });
    await expect(store().writeTurn({ conversation: { id: "987654", expectedVersion: 1 } })).rejects.toBeInstanceOf(StoreNotFoundError);
    await expect(store().writeTurn({ conversation: { id: "nope", expectedVersion: 1 } })).rejects.toBeInstanceOf(StoreNotFoundError);
  });

  it("rolls back with the transaction it ran in", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    const boom = new Error("after the turn's writes");
    await expect(
      store().transaction(async (tx) => {
        await tx.writeTurn({
          conversation: { id: conv.id, expectedVersion: 1, step: "gone" },
          messages: [{ direction: "in", channel: "kf", kind: "text", conversationId: conv.id, text: "x" }],
          outbox: [{ idempotencyKey: "gone", channel: "kf", payload: {}, conversationId: conv.id }],
        });
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await store().getConversationById(conv.id)).toEqual(conv);
    expect(await everything(store(), conv.id)).toEqual({ messages: [], events: [], outbox: { pending: 0, sending: 0, sent: 0, failed: 0 } });
  });
}
