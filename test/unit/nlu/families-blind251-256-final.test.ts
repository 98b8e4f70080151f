/**
 * Round 67: the misses of blind251 (a global tech company's inbox in English as a second language, scored blind once on
 * c5e1302: 96.8%), blind252 (kindergartens and training schools, Chinese: 99.5%), blind253 (older, formal native English:
 * 93.8%), blind254 (code-switching with Tagalog and Malay: 98.3%), blind255 (drivers, guards, cleaners and warehouse workers
 * in broken English: 87.5%) and blind256 (factory and construction workers' dialect Chinese: 96.3%), checked with wordings
 * written for this file. The round's three critical errors are tested at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 67 changes asked for", () => {
  reschedulesTo([
    ["Sadly I can't attend that day. Could you propose new dates?", null],
    ["I have a problem with that date. Can you give me another one?", null],
    ["My daughter is ill, please can we change the interview day", null],
    ["I can't get time off that day. Could we arrange another?", null],
    ["Is there any slot after 5pm? I don't finish until half four", null],
    ["I'm on shift that day unfortunately. Let me know other options", null],
    ["I no go fit come that day o, make una change am", null],
    ["Earlier slot got or not?", null],
    ["The date not ok", null],
    ["Sorry too early for me, I stay very far", null],
    ["I wonder if there's any flexibility on the date? It clashes with a family commitment.", null],
    ["那几天都要加班到很晚 看下个月初行不", null],
    ["那天没得空哦 你看哪天方便 我都可以配合", null],
    ["能往后挪几天不 这几天要出远门", null],
  ]);
  it("two days later at the same time moves the slot", () => expect(u("Could we put it back two days, same time?").proposed).toEqual({ date: "2026-11-27", time: "14:00", partOfDay: "afternoon" }));
  it("a flexibility question with no clash stays a question", () => expect(u("这个时间能调吗？只是问问 暂时没冲突").intent).toBe("question"));
});

describe("round 67 withdrawals", () => {
  withdrawsFor([
    ["I'll be pulling my application, the role is more junior than I expected", "not_interested"],
    ["Having spoken to people who work there, I've decided against it", "unknown"],
    ["Location's a dealbreaker for me I'm afraid", "location"],
    ["After thinking about it I don't think it's a good fit", "not_interested"],
    ["My work visa got rejected so I can't take the job", "personal"],
    ["I got other job yesterday, sorry", "found_job"],
    ["No sir, I got security job in Dongguan", "found_job"],
    ["Thank you but my old company take me back", "found_job"],
    ["I checked the map, it is very far, I quit", "location"],
    ["Salary not ok for me sorry", "salary"],
    ["I want warehouse job, not cleaning. So no", "not_interested"],
    ["Heard the pay is commission only? Then I'll skip, sorry", "salary"],
  ]);
});

describe("round 67 assent, hedges, lateness, questions and other", () => {
  it.each([
    ["Of course 😊", "confirm"],
    ["Gotcha, will be there at 2pm", "confirm"],
    ["That'll be fine, thank you", "confirm"],
    ["Not a problem, I can make that time.", "confirm"],
    ["One", "confirm"],
    ["Number 1 please", "confirm"],
    ["搞得赢 那天过来", "confirm"],
    ["莫得事到时候我过来嘛", "confirm"],
    ["Ok thank you, i will think and reply", "other"],
    ["I will ask my manager for off day and confirm you later", "other"],
    ["Probably can, but I confirm with you again tonight ya", "other"],
    ["你是哪个", "other"],
    ["Is the job permanent or contract", "question"],
    ["Which company is this please", "question"],
    ["Address and salary pls", "question"],
    ["发个定位过来撒", "question"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each([
    "I lost the way, am near the petrol station. coming",
    "Traffic police stop me for checking, I come after",
    "Left the house now, coming",
    "The train's stopped between stations, no idea how long",
    "Very sorry, I'm running approximately fifteen minutes behind",
    "马上马上 就在门口那个路口",
  ])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("on the way and asking not to start without one is lateness", () => expect(u("i am coming, pls dnt start without me", ON_THE_DAY).intent).toBe("late"));
});

describe("round 67 critical errors", () => {
  it("free the week after but not this one is a change", () => expect(u("I'm free the whole week after, just not this one 🙃").intent).toBe("reschedule"));
  it("outside the city until month end is a change", () => expect(u("I am outside city till end of month, after that I can come").intent).toBe("reschedule"));
  it("no leave this week, another day offered, is a change", () =>
    expect(u("Salam sir, this week my company not give me leave, very sorry. But next week Monday I am off, I can come 11 oclock. Is ok for you?").intent).toBe("reschedule"));
});

// Round 68 was held back: scored once on the session's final main (9efd376) and not tuned on. Its four critical errors are
// fixed here, each checked with our own wording.
describe("round 68 critical errors", () => {
  it("any day next week with an English part of day is a new time", () => {
    const r = u("下周任何一天 morning 都 ok");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual({ date: null, time: null, partOfDay: "morning" });
  });
  it("Cantonese 改過第二個時間 asks for another time", () => expect(u("屋企有啲急事，可唔可以改過第二個時間？").intent).toBe("reschedule"));
  it("staying at the current company, code-switched, is a withdrawal", () => expect(u("想了想还是 stay 在现在公司了，不换了").intent).toBe("cancel"));
  it("changing the hour, the day kept, is a change", () => expect(u("Hi, could we change the hour? The date is fine").intent).toBe("reschedule"));
});
