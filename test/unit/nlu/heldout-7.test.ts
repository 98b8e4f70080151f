/**
 * Held-out batch 7, written blind (labels per LABELS.md, before running the system).
 * Assent next to refusals, menu numbers, slang assent, topics, more date forms. Blind: intent 56/64 (87.5%), 0 critical; misses were unknown refusal forms (我不能去了, 这次先不了, 留在现在的公司) and 呢 read as a question.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["好的谢谢，不过我已经决定不去了", "cancel", null, "unknown", []],
  ["OK，取消吧", "cancel", null, "unknown", []],
  ["可以取消吗", "cancel", null, "unknown", []],
  ["我不能去了", "cancel", null, "unknown", []],
  ["我去不了那天", "reschedule", null, null, []],
  ["这周都不行", "reschedule", null, null, []],
  ["这周没空，下周吧", "reschedule", null, null, []],
  ["这次先不了", "cancel", null, "unknown", []],
  ["我就不过去了哈", "cancel", null, "unknown", []],
  ["不好意思哈，已经决定留在现在的公司了", "cancel", null, "not_interested", []],
  ["公司离我家太远了，去不了", "cancel", null, "location", []],
  ["HR你好，我这边临时要出差一周，回来再联系您可以吗", "reschedule", null, null, []],
  ["周三要考试，考完就有空了，周四以后都可以", "reschedule", null, null, []],
  ["可以啊，几点来着", "confirm", null, null, ["other"]],
  ["到时候是谁面试我", "question", null, null, ["format"]],
  ["面试需要多久，我下午四点还有事", "question", null, null, ["format"]],
  ["你们是做什么产品的", "question", null, null, ["job"]],
  ["试用期工资打折吗", "question", null, null, ["salary"]],
  ["从地铁站出来怎么走", "question", null, null, ["transport"]],
  ["能骑电动车去吗，有地方停吗", "question", null, null, ["transport"]],
  ["公司在科技园哪个位置", "question", null, null, ["location"]],
  ["需要提前准备什么吗", "question", null, null, ["materials"]],
  ["是现场笔试吗", "question", null, null, ["format"]],
  ["好的收到", "confirm", null, null, []],
  ["收到，谢谢！", "other", null, null, []],
  ["👍👍👍", "confirm", null, null, []],
  ["😅", "other", null, null, []],
  ["[OK][OK]", "confirm", null, null, []],
  ["[握手]", "other", null, null, []],
  ["ok吧", "confirm", null, null, []],
  ["okk", "confirm", null, null, []],
  ["嗯呢", "confirm", null, null, []],
  ["好滴呢", "confirm", null, null, []],
  ["可以可以", "confirm", null, null, []],
  ["行行行", "confirm", null, null, []],
  ["可以滴", "confirm", null, null, []],
  ["成，到时候见", "confirm", null, null, []],
  ["妥了", "confirm", null, null, []],
  ["ok没问题准时到", "confirm", null, null, []],
  ["1 确认参加", "confirm", null, null, []],
  ["回复3", "cancel", null, "unknown", []],
  ["2，周五下午可以吗", "reschedule", P("2026-11-27", null, "afternoon"), null, []],
  ["选1，请问要带身份证吗", "confirm", null, null, ["materials"]],
  ["我是2", "reschedule", null, null, []],
  ["1，另外想问下是单休还是双休", "confirm", null, null, ["job"]],
  ["定了，去", "confirm", null, null, []],
  ["肯定去啊", "confirm", null, null, []],
  ["一定准时", "confirm", null, null, []],
  ["能来能来", "confirm", null, null, []],
  ["没法去，抱歉", "cancel", null, "unknown", []],
  ["那天我要去医院复查，去不了，改天可以吗", "reschedule", null, null, []],
  ["星期四上午九点", "reschedule", P("2026-11-26", "09:00", "morning"), null, []],
  ["周四早上", "reschedule", P("2026-11-26", null, "morning"), null, []],
  ["后天晚上八点半", "reschedule", P("2026-11-25", "20:30", "evening"), null, []],
  ["大后天上午", "reschedule", P("2026-11-26", null, "morning"), null, []],
  ["12.1 下午2点", "reschedule", P("2026-12-01", "14:00", "afternoon"), null, []],
  ["12月2号上午十点半", "reschedule", P("2026-12-02", "10:30", "morning"), null, []],
  ["十一月二十七号下午", "reschedule", P("2026-11-27", null, "afternoon"), null, []],
  ["下礼拜三", "reschedule", P("2026-12-02", null, null), null, []],
  ["下个星期二下午", "reschedule", P("2026-12-01", null, "afternoon"), null, []],
  ["本周六可以吗", "reschedule", P("2026-11-28", null, null), null, []],
  ["周三晚上7点可以吗", "reschedule", P("2026-11-25", "19:00", "evening"), null, []],
  ["提前一个小时可以吗", "reschedule", P("2026-11-25", "13:00", "afternoon"), null, []],
  ["往后推三天", "reschedule", P("2026-11-28", "14:00", "afternoon"), null, []],
];

describe("held-out replies, batch 7", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
