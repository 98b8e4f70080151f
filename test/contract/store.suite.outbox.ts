import { expect, it } from "vitest";
import { StoreNotFoundError, type NewOutboxMessage } from "../../src/store/index.js";
import { concurrently, DAY, fulfilled, HOUR, MINUTE, makeInterview } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

const kfText = (key: string, extra: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  idempotencyKey: key,
  channel: "kf",
  payload: { touser: "wmEXT1", open_kfid: "wkA", msgid: key, msgtype: "text", text: { content: "面试提醒" } },
  ...extra,
});

export function outboxContract({ store, clock }: SuiteContext): void {
  it("enqueues once per idempotency key", async () => {
    const first = await store().enqueueOutbox(kfText("k1"));
    const again = await store().enqueueOutbox(kfText("k1", { payload: { changed: true } }));
    expect(first.enqueued).toBe(true);
    expect(again).toEqual({ enqueued: false, id: first.id });
    const row = await store().getOutbox(first.id);
    expect(row).toMatchObject({ idempotencyKey: "k1", channel: "kf", status: "pending", attempts: 0, nextAttemptAt: clock.now(), sentAt: null });
    expect(row!.payload).toEqual(kfText("k1").payload);
  });

  it("claims due messages under a lease and delivers them once", async () => {
    const iv = await makeInterview(store());
    const a = await store().enqueueOutbox(kfText("a", { interviewId: iv.id }));
    await store().enqueueOutbox(kfText("later", { notBefore: new Date(clock.now().getTime() + HOUR) }));
    const claimed = await store().claimOutbox(10, MINUTE);
    expect(claimed.map((m) => m.id)).toEqual([a.id]);
    expect(claimed[0]).toMatchObject({ status: "sending", attempts: 1, interviewId: iv.id });
    expect(claimed[0]!.leaseUntil!.getTime()).toBe(clock.now().getTime() + MINUTE);
    expect(await store().claimOutbox(10, MINUTE)).toEqual([]);
    await store().markSent(a.id, "remote-1");
    expect(await store().getOutbox(a.id)).toMatchObject({ status: "sent", remoteMsgId: "remote-1", sentAt: clock.now(), leaseUntil: null });
    clock.advance(HOUR);
    expect((await store().claimOutbox(10, MINUTE)).map((m) => m.idempotencyKey)).toEqual(["later"]);
  });

  it("never gives one message to two concurrent dispatchers", async () => {
    for (let i = 0; i < 25; i++) await store().enqueueOutbox(kfText(`m${i}`));
    const all = fulfilled(await concurrently(5, () => store().claimOutbox(4, MINUTE))).flat().map((m) => m.id);
    expect(all).toHaveLength(20);
    expect(new Set(all).size).toBe(20);
    expect(await store().outboxCounts()).toEqual({ pending: 5, sending: 20, sent: 0, failed: 0 });
  });

  it("reclaims a message whose dispatcher crashed", async () => {
    const { id } = await store().enqueueOutbox(kfText("crash"));
    await store().claimOutbox(1, MINUTE);
    clock.advance(MINUTE);
    const [again] = await store().claimOutbox(1, MINUTE);
    expect(again).toMatchObject({ id, attempts: 2, status: "sending" });
  });

  it("schedules a retry, then gives up for good", async () => {
    const { id } = await store().enqueueOutbox(kfText("flaky"));
    await store().claimOutbox(1, MINUTE);
    const retryAt = new Date(clock.now().getTime() + 30_000);
    await store().markFailed(id, "errcode 45009 api freq out of limit", retryAt);
    expect(await store().getOutbox(id)).toMatchObject({ status: "pending", nextAttemptAt: retryAt, lastError: "errcode 45009 api freq out of limit", leaseUntil: null });
    expect(await store().claimOutbox(1, MINUTE)).toEqual([]);
    clock.set(retryAt);
    const [retry] = await store().claimOutbox(1, MINUTE);
    expect(retry).toMatchObject({ id, attempts: 2 });
    await store().markFailed(id, "errcode 95001 window closed", null);
    expect(await store().getOutbox(id)).toMatchObject({ status: "failed", lastError: "errcode 95001 window closed" });
    clock.advance(DAY);
    expect(await store().claimOutbox(10, MINUTE)).toEqual([]);
    expect(await store().outboxCounts()).toEqual({ pending: 0, sending: 0, sent: 0, failed: 1 });
  });

  it("keeps a sent message sent when a late failure arrives", async () => {
    const { id } = await store().enqueueOutbox(kfText("late"));
    await store().claimOutbox(1, MINUTE);
    await store().markSent(id);
    await store().markFailed(id, "timeout (the other dispatcher)", new Date(clock.now().getTime() + MINUTE));
    expect(await store().getOutbox(id)).toMatchObject({ status: "sent", lastError: null });
    await expect(store().markSent("5555")).rejects.toBeInstanceOf(StoreNotFoundError);
    await expect(store().markFailed("5555", "x", null)).rejects.toBeInstanceOf(StoreNotFoundError);
  });

  it("marks a batch sent in one call, with or without remote msgids, skipping unknown ids", async () => {
    const a = await store().enqueueOutbox(kfText("a"));
    const b = await store().enqueueOutbox(kfText("b"));
    const c = await store().enqueueOutbox(kfText("c"));
    await store().claimOutbox(10, MINUTE);
    clock.advance(1000);
    const found = await store().markSentMany([{ id: a.id, remoteMsgId: "remote-a" }, { id: b.id }, { id: "5555" }, { id: "not-an-id" }]);
    expect(found).toBe(2);
    expect(await store().getOutbox(a.id)).toMatchObject({ status: "sent", remoteMsgId: "remote-a", sentAt: clock.now(), updatedAt: clock.now(), leaseUntil: null });
    expect(await store().getOutbox(b.id)).toMatchObject({ status: "sent", remoteMsgId: null, sentAt: clock.now() });
    expect(await store().getOutbox(c.id)).toMatchObject({ status: "sending", sentAt: null });
    expect(await store().markSentMany([])).toBe(0);
    // Sent stays sent: a late failure report does not undo it.
    await store().markFailed(a.id, "late", null);
    expect(await store().outboxCounts()).toEqual({ pending: 0, sending: 1, sent: 2, failed: 0 });
  });
}

