/**
 * Round 43: the misses of blind107 (one global English inbox, scored blind once: 94.8%), blind108 (English-
 * dominant code-switching: 94.0%, 1 critical), blind109 (Hong Kong and Macau Cantonese with English: 95.8%)
 * and the Chinese inboxes blind110–112, checked with wordings written for this file and near misses.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, u, withdrawsFor } from "./helpers.js";

describe("round 43 declines", () => {
  withdrawsFor([
    ["family emergency, I have to give up the interview", "personal"],
    ["sry giving up this one", "unknown"],
    ["I no longer wish to proceed.", "not_interested"],
    ["Thanks but I am no more interested.", "not_interested"],
    ["My calendar won't free up for months, please take me out of consideration.", "time_conflict"],
    ["onboarded at a new company yesterday", "found_job"],
    ["I'm abroad that week, let's just drop it", "unknown"],
    ["can't go Wednesday, and no need to arrange another time", "unknown"],
    ["Not gonna make it, and won't reschedule either", "unknown"],
    ["going abroad for my master's so no more interviews", "personal"],
    ["my wife is due soon, no interviews for a while", "personal"],
    ["我已經簽咗約喇，唔使預我", "found_job"],
    ["sorry 今日去唔到，之後都唔會再約喇", "unknown"],
    ["下个月要去参军了，谢谢", "personal"],
  ]);
  it("the role based elsewhere, then I'm out, withdraws", () => expect(u("wait the role is in Shenzhen? thought it was remote… then I'm out").intent).toBe("cancel"));
  it("giving up on the traffic is no withdrawal", () => expect(u("gave up on the taxi, taking the metro, 10 more mins", ON_THE_DAY).intent).toBe("late"));
});

describe("round 43 assent, lateness and changes", () => {
  it.each([
    ["Yessss", "confirm"],
    ["I will honour the invitation. Thank you.", "confirm"],
    ["cnfirmed thx", "confirm"],
    ["All set for Wednesday afternoon", "confirm"],
    ["I confirm. Sorry, my earlier message said 2, I pressed the wrong one", "confirm"],
    ["我諗咗一晚，都係決定去", "confirm"],
    ["我都唔知得唔得，諗下先", "other"],
    ["Can we do this Friday at half 3?", "reschedule"],
    ["Can the interview be moved to the 3rd of next month?", "reschedule"],
    ["可唔可以delay一個鐘？", "reschedule"],
    ["國慶後先得，唔好意思", "reschedule"],
    ["hello can I know the pay range first", "question"],
  ] as const)("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each(["parking downstairs, coming up now", "lift broken, taking the stairs, two mins", "coming! 2 more stops", "就到就到！", "sorry 遲咗，仲有兩個站"])("%s → late on the day", (text) => {
    expect(u(text, ON_THE_DAY).intent).toBe("late");
  });
});
