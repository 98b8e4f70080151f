/**
 * Round 55: the misses of blind179 (a global English inbox of a logistics company, scored blind once on 268435c: 97.8%),
 * blind180 (a Chinese factory inbox: 98.3%), blind181 (British and Irish English: 93.8%, 2 critical), blind182 (Singapore
 * and Malaysia, half English: 96.5%, 1 critical), blind183 (older workers from the north, dialect and voice input: 97.5%)
 * and blind184 (African English: 92.5%, 1 critical), checked with wordings written for this file and near misses. The
 * slot in `u()` is Wednesday 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 55 critical reading", () => {
  it("an Irish no-thanks withdraws", () => expect(u("nah you're alright, thanks").intent).toBe("cancel"));
  it("a Singapore 'can next week?' asks for a change beside 'any day ok'", () => expect(u("Sorry Wed got stocktake, can next week? any day ok").intent).toBe("reschedule"));
  it("a trip that was cancelled frees the slot", () => expect(u("本来以为要出差，后来取消了，原时间没问题").intent).toBe("confirm"));
  it("a part of day preferred asks for it", () => expect(u("Mornings are better for me if you can swap it").intent).toBe("reschedule"));
});

describe("round 55 withdrawals", () => {
  withdrawsFor([
    ["Thought about it and I don't think the role's for me", "not_interested"],
    ["Cheers but no, not for me", "not_interested"],
    ["the money's not enough for me to move, sorry", "salary"],
    ["Ah no I'm grand, sorted something closer to home", "found_job"],
    ["can't justify leaving my job for that salary", "salary"],
    ["I'm after accepting a job in Cork, sorry", "found_job"],
    ["nah, not bothered anymore", "not_interested"],
    ["got offered a job on the spot this morning so I won't be in", "found_job"],
    ["Don't bother, I'll not be there", "unknown"],
    ["Count me out, sorry", "unknown"],
    ["The pay too small. I no go come", "salary"],
    ["The office is too far, sorry", "location"],
    ["I no longer want to be considered", "unknown"],
    ["Forget it, too far", "location"],
    ["I can't attend at all, family emergency", "personal"],
    ["I won't be pursuing this further, kind regards", "unknown"],
    ["I've changed my mind about this job", "not_interested"],
    ["后来找到更近的了，不好意思", "found_job"],
    ["Expected salary is 6k, your range only 4k max. No point lah, I skip", "salary"],
    ["俺家里商量了一下 腰不好干不了 所以俺就不去面了", "personal"],
  ]);
  it("a refused day with another offered is no withdrawal", () => expect(u("don't think I can make it that day, could we do next Monday?").intent).toBe("reschedule"));
  it("not taking leave on the day asks for another", () => expect(u("I'd rather not take leave on Wednesday. Could we do Saturday morning?").intent).toBe("reschedule"));
});

describe("round 55 times and changes", () => {
  reschedulesTo([
    ["Could we do it a week Thursday, same time?", p("2026-12-03", "14:00", "afternoon")],
    ["Can we do it Monday the week after next?", p("2026-12-07", null, null)],
    ["Move to next to next Monday?", p("2026-12-07", null, null)],
    ["Any chance of 5 o'clock? Can't get away before then", p(null, "17:00", "afternoon")],
    ["Pushing it to 4 would help me a lot", p("2026-11-25", "16:00", "afternoon")],
    ["9:30 no be am for me, make we do 12 that same day", p("2026-11-25", "12:00", "afternoon")],
    ["a bit earlier, maybe half eleven? Same day obviously", p("2026-11-25", "11:30", "morning")],
    ["I'm not available on the said date. Please advise on alternative dates", null],
    ["I need to request a change of interview slot, sorry", null],
    ["tak boleh that day, nanti I tell u which day can", null],
    ["that timing clash with my shift. Can change or not?", null],
    ["过了正月十五再面中不", null],
    ["九月份再说中不", null],
    ["3pm 我要 close the shop, can 早上 or not? 同一天", p("2026-11-25", null, "morning")],
    ["周三那天我去不成哦", null],
  ]);
  it.each([
    "Is the job Mon-Fri or shifts?",
    "Mon to Fri only or need to work Saturday?",
    "Please is it Tuesday or Thursday? I saw two messages",
    "Does the job come with 13th month pay?",
  ])("a question about the job or the day asked: %s", (text) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.proposed).toBeNull();
  });
  it("a duty on another day still refuses it", () => expect(u("I have to work Saturday, can we do Friday?").proposed).toEqual(p("2026-11-27", null, null)));
});

describe("round 55 lateness, assent and other", () => {
  it.each([
    "Go-slow is crazy today. I'm coming, abeg manage me",
    "I'll be there just now, the robot at the corner is out",
    "Left home already, coming sharp sharp",
    "I am coming, I just dey park",
    "Leaving Tema now, sorry",
    "pls dnt start without me",
    "I dey come, I don enter bus",
    "Taxi is delayed. I'll be there now now",
    "I'm coming but I'm lost, the GPS sent me round the back",
    "公交一直不来 俺打个车过去 晚点",
    "车上呢 手机快没电了 到了再说",
    "On the bus now, should make it just on time",
  ])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it.each([
    ["yea fine", "confirm"],
    ["I'd be delighted to attend, thank you", "confirm"],
    ["Well received with thanks. I will be there by the stated time.", "confirm"],
    ["i wil cum thanx", "confirm"],
    ["Sharp! I'll be around", "confirm"],
    ["I humbly accept the interview slot", "confirm"],
    ["Can attend. 想问 salary range 大概多少？", "confirm"],
    ["得劲 就这么着", "confirm"],
    ["Alright, message received", "other"],
    ["I might be able to, depends if I can swap shifts. Will text later", "other"],
    ["应该没问题，我问下线长给不给假再跟你说", "other"],
    ["ok lemme see first", "other"],
    ["行 知道了 等俺信儿", "other"],
    ["中 俺再合计合计", "other"],
    ["啥玩意", "other"],
    ["喂 喂 能听见不", "other"],
    ["How far?", "other"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it("a time said on the way after 'I'll be around' is an arrival", () => expect(u("I'll be around 2:15, sorry", ON_THE_DAY).intent).toBe("late"));
});
