/**
 * Round 61: the misses of blind215 (a logistics company's global English inbox, scored blind once on b2b81c3: 94.5%, 2
 * critical), blind216 (a services company's Chinese inbox: 99.0%), blind217 (UK and Irish English: 92.8%, 1 critical),
 * blind218 (African and Filipino English: 94.3%, 2 critical), blind219 (code-switching, half English: 98.8%) and blind220
 * (Chinese campus recruitment: 98.8%), checked with wordings written for this file and near misses.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 61 critical reading", () => {
  it.each(["can do any day except Wednesday 😅", "Any day but Wednesday", "I'm available any day next week except Monday."])("%s asks for a change", (text) => expect(u(text).intent).toBe("reschedule"));
  it("moving one's schedule while ill asks for a change", () => expect(u("Mam can I move my schedule? I'm sick po. Will update you once I'm ok").intent).toBe("reschedule"));
});

describe("round 61 changes asked for", () => {
  reschedulesTo([
    ["I have another interview at the same time. Possible to adjust?", null],
    ["Im not available that date sorry can u change", null],
    ["abeg can we shift am on duty that day", null],
    ["we're doing stocktake that day, i cant get away. could we redo the time", null],
    ["Can't, I'm in Hamburg that week. When else?", null],
    ["I've been called for jury duty that week. Is there any flexibility on the date?", null],
    ["Wrong day for me unfortunately, could we try another?", null],
    ["Not Wednesday no, I'm working", null],
    ["I don't think I can get there for 2pm with the buses, could it be a bit later?", null],
    ["It'd have to be after 5 for me, any good?", null],
    ["Train's cancelled 😡 any chance we could do it later?", null],
    ["Sorry I cant do that day, I'll let you know when I'm free", null],
    ["I can't make it on the 25th i'm afraid, do you have anything else?", null],
    ["I'm writing exams that week, pls can I come after the exams?", null],
    ["I'm a nurse and my roster changes every week. Wednesday I'm on duty, let me send you my off days once the new roster is out", null],
    ["The time is not convenient for me pls", null],
    ["That timing quite difficult for me, can do later part of the day anot?", null],
    ["sry cnt make it tht day, rschdl?", null],
    ["我人在国外交换，有时差，能不能调个时间", null],
    ["能不能别在周三", null],
    ["木有时间哎 改一下嘛", null],
    ["我感冒好嚴重，可唔可以遲幾日先面？", null],
    ["家里老人住院了 这几天都走不开 等我这边忙完了再跟你们约时间可以吗", null],
  ]);
});

describe("round 61 withdrawals", () => {
  withdrawsFor([
    ["Already got a driving job bro, sorry", "found_job"],
    ["Sorry I don't want to do deliveries, please take me off", "not_interested"],
    ["Ive had a think and its not really what im looking for, sorry", "not_interested"],
    ["I'm moving to Leeds next month so theres no point in me coming in, sorry", "location"],
    ["I've started somewhere else now, sorry", "found_job"],
    ["sorry m8 got work", "found_job"],
    ["Not for minimum wage sorry", "salary"],
    ["I've been taken on by another firm, cheers though", "found_job"],
    ["Sorry, the pay's too low for me", "salary"],
    ["Sorry I can't make it that day, best of luck filling the position", "unknown"],
    ["I'm not into retail anymore po, pasensya na", "not_interested"],
    ["I'm sick and admitted in hospital, I'll not be able to continue with the process", "personal"],
    ["Abeg the place far too much, I no go fit. Thank you", "location"],
    ["Please take my name off", "unknown"],
    ["I want office work not warehouse, thanks", "not_interested"],
    ["I have to take care of my mother, so I won't be taking up any job now", "personal"],
    ["I can't attend, I'll be abroad the whole month. Please give the slot to someone else", "time_conflict"],
    ["I'll be going back to study full time so won't be joining any interview", "personal"],
    ["地方有点偏 坐车不方便 我还是找家近点的吧", "location"],
    ["Work won't give me the time off so I'll have to say no this time", "time_conflict"],
    ["I got the apprenticeship with the council so I won't need the interview", "found_job"],
    ["£11 an hour isnt enough to live on, sorry, I'll have to decline", "salary"],
    ["I lost my dad last week and have to travel home for the burial. Please cancel my interview", "personal"],
    ["Sorry, I have exams for the next 3 weeks, so I can't go ahead with this. Please cancel", "time_conflict"],
    ["I no longer wish to proceed with my application. Regards", "not_interested"],
  ]);
});

describe("round 61 assent, hedges, lateness and other", () => {
  it.each([
    ["Accepting the interview slot, thanks", "confirm"],
    ["Yea grand, I'll be in", "confirm"],
    ["Chale I'll show up, thanks", "confirm"],
    ["Tnx ma, I wil b thr", "confirm"],
    ["Thank you, I'll talk to my partner and confirm", "other"],
    ["Can I let you know tomorrow? Waiting to hear back about childcare", "other"],
    ["Thanks for the message, I'm at work now so I'll reply properly this evening", "other"],
    ["Hmm Tuesday might be hard, can I let you know which day works next week?", "reschedule"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each([
    "leaving now, see you in 20",
    "Sorry I'm running behind, is it ok if I come at 20 past?",
    "Apologies, I'm running about 25 minutes late due to a diversion. I understand if you'd prefer to rearrange but I'm on my way",
    "I'm at Circle already, 10 minutes",
    "Pls I'm coming, I'm at Lekki toll gate",
    "喺港鐵上面，就到",
  ])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("'see you in 2 hours' on the day is no delay", () => expect(u("see you in 2 hours 👋", ON_THE_DAY).intent).toBe("confirm"));
});
