import { describe, expect, it } from "vitest";
import { Conversation, effectTypes, find, makeCtx, said } from "./helpers.js";

function started(ctx = makeCtx()): Conversation {
  const c = new Conversation(ctx);
  c.bind();
  return c;
}

describe("questions", () => {
  it("location comes from the interview itself, with the map link", () => {
    const c = started();
    const r = c.say("地址在哪");
    expect(said(r)).toContain("面试地点：深圳南山区科技园XX大厦12楼");
    expect(said(r)).toContain("https://map.qq.com/x");
    expect(effectTypes(r)).toEqual(["event:candidate.question"]);
    expect(c.state).toMatchObject({ flow: "invitation", step: "awaiting_reply" });
  });

  it("salary and transport come from the default FAQ section", () => {
    expect(said(started().say("薪资多少"))).toContain("薪资会根据您的经验和面试表现综合确定");
    expect(said(started().say("有停车位吗"))).toContain("园区访客停车位有限");
  });

  it("the job description comes from the position's override", () => {
    const r = started().say("这个岗位具体做什么的？");
    expect(said(r)).toContain("https://jobs.example.com/frontend");
  });

  it("online or on-site: answered from the interview", () => {
    const ctx = makeCtx({ interview: { location: null, meetingUrl: "https://meeting.tencent.com/dm/abc" } });
    const r = started(ctx).say("线上还是线下？");
    expect(said(r)).toContain("本次为线上面试，约60分钟");
  });

  it("a topic nobody configured goes to a human", () => {
    const ctx = makeCtx({ interview: { position: "测试工程师" } });
    const r = started(ctx).say("这个岗位具体做什么的？");
    expect(effectTypes(r)).toEqual(["event:candidate.question", "event:candidate.unanswered_question", "handoff", "event:conversation.handed_off", "replan_nudges"]);
    expect(find(r, "handoff").servicerUserId).toBe("zhangwei");
    expect(said(r)).toContain("这个问题我已转给招聘负责人");
  });

  it("an 'other' question goes to a human and the bot then stays out of it", () => {
    const c = started();
    const r = c.say("这个时间是固定的吗，能调吗？");
    expect(effectTypes(r)).toContain("handoff");
    expect(c.state.flow).toBe("handoff");
    expect(c.say("好的谢谢")).toEqual({ status: "ignored", reason: "human_has_session" });
  });
});
