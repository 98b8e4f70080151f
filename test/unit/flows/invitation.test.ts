import { describe, expect, it } from "vitest";
import { candidateStep, initialState } from "../../../flows/index.js";
import { Conversation, handled, makeCtx, menuIds, messages, said } from "./helpers.js";

describe("invitation (on bound)", () => {
  it("states everything the candidate needs, then the three choices", () => {
    const c = new Conversation();
    const r = c.bind();
    const [details, choices] = messages(r);
    expect(details).toMatchObject({ type: "text", key: "iv1:invitation" });
    const body = details?.type === "text" ? details.text : "";
    for (const part of [
      "张三您好",
      "【前端工程师】",
      "11月25日（周三）14:00（约60分钟）",
      "深圳南山区科技园XX大厦12楼",
      "https://map.qq.com/x",
      "李工、王经理",
      "身份证、纸质简历",
      "笔试30分钟 + 两轮面试",
      "招聘团队",
      "以上时间已为您预留",
    ]) {
      expect(body).toContain(part);
    }
    expect(choices).toMatchObject({ type: "menu", key: "iv1:invitation:menu" });
    expect(menuIds(r)).toEqual(["confirm", "reschedule", "cancel"]);
    expect(said(r)).toContain("确认参加\n申请改期\n无法参加");
    expect(said(r)).toContain("也可以直接用文字回复");
    expect(c.state).toMatchObject({ flow: "invitation", step: "awaiting_reply" });
    // The invitation starts the no-reply clock: nudges are planned from here.
    expect(handled(r).effects.filter((e) => e.type !== "send")).toEqual([{ type: "replan_nudges" }]);
    expect(c.state.slots.invitedAt).toBe(c.ctx.now.toISOString());
  });

  it("an online interview gets the meeting link and no address lines", () => {
    const ctx = makeCtx({ interview: { location: null, meetingUrl: "https://meeting.tencent.com/dm/abc", interviewers: [], materials: null, process: null } });
    const r = candidateStep(initialState(), { kind: "bound", at: ctx.now }, ctx);
    const body = said(r);
    expect(body).toContain("线上面试链接：https://meeting.tencent.com/dm/abc");
    expect(body).not.toContain("地点");
    expect(body).not.toContain("面试官");
    expect(body).not.toContain("请携带");
  });

  it("a re-bind sends with the same keys and keeps the conversation where it was", () => {
    const c = new Conversation();
    const first = c.bind();
    c.say("好的");
    const again = c.bind();
    expect(messages(again).map((m) => m.key)).toEqual(messages(first).map((m) => m.key));
    expect(c.state).toMatchObject({ flow: "attending", step: "confirmed" });
  });

  it("binding to a cancelled interview says so instead of inviting", () => {
    const ctx = makeCtx({ interview: { status: "cancelled" } });
    const state = initialState();
    const r = handled(candidateStep(state, { kind: "bound", at: ctx.now }, ctx));
    expect(said(r)).toContain("本次面试已取消");
    expect(r.state).toBe(state);
  });
});
