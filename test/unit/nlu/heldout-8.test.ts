/**
 * Held-out batch 8, written blind (labels per LABELS.md, before running the system).
 * Long multi-clause replies, self-corrections, English, traditional, Cantonese, typos, the interview morning. Blind: intent 57/64 (89.1%), 1 critical (挺想去的，但是…面试只能先放一放了 read as confirm), proposed 61/64.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["您好！非常感谢您的邀请。我这边周三下午两点是可以的，不过想确认一下面试是线下还是线上，如果线下的话需要带哪些材料呢？谢谢！", "confirm", null, null, ["materials", "format"]],
  ["你好，我看了一下这个岗位的要求，感觉和我的经验不太匹配，而且通勤时间也比较长，所以这次就不参加了，谢谢您的理解", "cancel", null, "not_interested", []],
  ["不好意思啊，我周三上午有个考试，下午估计赶不回来，如果可以的话能不能换到周四上午或者周五下午，实在是抱歉给您添麻烦了", "reschedule", P("2026-11-26", null, "morning"), null, []],
  ["周三下午我那边正好要交接工作，实在请不下来假，您看周六方便吗？周六不行的话下周一晚上也可以", "reschedule", P("2026-11-28", null, null), null, []],
  ["其实我挺想去的，但是最近身体出了点状况，需要休息一段时间，面试只能先放一放了，抱歉", "cancel", null, "personal", []],
  ["您好，请问面试是在哪个区？我现在住在宝安，过去可能要一个多小时，如果太远的话我可能就不去了", "question", null, null, ["location"]],
  ["我很想参加，就是那天真的抽不出身，下周任何时间都可以的", "reschedule", null, null, []],
  ["行吧，虽然时间有点赶，但我会尽量准时到", "confirm", null, null, []],
  ["时间没问题，就是想问一下薪资大概多少，合适的话我就去", "confirm", null, null, ["salary"]],
  ["不好意思，我之前回复的1是误操作，其实那天去不了，要改期", "reschedule", null, null, []],
  ["刚才手滑点错了，应该是2", "reschedule", null, null, []],
  ["我改主意了，还是去吧", "confirm", null, null, []],
  ["之前说改期，现在不用了，按原来的时间就行", "confirm", null, null, []],
  ["原定时间有点紧，但我能调整，不用改了", "confirm", null, null, []],
  ["上次说的改期作废，周三照常", "confirm", null, null, []],
  ["抱歉，昨天说能去，今天公司突然安排出差，周三去不了了，能延后吗", "reschedule", null, null, []],
  ["I can make it on Wednesday, thanks for the invite", "confirm", null, null, []],
  ["Wednesday doesn't work for me, how about Thursday afternoon?", "reschedule", P("2026-11-26", null, "afternoon"), null, []],
  ["Unfortunately I have to withdraw my application", "cancel", null, "unknown", []],
  ["Hi, just wondering if the interview could be done over zoom?", "question", null, null, ["format"]],
  ["Will there be a coding test?", "question", null, null, ["format"]],
  ["What's the salary range for this role?", "question", null, null, ["salary"]],
  ["I'm stuck on the metro, might be 15 mins late", "late", null, null, [], "2026-11-25T13:45:00+08:00"],
  ["Just arrived at reception", "other", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["Could we push it back by an hour?", "reschedule", P("2026-11-25", "15:00", "afternoon"), null, []],
  ["Can we do it earlier, like 11am?", "reschedule", P("2026-11-25", "11:00", "morning"), null, []],
  ["Thx, noted", "other", null, null, []],
  ["OK 👌 see you then", "confirm", null, null, []],
  ["ok 我准时到", "confirm", null, null, []],
  ["sorry 周三有事", "reschedule", null, null, []],
  ["周三ok", "confirm", null, null, []],
  ["周三不ok，周四呢", "reschedule", P("2026-11-26", null, null), null, []],
  ["幫我改到下週一下午可以嗎", "reschedule", P("2026-11-30", null, "afternoon"), null, []],
  ["不好意思，我已經找到工作了，謝謝", "cancel", null, "found_job", []],
  ["請問面試地點在哪裡？", "question", null, null, ["location"]],
  ["唔使改，准时到", "confirm", null, null, []],
  ["我今日有啲唔舒服，去唔到喇，可唔可以改期", "reschedule", null, null, []],
  ["嗰日我要返工，改听日得唔得", "reschedule", P("2026-11-24", null, null), null, []],
  ["在么，我周三去不料了", "reschedule", null, null, []],
  ["不好意识，那天有点是", "reschedule", null, null, []],
  ["好的，周三不见不散", "confirm", null, null, []],
  ["就这么定了", "confirm", null, null, []],
  ["一言为定", "confirm", null, null, []],
  ["没得问题，到时候见", "confirm", null, null, []],
  ["中中中", "confirm", null, null, []],
  ["要得要得", "confirm", null, null, []],
  ["整不了，那天有事", "reschedule", null, null, []],
  ["巴适得很，准时来", "confirm", null, null, []],
  ["今天下午我可能去不了了，孩子发烧了", "reschedule", null, null, [], "2026-11-25T08:00:00+08:00"],
  ["今天的面试照常吗", "question", null, null, ["other"], "2026-11-25T08:00:00+08:00"],
  ["出地铁了，走过去大概10分钟", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["到了，在哪里等", "question", null, null, ["location"], "2026-11-25T14:05:00+08:00"],
  ["路上出了点状况，可能要晚到半小时左右，可以吗", "late", null, null, ["other"], "2026-11-25T13:50:00+08:00"],
  ["周四还是周五好？我都可以", "reschedule", P("2026-11-26", null, null), null, []],
  ["周五下午三点或者四点都行", "reschedule", P("2026-11-27", "15:00", "afternoon"), null, []],
  ["下周一到周三都可以", "reschedule", null, null, []],
  ["下周二或者下周三的上午", "reschedule", P("2026-12-01", null, "morning"), null, []],
  ["周四下午1点半", "reschedule", P("2026-11-26", "13:30", "afternoon"), null, []],
  ["周四下午五点半", "reschedule", P("2026-11-26", "17:30", "afternoon"), null, []],
  ["周四晚上六点", "reschedule", P("2026-11-26", "18:00", "evening"), null, []],
  ["十二月一号", "reschedule", P("2026-12-01", null, null), null, []],
  ["能安排在月底吗", "reschedule", null, null, []],
  ["延后一天", "reschedule", P("2026-11-26", "14:00", "afternoon"), null, []],
  ["能不能提前到明天", "reschedule", P("2026-11-24", null, null), null, []],
];

describe("held-out replies, batch 8", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
