/**
 * Held-out batch 11, written blind (labels per LABELS.md, before running the system).
 * Taiwan/HK usage, English dates (the 30th, tmrw, Dec 2nd), question topics, withdrawal reasons, hedges. Blind: intent 53/64 (82.8%), 1 critical (12-01 14:00 read as confirm: the date was not parsed, the clock equals the slot), proposed 61/64.
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { describe, expect, it } from "vitest";
import { NOW, SCHEDULED, u } from "./helpers.js";

type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

// [text, intent, proposed, cancelReason, questions, now?, scheduledAt?]
const cases: Array<[string, string, P, string | null, string[], (string | null)?, string?]> = [
  ["好喔，我會準時到的", "confirm", null, null, []],
  ["沒問題唷", "confirm", null, null, []],
  ["抱歉那天無法前往，請問可以改期嗎", "reschedule", null, null, []],
  ["禮拜四下午可以嗎", "reschedule", P("2026-11-26", null, "afternoon"), null, []],
  ["可以唷，「週三」見", "confirm", null, null, []],
  ["謝謝，不過我已經決定接受其他公司的offer了", "cancel", null, "found_job", []],
  ["周3下午2点，收到", "confirm", null, null, []],
  ["礼拜天可以吗", "reschedule", P("2026-11-29", null, null), null, []],
  ["这周末可以面吗", "reschedule", null, null, []],
  ["下周末", "reschedule", null, null, []],
  ["月底吧", "reschedule", null, null, []],
  ["下个月初可以吗", "reschedule", null, null, []],
  ["1号可以吗", "reschedule", P("2026-12-01", null, null), null, []],
  ["12/1 下午", "reschedule", P("2026-12-01", null, "afternoon"), null, []],
  ["12-01 14:00", "reschedule", P("2026-12-01", "14:00", "afternoon"), null, []],
  ["Dec 1 works for me", "reschedule", P("2026-12-01", null, null), null, []],
  ["How about Dec 2nd at 3pm?", "reschedule", P("2026-12-02", "15:00", "afternoon"), null, []],
  ["could we do tmr afternoon?", "reschedule", P("2026-11-24", null, "afternoon"), null, []],
  ["tmrw 10am?", "reschedule", P("2026-11-24", "10:00", "morning"), null, []],
  ["the 30th, morning?", "reschedule", P("2026-11-30", null, "morning"), null, []],
  ["sorry running behind, be there in 10", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["traffic is terrible, 20 min late", "late", null, null, [], "2026-11-25T13:50:00+08:00"],
  ["need to cancel, sorry", "cancel", null, "unknown", []],
  ["I got another job, thanks anyway", "cancel", null, "found_job", []],
  ["Not interested anymore, thanks", "cancel", null, "not_interested", []],
  ["Is there a written test?", "question", null, null, ["format"]],
  ["Who will be interviewing me?", "question", null, null, ["format"]],
  ["Do I need to bring anything?", "question", null, null, ["materials"]],
  ["What's the dress code?", "question", null, null, ["other"]],
  ["Yes I will attend. What floor is it on?", "confirm", null, null, ["location"]],
  ["需要做笔试题吗", "question", null, null, ["format"]],
  ["面试流程是怎样的", "question", null, null, ["format"]],
  ["有几个人面", "question", null, null, ["format"]],
  ["会问技术问题吗", "question", null, null, ["format"]],
  ["面试是在公司总部吗", "question", null, null, ["location"]],
  ["附近好停车吗", "question", null, null, ["transport"]],
  ["坐几号线", "question", null, null, ["transport"]],
  ["这个岗位是做toB还是toC的", "question", null, null, ["job"]],
  ["有年终奖吗", "question", null, null, ["salary"]],
  ["要不要带学历证明", "question", null, null, ["materials"]],
  ["您好，我是应聘前端的李四，很高兴收到面试邀请，周三下午两点我会准时到达贵公司，请问需要携带纸质简历吗？谢谢", "confirm", null, null, ["materials"]],
  ["领导临时让我周三去外地，这周估计都回不来，下周再约可以吗", "reschedule", null, null, []],
  ["想了很久，觉得还是目前的工作更适合我，就不去面试了", "cancel", null, "not_interested", []],
  ["面试我就不去了，我觉得你们公司不靠谱", "cancel", null, "not_interested", []],
  ["路太远了，算了", "cancel", null, "location", []],
  ["工资太低了不考虑", "cancel", null, "salary", []],
  ["不好意思我要照顾家里孩子，暂时没法出来工作", "cancel", null, "personal", []],
  ["明年再说吧", "cancel", null, "unknown", []],
  ["今年不打算换工作了", "cancel", null, "not_interested", []],
  ["收到，已加入日程", "confirm", null, null, []],
  ["已确认", "confirm", null, null, []],
  ["确认", "confirm", null, null, []],
  ["好的了解了", "confirm", null, null, []],
  ["了解了", "other", null, null, []],
  ["谢谢HR", "other", null, null, []],
  ["你好", "other", null, null, []],
  ["在吗？", "other", null, null, []],
  ["稍等，我看看行程", "other", null, null, []],
  ["我问下领导能不能请假", "other", null, null, []],
  ["能去的话我会提前告诉你", "other", null, null, []],
  ["我已经出门了", "late", null, null, [], "2026-11-25T13:10:00+08:00"],
  ["在楼下了，马上上来", "other", null, null, [], "2026-11-25T13:57:00+08:00"],
  ["我可能会迟到五分钟", "late", null, null, [], "2026-11-25T13:30:00+08:00"],
  ["今天面试取消了吗？没收到通知", "question", null, null, ["other"], "2026-11-25T10:00:00+08:00"],
];

describe("held-out replies, batch 11", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
    const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
    expect(r.cancelReason).toBe(reason);
    expect(r.questions).toEqual(questions);
  });
});
