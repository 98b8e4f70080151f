/**
 * Round 80: the misses of blind329 (English as a second language from Mexico, Colombia, Argentina, Chile and Peru, scored blind
 * once on 1263e3b: 93.0%), blind330 (beauty-salon, gym, tutoring and kindergarten staff in Chengdu, Chongqing and Wuhan: 97.5%),
 * blind331 (young American texting: 95.3%), blind332 (code-switching Taiwanese and overseas-Chinese applicants: 97.5%), blind333
 * (an international school's and university's English inbox: 97.3%) and blind334 (construction, decoration and logistics workers
 * from Shandong, Hebei, Anhui and Jiangxi: 97.3%), checked with wordings written for this file. The round was held back by session
 * 18, so its three critical errors are tested at the end of `families-blind323-328-final.test.ts`.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 80 changes asked for", () => {
  reschedulesTo([
    ["Friday 10:30 is better for me, is it possible?", p("2026-11-27", "10:30", "morning")],
    ["Only mornings for me because of work. Is possible?", p(null, null, "morning")],
    ["Could be the same day but at 4? mornings I have class", p("2026-11-25", "16:00", "afternoon")],
    ["Would that evening work? Like 7?", p("2026-11-25", "19:00", "evening")],
    ["I have the dentist that morning, could we do the afternoon instead? Say 4?", p("2026-11-25", "16:00", "afternoon")],
    ["Could we do 10am the day after?", p("2026-11-26", "10:00", "morning")],
    ["Could it be the next day in the morning?", p("2026-11-26", null, "morning")],
    ["Have you got the 4pm slot free on Friday? Suits me better", p("2026-11-27", "16:00", "afternoon")],
    ["周五上午十点可以吗，周末我才有空", p("2026-11-27", "10:00", "morning")],
    ["Can we do it other week?", null],
    ["Unfortunately I'm scheduled to work during that time. Any flexibility?", null],
    ["That's during my lecture hours, sorry", null],
    ["Hmm that hour is hard, I'm at work until 6", null],
    ["The date not works for me, sorry", null],
    ["Wednesday is difficult... maybe another?", null],
    ["ok can we switch the date", null],
    ["could we do it on a weekend instead", null],
    ["Not possible for me then. Next available slot?", null],
    ["I'd prefer some time the week after, if that's ok", null],
    ["Sorry, I'll have to move this one, my son is sick", null],
    ["Sorry I'm not free on that date. Can I ask for another time?", null],
    ["I'm travelling for work until next week, when I'm back I write you to find a new date", null],
    ["Is it possible to change? I just started a new job and I can't leave at that time", null],
    ["I need to cancel today, something came up. Could we rebook for next week?", null],
    ["明天来不到哦，改个时间嘛", null],
    ["跟排班撞了，我问下店长哪天休息再跟你约", null],
    ["有点撞期，我晚点再跟你说哪天可以", null],
  ]);
  it("a new job that keeps the candidate from the slot, with a change asked, is a change", () =>
    expect(u("would it be possible to reschedule to a later date? I just started a contract job and can't take leave this week").intent).toBe("reschedule"));
  it("a new job with no change asked still withdraws", () => expect(u("I just started a contract job, so I'll withdraw").cancelReason).toBe("found_job"));
  it("'cancel today … I don't want to reschedule' still withdraws", () => expect(u("I need to cancel today and I don't want to reschedule").intent).toBe("cancel"));
  it("'could be 20 late' on the day is lateness, not a new slot", () => expect(u("Bus broke down, could be 20 late. Still ok?", ON_THE_DAY).intent).toBe("late"));
});

describe("round 80 withdrawals", () => {
  withdrawsFor([
    ["Sorry, I have to decline, I received other offer closer to my studies", "found_job"],
    ["ya encontré chamba, I found trabajo already, thanks!", "found_job"],
    ["Sorry, I already have pega now. Thanks", "found_job"],
    ["hey not gonna make it, i'm taking a different job. sorry", "found_job"],
    ["i start at walmart monday so i won't be coming", "found_job"],
    ["nah i'm set, got a job already", "found_job"],
    ["I have recently accepted a research position at another university and must withdraw", "found_job"],
    ["Apologies, I've committed to another school from September.", "found_job"],
    ["Sorry po, I already have a work. Thank you", "found_job"],
    ["上周刚报到新公司，这边就婉拒了", "found_job"],
    ["录取别家了，这边不去了哈", "found_job"],
    ["不用了，我回原来那家店上班了", "found_job"],
    ["我已经在解放碑那边找到了，不好意思", "found_job"],
    ["已经有班上了", "found_job"],
    ["刚被一家物流公司要了，谢谢你们", "found_job"],
    ["That day I have my work and I can't ask permission, so I decline. Thanks", "time_conflict"],
    ["I have classes every day until the end of the semester, so I prefer to leave it", "time_conflict"],
    ["Sadly the interview coincides with my exams, so I must decline", "time_conflict"],
    ["I work full time during the day so this won't work out, sorry", "time_conflict"],
    ["I'm tied up with exams for the next six weeks, please consider other candidates", "time_conflict"],
    ["开货车一走就是半个月，面不了，算了", "time_conflict"],
    ["工期紧，老板不放人，这个就算了", "time_conflict"],
    ["that location is way too far from me, not gonna work", "location"],
    ["we're moving out of state soon so i'll have to cancel, sorry", "personal"],
    ["didnt realize it was all the way out there. no thanks", "location"],
    ["im up north, thats too much of a drive. gonna pass", "location"],
    ["The commute is over two hours each way, not feasible for me", "location"],
    ["过江太麻烦了，就不去了", "location"],
    ["还以为是本地的，结果在廊坊，不去了", "location"],
    ["Reading the description again, it's all B2B sales and I don't want to go back to sales. Sorry", "not_interested"],
    ["I decided to focus on engineering jobs only, this role is not my area. Good luck!", "not_interested"],
    ["The profile is more for sales and I want finance, so I prefer not to assist", "not_interested"],
    ["thought this was a delivery job, didnt know it was packing. ill pass", "not_interested"],
    ["nvm i dont want it", "not_interested"],
    ["Thanks, but I don't want to teach primary. Please cancel", "not_interested"],
    ["I'd rather not go ahead with this one, sorry", "not_interested"],
    ["我想干木工，你们这是小工，不是我要的", "not_interested"],
    ["不搞装修了，准备转行开网约车", "not_interested"],
    ["For that money is better I stay in my actual job, sorry", "salary"],
    ["i need at least 22 an hour so this isnt gonna work, thx", "salary"],
    ["课时费这么少，不来了", "salary"],
    ["计件太坑了，算了吧", "salary"],
  ]);
  it("'I thought this was a remote job' keeps where, not interest", () =>
    expect(u("Sorry, I thought this was a remote job. I can't come to the office daily so not going ahead").cancelReason).toBe("location"));
  it("'can't do nights' stays with the earlier writers' reasons, not the calendar", () =>
    expect(u("Just found out it's a night shift role, I can't do nights. I'm out").cancelReason).toBe("not_interested"));
});

describe("round 80 assent, acknowledgements and hedges", () => {
  it("这个时间能行 agrees", () => expect(u("这个时间能行，我跟老板说一声就中").intent).toBe("confirm"));
  it("这个时间能行吗 asks", () => expect(u("这个时间能行吗").intent).not.toBe("confirm"));
  it("Sichuanese 要的要的 agrees", () => expect(u("要的要的").intent).toBe("confirm"));
  it("Taiwanese 好ㄛ agrees", () => expect(u("好ㄛ").intent).toBe("confirm"));
  it("learners' 'there I will be' agrees", () => expect(u("Sí, there I will be").intent).toBe("confirm"));
  it("'lets do it 💪' agrees", () => expect(u("lets do it 💪").intent).toBe("confirm"));
  it("'let's do it another day' is a change", () => expect(u("let's do it another day").intent).toBe("reschedule"));
  it("'keep the time as it is' keeps the slot", () => expect(u("It's fine, keep the time as it is").intent).toBe("confirm"));
  it("'oh ok' only acknowledges", () => expect(u("oh ok").intent).toBe("other"));
  it("'Ah ok, understood' only acknowledges", () => expect(u("Ah ok, understood").intent).toBe("other"));
  it("'ok got it, thank u' only acknowledges", () => expect(u("ok got it, thank u").intent).toBe("other"));
  it("'ok got it, will be there' agrees", () => expect(u("ok got it, will be there").intent).toBe("confirm"));
  it("'I need to talk with her first' decides nothing", () => expect(u("I think yes but my husband is travelling that week, I need to talk with him first").intent).toBe("other"));
  it("'will confirm again later' decides nothing", () => expect(u("Probably can, will confirm again later").intent).toBe("other"));
  it("'I'll know once the timetable is out' decides nothing", () => expect(u("Might be ok, I'll know once the new rota comes out").intent).toBe("other"));
  it("'I reply you in the afternoon' offers no slot", () => expect(u("Sorry I'm in a meeting, I reply you in the afternoon").intent).toBe("other"));
  it("'how are you?' after a greeting is small talk", () => expect(u("Good afternoon! how are you?").intent).toBe("other"));
});

describe("round 80 questions, lateness and arrivals", () => {
  it("Sichuanese 底薪有好多 asks about pay", () => expect(u("底薪有好多哦").questions).toEqual(["salary"]));
  it("Sichuanese 好久出来 asks", () => expect(u("面试结果好久出来").intent).toBe("question"));
  it("a clause-final 不 with a particle asks", () => expect(u("面试要交钱不哦").intent).toBe("question"));
  it("是…不 asks", () => expect(u("是单休不").intent).toBe("question"));
  it("'what position is this for' asks about the job", () => expect(u("wait what position is this for again").questions).toEqual(["job"]));
  it("'r u guys hiring' asks about the job", () => expect(u("r u guys hiring for nights too").questions).toEqual(["job"]));
  it("whether they hire for weekends asks about the job; it offers no slot", () => expect(u("周末店里招兼职吗 我周末想做").intent).toBe("question"));
  it("'in the office or online' asks about the format", () =>
    expect(u("I wanted to ask if the interview is in the office or online because I live far").questions).toContain("format"));
  it("'I am arriving' on the day is lateness", () => expect(u("I am arriving", ON_THE_DAY).intent).toBe("late"));
  it("learners' 'in the way' on the day is lateness", () => expect(u("Already in the way, I'm close", ON_THE_DAY).intent).toBe("late"));
  it("'om my way' on the day is lateness", () => expect(u("om my way", ON_THE_DAY).intent).toBe("late"));
  it("'in the waiting area' on the day is an arrival", () => expect(u("in the lobby 👍", ON_THE_DAY).intent).toBe("other"));
});
