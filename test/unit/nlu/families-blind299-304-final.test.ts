/**
 * Round 75: the misses of blind299 (a construction and engineering group's global English inbox, scored blind once on 0da2fc6:
 * 98.0%), blind300 (gig and platform workers, Chinese: 98.8%), blind301 (young American service workers, Gen-Z texting: 93.5%),
 * blind302 (code-switching employees of foreign companies in Beijing, Shanghai and Guangzhou: 97.8%), blind303 (English as a
 * second language from Eastern Europe, Turkey, Iran and Egypt: 93.5%) and blind304 (older workers aged 40 to 60, Chinese: 98.8%),
 * checked with wordings written for this file; the round's four critical errors are at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 75 changes asked for", () => {
  reschedulesTo([
    ["my bad i cant do that one, got a hearing that morning. lmk what else is open", null],
    ["That time won't work for me sadly, do you have any other openings?", null],
    ["not availible then 😞", null],
    ["not possible this day", null],
    ["We can do it in next days? not Wednesday", null],
    ["I'm not in Shanghai now, will return next month. Can we wait with the interview?", null],
    ["Family emergency, I must go home for few days. I will contact you when I come back for new date, ok?", null],
    ["Kindly note I won't be available on the mentioned date. Please share new slots.", null],
    ["I'm on PTO that week. Any time after I'm back works.", null],
    ["Would a weekend work? Hard to get leave on weekdays.", null],
    ["时间能往后调调不？俺这边交接还没弄完", null],
    ["后天去不了 家里有点事", null],
    ["i have my other job til 1, could we do like 1:30 or 2", p(null, "13:30", "afternoon")],
    ["I can not on Wednesday. Maybe evening, 7 pm? I finish work at 6:30", p(null, "19:00", "evening")],
  ]);
  it("'a week later would be perfect' moves the slot a week", () => expect(u("Away that week, a week later would be perfect").proposed).toEqual(p("2026-12-02", "14:00", "afternoon")));
  it("'will reply in the evening' is when they answer", () => expect(u("Sorry I'm in a lecture, will reply in the evening").intent).toBe("other"));
  it("'我七点半就出门' is when they set off", () => expect(u("好的，周三下午两点，我十二点半就出门").intent).toBe("confirm"));
  it("迟咗少少 on the day is lateness, not one o'clock", () => expect(u("遲咗少少，就到", ON_THE_DAY).intent).toBe("late"));
  it("'6/5 am' is a date's morning", () => expect(u("6/5 am ok?").proposed).not.toEqual(expect.objectContaining({ time: "05:00" })));
});

describe("round 75 withdrawals", () => {
  withdrawsFor([
    ["I got taken on for the airport project, so no need. Thanks", "found_job"],
    ["Decided to change career, not pursuing retail anymore. Thanks though", "not_interested"],
    ["cant make it and honestly my schedule is too packed rn to reschedule, sorry", "time_conflict"],
    ["im pregnant and due in the spring so i'm gonna hold off on working for now", "personal"],
    ["my dad is sick and i gotta take care of him so i'm not gonna be able to take a job right now", "personal"],
    ["i thought it was the store downtown not the one by the mall. cant get there, sorry", "location"],
    ["no benefits and that wage? nah im good", "salary"],
    ["thank you so much but i ended up getting a full time spot at my current job so im gonna stay", "found_job"],
    ["decided i dont wanna do retail anymore, sorry!", "not_interested"],
    ["it is agency company? then no, I don't want, sorry", "unknown"],
    ["I saw the salary in the vacancy, it is less than I get now. So I refuse, sorry", "salary"],
    ["I'm not want this job, sorry", "not_interested"],
    ["Sorry, my visa is ending and I must go back to Turkey. I can not attend", "personal"],
    ["no need, I'm already working", "found_job"],
    ["I'm already hired, sorry for your time", "found_job"],
    ["Dear HR, I regret to inform you that I will not be able to participate in the interview process.", "unknown"],
    ["thanks but I start new work on Monday", "found_job"],
    ["The office is far away from the metro, for me it is impossible without car. So no", "location"],
    ["After thinking, I decided to not go on with this vacancy. Sorry for your time", "not_interested"],
    ["Something came up at home, need to go back to my hometown for a while. Can't make the interview, sorry", "personal"],
    ["The pay is too far from my expectation, don't want to waste everyone's time.", "salary"],
    ["老板 我已经在一家直播公司做运营了 这边就不去了", "found_job"],
    ["纯提成的吧 不考虑了哈", "salary"],
    ["出车祸了在医院躺着 面不了了", "personal"],
    ["排班太满 假请不下来 只能放弃了", "time_conflict"],
    ["想了想还是跑单自由 不去了", "not_interested"],
    ["我以为是在国贸，原来在通州，那算了", "location"],
    ["孙子没人带，闺女不让我出来上班了，面试就不去了", "personal"],
    ["不包吃住的话划不来，不去了", "salary"],
    ["With my rotation there's just no way I can attend, so I'll bow out", "time_conflict"],
    ["we're moving out of state next month so no point, sorry!", "personal"],
  ]);
  it("'lol nah' withdraws", () => expect(u("lol nah").intent).toBe("cancel"));
});

describe("round 75 assent, lateness, questions and other", () => {
  it("'ight bet' agrees", () => expect(u("ight bet").intent).toBe("confirm"));
  it("'yeppp 🙌' agrees", () => expect(u("yeppp 🙌").intent).toBe("confirm"));
  it("'I come with pleasure' agrees", () => expect(u("I come with pleasure").intent).toBe("confirm"));
  it("'Ок)' in Cyrillic letters agrees", () => expect(u("Ок)").intent).toBe("confirm"));
  it("'parking rn be right in' on the day is lateness", () => expect(u("parking rn be right in", ON_THE_DAY).intent).toBe("late"));
  it("'ill be there at like 2:10 traffic' on the day is lateness", () => expect(u("ill be there at like 2:10 traffic", ON_THE_DAY).intent).toBe("late"));
  it("'Traffic very bad on the bridge, maybe 15 minutes delay' on the day is lateness", () =>
    expect(u("Traffic very bad on the bridge, maybe 15 minutes delay", ON_THE_DAY).intent).toBe("late"));
  it("an accident on the road, 'or should we move it?', is lateness", () =>
    expect(u("my apologies, there was an accident on the road. I'll be about half an hour late. Can I still have the interview today or should we move it?", ON_THE_DAY).intent).toBe("late"));
  it("骑车过去中 on the day is lateness", () => expect(u("骑车过去中 到了给你发消息", ON_THE_DAY).intent).toBe("late"));
  it("'do yall drug test' asks", () => expect(u("do yall drug test").intent).toBe("question"));
  it("'do i need to bring 2 forms of id' asks; 2 is no menu choice", () => expect(u("hey quick q do i need to bring 2 forms of id").intent).toBe("question"));
  it("'im in the parking lot which door do i use' asks", () => expect(u("im in the parking lot which door do i use", ON_THE_DAY).intent).toBe("question"));
  it("没看到地址 asks for the address", () => expect(u("没看到地址诶").questions).toContain("location"));
  it("'that was for the lads' is the wrong chat", () => expect(u("yes no sorry that was for the lads hold on").intent).toBe("other"));
  it("刚刚是不是打我电话了 is about the chat", () => expect(u("刚刚是不是打我电话了 没接到").intent).toBe("other"));
  it("我确认下那天有没有出差 decides nothing yet", () => expect(u("hold on, 我确认下那天有没有出差").intent).toBe("other"));
});

describe("round 75 critical errors", () => {
  it("on leave that week, a week later, is a change, not assent", () => expect(u("On holiday that week unfortunately, a week later would be perfect").intent).toBe("reschedule"));
  it("'2pm is bit early for me' is a change, not assent", () => expect(u("2pm is bit early for me, I am coming from Dongguan").intent).toBe("reschedule"));
  it("原定时间 clashing, with a change asked, is no keeping of the original", () =>
    expect(u("您好，原定时间和我现在公司的季度review撞了，想问下是否可以调整一下面试时间？").intent).toBe("reschedule"));
  it("any time within the month is a range, not assent", () => expect(u("这个月内任何时间都可以").intent).toBe("reschedule"));
});

// Round 76 was held back: scored once on this session's final rules (2e75051) and not tuned on. Its two critical errors are fixed
// here, checked with our own wording.
describe("round 76 critical errors", () => {
  it("'could we say 4:30?' after a bound on the slot's day asks for a new clock, not assent", () =>
    expect(u("Can do Wednesday but only after 4, could we say 4:30?").intent).toBe("reschedule"));
  it("'time no good for me. Other?' refuses the slot, it does not agree", () => expect(u("Sorry, time no good for me. Other?").intent).toBe("reschedule"));
});
