/**
 * Round 79: the misses of blind323 (English as a second language from Brazil, Portugal, France and Francophone Africa, scored blind
 * once on 24eb8da: 94.0%), blind324 (delivery, warehouse and supermarket staff in Guangdong and Fujian, Cantonese and Hokkien: 97.0%),
 * blind325 (native English from five countries, all ages: 97.8%), blind326 (code-switching returnees in Beijing and Shanghai: 98.5%),
 * blind327 (English as a second language from South Asia: 95.3%) and blind328 (middle-aged career changers, Chinese: 98.5%), checked
 * with wordings written for this file; the round's four critical errors are at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 79 changes asked for", () => {
  reschedulesTo([
    ["Not possible this day, sorry", null],
    ["Impossible for me this day 😞", null],
    ["this day i cant", null],
    ["No way for Wednesday sorry, my manager don't let me go", null],
    ["Afraid I'm busy then. Can we look at alternatives?", null],
    ["That won't work as I'll be at work. Anything outside normal working hours?", null],
    ["Sir is it possible to shift? My exam got moved to the same day", null],
    ["Back in 10 days, will it be possible to give a date after that?", null],
    ["I'm in a training until Friday. It's possible after?", null],
    ["Sorry, I won't be in the city on that date. Maybe next week?", null],
    ["Is it possible earlier? I need to take my daughter at school at 16h", null],
    ["要得嘛，就是时间改一哈", null],
    ["时间可以再商量吗 这个点我还在上班", null],
    ["Can we do it in like 3 weeks? Busy with a launch", null],
    ["这个星其不行 下星其吧", null],
  ]);
  it("learners' 'to 10h30' is half past ten", () => expect(u("Can we change to 10h30 on Thursday?").proposed).toEqual(p("2026-11-26", "10:30", "morning")));
  it("'is Saturday off?' asks about the job, no slot", () => expect(u("What are the working hours and is Saturday off?").intent).toBe("question"));
});

describe("round 79 withdrawals", () => {
  withdrawsFor([
    ["HR told me the package, it's not enough, so I will not assist to the interview", "salary"],
    ["Sorry, I will not assist. Thanks", "unknown"],
    ["Thank you but I already accepted another proposition. I will not assist.", "found_job"],
    ["Olá! Thanks, but I already close with another company", "found_job"],
    ["I prefer to stop here the process, the position is too junior for me", "not_interested"],
    ["Can't go ahead sorry, got some stuff going on at home", "personal"],
    ["Appreciate it but the money isn't enough for me to move", "salary"],
    ["The ad made it sound more senior than it is. Not something I want to pursue, sorry", "not_interested"],
    ["Sir i am placed already, kindly don't wait for me", "found_job"],
    ["I'm not going to move to Chengdu, sorry", "location"],
    ["Finally I have a job in a German company here, so I cancel", "found_job"],
    ["I was hired yesterday by another company so I withdraw my candidature", "found_job"],
    ["My agenda is full these weeks and I can't do interviews, sorry. I renounce", "time_conflict"],
    ["3 - the hour is not compatible with my work and I cannot change", "time_conflict"],
    ["I applied by error, I look for a job in finance not in sales. I decline", "not_interested"],
    ["Sorry, I start somewhere else on Monday so I'll have to decline", "found_job"],
    ["Got called in for an urgent shift and can't get away, I'll have to cancel", "time_conflict"],
    ["I've taken a contract elsewhere so won't be attending", "found_job"],
    ["I've decided to take some time out to travel, so I'm going to withdraw", "personal"],
    ["I already signed offer with other company, cancel my interview pls", "found_job"],
    ["After thinking a lot I decided not to move ahead. Sorry for your time", "not_interested"],
    ["It is in Huizhou. I'm looking in Shenzhen only. Not attending", "location"],
    ["Location is not feasible for me, I stay in Nanshan. Please cancel", "location"],
    ["Sir my marriage is fixed and I'll be shifting after marriage, so I won't attend", "personal"],
    ["Comp is too low tbh, not gonna proceed", "salary"],
    ["Pls cancel, I'm not pursuing this direction anymore", "not_interested"],
    ["薪水无够，阮毋去矣", "salary"],
    ["阮已经有头路矣，多谢", "found_job"],
    ["路伤远，阮无车，毋去啊", "location"],
    ["我返去旧公司做啦，唔去喇", "found_job"],
    ["唔想再做仓管了 放弃", "not_interested"],
    ["夜班我顶唔顺，唔去啦", "not_interested"],
    ["已经定了别的机会，这边就放弃了", "found_job"],
    ["跟老乡去干装修了，面试就不去了", "found_job"],
    ["原来的店里又叫我回去了，这个就不去了", "found_job"],
  ]);
});

describe("round 79 assent, lateness, questions and other", () => {
  it("'Fine for me' agrees", () => expect(u("Thanks! Fine for me.").intent).toBe("confirm"));
  it("'okey sir' agrees", () => expect(u("okey sir").intent).toBe("confirm"));
  it("'How many rounds will be there' asks, it does not agree", () => expect(u("How many rounds will be there and how long will it take?").intent).toBe("question"));
  it("'Will confirm shortly' decides nothing yet", () => expect(u("Will confirm shortly").intent).toBe("other"));
  it("'I will see my agenda and I return to you' decides nothing yet", () => expect(u("ok noted, I will see my agenda and I return to you").intent).toBe("other"));
  it("'Can't say right now … Will inform by tomorrow' decides nothing yet", () =>
    expect(u("Can't say right now, leave is not approved yet. Will inform by tomorrow").intent).toBe("other"));
  it("'r u guys near the station' asks", () => expect(u("r u guys near the metro or do i need a taxi").intent).toBe("question"));
  it("'Kindly share the map link' asks where", () => expect(u("Kindly share the map link").questions).toEqual(["location"]));
  it("'Is this time final?' asks", () => expect(u("Is this time final? just checking if there's flexibility").intent).toBe("question"));
  it("几时出粮 asks about pay", () => expect(u("几时出粮").questions).toEqual(["salary"]));
  it("'I arrive!' on the day is lateness", () => expect(u("I arrive!", ON_THE_DAY).intent).toBe("late"));
  it("'in retard' on the day is lateness", () => expect(u("The metro has a problem, I am in retard 10 minutes", ON_THE_DAY).intent).toBe("late"));
  it("'Please attend me 10 minutes' on the day is lateness", () => expect(u("Please attend me 5 minutes, I'm coming", ON_THE_DAY).intent).toBe("late"));
  it("'5-10 min of delay' on the day is lateness", () => expect(u("Sorry, I will have 5-10 min of delay", ON_THE_DAY).intent).toBe("late"));
  it("'Reaching shortly' on the day is lateness", () => expect(u("Reaching shortly", ON_THE_DAY).intent).toBe("late"));
  it("导航导错了 on the day is lateness", () => expect(u("导航导错了，在往回绕，稍等", ON_THE_DAY).intent).toBe("late"));
  it("'sitting outside the conference room' on the day is an arrival", () =>
    expect(u("Sir I'm sitting outside the meeting room, they said wait 10 min", ON_THE_DAY).intent).toBe("other"));
});

describe("round 79 critical errors", () => {
  it("'I can attend but not on Wed' refuses the slot's day; it does not agree", () => expect(u("I can attend but not on Wed").intent).toBe("reschedule"));
  it("'one hour early' is a change, not assent", () => expect(u("Is it possible to have it one hour early? I stay far away").proposed).toEqual(p("2026-11-25", "13:00", "afternoon")));
  it("'any date after month end is ok' is a change, not assent", () => expect(u("Any date after month end is ok, this month I'm busy with closing").intent).toBe("reschedule"));
  it("Sichuanese 要得嘛，就是时间改一哈 asks for a change, not assent", () => expect(u("要得，就是时间改一哈").intent).toBe("reschedule"));
});

// Round 80 was held back: scored once on this session's final rules (1263e3b) and not tuned on. Its three critical errors are fixed
// here, checked with our own wording.
describe("round 80 critical errors", () => {
  it("pay no better than now, 就不换了, withdraws; it keeps no slot", () => expect(u("工资跟现在那份差不多，那就不换了").intent).toBe("cancel"));
  it("'im good, already working now 👍' withdraws for a new job; it does not agree", () => expect(u("im good, already working now 👍").cancelReason).toBe("found_job"));
  it("原定时间 with overtime and 改期 asks for a change; it keeps nothing", () => expect(u("不好意思，原定时间临时要加班，麻烦帮我改期").intent).toBe("reschedule"));
});
