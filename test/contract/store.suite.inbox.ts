import { expect, it } from "vitest";
import { StoreConflictError, StoreNotFoundError, type NewInbound } from "../../src/store/index.js";
import { concurrently, fulfilled, MINUTE, rejected } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

function inbound(dedupKey: string, extra: Partial<NewInbound> = {}): NewInbound {
  return {
    dedupKey,
    source: "app",
    kind: "text",
    payload: { FromUserName: "hr-li", Content: "/today", nested: { n: 1, ok: true, list: [1, "二", null] } },
    receivedAt: new Date("2025-06-02T00:59:59.123Z"),
    ...extra,
  };
}

export function inboxContract({ store, clock }: SuiteContext): void {
  it("accepts a new item once and reports duplicates with the same id", async () => {
    const first = await store().acceptInbound(inbound("app:1"));
    const again = await store().acceptInbound(inbound("app:1", { payload: { other: true } }));
    expect(first.accepted).toBe(true);
    expect(again).toEqual({ accepted: false, id: first.id });
    const item = await store().getInbound(first.id);
    expect(item).toMatchObject({
      id: first.id,
      dedupKey: "app:1",
      source: "app",
      kind: "text",
      status: "pending",
      attempts: 0,
      leaseOwner: null,
      leaseUntil: null,
      error: null,
      completedAt: null,
    });
    // The first delivery's payload is the one kept, byte for byte.
    expect(item!.payload).toEqual(inbound("app:1").payload);
    expect(item!.receivedAt.toISOString()).toBe("2025-06-02T00:59:59.123Z");
    expect(item!.createdAt.getTime()).toBe(clock.now().getTime());
  });

  it("round-trips any JSON payload, storing NUL characters as U+FFFD", async () => {
    const payloads = [null, "纯文本", [1, { a: null }], 0, false, { "k\u0000": "a\u0000b", deep: ["\u0000"] }] as const;
    const stored = [];
    for (const [i, payload] of payloads.entries()) {
      const { id } = await store().acceptInbound(inbound(`app:json${i}`, { payload: payload as never }));
      stored.push((await store().getInbound(id))!.payload);
    }
    expect(stored).toEqual([null, "纯文本", [1, { a: null }], 0, false, { "k\uFFFD": "a\uFFFDb", deep: ["\uFFFD"] }]);
  });

  it("accepts exactly one of 20 concurrent deliveries of the same key", async () => {
    const results = fulfilled(await concurrently(20, () => store().acceptInbound(inbound("app:race"))));
    expect(results).toHaveLength(20);
    expect(results.filter((r) => r.accepted)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await store().inboundCounts()).pending).toBe(1);
  });

  it("accepts a batch in one call, in order, with in-batch and earlier duplicates", async () => {
    const earlier = await store().acceptInbound(inbound("app:b0"));
    const results = await store().acceptInboundMany([
      inbound("app:b1"),
      inbound("app:b0"),
      inbound("app:b2"),
      inbound("app:b1", { payload: { second: true } }),
    ]);
    expect(results.map((r) => r.accepted)).toEqual([true, false, true, false]);
    expect(results[1]!.id).toBe(earlier.id);
    expect(results[3]!.id).toBe(results[0]!.id);
    expect(new Set(results.map((r) => r.id)).size).toBe(3);
    expect((await store().getInbound(results[0]!.id))!.payload).toEqual(inbound("app:b1").payload);
    expect(await store().acceptInboundMany([])).toEqual([]);
  });

  it("completes a batch of items in one call", async () => {
    const ids = (await store().acceptInboundMany([inbound("app:m1"), inbound("app:m2"), inbound("app:m3")])).map((r) => r.id);
    await store().claimInbound(10, "w1", MINUTE);
    expect(await store().completeInboundMany([ids[0]!, ids[2]!, "999999999", "not-an-id"])).toBe(2);
    expect((await store().getInbound(ids[0]!))!.status).toBe("handled");
    expect((await store().getInbound(ids[1]!))!.status).toBe("processing");
    expect((await store().getInbound(ids[2]!))!.completedAt).toEqual(clock.now());
    expect(await store().completeInboundMany([])).toBe(0);
  });

  it("accepts each key once when batches race", async () => {
    const keys = Array.from({ length: 30 }, (_, i) => inbound(`app:br${i}`));
    const batches = fulfilled(await concurrently(6, () => store().acceptInboundMany(keys)));
    for (let i = 0; i < keys.length; i++) {
      expect(batches.filter((b) => b[i]!.accepted)).toHaveLength(1);
      expect(new Set(batches.map((b) => b[i]!.id)).size).toBe(1);
    }
  });

  it("claims pending items oldest first under a lease and counts attempts", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await store().acceptInbound(inbound(`app:c${i}`))).id);
    const claimed = await store().claimInbound(2, "worker-a", MINUTE);
    expect(claimed.map((c) => c.id)).toEqual(ids.slice(0, 2));
    for (const item of claimed) {
      expect(item).toMatchObject({ status: "processing", attempts: 1, leaseOwner: "worker-a" });
      expect(item.leaseUntil!.getTime()).toBe(clock.now().getTime() + MINUTE);
    }
    const rest = await store().claimInbound(10, "worker-b", MINUTE);
    expect(rest.map((c) => c.id)).toEqual([ids[2]]);
    expect(await store().claimInbound(10, "worker-c", MINUTE)).toEqual([]);
    expect(await store().claimInbound(0, "worker-c", MINUTE)).toEqual([]);
  });

  it("never gives the same item to two concurrent claimers", async () => {
    for (let i = 0; i < 40; i++) await store().acceptInbound(inbound(`app:p${i}`));
    const batches = fulfilled(await concurrently(6, (w) => store().claimInbound(5, `worker-${w}`, MINUTE)));
    const all = batches.flat().map((item) => item.id);
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    const counts = await store().inboundCounts();
    expect(counts).toEqual({ pending: 10, processing: 30, handled: 0, failed: 0 });
  });

  it("reclaims an item whose lease expired (a crashed worker loses nothing)", async () => {
    const { id } = await store().acceptInbound(inbound("app:crash"));
    expect(await store().claimInbound(1, "worker-a", MINUTE)).toHaveLength(1);
    clock.advance(MINUTE - 1);
    expect(await store().claimInbound(1, "worker-b", MINUTE)).toEqual([]);
    clock.advance(1);
    const [again] = await store().claimInbound(1, "worker-b", MINUTE);
    expect(again).toMatchObject({ id, status: "processing", attempts: 2, leaseOwner: "worker-b" });
  });

  it("completes items as handled or failed, which are never claimed again", async () => {
    const a = await store().acceptInbound(inbound("app:h"));
    const b = await store().acceptInbound(inbound("app:f"));
    await store().claimInbound(2, "worker-a", MINUTE);
    clock.advance(5_000);
    await store().completeInbound(a.id, "handled");
    await store().completeInbound(b.id, "failed", "flow crashed: TypeError");
    expect(await store().getInbound(a.id)).toMatchObject({ status: "handled", error: null, completedAt: clock.now() });
    expect(await store().getInbound(b.id)).toMatchObject({ status: "failed", error: "flow crashed: TypeError" });
    clock.advance(10 * MINUTE);
    expect(await store().claimInbound(10, "worker-b", MINUTE)).toEqual([]);
    expect(await store().inboundCounts()).toEqual({ pending: 0, processing: 0, handled: 1, failed: 1 });
  });

  it("rejects completing an unknown item", async () => {
    await expect(store().completeInbound("987654", "handled")).rejects.toBeInstanceOf(StoreNotFoundError);
    await expect(store().completeInbound("not-an-id", "handled")).rejects.toBeInstanceOf(StoreNotFoundError);
    expect(await store().getInbound("not-an-id")).toBeUndefined();
  });

  it("prunes only finished items completed before the cutoff, forgetting their keys", async () => {
    const old = await store().acceptInbound(inbound("app:old"));
    const open = await store().acceptInbound(inbound("app:open"));
    await store().completeInbound(old.id, "handled");
    clock.advance(MINUTE);
    const recent = await store().acceptInbound(inbound("app:recent"));
    await store().completeInbound(recent.id, "handled");
    expect(await store().pruneInbound(new Date(clock.now().getTime() - 1))).toBe(1);
    expect(await store().getInbound(old.id)).toBeUndefined();
    expect(await store().getInbound(open.id)).toBeDefined();
    expect(await store().getInbound(recent.id)).toBeDefined();
    expect((await store().acceptInbound(inbound("app:old"))).accepted).toBe(true);
  });
}

