import { expect, it } from "vitest";
import { MINUTE, makeInterview } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

export function messageLogContract({ store, clock }: SuiteContext): void {
  it("logs inbound and outbound messages with NLU results", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const out = await store().logMessage({
      direction: "out",
      channel: "kf",
      kind: "card",
      conversationId: conv.id,
      interviewId: iv.id,
      peerId: "wmEXT1",
      text: "您好，邀请您参加面试",
      wecomMsgId: "out-1",
    });
    expect(out).toMatchObject({ direction: "out", kind: "card", menuId: null, intent: null, confidence: null, at: clock.now() });
    clock.advance(7 * MINUTE);
    const reply = await store().logMessage({
      direction: "in",
      channel: "kf",
      kind: "text",
      conversationId: conv.id,
      interviewId: iv.id,
      peerId: "wmEXT1",
      text: "好的，周三下午可以 👍",
      intent: "confirm",
      confidence: 0.875,
      wecomMsgId: "msgIN_7f3a",
      at: new Date(clock.now().getTime() - 1_000),
    });
    expect(reply).toMatchObject({ text: "好的，周三下午可以 👍", intent: "confirm", confidence: 0.875, wecomMsgId: "msgIN_7f3a" });
    expect(reply.at.getTime()).toBe(clock.now().getTime() - 1_000);
    const listed = await store().listMessages({ interviewId: iv.id });
    expect(listed).toEqual([out, reply]);
  });

  it("stores NUL characters in text as U+FFFD instead of failing", async () => {
    const m = await store().logMessage({ direction: "in", channel: "kf", kind: "text", text: "a\u0000b" });
    expect(m.text).toBe("a\uFFFDb");
  });

  it("filters by conversation, direction, channel and half-open time range", async () => {
    const iv = await makeInterview(store());
    const conv = await store().openConversation("wkA", "wmEXT1");
    const log = (direction: "in" | "out", channel: "kf" | "app", offsetMin: number) =>
      store().logMessage({
        direction,
        channel,
        kind: "text",
        conversationId: channel === "kf" ? conv.id : null,
        interviewId: iv.id,
        at: new Date(clock.now().getTime() + offsetMin * MINUTE),
      });
    const m0 = await log("out", "kf", 0);
    const m1 = await log("in", "kf", 10);
    const m2 = await log("in", "app", 20);
    const m3 = await log("out", "kf", 30);
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(await store().listMessages({ conversationId: conv.id }))).toEqual([m0.id, m1.id, m3.id]);
    expect(ids(await store().listMessages({ direction: "in" }))).toEqual([m1.id, m2.id]);
    expect(ids(await store().listMessages({ channel: "app" }))).toEqual([m2.id]);
    const from = new Date(clock.now().getTime() + 10 * MINUTE);
    const before = new Date(clock.now().getTime() + 30 * MINUTE);
    expect(ids(await store().listMessages({ from, before }))).toEqual([m1.id, m2.id]);
    expect(ids(await store().listMessages({ order: "desc", limit: 2 }))).toEqual([m3.id, m2.id]);
    expect(await store().listMessages({ interviewId: "bogus" })).toEqual([]);
    const tagged = await store().logMessage({ direction: "in", channel: "kf", kind: "text", conversationId: conv.id, wecomMsgId: "msgTAG1" });
    expect(ids(await store().listMessages({ conversationId: conv.id, direction: "in", wecomMsgId: "msgTAG1" }))).toEqual([tagged.id]);
    expect(await store().listMessages({ conversationId: conv.id, direction: "out", wecomMsgId: "msgTAG1" })).toEqual([]);
    expect(await store().listMessages({ wecomMsgId: "msgNONE" })).toEqual([]);
  });
}

export function eventContract({ store, clock }: SuiteContext): void {
  it("records events and lists them by type, interview and time", async () => {
    const iv = await makeInterview(store());
    const a = await store().recordEvent({ type: "interview.confirmed", interviewId: iv.id, payload: { by: "candidate", latencyMs: 420000 } });
    expect(a).toMatchObject({ type: "interview.confirmed", interviewId: iv.id, at: clock.now() });
    expect(a.payload).toEqual({ by: "candidate", latencyMs: 420000 });
    clock.advance(MINUTE);
    const b = await store().recordEvent({ type: "alert.no_reply" });
    expect(b).toMatchObject({ interviewId: null, payload: {} });
    clock.advance(MINUTE);
    const c = await store().recordEvent({ type: "interview.cancelled", interviewId: iv.id, at: new Date(clock.now().getTime() - 30 * MINUTE) });
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(await store().listEvents({}))).toEqual([c.id, a.id, b.id]);
    expect(ids(await store().listEvents({ types: ["interview.confirmed", "alert.no_reply"] }))).toEqual([a.id, b.id]);
    expect(ids(await store().listEvents({ interviewId: iv.id }))).toEqual([c.id, a.id]);
    expect(ids(await store().listEvents({ from: a.at, before: b.at }))).toEqual([a.id]);
    expect(await store().listEvents({ types: [] })).toEqual([]);
  });

  it("lets a poller continue after the last id it saw", async () => {
    const first = await store().recordEvent({ type: "e1" });
    const second = await store().recordEvent({ type: "e2", at: new Date(0) });
    const third = await store().recordEvent({ type: "e3" });
    expect((await store().listEvents({ afterId: "0" })).map((e) => e.id)).toEqual([first.id, second.id, third.id]);
    expect((await store().listEvents({ afterId: first.id })).map((e) => e.id)).toEqual([second.id, third.id]);
    expect((await store().listEvents({ afterId: first.id, limit: 1 })).map((e) => e.id)).toEqual([second.id]);
    expect(await store().listEvents({ afterId: third.id })).toEqual([]);
  });
}
