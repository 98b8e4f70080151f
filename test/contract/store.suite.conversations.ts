import { expect, it } from "vitest";
import { StoreConflictError, StoreNotFoundError } from "../../src/store/index.js";
import { concurrently, fulfilled, HOUR, makeInterview } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

export function bindCodeContract({ store, clock }: SuiteContext): void {
  it("hands out the interview once, then reports the code as used", async () => {
    const iv = await makeInterview(store());
    const code = await store().createBindCode({ interviewId: iv.id, expiresAt: new Date(clock.now().getTime() + HOUR) });
    expect(code.code).toMatch(/^[A-Za-z0-9_-]{16,128}$/);
    expect(code).toMatchObject({ interviewId: iv.id, usedAt: null, usedBy: null });
    const first = await store().consumeBindCode(code.code, "wmEXT1");
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.interview).toEqual(iv);
    expect(first.bindCode).toMatchObject({ usedBy: "wmEXT1", usedAt: clock.now() });
    const second = await store().consumeBindCode(code.code, "wmEXT2");
    expect(second).toMatchObject({ ok: false, reason: "used", bindCode: { usedBy: "wmEXT1" } });
  });

  it("tells unknown and expired codes apart", async () => {
    const iv = await makeInterview(store());
    await store().createBindCode({ code: "iv-abc_123", interviewId: iv.id, expiresAt: new Date(clock.now().getTime() + HOUR) });
    expect(await store().consumeBindCode("no-such-code", "wmEXT1")).toEqual({ ok: false, reason: "unknown" });
    clock.advance(HOUR);
    expect(await store().consumeBindCode("iv-abc_123", "wmEXT1")).toMatchObject({ ok: false, reason: "expired", bindCode: { usedAt: null } });
  });

  it("gives the interview to exactly one of concurrent scanners", async () => {
    const iv = await makeInterview(store());
    const { code } = await store().createBindCode({ interviewId: iv.id, expiresAt: new Date(clock.now().getTime() + HOUR) });
    const results = fulfilled(await concurrently(12, (i) => store().consumeBindCode(code, `wm${i}`)));
    expect(results).toHaveLength(12);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "used")).toHaveLength(11);
  });

  it("refuses a duplicate code", async () => {
    const iv = await makeInterview(store());
    const expiresAt = new Date(clock.now().getTime() + HOUR);
    await store().createBindCode({ code: "dup", interviewId: iv.id, expiresAt });
    await expect(store().createBindCode({ code: "dup", interviewId: iv.id, expiresAt })).rejects.toBeInstanceOf(StoreConflictError);
  });
}

export function conversationContract({ store, clock }: SuiteContext): void {
  it("opens one conversation per (open_kfid, external_userid)", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    expect(conv).toMatchObject({ openKfId: "wkA", externalUserId: "wmEXT1", interviewId: null, flow: null, step: null, slots: {}, version: 1 });
    expect(await store().openConversation("wkA", "wmEXT1")).toEqual(conv);
    expect(await store().getConversation("wkA", "wmEXT1")).toEqual(conv);
    expect(await store().getConversationById(conv.id)).toEqual(conv);
    expect((await store().openConversation("wkB", "wmEXT1")).id).not.toBe(conv.id);
    expect(await store().getConversation("wkA", "wmNobody")).toBeUndefined();
  });

  it("creates a single conversation under concurrent opens", async () => {
    const results = fulfilled(await concurrently(10, () => store().openConversation("wkA", "wmRace")));
    expect(results).toHaveLength(10);
    expect(new Set(results.map((c) => c.id)).size).toBe(1);
  });

  it("saves with an optimistic version and rejects a stale save", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    clock.advance(1_000);
    const saved = await store().saveConversation({
      id: conv.id,
      expectedVersion: 1,
      interviewId: iv.id,
      flow: "invitation",
      step: "await_confirm",
      slots: { proposed: ["周三下午", "周四上午"], attempts: 1, urgent: false, note: null },
    });
    expect(saved).toMatchObject({ version: 2, interviewId: iv.id, flow: "invitation", step: "await_confirm" });
    expect(saved.slots).toEqual({ proposed: ["周三下午", "周四上午"], attempts: 1, urgent: false, note: null });
    expect(saved.updatedAt.getTime()).toBe(conv.updatedAt.getTime() + 1_000);

    await expect(store().saveConversation({ id: conv.id, expectedVersion: 1, step: "stale" })).rejects.toBeInstanceOf(StoreConflictError);
    expect(await store().getConversationById(conv.id)).toEqual(saved);
    // Omitted fields stay as they are.
    const stepOnly = await store().saveConversation({ id: conv.id, expectedVersion: 2, step: "done" });
    expect(stepOnly).toMatchObject({ version: 3, flow: "invitation", step: "done", interviewId: iv.id });
    expect(stepOnly.slots).toEqual(saved.slots);
    await expect(store().saveConversation({ id: "777777", expectedVersion: 1 })).rejects.toBeInstanceOf(StoreNotFoundError);
  });

  it("lets only one of two concurrent writers of the same version win", async () => {
    const conv = await store().openConversation("wkA", "wmEXT1");
    const results = await concurrently(5, (i) => store().saveConversation({ id: conv.id, expectedVersion: 1, step: `s${i}` }));
    expect(fulfilled(results)).toHaveLength(1);
    expect((await store().getConversationById(conv.id))!.version).toBe(2);
  });

  it("finds the conversations bound to an interview", async () => {
    const iv = await makeInterview(store());
    const a = await store().openConversation("wkA", "wm1");
    await store().openConversation("wkA", "wm2");
    await store().saveConversation({ id: a.id, expectedVersion: 1, interviewId: iv.id });
    expect((await store().findConversationsByInterview(iv.id)).map((c) => c.id)).toEqual([a.id]);
    expect(await store().findConversationsByInterview("bogus")).toEqual([]);
  });
}
