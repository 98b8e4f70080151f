/**
 * Held-out batch 6, written blind (labels per LABELS.md, before running the system).
 * Polite refusals, negation traps, questions mixed with decisions, on-the-day replies. Blind: intent 55/64 (85.9%), 0 critical, proposed 62/64 (往后推一点 read as 13:00).
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["好的，不过我可能要晚点确定能不能去", "other", null, null, []],
  ["行，那我就不去了", "cancel", null, "unknown", []],
  ["好吧，那算了", "cancel", null, "unknown", []],
  ["收到，但是周三我要上班，请不了假", "reschedule", null, null, []],
  ["谢谢，我已经有offer了", "cancel", null, "found_job", []],
  ["其实我不太想去了，不好意思", "cancel", null, "not_interested", []],
  ["我想了想还是不去了吧", "cancel", null, "unknown", []],
  ["抱歉，这次就先不参加了，以后有机会再合作", "cancel", null, "unknown", []],
  ["不好意思，临时有变，去不了了", "cancel", null, "unknown", []],
  ["实在抱歉，最近家里老人生病需要照顾，这次面试只能放弃了", "cancel", null, "personal", []],
  ["不好意思，周三下午临时要加班，可以换到周四吗", "reschedule", P("2026-11-26", null, null), null, []],
  ["周三可能不行，要不周五？", "reschedule", P("2026-11-27", null, null), null, []],
  ["那天怕是赶不回来，能晚两天吗", "reschedule", P("2026-11-27", "14:00", "afternoon"), null, []],
  ["我不确定那天有没有空，晚点回复您", "other", null, null, []],
  ["应该没问题，到时候见", "confirm", null, null, []],
  ["能去，不过可能会晚个几分钟", "confirm", null, null, []],
  ["没问题，我准时参加。对了，公司有没有停车位？", "confirm", null, null, ["transport"]],
  ["不会不去的，放心", "confirm", null, null, []],
  ["不是说不去，是想改个时间", "reschedule", null, null, []],
  ["不用改时间，我能请到假", "confirm", null, null, []],
  ["我没有说不来啊，周三见", "confirm", null, null, []],
  ["去是肯定要去的，就是时间能不能往后推一点", "reschedule", null, null, []],
  ["面试可以改成线上吗？人在外地", "question", null, null, ["format"]],
  ["周三上午可以吗？下午有事", "reschedule", P("2026-11-25", null, "morning"), null, []],
  ["周三晚一点可以吗，比如四点", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, []],
  ["我能早点去吗，比如上午十点", "reschedule", P("2026-11-25", "10:00", "morning"), null, []],
  ["到时候我会提前十分钟到", "confirm", null, null, []],
  ["準時到，謝謝通知", "confirm", null, null, []],
  ["唔好意思，嗰日要返工，可唔可以改下星期一", "reschedule", P("2026-11-30", null, null), null, []],
  ["冇兴趣了，唔该", "cancel", null, "not_interested", []],
  ["收到，听日再覆你", "other", null, null, []],
  ["好嘅，到时见", "confirm", null, null, []],
  ["wo qu bu liao", "cancel", null, "unknown", []],
  ["mingtian xiawu keyima", "reschedule", P("2026-11-24", null, "afternoon"), null, []],
  ["hao de, zhun shi dao", "confirm", null, null, []],
  ["以经收到，准时到", "confirm", null, null, []],
  ["好的，在见", "confirm", null, null, []],
  ["我在想想", "other", null, null, []],
  ["周三有是去不了", "reschedule", null, null, []],
  ["下周三可以么", "reschedule", P("2026-12-02", null, null), null, []],
  ["改天吧", "reschedule", null, null, []],
  ["能不能约在下周", "reschedule", null, null, []],
  ["12号之后都可以", "reschedule", null, null, []],
  ["周四周五都可以", "reschedule", P("2026-11-26", null, null), null, []],
  ["要不下午四点？", "reschedule", P(null, "16:00", "afternoon"), null, []],
  ["我三点有个会，能不能改到五点", "reschedule", P("2026-11-25", "17:00", "afternoon"), null, []],
  ["地址发我一下", "question", null, null, ["location"]],
  ["发个定位", "question", null, null, ["location"]],
  ["要穿正装吗", "question", null, null, ["other"]],
  ["一面是技术面吗", "question", null, null, ["format"]],
  ["五险一金交吗", "question", null, null, ["salary"]],
  ["需要带电脑吗？我周三准时到", "confirm", null, null, ["materials"]],
  ["出门晚了，估计晚到15分钟，抱歉", "late", null, null, [], "2026-11-25T13:30:00+08:00"],
  ["已经在前台了", "other", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["快到了，在停车", "late", null, null, [], "2026-11-25T13:40:00+08:00"],
  ["我大概2点10分到", "late", null, null, [], "2026-11-25T13:20:00+08:00"],
  ["下午见", "confirm", null, null, [], "2026-11-25T13:00:00+08:00"],
  ["今天的面试还是两点吗", "question", null, null, ["other"], "2026-11-25T09:00:00+08:00"],
  ["OK的，没问题", "confirm", null, null, []],
  ["Sounds good, see you Wednesday 👍", "confirm", null, null, []],
  ["I'm afraid I won't be able to make it on Wednesday. Could we reschedule?", "reschedule", null, null, []],
  ["I'd prefer not to continue with the process, thank you", "cancel", null, "unknown", []],
  ["running 10 min late, sorry", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["Where should I park?", "question", null, null, ["transport"]],
];

describe("held-out replies, batch 6", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
