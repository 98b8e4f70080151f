/**
 * Round 85: the misses of blind359 (English as a second language from Russia, Ukraine, Poland, Romania and Turkey, scored blind once
 * on 4a24bea: 93.0%), blind360 (job seekers from Sichuan, Chongqing, Yunnan and Guizhou: 98.3%), blind361 (young Australian and New
 * Zealand texting: 96.3%), blind362 (code-switching Taiwanese applicants: 96.3%), blind363 (English as a second language from Germany,
 * France, Italy, Spain and Portugal: 96.3%) and blind364 (new graduates and interns from Shaanxi, Gansu, Shandong and Henan: 98.5%),
 * checked with wordings written for this file; the round's five critical errors are at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 85 changes asked for", () => {
  reschedulesTo([
    // A day said to be better is the one wanted.
    ["Tomorrow is better for me, at 11 if possible", p("2026-11-24", "11:00", "morning")],
    ["i cant this time sorry need change", null],
    ["we have a funeral in family, I need to go home. Can we talk about new date when I come back?", null],
    ["I'm afraid I won't make it on this date. Would it be possible to find another one?", null],
    ["周三去不到", null],
    ["时间上喬不太出来 可以再帮我喬一下吗", null],
    ["因为工作交接 可能要请你们晚一两周再安排", null],
    ["可以不要那天吗😅", null],
    ["期末周了，能不能等放假再面", null],
    ["我们学校那周封闭考试，能不能往后排排", null],
    ["this week is full for me, sorry. Next one?", null],
    ["for me is difficult this time, we can see another?", null],
    ["hey is there any flexibility? that's right in the middle of my shift", null],
    ["腊八我已经买票回家了，年后可以吗", null],
  ]);
  it("'no need change' keeps the slot", () => expect(u("no need change, I can attend").intent).toBe("confirm"));
  // The candidate's working hours are neither a date ("9-5" as 5 September) nor a clock offered ("9 to 5" in the evening as 21:00).
  it.each([
    ["could we do it after 5? i work 9-5", null],
    ["evenings only im afraid, im working 10 to 6", p(null, null, "evening")],
    ["Any chance of an evening slot? I work 8 to 4", p(null, null, "evening")],
  ] as const)("%s → working hours are no time", (text, proposed) => expect(u(text).proposed).toEqual(proposed));
  it("'i work till 5, could we do 5:30?' still offers 17:30", () => expect(u("i work till 5, could we do 5:30?").proposed).toEqual(p(null, "17:30", "afternoon")));
});

describe("round 85 withdrawals", () => {
  withdrawsFor([
    ["Sorry, I accepted position in another company yesterday", "found_job"],
    ["they offered me 20% more in another company so I go there", "found_job"],
    ["no more need, i found. thanks", "found_job"],
    ["New job found, thanks", "found_job"],
    ["I signed last week a contract with a german company here", "found_job"],
    ["I'm already working since Monday in another place", "found_job"],
    ["nah all good, got a gig at my cousin's bar ty", "found_job"],
    ["歹势 我已经到别间报到了 面试先取消", "found_job"],
    ["已经在济南实习了，不过去了", "found_job"],
    ["The salary is 10k, I expected minimum 18k. So it makes no sense for me to come", "salary"],
    ["Sorry but the salary in the ad is lower than I have now", "salary"],
    ["i can get more at kfc lol, no thanks", "salary"],
    ["没有年终又没加班费 不考虑了", "salary"],
    ["at the moment I have a very busy project and can not take any interviews. Thank you", "time_conflict"],
    ["my company never let me go during the day, so I will pass", "time_conflict"],
    ["this time doesn't suit me and I will not find other time soon, so better cancel", "time_conflict"],
    ["周五要值班，换不了班，这次就算了", "time_conflict"],
    ["那天跟另外一个面试撞了，我选那边了", "time_conflict"],
    ["can't make that time and I'm away all month so take me off the list", "time_conflict"],
    ["doesnt fit with my shifts at all, gonna drop out", "time_conflict"],
    ["时间实在乔不出来 先取消好了", "time_conflict"],
    ["My shifts change every week, I can't promise any time. Better to cancel", "time_conflict"],
    ["my meeting is not finishing and I can't leave, please cancel it", "time_conflict"],
    ["I'm in my notice period and my boss doesn't let me take any hour off, so I cancel", "time_conflict"],
    ["面试那天要监考，就不面了", "time_conflict"],
    ["I cannot attend. I have to look after my kids, nobody to leave them with, and it will be the same in next weeks", "personal"],
    ["I need to take care of my mother after surgery, I can't look for new job now", "personal"],
    ["I'm returning home to Poland, so I can not take this position now", "personal"],
    ["My wife is pregnant and we decided I will not change job now", "personal"],
    ["moving overseas next month so I'll have to cancel", "personal"],
    ["我要去澳洲打工度假了 先取消 谢谢", "personal"],
    ["Sorry, the location is not comfortable for me, too far from metro", "location"],
    ["not on a bus route from mine so I can't take this one", "location"],
    ["didn't realise it was in the city, parking would kill me. gonna pass", "location"],
    ["it's the other side of town for me, not gonna work out sorry", "location"],
    ["3. Thought it was closer to home, my bad", "location"],
    ["公司在郊区 没车不方便 不考虑了", "location"],
    ["the office is in the industrial zone, without car is impossible for me. Sorry, I cancel", "location"],
    ["我在西宁，去你们那边不太现实，放弃了", "location"],
    ["I don't want to come anymore", "not_interested"],
    ["I see it's a part-time position, I need only full-time, so I won't come", "not_interested"],
    ["the shift work with nights is not good for me, I refuse", "not_interested"],
    ["I had bad experience with your company before, I prefer not to come", "not_interested"],
    ["I decided to go in another direction for my career. Good luck", "not_interested"],
    ["到门口看了下这个环境，算了，不进来了", "not_interested"],
    ["这个是做电话销售的吗？那我不来了", "not_interested"],
    ["对这个职位没那么有兴趣了 不好意思", "not_interested"],
    ["这个职缺是业务性质 不是我要找的 先不面了", "not_interested"],
    ["I'm looking for a job in an international company, not a local one. So I cancel", "not_interested"],
    ["it's too technical for me, so I prefer to not continue", "not_interested"],
    ["暂时不找实习了，谢谢", "not_interested"],
    ["Not relevant anymore", "unknown"],
  ]);
  it("期末考完直接回家 is going home, not a clash with exams", () => expect(u("期末考完直接回家了，实习的事明年再说吧，这次就不去了").cancelReason).toBe("personal"));
});

describe("round 85 agreements, hedges, questions and lateness", () => {
  it.each(["def coming, cheers legend", "yea sweet", "欧克", "等等见～", "It fits me perfectly, thank you.", "Thanks for the invite, I accept with pleasure", "Agreed. Thank you"])(
    "%s → confirm",
    (text) => expect(u(text).intent).toBe("confirm"),
  );
  it("这周比较忙 我看一下喔 → other", () => expect(u("这周比较忙 我看一下喔").intent).toBe("other"));
  it("'Who will do the interview' asks; its 'will do' agrees to nothing", () => expect(u("Who will do the interview, HR or the manager?").intent).toBe("question"));
  it("south-western 好多钱 asks how much", () => expect(u("从火车站过来打车大概好多钱").intent).toBe("question"));
  it.each(["快拢了，门口见", "还在捷运上 大概再两站", "Vale, sorry, I'm coming! 3 minutes"])("%s (on the day) → late", (text) =>
    expect(u(text, ON_THE_DAY).intent).toBe("late"));
});

describe("round 85 critical errors", () => {
  it("我下周二下午有时间，可以吗 offers the candidate's free time; it is no assent to the slot", () =>
    expect(u("我下周二下午有时间，可以吗").proposed).toEqual(p("2026-12-01", null, "afternoon")));
  it("'I can come only when I return' puts it off", () =>
    expect(u("Sorry, I'm still in Almaty because of visa problems. I can come only when I return, maybe in 3 weeks").intent).toBe("reschedule"));
  it("Australian 'yeah nah … not that keen on a … role' withdraws", () =>
    expect(u("yeah nah had a think and I'm not that keen on a retail role. cheers").intent).toBe("cancel"));
  it("'Wednesday is not good, Thursday is better. Same time ok?' moves to Thursday", () =>
    expect(u("Wednesday is not good, Thursday is better. Same time ok?").proposed).toEqual(p("2026-11-26", "14:00", "afternoon")));
  it("'not free on this day, the rest of the week is ok' offers the other days", () =>
    expect(u("sorry I'm not free on this day, the rest of the week is ok").intent).toBe("reschedule"));
});

// Round 86 (blind365–370) was held back: scored once on round 85's commit (c3001da) and not tuned on. Its five critical errors are
// fixed here, checked with our own wording.
describe("round 86 critical errors", () => {
  it("'I can't come … and don't need to reschedule' withdraws; 'no reschedule' keeps no slot", () =>
    expect(u("Sorry, I can't come to the interview and don't need to reschedule.").intent).toBe("cancel"));
  it("'I'm sorted now, got a role at another company 👍' withdraws", () =>
    expect(u("Thanks but I'm sorted now, got a role at another company 👍").cancelReason).toBe("found_job"));
  it("'Don't think I can make that time, please advise of alternatives' asks for a change", () =>
    expect(u("Don't think I can make that time, please advise of alternatives").intent).toBe("reschedule"));
  it("'morning slot same day?' for an afternoon slot does not book the slot", () => expect(u("morning slot same day?").intent).not.toBe("confirm"));
  it("'afternoon slot same day?' for an afternoon slot is still the slot", () => expect(u("afternoon slot same day?").intent).toBe("confirm"));
  it("错开…行不 asks for a change; Henan 就中 = 就行 leaves 就中间 alone", () => expect(u("错开午饭那会行不 我就中间那会有空").intent).toBe("reschedule"));
});
