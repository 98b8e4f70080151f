/**
 * Held-out batch 9, written blind (labels per LABELS.md, before running the system).
 * now on a Friday and a Saturday with the interview next week, menu numbers, English, pinyin, typos, arrival and departure notices. Blind: intent 59/64 (92.2%), 1 critical (Nope, can't do Wed read as confirm), proposed 61/64.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["周一上午可以吗", "reschedule", P("2026-11-30", null, "morning"), null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["下周二上午十点，没问题", "confirm", null, null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["下周二不行，下周三上午可以", "reschedule", P("2026-12-02", null, "morning"), null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["同一时间改到下周四可以吗", "reschedule", P("2026-12-03", "10:00", "morning"), null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["推迟一天", "reschedule", P("2026-12-02", "10:00", "morning"), null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["能往前挪一天吗", "reschedule", P("2026-11-30", "10:00", "morning"), null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["晚一个小时可以吗", "reschedule", P("2026-12-01", "11:00", "morning"), null, [], "2026-11-27T16:00:00+08:00", "2026-12-01T10:00:00+08:00"],
  ["后天下午3点见", "confirm", null, null, [], "2026-11-28T11:00:00+08:00", "2026-11-30T15:00:00+08:00"],
  ["周日可以面吗", "reschedule", P("2026-11-29", null, null), null, [], "2026-11-28T11:00:00+08:00", "2026-11-30T15:00:00+08:00"],
  ["下周二下午三点", "reschedule", P("2026-12-01", "15:00", "afternoon"), null, [], "2026-11-28T11:00:00+08:00", "2026-11-30T15:00:00+08:00"],
  ["周一改到晚上可以吗", "reschedule", P("2026-11-30", null, "evening"), null, [], "2026-11-28T11:00:00+08:00", "2026-11-30T15:00:00+08:00"],
  ["不去了，能把我的简历删掉吗", "cancel", null, "unknown", ["other"]],
  ["你们还招Java吗", "question", null, null, ["job"]],
  ["这是诈骗吗", "question", null, null, ["other"]],
  ["谁啊", "question", null, null, ["other"]],
  ["发错了吧", "other", null, null, []],
  ["Yes", "confirm", null, null, []],
  ["Yep, works for me", "confirm", null, null, []],
  ["Nope, can't do Wed", "reschedule", null, null, []],
  ["cant make it wed, thu?", "reschedule", P("2026-11-26", null, null), null, []],
  ["xie xie, zhun shi dao", "confirm", null, null, []],
  ["gai qi", "reschedule", null, null, []],
  ["bu hao yi si, qu bu liao le", "cancel", null, "unknown", []],
  ["🙏🙏", "other", null, null, []],
  ["👌🏻", "confirm", null, null, []],
  ["😊", "other", null, null, []],
  ["1️⃣", "confirm", null, null, []],
  ["②", "reschedule", null, null, []],
  ["3 谢谢", "cancel", null, "unknown", []],
  ["1吧", "confirm", null, null, []],
  ["选一", "confirm", null, null, []],
  ["我选择1", "confirm", null, null, []],
  ["好的，准是到", "confirm", null, null, []],
  ["确人参加", "confirm", null, null, []],
  ["不好意思，在约个时间吧", "reschedule", null, null, []],
  ["沒問題，準時到", "confirm", null, null, []],
  ["不好意思，那天有事，可以改期嗎", "reschedule", null, null, []],
  ["已經入職其他公司了", "cancel", null, "found_job", []],
  ["得行得行", "confirm", null, null, []],
  ["冇问题啊", "confirm", null, null, []],
  ["OK啦", "confirm", null, null, []],
  ["收到啦，准时嚟", "confirm", null, null, []],
  ["好的，但是我想先了解一下薪资", "confirm", null, null, ["salary"]],
  ["薪资多少？不满意的话就不去了", "question", null, null, ["salary"]],
  ["面试通过的话多久能入职", "question", null, null, ["other"]],
  ["公司几点上班", "question", null, null, ["job"]],
  ["快到了快到了", "late", null, null, [], "2026-11-25T13:30:00+08:00"],
  ["我到门口了，怎么进去", "question", null, null, ["other"], "2026-11-25T13:55:00+08:00"],
  ["不好意思，我迷路了，还在找", "late", null, null, [], "2026-11-25T14:20:00+08:00"],
  ["我现在出发，预计一点五十到", "late", null, null, [], "2026-11-25T12:00:00+08:00"],
  ["明天面试记得带什么来着", "question", null, null, ["materials"], "2026-11-24T10:00:00+08:00"],
  ["好的，明天见", "confirm", null, null, [], "2026-11-24T10:00:00+08:00"],
  ["明天下午不行了，临时有事", "reschedule", null, null, [], "2026-11-24T10:00:00+08:00"],
  ["不用了谢谢", "cancel", null, "unknown", []],
  ["不用改了，谢谢", "confirm", null, null, []],
  ["没事，原时间就行", "confirm", null, null, []],
  ["不好意思，这周都在外地，下周回来", "reschedule", null, null, []],
  ["最近在忙毕业的事，可能要12月中旬以后才有空", "reschedule", null, null, []],
  ["周四下午两点到四点之间都有空", "reschedule", P("2026-11-26", "14:00", "afternoon"), null, []],
  ["周四或者周五，下午都可以", "reschedule", P("2026-11-26", null, "afternoon"), null, []],
  ["早上九点可以吗", "reschedule", P(null, "09:00", "morning"), null, []],
  ["能改到当天上午吗", "reschedule", P("2026-11-25", null, "morning"), null, []],
  ["我想约在周五，时间跟原来一样", "reschedule", P("2026-11-27", "14:00", "afternoon"), null, []],
  ["往后延一周，时间不变", "reschedule", P("2026-12-02", "14:00", "afternoon"), null, []],
];

describe("held-out replies, batch 9", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
