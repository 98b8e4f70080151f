/**
 * English time expressions, third batch (blind83 and blind85's time misses: Indian, Gulf,
 * Filipino and British business English), one family per block. Wordings are written for this
 * file, each with near misses that must keep their reading. Default clock: now Mon 2026-11-23
 * 10:00, slot Wed 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { p, reschedulesTo, u } from "./helpers.js";

describe("a bare hour offered or asked for is a clock (no day: date null)", () => {
  reschedulesTo([
    ["can we do 4", p(null, "16:00", "afternoon")],
    ["could we do 5 instead?", p(null, "17:00", "afternoon")],
    ["make it 3 instead", p(null, "15:00", "afternoon")],
    ["can we make it 11?", p(null, "11:00", "morning")],
    ["how about 10.30?", p(null, "10:30", "morning")],
    ["could we do half 4?", p(null, "16:30", "afternoon")],
  ]);
  // Near misses: counts, waits, bounds and a menu number stay what they were.
  it.each(["Reached 10 mins early", "joining in 5", "any time before 12 works", "bus is late, 5-10 mins pls bear with me"])("%s names no slot", (text) => {
    expect(u(text).proposed).toBeNull();
  });
  it("2 please is still the menu's reschedule, with no time", () => {
    const r = u("2 please");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("an ordinal floor is no day", () => expect(u("Is the interview on the 3rd floor?").proposed).toBeNull());
});

describe("a clock refused, then another offered: the offered one wins", () => {
  reschedulesTo([
    ["4 doesn't suit me, can we do 5", p(null, "17:00", "afternoon")],
    ["not 2, 4 pls", p(null, "16:00", "afternoon")],
    ["10 is not possible, I can do 3 or 5pm", p(null, "15:00", "afternoon")],
    ["three's bad for me, would five work?", p(null, "17:00", "afternoon")],
    ["2 clashes with a call. 4 ok?", p(null, "16:00", "afternoon")],
    ["11.30 not ok, 3.30 ok?", p(null, "15:30", "afternoon")],
    // The slot's own clock replaced takes the slot's day (round 49: ten writers against two).
    ["Can we do 4 instead of 2", p("2026-11-25", "16:00", "afternoon")],
    ["2 is a bit tight, 4 ok?", p(null, "16:00", "afternoon")],
    ["Thu 2 is hard, can do 10am Thu", p("2026-11-26", "10:00", "morning")],
  ]);
  // Near miss: a clock found early but accepted is no refusal.
  it("9:30 is early but ok stays a confirmation", () => expect(u("9:30 is early but ok, I'll be there").intent).toBe("confirm"));
});

describe("push / prepone to N keeps the slot's day, like 推迟到4点", () => {
  reschedulesTo([
    ["push to 4 pls", p("2026-11-25", "16:00", "afternoon")],
    ["kindly prepone to 11", p("2026-11-25", "11:00", "morning")],
    ["can we prepone to 11 am?", p("2026-11-25", "11:00", "morning")],
  ]);
  // Near miss: "make it N" names a new clock without fixing its day.
  reschedulesTo([["make it 4 instead", p(null, "16:00", "afternoon")]]);
});

describe("earlier / later, like N: a new clock on the slot's day", () => {
  reschedulesTo([
    ["can it be earlier in the day, like 10?", p("2026-11-25", "10:00", "morning")],
    ["a bit later pls, say 5?", p("2026-11-25", "17:00", "afternoon")],
  ]);
});

describe("a day agreed to, but at another clock: the clock is on that day", () => {
  reschedulesTo([
    ["Thursday works but can we make it 4", p("2026-11-26", "16:00", "afternoon")],
    ["Friday is fine but could we start at 11 instead?", p("2026-11-27", "11:00", "morning")],
  ]);
});

describe("parts of named days", () => {
  reschedulesTo([
    ["Can we do day after tomorrow morning instead?", p("2026-11-25", null, "morning")],
    ["could we do this evening instead, say 7?", p("2026-11-23", "19:00", "evening")],
    ["Friday first half I am at the site, second half possible?", p("2026-11-27", null, "afternoon")],
  ]);
  // Near miss: the day one returns is no slot; the day offered after it is.
  reschedulesTo([["I'm returning Thursday night so Friday works", p("2026-11-27", null, null)]]);
});
