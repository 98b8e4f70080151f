/**
 * Round 72: the misses of blind281 (a supermarket and pharmacy chain's global English inbox, scored blind once on 1c5d9ab:
 * 97.8%), blind282 (electronics and car-parts factory workers, Chinese: 98.5%), blind283 (native English from hospitals,
 * schools and warehouses: 94.5%), blind284 (Taiwanese and mainland code-switching: 95.5%), blind285 (English as a second
 * language from Latin America, Africa and Eastern Europe: 94.3%) and blind286 (customer-service, sales and admin candidates,
 * Chinese: 99.5%), checked with wordings written for this file; the round's two critical errors are at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 72 changes asked for", () => {
  reschedulesTo([
    ["I'm on a school trip that day. Could we do the following Thursday at the same time?", { date: "2026-11-26", time: "14:00", partOfDay: "afternoon" }],
    ["Is there any flexibility on the date? Wednesday isn't great for me", null],
    ["Sorry, I'm on holiday until the 30th. Can we do something after that?", null],
    ["is there any chance to do it a bit later on Wednesday? I can't get out of work until 5", null],
    ["I'm away until the 4th of January, could we do it in the new year?", null],
    ["Wednesday's not gonna work I'm afraid. I'll be on a school excursion all day", null],
    ["Could we maybe do it in the beginning of next month?", null],
    ["Dear Sir, I wish to humbly request for a rescheduling of the interview date due to an unforeseen circumstance.", null],
    ["My apologies, I have a family emergency. I will need to shift the interview, I will let you know when I am free", null],
    ["Is it possible to move? i'll tell you when i'm free", null],
    ["Could you propose another schedule? At that time I am in my current job", null],
    ["Unfortunately I will not be able to attend on the date indicated, would it be possible to reprogram?", null],
    ["My manager says I have to work overtime on Wednesday. Is there any flexibility with the date?", null],
    ["Eish, my lift's cancelled with the load shedding. Sorry, can we do it another day?", null],
    ["要上班 请不到假", null],
    ["HR 您好～ 周三下午我刚好要代表公司去 attend 一个 seminar，是上个月就 register 好的没办法取消，能改到周五吗", { date: "2026-11-27", time: null, partOfDay: null }],
  ]);
  it("a duty's clock is no slot", () => expect(u("Can it be earlier in the day? I have to collect my son at 3").proposed).toBeNull());
  it("a stretch of time put off in English 'Sorry 地铁 delay 了' on the day is lateness", () => expect(u("Sorry 地铁 delay 了，大概晚 10 mins 到", ON_THE_DAY).intent).toBe("late"));
});

describe("round 72 withdrawals", () => {
  withdrawsFor([
    ["after thinking it over the commute would be nearly 2 hours each way so I don't think it's going to work", "location"],
    ["I'll be taking a job at my uncle's firm instead. Thanks for the opportunity", "found_job"],
    ["hi yeah i dont think ill be able to do it, too much going on with family stuff. sorry!!", "personal"],
    ["I've had an offer from Woolworths, gonna take it. Thanks!", "found_job"],
    ["nah not anymore", "unknown"],
    ["I've no way to get to that store, no car and no bus", "location"],
    ["Thanks but I find a job. God bless", "found_job"],
    ["no need, i am employed now", "found_job"],
    ["Is too far, I live on the other side of the city. Thanks anyway", "location"],
    ["My visa is expiring and I have to leave the country, so I can't go to the interview", "personal"],
    ["Sorry 周三那天我要 onboard 新工作了，没办法过去面试了", "found_job"],
    ["周末我不太能接受要 OT 的公司，先不用了谢谢", "not_interested"],
    ["电子厂不想做了 想去学个手艺", "not_interested"],
  ]);
});

describe("round 72 assent, hedges, lateness, questions and other", () => {
  it.each([
    ["I'm able to come. Thank you for considering me.", "confirm"],
    ["Awesome, I'll be there! Is the role day shifts or night fill?", "confirm"],
    ["Ja that's fine, I'll catch a taxi in. Is the store near the taxi rank?", "confirm"],
    ["I will go without fail", "confirm"],
    ["Good day! I will be glad to come. Who will interview me?", "confirm"],
    ["hey do i need to bring my DBS or just my CV", "question"],
    ["Is it OK to come straight from work in my hi vis or should I change?", "question"],
    ["Is the interview online? 6:30pm seems late for in person", "question"],
    ["In the message it says 1 confirm 2 reschedule... if I choose 2 what happens after?", "question"],
    ["请问面试是 in English 还是中文？我 Mandarin 没问题但想先知道", "question"],
    ["亲，那个时间是必须的嘛，能不能灵活一点", "question"],
    ["Hello dear, how are you?", "other"],
    ["Hi sorry I think this message was meant for someone else? I haven't applied for any jobs", "other"],
    ["hello can you hear, sorry this is voice message, I will see the time and I tell you later ok bye", "other"],
    ["这是我姐的微信，我帮她问问她那天有没有空", "other"],
    ["不好意思，我问下我们 team lead 能不能请假，晚点 reply 你", "other"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each([
    "Sorry for the delay, I'm walking from the metro station now",
    "I'm in the way, traffic very heavy",
    "i'm late bcs the didi cancel me 2 times 😭 coming now",
    "网约车 cancel 了好几次才叫到，估计要 2:20 左右到，sorry",
    "在嘉陵江大桥堵起了 要迟点哦",
  ])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("'Hi 我到了 已經在 1F lobby 等' is an arrival, not menu 1", () => expect(u("Hi 我到了 已經在 1F lobby 等", ON_THE_DAY).intent).toBe("other"));
});

describe("round 72 on the way, then withdrawing", () => {
  it("the son hurt at school on the way is a withdrawal, not lateness", () =>
    expect(u("I'm really sorry, I was on my way but my son's school called, he's been hurt in PE and I have to go and get him. I'll have to give the interview a miss", ON_THE_DAY).intent).toBe("cancel"));
});

describe("round 72 critical errors", () => {
  it("a family emergency and the interview to be shifted is a change, not assent", () =>
    expect(u("My apologies, I have a family emergency. I will need to shift the interview, I will let you know when I am available").intent).toBe("reschedule"));
  it("Christmas and family, 'i dont think ill be able to do it', is a withdrawal, not assent", () =>
    expect(u("hi yeah i dont think ill be able to do it, too much going on with christmas. sorry!!").intent).toBe("cancel"));
});

// Round 73 was held back: scored once on this session's final rules (ec55fa2) and not tuned on. Its one critical error is fixed here,
// checked with our own wording.
describe("round 73 critical error", () => {
  it("any time before the month's end is a new time, not assent", () => expect(u("any time before month end is fine for me").intent).toBe("reschedule"));
});
