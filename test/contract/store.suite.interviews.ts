import { expect, it } from "vitest";
import { StoreConflictError, StoreNotFoundError } from "../../src/store/index.js";
import { concurrently, DAY, fulfilled, HOUR, makeInterview, rejected } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

export function candidateContract({ store, clock }: SuiteContext): void {
  it("creates, reads and updates candidates", async () => {
    const c = await store().createCandidate({ name: "李四", mobile: "13800138000", sourceChannel: "猎聘" });
    expect(c).toMatchObject({ name: "李四", mobile: "13800138000", sourceChannel: "猎聘", externalUserId: null });
    expect(typeof c.id).toBe("string");
    expect(await store().getCandidate(c.id)).toEqual(c);
    clock.advance(1_000);
    const bound = await store().updateCandidate(c.id, { externalUserId: "wmEXT42" });
    expect(bound).toMatchObject({ name: "李四", mobile: "13800138000", externalUserId: "wmEXT42" });
    expect(bound.updatedAt.getTime()).toBe(c.updatedAt.getTime() + 1_000);
    const cleared = await store().updateCandidate(c.id, { mobile: null });
    expect(cleared.mobile).toBeNull();
    expect(cleared.externalUserId).toBe("wmEXT42");
  });

  it("stores omitted optional fields as null", async () => {
    const c = await store().createCandidate({ name: "王五" });
    expect(c).toMatchObject({ mobile: null, sourceChannel: null, externalUserId: null });
  });

  it("treats unknown and malformed ids as not found", async () => {
    expect(await store().getCandidate("424242")).toBeUndefined();
    expect(await store().getCandidate("abc")).toBeUndefined();
    await expect(store().updateCandidate("424242", { name: "x" })).rejects.toBeInstanceOf(StoreNotFoundError);
  });

  it("finds candidates by name substring, external user and mobile, newest first", async () => {
    const a = await store().createCandidate({ name: "张三", mobile: "13900000001" });
    const b = await store().createCandidate({ name: "张三丰", externalUserId: "wmB" });
    await store().createCandidate({ name: "李四" });
    await store().createCandidate({ name: "50%_off" });
    expect((await store().findCandidates({ nameContains: "张三" })).map((c) => c.id)).toEqual([b.id, a.id]);
    expect((await store().findCandidates({ externalUserId: "wmB" })).map((c) => c.id)).toEqual([b.id]);
    expect((await store().findCandidates({ mobile: "13900000001" })).map((c) => c.id)).toEqual([a.id]);
    // Wildcards in the search text are literal.
    expect((await store().findCandidates({ nameContains: "%_" })).map((c) => c.name)).toEqual(["50%_off"]);
    expect(await store().findCandidates({ nameContains: "张", limit: 1 })).toHaveLength(1);
  });
}

