/**
 * English, Taglish and mixed time expressions, fourth batch (blind89–91's time misses: expats'
 * native English, Taglish and Indian IT English), one family per block. Wordings are written for
 * this file, each with near misses that must keep their reading. Default clock: now Mon
 * 2026-11-23 10:00, slot Wed 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { p, reschedulesTo, u } from "./helpers.js";

describe("Tagalog days and parts of day read as their English names", () => {
  reschedulesTo([
    ["Huwebes ng hapon po sana", p("2026-11-26", null, "afternoon")],
    ["pwede po ba sa Biyernes?", p("2026-11-27", null, null)],
    ["bukas ng umaga na lang po pwede?", p("2026-11-24", null, "morning")],
    ["Sabado ng umaga po kaya?", p("2026-11-28", null, "morning")],
    ["pwede 4pm na lang same day po?", p("2026-11-25", "16:00", "afternoon")],
  ]);
  // "linggo" after na / ngayong is the week, not Sunday.
  it("sa susunod na linggo names no Sunday", () => expect(u("sa susunod na linggo po pwede?").proposed?.date ?? null).not.toBe("2026-11-29"));
  it("a reply with no Tagalog time word keeps its reading", () => expect(u("salamat po").intent).toBe("other"));
});

describe("arvo and eve are the afternoon and the evening", () => {
  reschedulesTo([
    ["thursday arvo work for you?", p("2026-11-26", null, "afternoon")],
    ["could we do fri eve instead", p("2026-11-27", null, "evening")],
  ]);
});

describe("a day said again with its part of day keeps the part", () => {
  reschedulesTo([["I'm off on friday, friday afternoon ok?", p("2026-11-27", null, "afternoon")]]);
  it("two different days stay two", () => expect(u("wed, thu afternoon ok?").proposed?.partOfDay).not.toBe("morning"));
});

describe("a bare hour right after its day, or said with -ish, is a clock", () => {
  reschedulesTo([
    ["thursday 4 po", p("2026-11-26", "16:00", "afternoon")],
    ["tomorrow afternoon possible? 4ish", p("2026-11-24", "16:00", "afternoon")],
  ]);
  it("a count after a day is no clock", () => expect(u("can we do thursday? 2 people will join").proposed?.time ?? null).toBeNull());
  it("3ish is no menu cancel", () => expect(u("3ish?").intent).not.toBe("cancel"));
});

describe("bump it to N, and a pair of hours with a verdict", () => {
  reschedulesTo([
    ["I have a lecture until 2, could we bump it to 4?", p("2026-11-25", "16:00", "afternoon")],
    ["could we do the afternoon? 4 or 5 would suit", p(null, "16:00", "afternoon")],
  ]);
  it("a pair of counts stays a count", () => expect(u("it took 2 or 3 days").proposed).toBeNull());
});

describe("a shift of the interview written in the passive: postponed by an hour", () => {
  reschedulesTo([
    ["can it be postponed by 2 hours?", p("2026-11-25", "16:00", "afternoon")],
    ["could it be moved forward by an hour", p("2026-11-25", "13:00", "afternoon")],
  ]);
});

describe("a weekday after next week / the following week is that week's", () => {
  reschedulesTo([
    ["can we push it to next week, maybe Thursday morning?", p("2026-12-03", null, "morning")],
    ["could we move it to the following week, say Monday afternoon?", p("2026-11-30", null, "afternoon")],
    ["the following week Wednesday?", p("2026-12-02", null, null)],
  ]);
  it("a weekday with no week before it stays this week's", () => expect(u("can we do Thursday morning?").proposed).toEqual(p("2026-11-26", null, "morning")));
});

describe("Monday after next, next to next week, after the weekend", () => {
  reschedulesTo([
    ["Tuesday after next, afternoon please", p("2026-12-08", null, "afternoon")],
    ["next to next week Wednesday?", p("2026-12-09", null, null)],
    ["rather do it after the weekend, Tuesday morning?", p("2026-12-01", null, "morning")],
  ]);
  it("after the weekend a Saturday is still that Saturday", () => expect(u("after the weekend? or saturday morning").proposed?.date ?? null).not.toBe("2026-12-05"));
});

describe("can we do half an hour early: the slot moves, nobody arrives early", () => {
  reschedulesTo([
    ["Can we do an hour early?", p("2026-11-25", "13:00", "afternoon")],
    ["could we start 30 mins late?", p("2026-11-25", "14:30", "afternoon")],
  ]);
  it("arriving early is no change", () => expect(u("I'll be half an hour early").intent).toBe("confirm"));
});
