/**
 * Held-out batch 14, written blind (labels per LABELS.md, before running the system).
 * Formal and parent-written replies, numbers that are not menu choices (1号线, 2轮, around 2), verification questions, distance with a remote request, sticker-led replies. Blind: intent 49/62 (79.0%), 1 critical (时间可以，地点太远了，能线上吗 read as cancel), proposed 59/62.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["1号线哪个口出", "question", null, null, ["transport"]],
  ["要面2轮吗", "question", null, null, ["format"]],
  ["工资能到2万吗", "question", null, null, ["salary"]],
  ["面试大概1个小时？", "question", null, null, ["format"]],
  ["周三可以，需要带2份简历吗", "confirm", null, null, ["materials"]],
  ["3点前能结束吗？我还有事", "question", null, null, ["format"]],
  ["我3号入职新公司，所以面试就不去了", "cancel", null, "found_job", []],
  ["您好，收到，本人将于11月25日14:00准时参加面试", "confirm", null, null, []],
  ["尊敬的HR：您好！感谢贵司提供的面试机会。由于本人目前仍在职，周三白天无法请假，恳请将面试时间调整至周三晚上或周六任意时间，不胜感激！", "reschedule", P("2026-11-25", null, "evening"), null, []],
  ["非常抱歉，由于个人原因，我决定放弃本次面试机会，感谢您的理解与支持", "cancel", null, "personal", []],
  ["抱歉打扰了，想确认下面试地点是在南山还是福田", "question", null, null, ["location"]],
  ["家长代回：孩子这周在外地考试，下周才能回来，麻烦改个时间", "reschedule", null, null, []],
  ["我是他妈妈，他说他会准时去的", "confirm", null, null, []],
  ["收到，但是我还没决定去不去", "other", null, null, []],
  ["我在犹豫要不要去", "other", null, null, []],
  ["我考虑考虑再说吧", "other", null, null, []],
  ["看情况吧", "other", null, null, []],
  ["周三应该没问题，有变化我再通知您", "confirm", null, null, []],
  ["时间可以，地点太远了，能线上吗", "confirm", null, null, ["format"]],
  ["太远了，能线上面吗", "question", null, null, ["format"]],
  ["那个时间我在上课，下课是4点，4点半以后可以吗", "reschedule", P(null, "16:30", "afternoon"), null, []],
  ["我周三全天都有空，随时可以", "confirm", null, null, []],
  ["周三哪个时间都行", "confirm", null, null, []],
  ["周三来不了了，周四周五都行", "reschedule", P("2026-11-26", null, null), null, []],
  ["今天是周一吧，面试是后天对吗", "question", null, null, ["other"]],
  ["后天下午两点是吧，好的", "confirm", null, null, []],
  ["明天不行哦", "reschedule", null, null, [], "2026-11-24T10:00:00+08:00"],
  ["明天几点来着", "question", null, null, ["other"], "2026-11-24T10:00:00+08:00"],
  ["明天见哈", "confirm", null, null, [], "2026-11-24T10:00:00+08:00"],
  ["明天上午能面吗，下午有事", "reschedule", P("2026-11-25", null, "morning"), null, [], "2026-11-24T10:00:00+08:00"],
  ["OK, confirmed for Wed 2pm", "confirm", null, null, []],
  ["Can't do Wednesday, sorry. Friday?", "reschedule", P("2026-11-27", null, null), null, []],
  ["Hi! Thank you for the invitation. Unfortunately I'm not available on Wednesday afternoon — would Thursday morning at 10 work?", "reschedule", P("2026-11-26", "10:00", "morning"), null, []],
  ["I'm sorry but I've decided to pursue other opportunities", "cancel", null, "not_interested", []],
  ["Yes, I'll come. Is parking available nearby?", "confirm", null, null, ["transport"]],
  ["Which floor?", "question", null, null, ["location"], "2026-11-25T13:50:00+08:00"],
  ["Here now, at the front desk", "other", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["Leaving now, will be there around 2", "late", null, null, [], "2026-11-25T13:30:00+08:00"],
  ["👍🏻👍🏻 see you", "confirm", null, null, []],
  ["[OK]收到", "confirm", null, null, []],
  ["[捂脸]不好意思，那天去不了", "reschedule", null, null, []],
  ["😭去不了了", "cancel", null, "unknown", []],
  ["🙏🙏麻烦改到周四", "reschedule", P("2026-11-26", null, null), null, []],
  ["好的呢亲", "confirm", null, null, []],
  ["好的哈", "confirm", null, null, []],
  ["好叭", "confirm", null, null, []],
  ["好的吧", "confirm", null, null, []],
  ["行吧行吧", "confirm", null, null, []],
  ["也行", "confirm", null, null, []],
  ["可以的呀", "confirm", null, null, []],
  ["没问题呀", "confirm", null, null, []],
  ["一定一定", "confirm", null, null, []],
  ["准时准时", "confirm", null, null, []],
  ["嗯好的谢谢", "confirm", null, null, []],
  ["谢谢啦", "other", null, null, []],
  ["好的知道了谢谢", "confirm", null, null, []],
  ["知道了，谢谢提醒", "other", null, null, []],
  ["已读", "other", null, null, []],
  ["好的吧，那就周三", "confirm", null, null, []],
  ["只能周三的话那就周三吧", "confirm", null, null, []],
  ["非要周三吗", "question", null, null, ["other"]],
  ["周三可以是可以，就是有点赶", "confirm", null, null, []],
];

describe("held-out replies, batch 14", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
