/**
 * Round 62: the misses of blind221 (a healthcare and aged-care provider's global English inbox, scored blind once on
 * e2522a5: 96.3%, 1 critical), blind222 (a retail company's Chinese inbox: 98.5%, 1 critical), blind223 (native English
 * from five countries: 94.5%), blind224 (South and South-East Asian English: 96.3%, 1 critical), blind225 (code-switching,
 * half English: 98.5%) and blind226 (blue-collar Chinese with dialect: 99.3%), checked with wordings written for this file
 * and near misses. The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 62 critical reading", () => {
  it("a long shift that day and any day off offered asks for a change", () => expect(u("I'm keen but I'm doing a 10hr shift on Wednesday. Happy to come any day I'm off, I'll send through my roster").intent).toBe("reschedule"));
  it("a range offered and the slot refused asks for a change", () => expect(u("下周都可以，就这个时间不太行").intent).toBe("reschedule"));
  it("a holiday that week and 'after it I'm available' asks for a change", () => expect(u("Diwali holidays that week sir, after Diwali I'm available").intent).toBe("reschedule"));
});

describe("round 62 changes asked for", () => {
  reschedulesTo([
    ["i got shift, change?", null],
    ["I will not be available on the said date. Kindly give me another schedule po", null],
    ["In a couple of weeks would suit me better, I'm finishing my placement", null],
    ["Cannot attend at that time, please provide an alternative", null],
    ["Sorry, won't be in town then", null],
    ["that doesn't work, sorry", null],
    ["I can't get time off work for that slot. Is there any way to do it outside business hours?", null],
    ["can make it after 5? i finish work at 5", null],
    ["not free that time", null],
    ["Sir, any chance for later in the month?", null],
    ["Is possible to change the interview time? I work in shift", null],
    ["I'm in another interview process that day. Could you share a few alternative slots?", null],
    ["rescheduling pls 🙏 have a conflict", null],
    ["I'm working that day. Can I let you know my days off once the new roster comes out?", null],
    ["临时通知要去总部培训，原定时间去不了了，辛苦再帮我安排一下", null],
    ["领导 这个点刚好是饭点 后厨最忙 能错开吗", null],
  ]);
  it("'no change?' asks whether the slot holds", () => expect(u("Is it still at 2? No change?").intent).toBe("question"));
});

describe("round 62 withdrawals", () => {
  withdrawsFor([
    ["I would like to inform you that I have already been hired by another agency. Thank you po", "found_job"],
    ["Hey, not gonna need the interview, I'm starting at the clinic next week", "found_job"],
    ["I no longer require the interview as I have found employment.", "found_job"],
    ["Thanks for the invite but I'm going to say no this time", "unknown"],
    ["I don't want rotational night shift job, so I will drop", "not_interested"],
    ["Budget too low lah, skip", "salary"],
    ["Sorry bro got job already 🙏", "found_job"],
    ["Kindly drop my name from the list", "unknown"],
    ["I'm due to give birth soon so it's not the right time for me to switch jobs. Sorry!", "personal"],
    ["学校上课时间跟你们的面试安排老是冲突 我还是退出吧", "time_conflict"],
    ["以后这个时间段我都排不开，就不耽误你们了", "time_conflict"],
    ["前天已经去顺丰仓库报到了，不好意思哈", "found_job"],
    ["上礼拜就进了电子厂 这个不用了", "found_job"],
    ["不好意思 我已经进厂了", "found_job"],
  ]);
});

describe("round 62 assent, hedges, lateness and other", () => {
  it.each([
    ["Happy to attend. Could you let me know the salary range?", "confirm"],
    ["Hi yes I can make it 😊", "confirm"],
    ["Ya that's good", "confirm"],
    ["Happy with that time, thanks", "confirm"],
    ["Should be ok but I'll double check and let you know", "other"],
    ["I'll have to have a look at my schedule and I'll let you know", "other"],
    ["Ok thanks for the info, I'll have a think", "other"],
    ["ok noted po", "other"],
    ["Sorry, this number belongs to my sister, she applied not me", "other"],
    ["yup that time's fine, I'll double check the address on the map later", "confirm"],
    ["which MRT exit should i take ah", "question"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each(["Flat tyre 😭 changing it now, will be 30 min late sorry"])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
});

// Round 63's three critical errors (blind227–232 scored once on d70e8da and held back, not tuned on otherwise), checked with our own wordings.
describe("round 63 critical reading", () => {
  it("a slot at another hour asked for is a change", () => {
    const r = u("Do you have a 10am slot by any chance? It's the only time I can do before work");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed?.time).toBe("10:00");
  });
  it("too busy for any time and no new date wanted withdraws", () => {
    const r = u("最近实在太忙，抽不出时间，也不用改时间了，谢谢");
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("time_conflict");
  });
  it("Cantonese 'doesn't matter, Wednesday then' for a Wednesday slot agrees", () => expect(u("冇所谓，咁就礼拜三啦").intent).toBe("confirm"));
});
