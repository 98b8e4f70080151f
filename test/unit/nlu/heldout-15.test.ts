/**
 * Held-out batch 15, written blind (labels per LABELS.md, before running the system).
 * A typical mix (mostly plain confirms, common reschedules, cancels and questions) to estimate everyday accuracy. Blind: intent 62/64 (96.9%), 0 critical, proposed 64/64; 是吧？ relabelled as an other-topic question (public r354).
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["好的，我会准时到达，谢谢", "confirm", null, null, []],
  ["收到，周三下午见", "confirm", null, null, []],
  ["可以的，没问题", "confirm", null, null, []],
  ["好的好的，麻烦了", "confirm", null, null, []],
  ["嗯嗯好的，到时候见", "confirm", null, null, []],
  ["ok，准时参加", "confirm", null, null, []],
  ["好的，需要带身份证吗", "confirm", null, null, ["materials"]],
  ["可以，请问面试大概多久", "confirm", null, null, ["format"]],
  ["好的，公司具体地址发我一下", "confirm", null, null, ["location"]],
  ["没问题，请问停车方便吗", "confirm", null, null, ["transport"]],
  ["周三我要上班，能不能改到周六", "reschedule", P("2026-11-28", null, null), null, []],
  ["那天没空，下周可以吗", "reschedule", null, null, []],
  ["不好意思，周三有事，周四上午10点可以吗", "reschedule", P("2026-11-26", "10:00", "morning"), null, []],
  ["我能晚一点吗，比如下午四点", "reschedule", P("2026-11-25", "16:00", "afternoon"), null, []],
  ["能改成晚上吗", "reschedule", P("2026-11-25", null, "evening"), null, []],
  ["周三下午不行，上午可以", "reschedule", P(null, null, "morning"), null, []],
  ["能约到下周一吗", "reschedule", P("2026-11-30", null, null), null, []],
  ["改期，谢谢", "reschedule", null, null, []],
  ["2", "reschedule", null, null, []],
  ["时间不太合适", "reschedule", null, null, []],
  ["这个时间不行", "reschedule", null, null, []],
  ["我下周才回深圳", "reschedule", null, null, []],
  ["谢谢，我已经找到工作了", "cancel", null, "found_job", []],
  ["不考虑了，谢谢", "cancel", null, "not_interested", []],
  ["不好意思，不去了", "cancel", null, "unknown", []],
  ["我放弃这次面试", "cancel", null, "unknown", []],
  ["距离太远，不去了", "cancel", null, "location", []],
  ["3，谢谢", "cancel", null, "unknown", []],
  ["已经有offer了，不好意思", "cancel", null, "found_job", []],
  ["请问面试地点在哪", "question", null, null, ["location"]],
  ["需要准备什么", "question", null, null, ["materials"]],
  ["是技术面还是hr面", "question", null, null, ["format"]],
  ["薪资范围是多少", "question", null, null, ["salary"]],
  ["这个岗位具体做什么", "question", null, null, ["job"]],
  ["坐地铁怎么去", "question", null, null, ["transport"]],
  ["线上还是线下？", "question", null, null, ["format"]],
  ["面试官是谁", "question", null, null, ["format"]],
  ["请问可以穿便装吗", "question", null, null, ["other"]],
  ["收到", "other", null, null, []],
  ["谢谢", "other", null, null, []],
  ["好的，谢谢", "confirm", null, null, []],
  ["嗯", "confirm", null, null, []],
  ["👍", "confirm", null, null, []],
  ["[抱拳]", "other", null, null, []],
  ["我考虑一下再回复你", "other", null, null, []],
  ["我确认一下时间再回复", "other", null, null, []],
  ["堵车，晚10分钟", "late", null, null, [], "2026-11-25T13:40:00+08:00"],
  ["马上到", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["到了", "other", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["到楼下了，几楼？", "question", null, null, ["location"], "2026-11-25T13:58:00+08:00"],
  ["快到了，还有五分钟", "late", null, null, [], "2026-11-25T13:45:00+08:00"],
  ["不好意思迟到了，刚到", "other", null, null, [], "2026-11-25T14:05:00+08:00"],
  ["我周三下午两点准时到", "confirm", null, null, []],
  ["25号下午2点是吧？好的", "confirm", null, null, ["other"]],
  ["周三14点，收到，准时参加", "confirm", null, null, []],
  ["麻烦改到下午三点，谢谢", "reschedule", P("2026-11-25", "15:00", "afternoon"), null, []],
  ["周三上午十点可以吗", "reschedule", P("2026-11-25", "10:00", "morning"), null, []],
  ["周二下午可以提前面吗", "reschedule", P("2026-11-24", null, "afternoon"), null, []],
  ["Sorry, can't come on Wednesday. Is Thursday OK?", "reschedule", P("2026-11-26", null, null), null, []],
  ["OK, see you on Wednesday", "confirm", null, null, []],
  ["Thanks, but I'm no longer interested", "cancel", null, "not_interested", []],
  ["What should I bring?", "question", null, null, ["materials"]],
  ["不用改时间，到时候见", "confirm", null, null, []],
  ["我没问题，准时到", "confirm", null, null, []],
];

describe("held-out replies, batch 15", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
