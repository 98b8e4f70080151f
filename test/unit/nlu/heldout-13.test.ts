/**
 * Held-out batch 13, written blind (labels per LABELS.md, before running the system).
 * Wu and other dialects, pinyin, chat abbreviations (3q, kk, hhh), day exclusions and lists, parenthesised weekdays, topics. Blind: intent 60/64 (93.8%), 0 critical, proposed 63/64.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["好额", "confirm", null, null, []],
  ["晓得了，准时到", "confirm", null, null, []],
  ["覅改了，就周三", "confirm", null, null, []],
  ["阿拉周三来", "confirm", null, null, []],
  ["嘹咋咧，准时到", "confirm", null, null, []],
  ["妥妥滴", "confirm", null, null, []],
  ["冇得问题", "confirm", null, null, []],
  ["好啦好啦", "confirm", null, null, []],
  ["3q", "other", null, null, []],
  ["kk", "confirm", null, null, []],
  ["hhh", "other", null, null, []],
  ["Y", "confirm", null, null, []],
  ["hao de ya", "confirm", null, null, []],
  ["ming bai le", "other", null, null, []],
  ["zhi dao le, xie xie", "other", null, null, []],
  ["bu hao yi si, na tian you shi", "reschedule", null, null, []],
  ["礼拜五下昼三点得唔得", "reschedule", P("2026-11-27", "15:00", "afternoon"), null, []],
  ["周三改周四", "reschedule", P("2026-11-26", null, null), null, []],
  ["周三换成周五上午", "reschedule", P("2026-11-27", null, "morning"), null, []],
  ["不要周三，周四可以", "reschedule", P("2026-11-26", null, null), null, []],
  ["周三周四都不行，周五可以", "reschedule", P("2026-11-27", null, null), null, []],
  ["除了周三，这周其他时间都可以", "reschedule", null, null, []],
  ["下周哪天都行，除了周一", "reschedule", null, null, []],
  ["下周二三都可以", "reschedule", P("2026-12-01", null, null), null, []],
  ["本周四、五下午都行", "reschedule", P("2026-11-26", null, "afternoon"), null, []],
  ["周五之后都行", "reschedule", null, null, []],
  ["能不能晚上面，白天要上班", "reschedule", P(null, null, "evening"), null, []],
  ["周末面可以吗，平时要上班", "reschedule", null, null, []],
  ["中午12点半可以吗", "reschedule", P(null, "12:30", "afternoon"), null, []],
  ["能否安排在明天的同一时间", "reschedule", P("2026-11-24", "14:00", "afternoon"), null, []],
  ["晚两个小时吧", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, []],
  ["往后推半小时", "reschedule", P("2026-11-25", "14:30", "afternoon"), null, []],
  ["提前一天", "reschedule", P("2026-11-24", "14:00", "afternoon"), null, []],
  ["改到大后天", "reschedule", P("2026-11-26", null, null), null, []],
  ["12月初可以吗", "reschedule", null, null, []],
  ["十二月五号上午", "reschedule", P("2026-12-05", null, "morning"), null, []],
  ["12月5日（周六）上午10点", "reschedule", P("2026-12-05", "10:00", "morning"), null, []],
  ["周六(11.28)下午", "reschedule", P("2026-11-28", null, "afternoon"), null, []],
  ["在路上了", "late", null, null, [], "2026-11-25T13:30:00+08:00"],
  ["地铁晚点了，可能晚到", "late", null, null, [], "2026-11-25T13:45:00+08:00"],
  ["刚到，在一楼等", "other", null, null, [], "2026-11-25T13:58:00+08:00"],
  ["到了，请问找谁", "question", null, null, ["other"], "2026-11-25T14:03:00+08:00"],
  ["好的，我这就出发", "confirm", null, null, [], "2026-11-25T12:30:00+08:00"],
  ["对不起，我可能要迟到了，堵车", "late", null, null, [], "2026-11-25T13:45:00+08:00"],
  ["面完了，感谢", "other", null, null, [], "2026-11-25T14:50:00+08:00"],
  ["不好意思，临时有急事，今天去不了了", "reschedule", null, null, [], "2026-11-25T13:00:00+08:00"],
  ["我想问一下面试结果什么时候出", "question", null, null, ["other"]],
  ["面试需要穿正装吗？可以穿休闲点吗", "question", null, null, ["other"]],
  ["面试时长大概多久？", "question", null, null, ["format"]],
  ["有hr面吗", "question", null, null, ["format"]],
  ["这个岗位还招吗", "question", null, null, ["job"]],
  ["你们公司加班多吗", "question", null, null, ["job"]],
  ["公司在哪个地铁站附近", "question", null, null, ["transport"]],
  ["发下具体地址", "question", null, null, ["location"]],
  ["你好，我是昨天投简历的，请问面试是这周三吗", "question", null, null, ["other"]],
  ["好的，谢谢您的邀请，期待见面", "confirm", null, null, []],
  ["好的，谢谢，另外面试大概多长时间", "confirm", null, null, ["format"]],
  ["好的，届时联系", "confirm", null, null, []],
  ["好，我到时候联系你", "confirm", null, null, []],
  ["我的简历你们看了吗", "question", null, null, ["other"]],
  ["谢谢，不需要了", "cancel", null, "unknown", []],
  ["不需要改期，周三见", "confirm", null, null, []],
  ["没有什么问题，到时见", "confirm", null, null, []],
  ["没什么要问的，准时到", "confirm", null, null, []],
];

describe("held-out replies, batch 13", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
