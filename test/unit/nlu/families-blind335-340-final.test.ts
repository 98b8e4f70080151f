/**
 * Round 81: the misses of blind335 (English as a second language from Eastern Europe, Russia, Ukraine and Turkey, scored blind once
 * on fb95f27: 93.3%), blind336 (job seekers from Guangxi, Yunnan and Guizhou: 98.5%), blind337 (young Australian and New Zealand
 * texting: 96.5%), blind338 (code-switching returnees in Guangzhou and Shenzhen: 97.8%), blind339 (English as a second language from
 * Spain, Italy, Mexico and Brazil: 93.8%) and blind340 (bank, insurance, call-centre and office staff in Tianjin, Dalian and Qingdao:
 * 98.3%), checked with wordings written for this file; the round's five critical errors are at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 81 changes asked for", () => {
  reschedulesTo([
    ["I'm not able that day 😔 please another one", null],
    ["Da, but not at 2, later maybe?", null],
    ["the time is not comfortable, I finish work at 6. After 6 or weekends?", null],
    ["The interview is in the middle of my working day and I can't leave. Earlier or later is possible?", null],
    ["I caught a flu, I'd like to come when I feel better", null],
    ["that hour I'm at work 😭 you have something different?", null],
    ["I have a problem with that date. We can talk for find another one?", null],
    ["The hour is not good, I work in the afternoon", null],
    ["my boss don't let me leave early that day, can be another?", null],
    ["I'm visiting family in Rome that week, can we find a day after I come back?", null],
    ["That day no is possible for me", null],
    ["sorry got work, could we do another day", null],
    ["anytime in the next fortnight works for me", null],
    ["cant do it then, free most days once my exams finish tho", null],
    ["argh clashes with netball, could we shuffle it?", null],
    ["麻烦改一下面试时间", null],
    ["这周我回不来深圳，看错日子了 😭", null],
    ["Dale, but could be one hour before? 14:00 is tight for me", p("2026-11-25", "13:00", "afternoon")],
    ["Can we make it in the morning of the same day? 10 works", p("2026-11-25", "10:00", "morning")],
    ["我周五下午能去，你看行不", p("2026-11-27", null, "afternoon")],
  ]);
  it("'Can I come an hour earlier?' still moves the start", () => expect(u("Can I come an hour earlier? I have a class after").proposed).toEqual(p("2026-11-25", "13:00", "afternoon")));
  it("'delay 30 min can?' still asks to move the start", () => expect(u("delay 30 min can?", ON_THE_DAY).intent).toBe("reschedule"));
});

describe("round 81 withdrawals", () => {
  withdrawsFor([
    ["Already hired, sorry 😅", "found_job"],
    ["not actual for me anymore, I started new work this week", "found_job"],
    ["i already work, sorry, not actual anymore", "found_job"],
    ["sorry i accept other ofer today", "found_job"],
    ["I received other proposal and I accepted it, thank you", "found_job"],
    ["My old company offered me to come back with a raise, so I will not continue, sorry", "found_job"],
    ["nah im good, just got a grad role 🎉", "found_job"],
    ["找到班上了，不去了", "found_job"],
    ["我已经进了比亚迪，不好意思，不过去了", "found_job"],
    ["money is too small, sorry", "salary"],
    ["I saw the salary in vacancy, it is lower than my current, so no sense to come", "salary"],
    ["not worth it for that rate tbh, cancel pls", "salary"],
    ["just found out its $24 an hour, i cant really live on that so im gonna pull out", "salary"],
    ["cheers but the package doesnt work for me", "salary"],
    ["After checking the comp range I don't think it works for me. I'll withdraw.", "salary"],
    ["the address is very far from me, almost two hours, I think I will refuse", "location"],
    ["I didn't see the address, it is in other city, I can't move. Thank you", "location"],
    ["the office is way out west and i dont drive so ill have to decline", "location"],
    ["每天从黄岛过海上班太折腾了，还是不去了", "location"],
    ["I'm pregnant and the doctor told me rest, so I stop the process for now", "personal"],
    ["I'm sick and doctor said two weeks rest, so I have to cancel", "personal"],
    ["going overseas for a while so i'll have to decline", "personal"],
    ["I want to try myself in design, not in sales. Decline", "not_interested"],
    ["had a think and dont reckon the role's for me, sorry", "not_interested"],
    ["after reading the ad again i dont think its for me, please take me off the list", "not_interested"],
    ["not after contract roles sorry, gonna pass", "not_interested"],
    ["I've decided not to pursue this role. Thanks for your time.", "not_interested"],
    ["I applied wrong, I was looking for finance not sales, sorry, I won't go", "not_interested"],
    ["I prefer not continue with the process, thanks", "not_interested"],
    ["the time doesn't fit and I have no other free days, so I will not participate", "time_conflict"],
    ["my roster's locked in for the next few months, wont be able to make it at all sorry", "time_conflict"],
    ["uni + work means i just dont have time for this rn, have to pull out", "time_conflict"],
    ["I cannot attend, I have my work at that hour and I can't take free days. Please cancel it", "time_conflict"],
    ["I'm sorry I can't go today, I have a meeting I can't skip. Please cancel", "time_conflict"],
    ["这段时间根本抽不出时间面试，放弃了", "time_conflict"],
    ["我们网点缺人，主任不批假，只能放弃了", "time_conflict"],
    ["倒班排不开，不去了", "time_conflict"],
    ["放弃", "unknown"],
  ]);
  it("996 alone stays not_interested, as for the earlier writers", () => expect(u("听说要996，算了不去了").cancelReason).toBe("not_interested"));
  it("准备考公 stays personal, as for the earlier writers", () => expect(u("准备考公了，这次不去了").cancelReason).toBe("personal"));
  it("moving back home stays where, as for the earlier writers", () => expect(u("I'm moving back to Perth next month so I'll withdraw").cancelReason).toBe("location"));
});

describe("round 81 assent, hedges and questions", () => {
  it("learners' 'I will participate' agrees", () => expect(u("Good evening! I received the invitation, I will participate.").intent).toBe("confirm"));
  it("Russian 'Da' agrees", () => expect(u("Da").intent).toBe("confirm"));
  it("'I will be, thank you' agrees, with a question after it", () => expect(u("I will be, thank you. One question - what is the salary?").intent).toBe("confirm"));
  it("Australian 'keen as' agrees", () => expect(u("keen as").intent).toBe("confirm"));
  it("'thats all good with me' agrees", () => expect(u("thats all good with me, ta").intent).toBe("confirm"));
  it("'I will go with pleasure' agrees", () => expect(u("I will go with pleasure").intent).toBe("confirm"));
  it("learners' 'I will assist' (attend) agrees", () => expect(u("I will assist, thank you").intent).toBe("confirm"));
  it("'origional time is fine' keeps the slot", () => expect(u("origional time is fine dont worry about changing it").intent).toBe("confirm"));
  it("Tianjin 介个时间行，甭改了 keeps the slot", () => expect(u("介个时间行，甭改了").intent).toBe("confirm"));
  it("'ok 那我就不 reschedule 了' keeps the slot", () => expect(u("ok 那我就不 reschedule 了，两点见").intent).toBe("confirm"));
  it("'Can I come 10 min earlier to fill the forms?' agrees; it moves nothing", () => expect(u("Ok, I confirm. Can I come 10 min earlier to fill the forms?").intent).toBe("confirm"));
  it("a clock for leaving home is no slot", () => expect(u("Yes, I leave my house at 1 so I'll be on time").intent).toBe("confirm"));
  it("我再 double check 一下 decides nothing", () => expect(u("应该 ok 吧，我再 double check 一下").intent).toBe("other"));
  it("定了告诉你 decides nothing", () => expect(u("我得先跟主任说一声，定了告诉你").intent).toBe("other"));
  it("'Just to double check, it's 2pm right?' after agreeing still agrees", () => expect(u("I'll be there. Just to double check, it's 2pm right?").intent).toBe("confirm"));
  it("能不能线上面试 while unable to come asks; it does not withdraw", () => expect(u("能不能线上面试？我人在贵阳过不来").intent).toBe("question"));
  it("whether the job lets them leave at 4 asks about the job; 工资少点也行 agrees to nothing", () =>
    expect(u("我想问下 这个工作能不能下午四点走 要接孩子 工资少点也行").intent).toBe("question"));
  it("面好久 asks how long", () => expect(u("面试要面好久哦").intent).toBe("question"));
  it("带身份证不 asks", () => expect(u("带身份证不").intent).toBe("question"));
  it("'需要 prepare presentation 吗' asks about materials", () => expect(u("这个面试需要 prepare presentation 吗？").questions).toEqual(["materials"]));
  it("'Tell please the address one more time' asks", () => expect(u("Tell please the address one more time").intent).toBe("question"));
  it("'before confirming I would like to know the salary' asks", () => expect(u("Hello, before confirming I would like to know the salary, please").intent).toBe("question"));
});

describe("round 81 lateness", () => {
  it("'delay 10 minut' on the day is lateness", () => expect(u("Izvinite, delay 10 minut", ON_THE_DAY).intent).toBe("late"));
  it("'delay with train … 25 minutes late' on the day is lateness", () => expect(u("Sorry, delay with bus, I will be about 20 minutes late", ON_THE_DAY).intent).toBe("late"));
  it("'ill be like 10 late' is minutes, not a clock", () => expect(u("hey ill be like 10 late, cant find parking", ON_THE_DAY).intent).toBe("late"));
  it("'I take the wrong metro line' on the day is lateness", () => expect(u("sorry I take the wrong metro line, I'm coming back", ON_THE_DAY).intent).toBe("late"));
  it("'at 14:10 instead of 14:00' on the day is lateness", () => expect(u("Will be there at 14:10 instead of 14:00, really sorry", ON_THE_DAY).intent).toBe("late"));
  it("在门口打车了 on the day is lateness", () => expect(u("在门口打车了 马上过来", ON_THE_DAY).intent).toBe("late"));
  it("迟到一下下 on the day is lateness", () => expect(u("sorry 我可能要迟到一下下 高铁晚点了", ON_THE_DAY).intent).toBe("late"));
});

describe("round 81 critical errors", () => {
  it("原定时间 with an event there asks for a change; it keeps nothing", () => expect(u("不好意思，原定时间我要 attend 一个 wedding，可以另约吗").intent).toBe("reschedule"));
  it("原定时间无法前往 asks for a change; it keeps nothing", () => expect(u("原定时间无法前往，恳请另行安排面试时间").intent).toBe("reschedule"));
  it("具体时间您定就行 after a change leaves the new time to us; it agrees to nothing", () =>
    expect(u("临时有事，麻烦改一下面试时间，具体时间您定就行").intent).toBe("reschedule"));
  it("a day put forward and only checked (恁看行不) is a change", () => expect(u("俺周五下午能去，恁看行不").intent).toBe("reschedule"));
  it("'the morning of the same day? 10 is good' is a change, not assent", () =>
    expect(u("Can we make it in the morning of the same day? 10 or 10:30 is good").proposed).toEqual(p("2026-11-25", "10:00", "morning")));
});

// Round 82 (blind341–346) was held back: scored once on this session's final rules (1f4aeb9) and not tuned on. Its five critical
// errors are fixed here, checked with our own wording.
describe("round 82 critical errors", () => {
  it("'That day is Eid … After Eid any day is ok' asks for a change; it does not agree", () =>
    expect(u("That day is Diwali, family at home. After Diwali any day is ok for me").intent).toBe("reschedule"));
  it("'any day of the week after is good for me' after a clash asks for a change", () =>
    expect(u("That Wednesday I have to go to the embassy, any day of the week after is good for me").intent).toBe("reschedule"));
  it("周三开始要 ICT 两个礼拜，下个月才 free asks for a change", () => expect(u("paiseh 我周三开始要 ICT 两个礼拜，下个月才 free").intent).toBe("reschedule"));
  it("有 later 一点的 slot 吗 asks for a change", () => expect(u("有 later 一点的 slot 吗 周三?").intent).toBe("reschedule"));
  it("去不了了，不用 reschedule 了 withdraws; it keeps nothing", () => expect(u("周三临时要 OT，去不了了，不用 reschedule 了 sorry").intent).toBe("cancel"));
  it("不用 reschedule 了 alone keeps the slot", () => expect(u("ok 那就不用 reschedule 了，周三见").intent).toBe("confirm"));
});
