/**
 * English time expressions in replies (blind73's English misses), one family per block. Every
 * family is checked with wordings written for this file, not the blind lines, and with near misses
 * that must keep their reading. Default clock: now Mon 2026-11-23 10:00, slot Wed 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u } from "./helpers.js";

describe("the interview moved by whole days or weeks keeps its clock", () => {
  reschedulesTo([
    ["Would it work to have it 2 days later? same time", p("2026-11-27", "14:00", "afternoon")],
    ["Can we do the same time a week later?", p("2026-12-02", "14:00", "afternoon")],
    ["Could we do it one day earlier?", p("2026-11-24", "14:00", "afternoon")],
    ["maybe two weeks later?", p("2026-12-09", "14:00", "afternoon")],
    ["Could you postpone it by 3 days?", p("2026-11-28", "14:00", "afternoon")],
    ["Is it ok to push it back by a week?", p("2026-12-02", "14:00", "afternoon")],
  ] as const);
  it("a week later that moves nothing is no shift", () => {
    const r = u("I'll know a week later");
    expect(r.intent).not.toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
});

describe("a shift's own direction wins over the verb, and over a clock said as the conflict", () => {
  reschedulesTo([
    ["Could we move it 20 minutes later? I have a call at 1", p("2026-11-25", "14:20", "afternoon")],
    ["Can I move it 30 mins earlier? I have a dentist appointment at 3", p("2026-11-25", "13:30", "afternoon")],
  ] as const);
  it("a move with no direction word still pushes later", () => expect(u("Could we move it 30 minutes?").proposed).toEqual(p("2026-11-25", "14:30", "afternoon")));
});

describe("a clock said with the same day / that day is on the interview's day", () => {
  reschedulesTo([
    ["Could I come at 5 the same day instead?", p("2026-11-25", "17:00", "afternoon")],
    ["that slot is tough. 4:30 pm on the same day?", p("2026-11-25", "16:30", "afternoon")],
    ["Could we do that day at 5pm instead?", p("2026-11-25", "17:00", "afternoon")],
    ["I can't do 2pm that day, 4pm?", p("2026-11-25", "16:00", "afternoon")],
    // The duty's end ("until 3") is excluded; "that day" fixes the day of the clock offered.
    ["I'm in a lecture until 3 that day. Can we begin at 3:30?", p("2026-11-25", "15:30", "afternoon")],
  ] as const);
  it("the day refused before a clock gives that clock no day", () => expect(u("I can't do that day, 5pm?").proposed).toEqual(p(null, "17:00", "afternoon")));
  it("a duty on that day alone names no time", () => {
    const r = u("I have a shift that day, any other time?");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("a night shift is a duty, not an evening offered", () => expect(u("Could we reschedule? night shift that day").proposed).toBeNull());
});

describe("a clock or part of day said with an ordinal day", () => {
  reschedulesTo([
    ["Can we do 10:30 in the morning on the 2nd?", p("2026-12-02", "10:30", "morning")],
    ["How about 3pm on the 30th?", p("2026-11-30", "15:00", "afternoon")],
    ["Can we move it to the afternoon of the 27th?", p("2026-11-27", null, "afternoon")],
    ["Is the 28th in the afternoon possible instead?", p("2026-11-28", null, "afternoon")],
  ] as const);
});

describe("tmr / tmrw / tmw are tomorrow", () => {
  reschedulesTo([
    ["Would 3pm tmrw work?", p("2026-11-24", "15:00", "afternoon")],
    ["Can we do it tmw morning?", p("2026-11-24", null, "morning")],
    ["Could 11:30 tmr work instead?", p("2026-11-24", "11:30", "morning")],
  ] as const);
});

describe("lunchtime, refined by a clock", () => {
  it.each(["Could we do it at lunchtime? e.g. 12:15", "Can we do lunch time? like 12:15"])("%s", (text) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p(null, "12:15", "afternoon"));
  });
});

describe("English ranges of days and vague wishes give null", () => {
  it.each([
    "Could we aim for sometime around the 2nd?",
    "I'm abroad until the 30th, can we reschedule to sometime after that?",
    "I'll be away from 1 to 5 Dec, so the 7th or later please",
    "Could we reschedule? I'm away 1-5 Dec",
    "Can we do it on the weekend instead?",
    "Could we move it to any day before the 30th?",
  ])("%s", (text) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("a day named after an absence is still that day", () => expect(u("I'm away from 1 to 5 Dec, could we do the 7th?").proposed).toEqual(p("2026-12-07", null, null)));
  it("open hours after a clock keep the day and the part of day", () => expect(u("Can we do the 27th, after 2pm?").proposed).toEqual(p("2026-11-27", null, "afternoon")));
});

describe("am / pm after a day is its part of day; next week covers both options", () => {
  reschedulesTo([
    ["Next Tue am or Wed am works for me", p("2026-12-01", null, "morning")],
    ["Could we do Fri pm?", p("2026-11-27", null, "afternoon")],
  ] as const);
});

describe("an arrival estimate on the day is no new slot", () => {
  it.each(["Bus broke down on the way. ETA 2:25", "taxi is crawling, eta 2:20"])("%s → late", (text) => {
    const r = u(text, ON_THE_DAY);
    expect(r.intent).toBe("late");
    expect(r.proposed).toBeNull();
  });
});

describe("Cantonese 第二日 with the same clock is the next day", () => {
  it.each(["嗰日我唔得閒，第二日同一個時間得唔得？", "嗰日唔得，可唔可以第二日同樣時間？"])("%s", (text) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", "14:00", "afternoon"));
  });
  // (Round 54: twelve writers' lines read a bare 改第二日 as the next day, four as another day left open.)
  it("a bare 改第二日 is the next day, its clock left open", () => expect(u("嗰日唔得，改第二日得唔得？").proposed).toEqual(p("2026-11-26", null, null)));
});
