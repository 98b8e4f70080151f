/**
 * English (and a few Cantonese) time expressions, second batch (blind76's time misses), one
 * family per block. Wordings are written for this file, each with near misses that must keep
 * their reading. Default clock: now Mon 2026-11-23 10:00, slot Wed 2026-11-25 14:00.
 */
import { describe } from "vitest";
import { p, reschedulesTo } from "./helpers.js";

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
