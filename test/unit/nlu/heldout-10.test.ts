/**
 * Held-out batch 10, written blind (labels per LABELS.md, before running the system).
 * Adversarial: refusals after assent, slang withdrawals (鸽了, 下次一定), pending offers, menu corrections, every clock form. Blind: intent 53/64 (82.8%), 1 critical (另一家公司的offer还没定，我先来面一下 read as cancel), proposed 61/64.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["好的我知道了，但是我不去了", "cancel", null, "unknown", []],
  ["可以的话我想改个时间", "reschedule", null, null, []],
  ["如果可以改期的话最好，不行就算了", "reschedule", null, null, []],
  ["肯定去不了了", "cancel", null, "unknown", []],
  ["不一定能去", "other", null, null, []],
  ["去不去还没想好", "other", null, null, []],
  ["本来想去的，但是家里出了点事，去不了了", "cancel", null, "personal", []],
  ["原本确认的，现在去不了了，抱歉", "cancel", null, "unknown", []],
  ["不好意思放您鸽子了，去不了", "cancel", null, "unknown", []],
  ["我要鸽了", "cancel", null, "unknown", []],
  ["下次一定", "cancel", null, "unknown", []],
  ["这个面试我就不去了哈，谢谢HR小姐姐", "cancel", null, "unknown", []],
  ["HR您好，我是张三，已收到面试通知，届时准时参加", "confirm", null, null, []],
  ["收到通知，谢谢，我会按时到达", "confirm", null, null, []],
  ["请问可以带朋友一起去吗", "question", null, null, ["other"]],
  ["面试完可以报销路费吗", "question", null, null, ["other"]],
  ["周三可以，不过能不能早一个小时", "reschedule", P("2026-11-25", "13:00", "afternoon"), null, []],
  ["周三可以，就是要晚半小时到", "confirm", null, null, []],
  ["周三没空，周四有空", "reschedule", P("2026-11-26", null, null), null, []],
  ["周四有空吗", "reschedule", P("2026-11-26", null, null), null, []],
  ["我周三下午要去另一家面试，能改到上午吗", "reschedule", P("2026-11-25", null, "morning"), null, []],
  ["另一家公司的offer还没定，我先来面一下", "confirm", null, null, []],
  ["目前还没找到工作，很期待这次面试", "confirm", null, null, []],
  ["期待与您见面", "confirm", null, null, []],
  ["到时候见啦", "confirm", null, null, []],
  ["不好意思，打错了，我的意思是可以参加", "confirm", null, null, []],
  ["不是3是1", "confirm", null, null, []],
  ["1，哦不，2", "reschedule", null, null, []],
  ["2，周四全天都可以", "reschedule", P("2026-11-26", null, null), null, []],
  ["能否改到本周四或周五的任意时间", "reschedule", P("2026-11-26", null, null), null, []],
  ["这周四下午四点半", "reschedule", P("2026-11-26", "16:30", "afternoon"), null, []],
  ["周四16:30", "reschedule", P("2026-11-26", "16:30", "afternoon"), null, []],
  ["周四 16点", "reschedule", P("2026-11-26", "16:00", "afternoon"), null, []],
  ["下周一 9:00", "reschedule", P("2026-11-30", "09:00", "morning"), null, []],
  ["11月26日14点", "reschedule", P("2026-11-26", "14:00", "afternoon"), null, []],
  ["26号14:00", "reschedule", P("2026-11-26", "14:00", "afternoon"), null, []],
  ["2026/11/27 上午", "reschedule", P("2026-11-27", null, "morning"), null, []],
  ["周四下午三点一刻", "reschedule", P("2026-11-26", "15:15", "afternoon"), null, []],
  ["周四下午三点三刻", "reschedule", P("2026-11-26", "15:45", "afternoon"), null, []],
  ["周五八点半", "reschedule", P("2026-11-27", "08:30", "morning"), null, []],
  ["周五晚上八点半", "reschedule", P("2026-11-27", "20:30", "evening"), null, []],
  ["周五十二点", "reschedule", P("2026-11-27", "12:00", "afternoon"), null, []],
  ["明天一早", "reschedule", P("2026-11-24", null, "morning"), null, []],
  ["明早十点", "reschedule", P("2026-11-24", "10:00", "morning"), null, []],
  ["下下周三下午", "reschedule", P("2026-12-09", null, "afternoon"), null, []],
  ["下周五之前都行", "reschedule", null, null, []],
  ["还有两站", "late", null, null, [], "2026-11-25T13:40:00+08:00"],
  ["出租车司机走错路了，要晚一点", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["到了，不好意思晚了两分钟", "other", null, null, [], "2026-11-25T14:02:00+08:00"],
  ["我1点50左右到", "late", null, null, [], "2026-11-25T13:00:00+08:00"],
  ["今天下午见", "confirm", null, null, [], "2026-11-25T09:00:00+08:00"],
  ["今天下午的面试能推到4点吗", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, [], "2026-11-25T09:00:00+08:00"],
  ["今天去不了了，明天可以吗", "reschedule", P("2026-11-26", null, null), null, [], "2026-11-25T09:00:00+08:00"],
  ["Sorry, I've decided to stay with my current company", "cancel", null, "not_interested", []],
  ["Can I bring my portfolio on a USB?", "question", null, null, ["materials"]],
  ["How long is the interview?", "question", null, null, ["format"]],
  ["ok thx", "confirm", null, null, []],
  ["Noted with thanks", "other", null, null, []],
  ["👍 收到", "confirm", null, null, []],
  ["收到👌", "confirm", null, null, []],
  ["好嘞，必到", "confirm", null, null, []],
  ["准时赴约", "confirm", null, null, []],
  ["准时参会", "confirm", null, null, []],
  ["到点就到", "confirm", null, null, []],
];

describe("held-out replies, batch 10", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
