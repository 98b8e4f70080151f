/**
 * Held-out batch 3, written blind and aimed at critical-error risks (a refusal or a
 * change request hidden behind polite assent). 36/42 passed on first run, with no
 * critical error; the six misses were reasons/topics and two missing withdrawal forms.
 */
import { describe, expect, it } from "vitest";
import { u } from "./helpers.js";

const NOW = new Date("2026-11-23T10:00:00+08:00");
const DAY = "2026-11-25T13:40:00+08:00";
type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

const cases: Array<[string, string, (P | undefined)?, (string | undefined)?, (string[] | undefined)?, (string | undefined)?]> = [
 ["好的，不过我想换个时间","reschedule",null],
 ["可以是可以，但周三下午我真的走不开","reschedule",null],
 ["好的，但能否改到周五同一时间","reschedule",P("2026-11-27","14:00","afternoon")],
 ["谢谢邀请，不过我已经找到合适的工作了","cancel",null,"found_job"],
 ["好意心领了，暂时不考虑换工作","cancel",null,"not_interested"],
 ["OK 但是那天我有事，改天行吗","reschedule",null],
 ["嗯，那天确实有事，还是不去了吧","cancel",null,"time_conflict"],
 ["没问题，但能不能改成线上","confirm",null,undefined,["format"]],
 ["行吧，那就不去了","cancel",null,"unknown"],
 ["确认不了，周三要出差","reschedule",null],
 ["1，不过可能会晚到几分钟","confirm"],
 ["好的，我想问一下能不能推迟半小时","reschedule",P("2026-11-25","14:30","afternoon")],
 ["收到，但我这周都没空，下周可以吗","reschedule",null],
 ["谢谢，我考虑后还是放弃了","cancel",null,"unknown"],
 ["不去", "cancel", null, "unknown"],
 ["去不了", "cancel", null, "unknown"],
 ["周三去不了", "reschedule", null],
 ["改约周四上午","reschedule",P("2026-11-26",null,"morning")],
 ["星期四早上9点半可以吗","reschedule",P("2026-11-26","09:30","morning")],
 ["后天晚上可以线上面吗","reschedule",P("2026-11-25",null,"evening"),undefined,["format"]],
 ["下周一下午4点到6点都可以","reschedule",P("2026-11-30","16:00","afternoon")],
 ["本周五下午","reschedule",P("2026-11-27",null,"afternoon")],
 ["12月1号","reschedule",P("2026-12-01",null,null)],
 ["周四吧","reschedule",P("2026-11-26",null,null)],
 ["Next Tuesday morning works for me","reschedule",P("2026-12-01",null,"morning")],
 ["Thanks, I'll be there on time","confirm"],
 ["I'd like to reschedule please","reschedule",null],
 ["Where's the office?","question",null,undefined,["location"]],
 ["Is parking available?","question",null,undefined,["transport"]],
 ["Stuck in traffic, 10 mins late","late",null,undefined,[],DAY],
 // Relabelled in round 30: still in the lift is on the way (eleven writers' lines in ten sets, all late).
 ["已经在电梯里了","late",null,undefined,[],DAY],
 ["我在楼下，怎么上去","question",null,undefined,["other"],DAY],
 ["確定參加","confirm"],
 ["唔好意思，我搵到工喇","cancel",null,"found_job"],
 ["得闲，准时到","confirm"],
 ["ke yi, zhun shi can jia","confirm"],
 ["gai dao xia zhou yi xia wu","reschedule",P("2026-11-30",null,"afternoon")],
 ["面试地点是在哪里呀？需要带身份证吗","question",null,undefined,["location","materials"]],
 ["请问一共几面","question",null,undefined,["format"]],
 ["公司规模多大","question",null,undefined,["job"]],
 ["OK","confirm"],
 ["好滴好滴，谢谢","confirm"],
];

describe("held-out replies, batch 3", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now) => {
    const r = u(text, now ? new Date(now) : NOW);
    expect(r.intent).toBe(intent);
    if (proposed !== undefined) expect(r.proposed).toEqual(proposed);
    if (reason !== undefined) expect(r.cancelReason).toBe(reason);
    if (questions !== undefined) expect(r.questions).toEqual(questions);
  });
});
