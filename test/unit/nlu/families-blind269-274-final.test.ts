/**
 * Round 70: the misses of blind269 (a logistics and air-cargo company's global English inbox, scored blind once on 7cf20f0:
 * 97.0%), blind270 (a property-management and security company's Chinese inbox: 96.8%), blind271 (older working-class English
 * from Britain and Ireland: 87.5%), blind272 (Malaysian and Singaporean code-switching: 99.0%), blind273 (South Asian English:
 * 95.5%) and blind274 (Chinese students and graduates: 99.3%), checked with wordings written for this file; the round's
 * critical errors are at the end (a seventh, "aw naw thats my hospital day, can ye do another", is among the changes asked for; an
 * eighth, 10点可以吗 for a ten o'clock slot labelled a change, is a label we dispute).
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 70 times put forward", () => {
  reschedulesTo([
    ["push it on 2 days if thats ok", p("2026-11-27", "14:00", "afternoon")],
    ["put it back to half 4 if you can", p("2026-11-25", "16:30", "afternoon")],
    ["Would 10am on the 27th of November be ok?", p("2026-11-27", "10:00", "morning")],
    ["Pls can i come thursday by 12noon instead", p("2026-11-26", "12:00", "afternoon")],
    ["Kindly allot me a slot on Friday forenoon", p("2026-11-27", null, "morning")],
    ["thursday 3 30 pm ok for me", p("2026-11-26", "15:30", "afternoon")],
  ]);
  it("a weight with a dot is no date", () => expect(u("Does the job need a full licence or is 3.5 tonne ok?").proposed).toBeNull());
});

describe("round 70 changes asked for", () => {
  reschedulesTo([
    ["cannae make it that day, can we sort another", null],
    ["any chance u could do it a wee bit later", null],
    ["i start nights that week, can we hold off till the week after", null],
    ["aw naw thats my clinic day, can ye do another", null],
    ["thats my day at the allotment, could we do a different one", null],
    ["earlier in the week would be better", null],
    ["i cant do wednesdays at all, its my day with the grandkids", null],
    ["cant do it that early, im coming down from Belfast", null],
    ["cant do the 25th, ive a scan booked", null],
    ["I have exams that week. Would the week after work?", null],
    ["I'm in Dubai on a work trip that week, can it be moved?", null],
    ["got a job on that day can we do it another time mate", null],
    ["时间 clash 了 paiseh，可以再 arrange 吗", null],
    ["The timing a bit tight for me leh, can adjust abit?", null],
    ["Sir ji, that day office audit is there. Please change a bit", null],
    ["我这个月都是夜班 你们能不能等我下个月倒班了再面", null],
    ["时间对不上 能不能再商量一下", null],
    ["嘎哈整这么早啊 早上起不来 晚点中不", null],
  ]);
});

describe("round 70 withdrawals", () => {
  withdrawsFor([
    ["cant do that day and im away all next month so ill have to leave it", "time_conflict"],
    ["ill not bother, ta", "not_interested"],
    ["my da passed, ill not be taking it, sorry", "personal"],
    ["not enough money for me sorry", "salary"],
    ["£10.90 an hour? no chance", "salary"],
    ["with my shifts ill never make it in, best leave it", "time_conflict"],
    ["the wife's not well and im her carer now so i cant take anything on", "personal"],
    ["got sorted with another firm, thanks anyway", "found_job"],
    ["cheers but im fixed up now", "found_job"],
    ["I have been offered employment with another company and accepted it. I will therefore not be attending.", "found_job"],
    ["Sorry the location no good for me, too far", "location"],
    ["I don't want to go back to warehouse work, sorry", "not_interested"],
    ["I'm only free on Sundays so I don't think it'll work out. Thanks", "time_conflict"],
    ["Sir I have joined my new job from Monday itself, so cannot come", "found_job"],
    ["My working hours clash with your office hours, I don't think can make it for any interview. Will skip", "time_conflict"],
    ["工资要是五千以下就不去了 你们说的四千五 那就算了", "salary"],
  ]);
});

describe("round 70 assent, hedges, lateness, questions and other", () => {
  it.each([
    ["spot on cheers", "confirm"],
    ["yeh fine", "confirm"],
    ["grand job", "confirm"],
    ["that suits grand", "confirm"],
    ["sound out", "confirm"],
    ["that'll do me", "confirm"],
    ["I'll be present sir. What documents should I carry?", "confirm"],
    ["Conformed", "confirm"],
    ["收到～那我周三直接去前台报名字就行吧？", "confirm"],
    ["行吧，那天本来有课，我翘了去面试哈哈", "confirm"],
    ["is there a dress code or are jeans ok", "question"],
    ["will i need references", "question"],
    ["yeah hiya sorry im just driving ill have a look at it when i get home", "other"],
    ["ok got your message. ill ring the office in the morning", "other"],
    ["嗯 等通知", "other"],
    ["点错了", "other"],
    ["喂喂 听得见吗", "other"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each([
    "on me way",
    "parking's a nightmare, circling, few mins",
    "I regret to inform you that due to a traffic jam I will be delayed by approximately 20 minutes.",
    "Will be late by 30 mins. Is it ok or should I come another day?",
    "will be 20 mins late, is that ok or would ye rather i came another day",
  ])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("a mis-tapped reply is asked back", () => expect(u("不好意思点错了").confidence).toBeLessThan(0.6));
});

describe("round 70 critical errors", () => {
  it("no thanks in Scots is a withdrawal", () => expect(u("na ur alright").intent).toBe("cancel"));
  it("an operation next week and 'ill not be able to' is a withdrawal", () => expect(u("going in for an operation next week so ill not be able to, thanks").intent).toBe("cancel"));
  it("only evenings and 'this isnt going to work' is a withdrawal", () => expect(u("i can only do evenings so this isnt going to work, sorry").intent).toBe("cancel"));
  it("employment accepted elsewhere is a withdrawal, not a confirmation", () =>
    expect(u("Dear Sir, I have been offered employment with another company and I have accepted it. I will therefore not be attending the interview.").intent).toBe("cancel"));
  it("the location no good is a withdrawal, not assent", () => expect(u("Sorry the location no good for me, too far").intent).toBe("cancel"));
  it("a clash and 'will skip' is a withdrawal", () => expect(u("Sorry, my working hours clash with your office hours, I don't think can make it for any interview. Will skip").intent).toBe("cancel"));
  it("a range before month end in Cantonese is a new time", () => expect(u("月尾之前都可以，你们 arrange 就好").intent).toBe("reschedule"));
});
