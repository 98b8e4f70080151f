/**
 * Round 47: the misses of blind131 (one global English inbox, scored blind once: 97.3%), blind132 (overseas Chinese
 * and returnees: 97.3%, 2 critical), blind133 (hospitality and aviation in Hong Kong, Macau, Singapore and Dubai:
 * 94.8%, 2 critical) and the Chinese inboxes blind134–136 (a representative inbox, 1 critical; healthcare and
 * education; gig and platform work), checked with wordings written for this file and near misses.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 47 critical readings", () => {
  it.each([
    ["I don't think I'll be attending, thanks anyway.", "cancel"],
    ["later in the week pls, mon and tue are packed", "reschedule"],
    ["I'm not available at the given time. I'm available 9am to 12nn any weekday", "reschedule"],
    ["我再确认下排班哈……算了不用确认了 那天可以的", "confirm"],
    ["I'm in a different timezone now (GMT+3), could we do 5pm your time on the same day?", "reschedule"],
    ["slightly late sorry, typhoon signal 3 and buses slow", "late"],
  ])("%s → %s", (text, intent) => expect(u(text, /late/.test(text) ? ON_THE_DAY : undefined).intent).toBe(intent));
  reschedulesTo([["I can't that day but the next day at the same time works", p("2026-11-26", "14:00", "afternoon")]]);
  it("one-on-one is no menu choice", () => expect(u("Is it a panel or 1 on 1?").intent).toBe("question"));
});

describe("round 47 English and Tagalog", () => {
  it.each([
    ["I thought about asking to move it but nah, 2pm works.", "confirm"],
    ["I accept the interview invitation for Wednesday. Can you tell me the salary range?", "confirm"],
    ["I'd be happy to attend. Thanks!", "confirm"],
    ["Wednesday at 2pm is ok. Where exactly is the office?", "confirm"],
    ["Can't come, don't reschedule. Thanks", "cancel"],
    ["hindi na po ako tutuloy, salamat", "cancel"],
    ["Could we schedule something early next month instead?", "reschedule"],
    ["hey, could we maybe do the same time but on friday?", "reschedule"],
    ["pushing back 2 hours possible? ferry timing", "reschedule"],
    ["ok noted, will see if my roster allows", "other"],
    ["Sorry, that time is not ok for me", "reschedule"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each(["Heading there now, may be 5 min late", "MTR delay, will be 10 mins late", "papunta na po ako", "lift queue is crazy, will be up in a few", "已经上车了"])(
    "on the day: %s → late",
    (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"),
  );
  it("right now is no slot", () => expect(u("I confirm. I'm in Perth right now but flying back this weekend, so in person is fine").proposed).toBeNull());
});

describe("round 47 declines and their reasons", () => {
  withdrawsFor([
    ["this role isn't the right fit for me, all the best", "not_interested"],
    ["my visa situation changed, can't take a job in China now", "personal"],
    ["nakahanap na po ako ng ibang work, salamat", "found_job"],
    ["I'll be starting a 6-month contract overseas, so won't attend", "found_job"],
    ["stop msg me", "not_interested"],
    ["too far from where I live, sorry", "location"],
    ["Thank you but I'm no longer pursuing this position", "unknown"],
    ["Kindly cancel, I'm fully booked with my project for the next two months", "time_conflict"],
    ["I'm in hospital now, won't be able to come. Pls cancel", "personal"],
    ["I got a contract offer from a cruise line, so I will not attend", "found_job"],
    ["paid too little for a 12h shift, no thanks", "salary"],
    ["我在原单位续签了，不去了", "found_job"],
    ["我要回老家照顾父母了，谢谢你们", "personal"],
    ["不想送外卖了 想找个坐着的活", "not_interested"],
    ["昨天去顺丰那边面上了 抱歉哈", "found_job"],
    ["已经跑滴滴了 谢谢", "found_job"],
    ["不去了，不打算换城市了", "location"],
  ]);
  it("a plain 'decided not to proceed' keeps its reason unknown", () => expect(u("Sorry, I've decided not to proceed.").cancelReason).toBe("unknown"));
});

describe("round 47 Chinese", () => {
  it.each([
    ["上次说改时间那个作废哈，周三我能去", "confirm"],
    ["没问题的，我那天白班换成了夜班，白天可以过来", "confirm"],
    ["等我跟领导请个假看看，请下来了就确认", "other"],
    ["我问下站长能不能请假 再回你", "other"],
    ["行 我星期三上午跑完单下午过来 时间来得及", "confirm"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it("locking the bike downstairs on the day is still on the way", () => expect(u("马上马上 在楼下锁车", ON_THE_DAY).intent).toBe("late"));
});
