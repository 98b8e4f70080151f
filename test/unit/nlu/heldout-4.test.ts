/**
 * Held-out batch 4, written blind (labels per LABELS.md, before running the system).
 * Short replies, slang, emoji, dialects, pinyin, polite refusals, time forms. Blind: intent 58/65 (89.2%), 1 critical (Cantonese 去唔到…改第日 read as confirm); 嗯嗯 relabelled confirm to match the public set.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["嗯嗯", "confirm", null, null, []],
  ["好", "confirm", null, null, []],
  ["行", "confirm", null, null, []],
  ["可", "confirm", null, null, []],
  ["1", "confirm", null, null, []],
  ["OK", "confirm", null, null, []],
  ["👌👌", "confirm", null, null, []],
  ["🙏", "other", null, null, []],
  ["收到收到，准时到", "confirm", null, null, []],
  ["好哒，周三见😊", "confirm", null, null, []],
  ["木问题", "confirm", null, null, []],
  ["没毛病", "confirm", null, null, []],
  ["妥妥的", "confirm", null, null, []],
  ["安排！", "confirm", null, null, []],
  ["[抱拳]好的，辛苦了", "confirm", null, null, []],
  ["我再考虑一下", "other", null, null, []],
  ["可能去不了了，不好意思", "cancel", null, "unknown", []],
  ["恐怕要失约了，实在抱歉", "cancel", null, "unknown", []],
  ["家里临时有事，实在抱歉，去不了了", "cancel", null, "personal", []],
  ["家里临时有事，周三去不了，能换个时间吗", "reschedule", null, null, []],
  ["好的，周三间", "confirm", null, null, []],
  ["以经入职了，谢谢", "cancel", null, "found_job", []],
  ["我在考虑一下", "other", null, null, []],
  ["確認參加，謝謝", "confirm", null, null, []],
  ["唔该，准时到", "confirm", null, null, []],
  ["冇问题，到时见", "confirm", null, null, []],
  ["星期三去唔到，可唔可以改第日", "reschedule", null, null, []],
  ["中，俺准时去", "confirm", null, null, []],
  ["得劲，没问题", "confirm", null, null, []],
  ["要得，周三见", "confirm", null, null, []],
  ["晓得了", "other", null, null, []],
  ["巴适，按时到", "confirm", null, null, []],
  ["haode", "confirm", null, null, []],
  ["keyi", "confirm", null, null, []],
  ["buqule", "cancel", null, "unknown", []],
  ["ok see u then", "confirm", null, null, []],
  ["sorry I can't make it", "cancel", null, "unknown", []],
  ["can we do Thu 3pm instead", "reschedule", P("2026-11-26", "15:00", "afternoon"), null, []],
  ["不是不想去，是周三真的走不开", "reschedule", null, null, []],
  ["不用改，就按原时间", "confirm", null, null, []],
  ["没问题", "confirm", null, null, []],
  ["周三不太方便", "reschedule", null, null, []],
  ["不能不去啊，一定到", "confirm", null, null, []],
  ["好的，请问要带简历吗", "confirm", null, null, ["materials"]],
  ["能改到下周二下午两点吗", "reschedule", P("2026-12-01", "14:00", "afternoon"), null, []],
  ["下下周一上午可以吗", "reschedule", P("2026-12-07", null, "morning"), null, []],
  ["28号下午3点行吗", "reschedule", P("2026-11-28", "15:00", "afternoon"), null, []],
  ["11.27上午10点", "reschedule", P("2026-11-27", "10:00", "morning"), null, []],
  ["能否改为2026-11-30 14:30", "reschedule", P("2026-11-30", "14:30", "afternoon"), null, []],
  ["周四两点一刻可以吗", "reschedule", P("2026-11-26", "14:15", "afternoon"), null, []],
  ["推迟一小时可以吗", "reschedule", P("2026-11-25", "15:00", "afternoon"), null, []],
  ["能提前半小时吗", "reschedule", P("2026-11-25", "13:30", "afternoon"), null, []],
  ["往后推两天吧", "reschedule", P("2026-11-27", "14:00", "afternoon"), null, []],
  ["下周同一时间可以吗", "reschedule", P("2026-12-02", "14:00", "afternoon"), null, []],
  ["周四下午或者周五上午都行", "reschedule", P("2026-11-26", null, "afternoon"), null, []],
  ["月底前都可以", "reschedule", null, null, []],
  ["周三那天有个面试撞了，下周哪天都行", "reschedule", null, null, []],
  ["堵车了，大概晚十分钟", "late", null, null, [], "2026-11-25T13:40:00+08:00"],
  ["我到了", "other", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["到楼下了，几楼啊", "question", null, null, ["location"], "2026-11-25T13:50:00+08:00"],
  ["在地铁上，马上到", "late", null, null, [], "2026-11-25T13:45:00+08:00"],
  ["晚到一会，还能面吗", "late", null, null, ["other"], "2026-11-25T13:55:00+08:00"],
  ["工资怎么算的，试用期多久", "question", null, null, ["salary"]],
  ["是线上面还是线下面", "question", null, null, ["format"]],
  ["谢谢通知", "other", null, null, []],
];

describe("held-out replies, batch 4", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
