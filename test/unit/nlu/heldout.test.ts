/**
 * Held-out replies written for these tests, worded differently from the public set
 * (no phrase here was copied from it). They guard against rules that only memorise.
 */
import { describe, expect, it } from "vitest";
import type { Understanding } from "../../../src/nlu/index.js";
import { NOW, ON_THE_DAY, SCHEDULED, p, u } from "./helpers.js";

type Want = Partial<Omit<Understanding, "confidence">>;
const FRIDAY = new Date("2026-11-27T16:00:00+08:00");
const NEXT_TUE = new Date("2026-12-01T14:00:00+08:00");

const cases: Array<[string, Want, Date?, Date?]> = [
  // confirm
  ["好的呢，周三下午一定准时到", { intent: "confirm", proposed: null }],
  ["没啥问题，按约定时间过去", { intent: "confirm" }],
  ["收到啦，届时见", { intent: "confirm" }],
  ["可以可以", { intent: "confirm" }],
  ["ok，我会提前15分钟到", { intent: "confirm" }],
  ["好嘞 到时候过去", { intent: "confirm" }],
  ["确认出席，谢谢安排", { intent: "confirm" }],
  ["行的，请问面试要多长时间", { intent: "confirm", questions: ["format"] }],
  ["没问题，顺便问下有没有笔试", { intent: "confirm", questions: ["format"] }],
  ["好的，去之前要准备些什么材料吗", { intent: "confirm", questions: ["materials"] }],
  ["Sounds good, see you Wednesday", { intent: "confirm" }],
  ["原定时间就行，不用调整", { intent: "confirm" }],
  // reschedule
  ["周三下午临时要加班，能否换到周五上午？", { intent: "reschedule", proposed: p("2026-11-27", null, "morning") }],
  ["不好意思那天要去医院复查，可以往后挪一天吗", { intent: "reschedule", proposed: p("2026-11-26", "14:00", "afternoon") }],
  ["下周三上午十点半方便吗", { intent: "reschedule", proposed: p("2026-12-02", "10:30", "morning") }],
  ["我这周都在外地，下下周二下午行不行", { intent: "reschedule", proposed: p("2026-12-08", null, "afternoon") }],
  ["能不能约在12月4号下午四点", { intent: "reschedule", proposed: p("2026-12-04", "16:00", "afternoon") }],
  ["想推迟半小时，两点半可以吗", { intent: "reschedule", proposed: p("2026-11-25", "14:30", "afternoon") }],
  ["周三我有考试，周四或者周五都可以", { intent: "reschedule", proposed: p("2026-11-26", null, null) }],
  ["那个时间段我在开会，能提前到上午十点吗", { intent: "reschedule", proposed: p("2026-11-25", "10:00", "morning") }],
  ["麻烦帮我改个时间，这周实在抽不开身", { intent: "reschedule", proposed: null }],
  ["Could we do Thursday at 4pm instead?", { intent: "reschedule", proposed: p("2026-11-26", "16:00", "afternoon") }],
  ["明天下午三点半行吗", { intent: "reschedule", proposed: p("2026-11-24", "15:30", "afternoon") }],
  ["29号上午可以不", { intent: "reschedule", proposed: p("2026-11-29", null, "morning") }],
  ["下周一同一时间吧", { intent: "reschedule", proposed: p("2026-11-30", "14:00", "afternoon") }, FRIDAY, NEXT_TUE],
  ["週四上午可以嗎", { intent: "reschedule", proposed: p("2026-11-26", null, "morning") }],
  ["2 周五晚上七点线上可以吗", { intent: "reschedule", proposed: p("2026-11-27", "19:00", "evening"), questions: ["format"] }],
  // cancel
  ["不好意思，我已经接了别家的offer", { intent: "cancel", cancelReason: "found_job" }],
  ["考虑了一下还是不去了", { intent: "cancel", cancelReason: "unknown" }],
  ["这个薪资范围跟我期望差距有点大，这次就算了", { intent: "cancel", cancelReason: "salary" }],
  ["公司离我住的地方太远，放弃这次面试", { intent: "cancel", cancelReason: "location" }],
  ["家里出了点事，近期都没法找工作，抱歉不参加了", { intent: "cancel", cancelReason: "personal" }],
  ["觉得岗位跟我方向不符，就不去了", { intent: "cancel", cancelReason: "not_interested" }],
  ["麻烦取消吧，谢谢", { intent: "cancel", cancelReason: "unknown" }],
  ["I will not attend, sorry.", { intent: "cancel" }],
  // question
  ["你们公司具体在哪个位置", { intent: "question", questions: ["location"] }],
  ["面试是现场还是视频", { intent: "question", questions: ["format"] }],
  ["这个岗位平时加班多吗", { intent: "question", questions: ["job"] }],
  ["离哪个地铁站最近", { intent: "question", questions: ["transport"] }],
  ["试用期多久，薪资怎么算", { intent: "question", questions: ["salary"] }],
  ["What should I bring?", { intent: "question", questions: ["materials"] }],
  // late / other
  ["路上有点堵，估计迟个十来分钟", { intent: "late" }, ON_THE_DAY],
  ["刚下地铁，五分钟后到", { intent: "late" }, ON_THE_DAY],
  ["已经在前台了", { intent: "other" }, ON_THE_DAY],
  ["收到，谢谢您的通知", { intent: "other" }],
  ["我先看看那天有没有安排，回头告诉你", { intent: "other" }],
  ["明白", { intent: "other" }],
  ["????", { intent: "other" }],
  // found while probing after batch 3
  ["周三下午有点事，不过可以调开，能来", { intent: "confirm" }],
  ["周三不一定能去，要不约周四", { intent: "reschedule", proposed: p("2026-11-26", null, null) }],
  ["那天可以，就是可能要晚点到", { intent: "confirm" }],
  ["算了，还是改到周四吧", { intent: "reschedule", proposed: p("2026-11-26", null, null) }],
];

describe("held-out replies", () => {
  it.each(cases)("%s", (text, want, now = NOW, scheduledAt = SCHEDULED) => {
    expect(u(text, now, scheduledAt)).toMatchObject(want);
  });
});
