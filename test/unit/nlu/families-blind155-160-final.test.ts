/**
 * Round 51: the misses of blind155 (a global English inbox, scored blind once on bd68b7d: 97.0%, 1 critical),
 * blind156 (a representative Chinese inbox: 97.5%, 1 critical), blind157 (South-East Asian English: 97.0%,
 * 3 critical), blind158 (African and Middle Eastern English: 96.8%), blind159 (European and Latin American
 * second-language English: 95.0%) and blind160 (older workers, in Chinese and dialects: 97.8%, 1 critical), checked
 * with wordings written for this file and near misses. The slot in `u()` is Wednesday 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { at, ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 51 critical readings", () => {
  it.each([
    ["I'm not going to need another slot, the one you sent is perfect. Thanks!", "confirm"],
    ["我不识字 是我孙子帮我回的 爷爷说周三去", "confirm"],
    ["I will attend. Previously I thought cannot make it but my manager approved my leave already 😄", "confirm"],
    ["唔使改期喇，我唔諗住轉工住", "cancel"],
    ["Wednesday full day training, so sorry 🙏🏻", "reschedule"],
    ["我去不了 也不改时间了 就这样吧", "cancel"],
    ["I cannot attend, and I also do not need another time. The salary is not enough for my family.", "cancel"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
});

describe("round 51 times", () => {
  reschedulesTo([
    ["I'm not available that day, sorry. Maybe end of the month?", null],
    ["would it be ok if we did the interview sometime in the 2nd week of december?", null],
    ["I have a family emergency, pls I'll need another date", null],
    ["I'm on night shift that week. Can it be in the evening like 6pm same day?", p("2026-11-25", "18:00", "evening")],
    ["Is it possible to do wednesday a bit later? 16:00", p("2026-11-25", "16:00", "afternoon")],
    ["I'm away until the 27th, could it be after that? 30th maybe", p("2026-11-30", null, null)],
    ["𠊎该日冇闲，换只日仔好冇", null],
    ["我还没想好 先推一推吧", null],
  ]);
  it.each([
    ["I was thinking to ask for another day but no, it's fine, I keep the wednesday"],
    ["I was going to ask you to move it but I sorted things out at work, so Wednesday 2pm still works 🙂"],
    ["Great, wednesday 14:00 then. Is it a coding test or just talk?"],
    ["Totally works, I'll take the metro - which exit is closest?"],
    ["Good morning, I confirm wednesday 14:00. Best regards, Ana"],
    ["Noted with thanks. I'll be punctual."],
    ["💯"],
  ])("agreed: %s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
});

describe("round 51 on the way", () => {
  it.each([
    "leaving home now, will be there on time",
    "train stuck between stations 😩 will be late, maybe 2:20",
    "Almost at the gate, 2 minutes",
    "Please bear with me, I'm stuck at a police checkpoint. 10 minutes.",
    "My flight was delayed, I'll land by 1pm and head straight to you",
    "I'm 20 min late because of a strike. Do I have to reschedule or can I still come?",
    "Uber is late, I will be there 14:10",
    "不好意思我迷路了，能晚点到吗",
  ])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("the lateness clock is no new slot", () => expect(u("train stuck between stations, will be late, maybe 2:20", ON_THE_DAY).proposed).toBeNull());
  it("a headache that morning, with next week asked for, is a change", () =>
    expect(u("今天早上起不来了 头疼的厉害 去不了了 下周再约可以吗", ...at("2026-11-25T09:40:00+08:00", "2026-11-25T14:00:00+08:00")).intent).toBe("reschedule"));
});

describe("round 51 hedges and the wrong person", () => {
  it.each([
    ["Thanks for reaching out. I'll look at my roster and confirm.", "other"],
    ["ok I'll look at my calendar later", "other"],
    ["Wrong number I think?", "other"],
    ["Sorry, was that message meant for me?", "other"],
    ["我好像没有投过这个岗位？", "other"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
});

describe("round 51 declines and their reasons", () => {
  withdrawsFor([
    ["Sorry, I don't think I can continue with this. The role expects 6 days a week on site and that's not something I want.", "not_interested"],
    ["Sorry po, I can't push through with the interview. My mother is sick", "personal"],
    ["Eh sorry, I no need this interview already", "unknown"],
    ["tmr cannot, and actually i don't think i will go anymore. sorry", "unknown"],
    ["No longer needed, thank you", "unknown"],
    ["Sorry I can't come at all, I'm out of the country for the next 3 months", "time_conflict"],
    ["I'm sorry but I can't attend the interview or any other date, I'm committed to a 2-year contract now", "found_job"],
    ["I regret to inform you that I will no longer be able to attend the interview as I have recently secured a position with another firm.", "found_job"],
    ["My current company gave me a promotion, so I'll stay. Sorry for the trouble", "not_interested"],
    ["no interest anymore, sorry", "not_interested"],
    ["the salary range 2.5k is not enough, sorry", "salary"],
    ["I have already another job since monday. No interview needed", "found_job"],
    ["I'm afraid the position doesn't match what I'm looking for, so I prefer to not come.", "not_interested"],
    ["我去别的小区当保安了", "found_job"],
    ["歹勢，我無欲去啊", "not_interested"],
  ]);
});
