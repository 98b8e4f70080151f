/**
 * Held-out batch 5, written blind (labels per LABELS.md, before running the system).
 * Time expressions of every kind, other now/scheduledAt values, English, reasons. Blind: intent 63/64 (98.4%), 1 critical (不用改期了，周三可以去 read as cancel), proposed 62/64.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["您好，收到贵司的面试邀请非常荣幸，不过周三下午我要参加学校的毕业答辩，实在抽不开身，不知道能否安排在周五上午十点左右？如果不行的话下周一也可以，麻烦您了", "reschedule", P("2026-11-27", "10:00", "morning"), null, []],
  ["周四晚上7点线上可以吗", "reschedule", P("2026-11-26", "19:00", "evening"), null, ["format"]],
  ["能不能改到同一天下午4点", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, []],
  ["推迟到4点吧", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, []],
  ["晚半小时可以吗", "reschedule", P("2026-11-25", "14:30", "afternoon"), null, []],
  ["改到明天上午", "reschedule", P("2026-11-24", null, "morning"), null, []],
  ["后天中午12点可以吗", "reschedule", P("2026-11-25", "12:00", "afternoon"), null, []],
  ["周五傍晚6点", "reschedule", P("2026-11-27", "18:00", "evening"), null, []],
  ["11/30 上午9点半", "reschedule", P("2026-11-30", "09:30", "morning"), null, []],
  ["12月3日下午", "reschedule", P("2026-12-03", null, "afternoon"), null, []],
  ["2026-12-01 10:00 可以吗", "reschedule", P("2026-12-01", "10:00", "morning"), null, []],
  ["周四3点", "reschedule", P("2026-11-26", "15:00", "afternoon"), null, []],
  ["这周五下午两点半行不行", "reschedule", P("2026-11-27", "14:30", "afternoon"), null, []],
  ["下周的话哪天都可以", "reschedule", null, null, []],
  ["周末可以吗", "reschedule", null, null, []],
  ["下周任意一天下午都行", "reschedule", P(null, null, "afternoon"), null, []],
  ["要不改到周四同一时间", "reschedule", P("2026-11-26", "14:00", "afternoon"), null, []],
  ["能往后推一周吗", "reschedule", P("2026-12-02", "14:00", "afternoon"), null, []],
  ["提前到上午十一点可以吗", "reschedule", P("2026-11-25", "11:00", "morning"), null, []],
  ["周三我上午有空，能提前到上午吗", "reschedule", P("2026-11-25", null, "morning"), null, []],
  ["28号或者29号都可以", "reschedule", P("2026-11-28", null, null), null, []],
  ["星期五早上8点", "reschedule", P("2026-11-27", "08:00", "morning"), null, []],
  ["礼拜四下午", "reschedule", P("2026-11-26", null, "afternoon"), null, []],
  ["周四下午3点到5点之间都行", "reschedule", P("2026-11-26", "15:00", "afternoon"), null, []],
  ["那就改成周五吧，时间还是下午两点", "reschedule", P("2026-11-27", "14:00", "afternoon"), null, []],
  ["Can we move it to Friday morning?", "reschedule", P("2026-11-27", null, "morning"), null, []],
  ["Thursday 10am works better for me", "reschedule", P("2026-11-26", "10:00", "morning"), null, []],
  ["sorry, something came up on Wednesday. could we do next Monday 2pm?", "reschedule", P("2026-11-30", "14:00", "afternoon"), null, []],
  ["I'll be there, thanks!", "confirm", null, null, []],
  ["Confirmed. See you on Wednesday", "confirm", null, null, []],
  ["Is it online or onsite?", "question", null, null, ["format"]],
  ["I've accepted another offer, sorry", "cancel", null, "found_job", []],
  ["ok, 周三见", "confirm", null, null, []],
  ["周三不行，周四可以", "reschedule", P("2026-11-26", null, null), null, []],
  ["周三没问题", "confirm", null, null, []],
  ["不用改期了，周三可以去", "confirm", null, null, []],
  ["周三去不了了，以后有机会再说吧", "cancel", null, "time_conflict", []],
  ["不太方便，改天吧", "reschedule", null, null, []],
  ["没有不方便，准时到", "confirm", null, null, []],
  ["不是2，是1", "confirm", null, null, []],
  ["选2", "reschedule", null, null, []],
  ["3", "cancel", null, "unknown", []],
  ["3，已经找到工作了", "cancel", null, "found_job", []],
  ["好的好的，我周三下午两点准时到，到了给您打电话", "confirm", null, null, []],
  ["抱歉，我考虑了一下，觉得这个岗位和我的职业规划不太符合，就不参加面试了", "cancel", null, "not_interested", []],
  ["太远了，通勤要两个小时，还是算了", "cancel", null, "location", []],
  ["待遇达不到预期，放弃了", "cancel", null, "salary", []],
  ["最近身体不太好，住院了，这次面试去不了", "cancel", null, "personal", []],
  ["请问面试大概多长时间", "question", null, null, ["format"]],
  ["公司附近有地铁站吗", "question", null, null, ["transport"]],
  ["需要带作品集吗？还有是几轮面试", "question", null, null, ["materials", "format"]],
  ["这个岗位主要做什么的", "question", null, null, ["job"]],
  ["好的，面试官是谁呀", "confirm", null, null, ["format"]],
  ["今天下午的面试我临时有事，能改到明天吗", "reschedule", P("2026-11-26", null, null), null, [], "2026-11-25T08:30:00+08:00"],
  ["今天下午两点对吧，我会准时到", "confirm", null, null, [], "2026-11-25T08:30:00+08:00"],
  ["前面出了车祸堵死了，可能要晚半小时", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["我在门口了", "other", null, null, [], "2026-11-25T13:58:00+08:00"],
  ["下周二上午10点没问题", "confirm", null, null, [], "2026-11-26T15:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["下周二不行，下周三同一时间可以吗", "reschedule", P("2026-12-02", "10:00", "morning"), null, [], "2026-11-26T15:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["明天上午可以提前面吗", "reschedule", P("2026-11-27", null, "morning"), null, [], "2026-11-26T15:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["周三我要出差，周四下午可以吗", "reschedule", P("2026-12-03", null, "afternoon"), null, [], "2026-11-29T20:00:00+08:00", "2026-12-02T15:00:00+08:00"],
  ["明天下午3点可以吗", "reschedule", P("2026-11-30", "15:00", "afternoon"), null, [], "2026-11-29T20:00:00+08:00", "2026-12-02T15:00:00+08:00"],
  ["好的，周三下午三点见", "confirm", null, null, [], "2026-11-29T20:00:00+08:00", "2026-12-02T15:00:00+08:00"],
  ["推迟两个小时", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, []],
];

describe("held-out replies, batch 5", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
