/**
 * English (and a few Cantonese) time expressions, second batch (blind76's time misses), one
 * family per block. Wordings are written for this file, each with near misses that must keep
 * their reading. Default clock: now Mon 2026-11-23 10:00, slot Wed 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { at, p, reschedulesTo, u } from "./helpers.js";

describe("a weekday after next week / the week after next is a day of that week", () => {
  reschedulesTo([
    ["Perhaps next week Tue?", p("2026-12-01", null, null)],
    ["could we do next week, on Wednesday 10am?", p("2026-12-02", "10:00", "morning")],
    ["next week thurs afternoon works for me", p("2026-12-03", null, "afternoon")],
    ["Is the week after next, Tuesday 3pm possible?", p("2026-12-08", "15:00", "afternoon")],
    ["could we do the week after next monday 11am?", p("2026-12-07", "11:00", "morning")],
  ]);
  // Near misses: the coming weekday, "next Friday" (next week's, as before) and a week alone.
  reschedulesTo([
    ["Can we do Friday instead?", p("2026-11-27", null, null)],
    ["next Friday 3pm?", p("2026-12-04", "15:00", "afternoon")],
    ["How about Thursday next week?", p("2026-12-03", null, null)],
    ["Can we move it to next week?", null],
  ]);
});

describe("a month name before 'N in the afternoon' makes N the day", () => {
  reschedulesTo([
    ["I'm away then. Could we do Dec 2 in the afternoon?", p("2026-12-02", null, "afternoon")],
    ["Can we do June 3 in the morning instead?", p("2027-06-03", null, "morning")],
  ]);
  // Near miss: with no month the number is the clock.
  reschedulesTo([["Could we do 4 in the afternoon?", p(null, "16:00", "afternoon")]]);
});

describe("same timing is the slot's clock, like same time", () => {
  reschedulesTo([
    ["Can we do Dec 3 instead? same timing", p("2026-12-03", "14:00", "afternoon")],
    ["Thursday? Same timing pls", p("2026-11-26", "14:00", "afternoon")],
  ]);
  // 还是那个点 ("still that time") is the same family in Chinese.
  reschedulesTo([["周三改周五行不，还是那个点", p("2026-11-27", "14:00", "afternoon")]]);
  // Near miss: any time that day fixes no clock.
  reschedulesTo([["Dec 3 instead? any time works", p("2026-12-03", null, null)]]);
});

describe("the day after a day just named is the next day after it", () => {
  it.each([
    // Slot on Tuesday (tomorrow): "day after" is the day after tomorrow, not after the slot.
    ["tmr can't, day after ok?", p("2026-11-25", null, null)],
    ["Tomorrow is packed, how about the next day?", p("2026-11-25", null, null)],
  ])("%s", (text, proposed) => {
    const r = u(text, ...at("2026-11-23T10:00:00+08:00", "2026-11-24T14:00:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(proposed);
  });
  reschedulesTo([
    ["Thursday I'm busy, the day after?", p("2026-11-27", null, null)],
    ["Can't do Wednesday, could we do the next day at the same time?", p("2026-11-26", "14:00", "afternoon")],
  ]);
  // Near misses: no day named before, the day after the interview keeps its clock; a reply
  // promised for the next day moves nothing.
  reschedulesTo([["could we do it the day after, same time?", p("2026-11-26", "14:00", "afternoon")]]);
  it("a reply the next day is no new slot", () => expect(u("I'll reply the next day").proposed).toBeNull());
});

describe("after lunch is the afternoon", () => {
  reschedulesTo([
    ["Thursday instead? after lunch is best", p("2026-11-26", null, "afternoon")],
    ["could we move it to Friday? any time after lunch works", p("2026-11-27", null, "afternoon")],
  ]);
  it("a confirmation to come after lunch stays no slot", () => expect(u("I'll confirm after lunch").proposed).toBeNull());
});

describe("a day after except / apart from is left out", () => {
  reschedulesTo([
    ["Can we reschedule? I'm free any day next week except Tuesday", null],
    ["could we reschedule? any day apart from Thursday is fine", null],
  ]);
  // Near miss: a day offered before the exception stays offered.
  reschedulesTo([["Could we do Friday? Any time except 9am", p("2026-11-27", null, null)]]);
});

describe("am / pm alone, or a plural part of day, said to be better is a part of day asked for", () => {
  reschedulesTo([
    ["am better for me", p(null, null, "morning")],
    ["could we do an am slot pls", p(null, null, "morning")],
    ["evenings work best for me", p(null, null, "evening")],
    ["I can only do mornings, sorry", p(null, null, "morning")],
  ]);
  it("pm preferred for a morning slot asks for the afternoon", () => {
    const r = u("pm would be better", ...at("2026-11-23T10:00:00+08:00", "2026-11-25T09:30:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p(null, null, "afternoon"));
  });
  // Near misses: "I am", "PM me", and the slot's own part of day.
  it.each(["I am better now", "PM me the address", "am ok with it", "prefer pm"])("%s names no new time", (text) => {
    const r = u(text);
    expect(r.intent).not.toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
});

describe("a dotted H.MM after a part of day is a clock, not a date", () => {
  reschedulesTo([
    ["could we shift it to lunchtime? 12.45?", p(null, "12:45", "afternoon")],
    ["能改到下午吗 3.30", p(null, "15:30", "afternoon")],
    ["改到晚上7.30可以吗", p(null, "19:30", "evening")],
    ["中午11.30行不行", p(null, "11:30", "morning")],
    ["morning 9.15 instead?", p(null, "09:15", "morning")],
  ]);
  // Near misses: a dotted date alone, or before its part of day, stays a date; no clock fits
  // "下午 11.28", so it stays a date too.
  reschedulesTo([
    ["能改到11.28吗", p("2026-11-28", null, null)],
    ["11.28下午可以吗", p("2026-11-28", null, "afternoon")],
    ["12.30 下午可以吗", p("2026-12-30", null, "afternoon")],
  ]);
});

describe("a bare weekday that is the slot's, a week after the coming one, names the slot", () => {
  // Slot on Thursday of next week (12-03); the coming Thursday is 11-26.
  const nextThu = at("2026-11-23T10:00:00+08:00", "2026-12-03T10:00:00+08:00");
  it("see you Thu confirms the slot", () => {
    const r = u("ok noted, see you Thu!", ...nextThu);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("that Thursday refused, then 当天 is the slot's day", () => {
    const r = u("周四上午要上课，能改到当天下午吗", ...nextThu);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-12-03", null, "afternoon"));
  });
  // Near miss: a Thursday asked for is the coming one, a new day.
  it("Thursday asked for is the coming Thursday", () => {
    const r = u("Can we do Thursday instead?", ...nextThu);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, null));
  });
});

describe("Cantonese and Chinese: after work is the evening; 夜少少 is a bit later", () => {
  reschedulesTo([
    ["今日要返工，收工後8點得唔得？", p(null, "20:00", "evening")],
    ["下班之后大概7点可以吗", p(null, "19:00", "evening")],
    // 夜少少 (a bit later) moves the slot along its day, like 晚一点; 5點半 is the afternoon's.
    ["可唔可以改夜少少？5點半？", p("2026-11-25", "17:30", "afternoon")],
  ]);
  // Near misses: a night shift ends in the morning; 夜一点 is no one o'clock.
  reschedulesTo([
    ["夜班下班后9点可以吗", p(null, "09:00", "morning")],
    ["改夜少少得唔得", null],
  ]);
});

describe("tues / weds, a weekday with its day of the month, and a slip taken back with I mean", () => {
  reschedulesTo([
    ["next tues 3pm?", p("2026-12-01", "15:00", "afternoon")],
    ["Could we do Weds 10am?", p("2026-11-25", "10:00", "morning")],
    ["Is Tues the 1st ok?", p("2026-12-01", null, null)],
    ["Can we do Thursday 26th? sorry I mean 27th", p("2026-11-27", null, null)],
  ]);
  // Near miss: "I mean" as a filler takes nothing back.
  reschedulesTo([["Could we do Friday 27th? I mean if that's ok", p("2026-11-27", null, null)]]);
});

describe("when a flight lands is no slot", () => {
  reschedulesTo([
    ["can we reschedule? flight delayed, landing tonight around 10pm", null],
    ["My plane lands at 3pm, can we do 5pm?", p(null, "17:00", "afternoon")],
  ]);
});