export function interviewContract({ store, clock }: SuiteContext): void {
  it("creates an invited interview and records the creation in its history", async () => {
    const iv = await makeInterview(store(), { meetingUrl: "https://meeting.tencent.com/dm/x", materials: "身份证" });
    expect(iv).toMatchObject({
      position: "后端工程师",
      recruiterUserId: "hr-li",
      interviewers: ["wang", "zhao"],
      durationMinutes: 60,
      location: { address: "上海市徐汇区漕河泾开发区 1 号楼 5 层", mapUrl: "https://map.qq.com/x" },
      meetingUrl: "https://meeting.tencent.com/dm/x",
      materials: "身份证",
      process: null,
      notes: null,
      status: "invited",
      rescheduleCount: 0,
      cancelReason: null,
    });
    expect(iv.scheduledAt.toISOString()).toBe("2025-06-05T06:00:00.000Z");
    expect(await store().getInterview(iv.id)).toEqual(iv);
    const history = await store().listTransitions({ interviewId: iv.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ from: null, to: "invited", actor: "recruiter:hr-li", at: clock.now() });
  });

  it("keeps a location without a map link, and no location at all", async () => {
    const a = await makeInterview(store(), { location: { address: "北京", mapUrl: null } });
    expect(a.location).toEqual({ address: "北京", mapUrl: null });
    const b = await makeInterview(store(), { location: null, meetingUrl: "https://m" });
    expect(b.location).toBeNull();
  });

  it("updates details without touching the status", async () => {
    const iv = await makeInterview(store());
    const updated = await store().updateInterview(iv.id, { notes: "带作品集", interviewers: ["li"], location: null });
    expect(updated).toMatchObject({ notes: "带作品集", interviewers: ["li"], location: null, status: "invited" });
    await expect(store().updateInterview("99999", { notes: "x" })).rejects.toBeInstanceOf(StoreNotFoundError);
  });

  it("records every transition with actor, reason and details", async () => {
    const iv = await makeInterview(store());
    clock.advance(HOUR);
    const { interview, transition } = await store().transitionInterview({
      interviewId: iv.id,
      to: "confirmed",
      actor: "candidate",
      details: { via: "menu", menuId: "confirm" },
    });
    expect(interview.status).toBe("confirmed");
    expect(transition).toMatchObject({ from: "invited", to: "confirmed", actor: "candidate", reason: null, at: clock.now() });
    expect(transition.details).toEqual({ via: "menu", menuId: "confirm" });
    const newTime = new Date("2025-06-06T02:00:00.000Z");
    await store().transitionInterview({ interviewId: iv.id, to: "reschedule_requested", actor: "candidate", reason: "出差" });
    const moved = await store().transitionInterview({
      interviewId: iv.id,
      to: "rescheduled",
      actor: "recruiter:hr-li",
      changes: { scheduledAt: newTime },
    });
    expect(moved.interview).toMatchObject({ status: "rescheduled", rescheduleCount: 1, scheduledAt: newTime });
    const cancelled = await store().transitionInterview({ interviewId: iv.id, to: "cancelled", actor: "candidate", reason: "已入职其他公司" });
    expect(cancelled.interview).toMatchObject({ status: "cancelled", cancelReason: "已入职其他公司", rescheduleCount: 1 });
    const history = await store().listTransitions({ interviewId: iv.id });
    expect(history.map((t) => `${t.from}>${t.to}`)).toEqual([
      "null>invited",
      "invited>confirmed",
      "confirmed>reschedule_requested",
      "reschedule_requested>rescheduled",
      "rescheduled>cancelled",
    ]);
  });

  it("refuses a transition from an unexpected status and writes nothing", async () => {
    const iv = await makeInterview(store());
    await store().transitionInterview({ interviewId: iv.id, to: "cancelled", actor: "recruiter:hr-li", reason: "岗位关闭" });
    await expect(
      store().transitionInterview({ interviewId: iv.id, to: "confirmed", actor: "candidate", expectedFrom: ["invited", "rescheduled"] }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store().getInterview(iv.id))!.status).toBe("cancelled");
    expect(await store().listTransitions({ interviewId: iv.id })).toHaveLength(2);
    await expect(store().transitionInterview({ interviewId: "31337", to: "confirmed", actor: "system" })).rejects.toBeInstanceOf(
      StoreNotFoundError,
    );
  });

  it("lets exactly one of concurrent actors make the same guarded transition", async () => {
    const iv = await makeInterview(store());
    const results = await concurrently(10, (i) =>
      store().transitionInterview({ interviewId: iv.id, to: i % 2 ? "confirmed" : "cancelled", actor: `a${i}`, expectedFrom: "invited" }),
    );
    expect(fulfilled(results)).toHaveLength(1);
    expect(rejected(results).every((e) => e instanceof StoreConflictError)).toBe(true);
    expect(await store().listTransitions({ interviewId: iv.id })).toHaveLength(2);
  });

  it("finds interviews by recruiter and time range, status, window and candidate name", async () => {
    const base = new Date("2025-06-03T00:00:00.000Z").getTime();
    const a = await makeInterview(store(), { candidateName: "张三", scheduledAt: new Date(base + 2 * HOUR) });
    const b = await makeInterview(store(), { candidateName: "李四", scheduledAt: new Date(base + 5 * HOUR) });
    const c = await makeInterview(store(), { candidateName: "张三丰", scheduledAt: new Date(base + DAY), recruiterUserId: "hr-wu" });
    await store().transitionInterview({ interviewId: b.id, to: "cancelled", actor: "candidate" });
    const ids = (rows: { interview: { id: string } }[]) => rows.map((r) => r.interview.id);

    const day = { scheduledFrom: new Date(base), scheduledBefore: new Date(base + DAY) };
    expect(ids(await store().findInterviews({ recruiterUserId: "hr-li", ...day }))).toEqual([a.id, b.id]);
    // The range is half-open: an interview exactly at `scheduledBefore` is outside.
    expect(ids(await store().findInterviews({ ...day }))).toEqual([a.id, b.id]);
    expect(ids(await store().findInterviews({ statuses: ["cancelled"] }))).toEqual([b.id]);
    expect(await store().findInterviews({ statuses: [] })).toEqual([]);
    const upcoming = await store().findInterviews({ ...day, statuses: ["invited", "confirmed", "rescheduled"] });
    expect(ids(upcoming)).toEqual([a.id]);
    const byName = await store().findInterviews({ candidateName: "张三" });
    expect(ids(byName)).toEqual([a.id, c.id]);
    expect(byName[1]!.candidate).toMatchObject({ id: c.candidateId, name: "张三丰", sourceChannel: "BOSS直聘" });
    expect(ids(await store().findInterviews({ candidateName: "张三", order: "desc", limit: 1 }))).toEqual([c.id]);
    expect(ids(await store().findInterviews({ candidateId: b.candidateId }))).toEqual([b.id]);
    expect(ids(await store().findInterviews({ ids: [c.id, a.id, "bogus"] }))).toEqual([a.id, c.id]);
  });

  it("lists transitions by time window and target status, for metrics", async () => {
    const a = await makeInterview(store());
    const b = await makeInterview(store());
    clock.advance(HOUR);
    const start = clock.now();
    await store().transitionInterview({ interviewId: a.id, to: "confirmed", actor: "candidate" });
    clock.advance(HOUR);
    await store().transitionInterview({ interviewId: b.id, to: "cancelled", actor: "candidate" });
    clock.advance(HOUR);
    await store().transitionInterview({ interviewId: a.id, to: "checked_in", actor: "recruiter:hr-li" });
    const window = await store().listTransitions({ from: start, before: clock.now() });
    expect(window.map((t) => t.to)).toEqual(["confirmed", "cancelled"]);
    const confirmations = await store().listTransitions({ to: ["confirmed", "checked_in"] });
    expect(confirmations.map((t) => [t.interviewId, t.to])).toEqual([
      [a.id, "confirmed"],
      [a.id, "checked_in"],
    ]);
  });
}