const msg = (msgid: string) => ({
  msgid,
  kind: "kf.text",
  payload: { msgid, external_userid: "wmEXT1", text: { content: `你好 ${msgid}` } },
  receivedAt: new Date("2025-06-02T00:50:00.000Z"),
});

export function kfCursorContract({ store }: SuiteContext): void {
  it("moves the cursor and records the batch in the inbox", async () => {
    expect(await store().getKfCursor("wkA")).toBeUndefined();
    const results = await store().saveKfBatch("wkA", "cursor-1", [msg("m1"), msg("m2")]);
    expect(results.map((r) => [r.msgid, r.accepted])).toEqual([["m1", true], ["m2", true]]);
    expect(await store().getKfCursor("wkA")).toBe("cursor-1");
    const item = await store().getInbound(results[0]!.id);
    expect(item).toMatchObject({ dedupKey: "kf:m1", source: "kf", kind: "kf.text", status: "pending" });
    expect(item!.payload).toEqual(msg("m1").payload);
    expect(await store().getKfCursor("wkOther")).toBeUndefined();
  });

  it("accepts none of a re-saved batch but still moves the cursor", async () => {
    const first = await store().saveKfBatch("wkA", "cursor-1", [msg("m1"), msg("m2")]);
    const again = await store().saveKfBatch("wkA", "cursor-2", [msg("m1"), msg("m2"), msg("m3")]);
    expect(again.map((r) => r.accepted)).toEqual([false, false, true]);
    expect(again.slice(0, 2).map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(await store().getKfCursor("wkA")).toBe("cursor-2");
    expect((await store().inboundCounts()).pending).toBe(3);
  });

  it("dedups against callbacks accepted one by one, and within one batch", async () => {
    const single = await store().acceptInbound({ ...msg("m9"), dedupKey: "kf:m9", source: "kf" });
    const results = await store().saveKfBatch("wkA", "c", [msg("m9"), msg("m8"), msg("m8")]);
    expect(results.map((r) => r.accepted)).toEqual([false, true, false]);
    expect(results[0]!.id).toBe(single.id);
    expect(results[1]!.id).toBe(results[2]!.id);
  });

  it("writes nothing when the expected cursor does not match", async () => {
    await store().saveKfBatch("wkA", "cursor-1", [], { expectedCursor: null });
    await expect(store().saveKfBatch("wkA", "cursor-2", [msg("m1")], { expectedCursor: null })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    await expect(
      store().saveKfBatch("wkA", "cursor-2", [msg("m1")], { expectedCursor: "cursor-0" }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    // The cursor moves only with its batch: neither the cursor nor the messages changed.
    expect(await store().getKfCursor("wkA")).toBe("cursor-1");
    expect((await store().inboundCounts()).pending).toBe(0);
    const ok = await store().saveKfBatch("wkA", "cursor-2", [msg("m1")], { expectedCursor: "cursor-1" });
    expect(ok[0]!.accepted).toBe(true);
    expect(await store().getKfCursor("wkA")).toBe("cursor-2");
  });

  it("lets exactly one of several pullers from the same cursor save", async () => {
    await store().saveKfBatch("wkA", "c0", []);
    const results = await concurrently(8, (i) =>
      store().saveKfBatch("wkA", `c1-${i}`, [msg(`p${i}`)], { expectedCursor: "c0" }),
    );
    expect(fulfilled(results)).toHaveLength(1);
    expect(rejected(results).every((e) => e instanceof StoreConflictError)).toBe(true);
    expect((await store().inboundCounts()).pending).toBe(1);
    expect(await store().getKfCursor("wkA")).toMatch(/^c1-\d$/);
  });

  it("keeps neither cursor nor messages when the surrounding transaction fails", async () => {
    await store().saveKfBatch("wkA", "cursor-1", []);
    await expect(
      store().transaction(async (tx) => {
        await tx.saveKfBatch("wkA", "cursor-2", [msg("m1"), msg("m2")]);
        throw new Error("crash after the batch");
      }),
    ).rejects.toThrow("crash after the batch");
    expect(await store().getKfCursor("wkA")).toBe("cursor-1");
    expect((await store().inboundCounts()).pending).toBe(0);
  });
}