export function nudgeContract({ store, clock }: SuiteContext): void {
  it("plans one nudge per (interview, kind); re-planning replaces it", async () => {
    const iv = await makeInterview(store());
    const due = new Date(clock.now().getTime() + DAY);
    const first = await store().planNudge({ interviewId: iv.id, kind: "day_before", dueAt: due });
    expect(first).toMatchObject({ interviewId: iv.id, kind: "day_before", dueAt: due, status: "planned", reason: null });
    await store().planNudge({ interviewId: iv.id, kind: "two_hours_before", dueAt: new Date(due.getTime() + HOUR) });
    expect(await store().finishNudge(first.id, "sent")).toBe(true);
    const later = new Date(due.getTime() + 2 * DAY);
    const replanned = await store().planNudge({ interviewId: iv.id, kind: "day_before", dueAt: later });
    expect(replanned).toMatchObject({ status: "planned", dueAt: later, reason: null });
    expect(replanned.id).not.toBe(first.id);
    const all = await store().listNudges(iv.id);
    expect(all.map((n) => [n.kind, n.status])).toEqual([["two_hours_before", "planned"], ["day_before", "planned"]]);
    // The old plan's id is stale: a job still holding it cannot finish the new plan.
    expect(await store().finishNudge(first.id, "sent")).toBe(false);
    expect((await store().listNudges(iv.id)).find((n) => n.kind === "day_before")!.status).toBe("planned");
  });

  it("lists due planned nudges, earliest first", async () => {
    const iv = await makeInterview(store());
    const t = clock.now().getTime();
    const b = await store().planNudge({ interviewId: iv.id, kind: "b", dueAt: new Date(t + 2 * MINUTE) });
    const a = await store().planNudge({ interviewId: iv.id, kind: "a", dueAt: new Date(t + MINUTE) });
    const c = await store().planNudge({ interviewId: iv.id, kind: "c", dueAt: new Date(t + HOUR) });
    expect(await store().listDueNudges(10)).toEqual([]);
    clock.advance(2 * MINUTE);
    expect((await store().listDueNudges(10)).map((n) => n.id)).toEqual([a.id, b.id]);
    expect((await store().listDueNudges(1)).map((n) => n.id)).toEqual([a.id]);
    expect((await store().listDueNudges(10, new Date(t + HOUR))).map((n) => n.id)).toEqual([a.id, b.id, c.id]);
    await store().finishNudge(a.id, "failed", "kf window closed");
    expect((await store().listDueNudges(10)).map((n) => n.id)).toEqual([b.id]);
    expect((await store().listNudges(iv.id))[0]).toMatchObject({ kind: "a", status: "failed", reason: "kf window closed" });
  });

  it("skips an interview's planned nudges, optionally by kind", async () => {
    const iv = await makeInterview(store());
    const other = await makeInterview(store());
    const due = new Date(clock.now().getTime() + HOUR);
    const sent = await store().planNudge({ interviewId: iv.id, kind: "sent_one", dueAt: due });
    await store().finishNudge(sent.id, "sent");
    await store().planNudge({ interviewId: iv.id, kind: "x", dueAt: due });
    await store().planNudge({ interviewId: iv.id, kind: "y", dueAt: due });
    await store().planNudge({ interviewId: other.id, kind: "x", dueAt: due });
    expect(await store().skipNudges(iv.id, "cancelled", ["x"])).toBe(1);
    expect(await store().skipNudges(iv.id, "cancelled")).toBe(1);
    expect((await store().listNudges(iv.id)).map((n) => `${n.kind}:${n.status}`).sort()).toEqual(["sent_one:sent", "x:skipped", "y:skipped"]);
    expect((await store().listNudges(other.id))[0]!.status).toBe("planned");
  });

  it("lets exactly one of concurrent job runners finish a nudge", async () => {
    const iv = await makeInterview(store());
    const n = await store().planNudge({ interviewId: iv.id, kind: "day_before", dueAt: clock.now() });
    const results = fulfilled(await concurrently(8, () => store().finishNudge(n.id, "sent")));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
}
