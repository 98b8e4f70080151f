/**
 * Round 57: the misses of blind191 (a global English inbox, scored blind once on 5786e8c: 99.0%), blind192 (a
 * representative Chinese inbox: 98.5%), blind193 (native English: 95.8%, 2 critical), blind194 (young bilingual
 * professionals, half English: 97.3%, 1 critical), blind195 (South and South-East Asian and Middle Eastern English: 97.8%)
 * and blind196 (blue-collar Chinese with dialect: 98.5%), checked with wordings written for this file and near misses.
 * The slot in `u()` is Wednesday 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 57 critical reading", () => {
  reschedulesTo([
    ["Can we push it out two days? Same time is fine", p("2026-11-27", "14:00", "afternoon")],
    ["原定那天不太行，月底前都ok", null],
  ]);
  it("today's slot moved to tomorrow at its clock", () => {
    const r = u("Bit of an emergency, could we move today's to tomorrow at the same time?", ON_THE_DAY);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", "14:00", "afternoon"));
  });
});

describe("round 57 changes asked for", () => {
  reschedulesTo([
    ["My dad has an operation that week. Could we do it sometime in January?", null],
    ["Could we do it in the first week of December?", null],
    ["Could you kindly share alternative slots?", null],
    ["五一前能再面吗 下周我都不在", null],
    ["i got called in for a shift can we change it", null],
    ["Any chance we could do it a couple of hours later?", p("2026-11-25", "16:00", "afternoon")],
    ["Kindly check if a weekend interview is possible.", null],
    ["after the holiday can?", null],
    ["老板 我周三在仓库盘点 请不了假 看下周一行不行", p("2026-11-30", null, null)],
    ["明仔載下晡好無", p("2026-11-24", null, "afternoon")],
    ["那天时间对不上", null],
    ["周三排不开，换一天吧", null],
  ]);
});

describe("round 57 withdrawals", () => {
  withdrawsFor([
    ["I can't do interviews for months, so let's just close this.", "unknown"],
    ["I'm expecting and have decided to hold off on job hunting for now", "personal"],
    ["Sorry, changed my mind", "not_interested"],
    ["Don't think I'll bother, cheers", "not_interested"],
    ["I'm moving to Darwin next month so it won't work out, sorry", "location"],
    ["got a better offer lol, sry", "found_job"],
    ["won't be joining, thanks", "unknown"],
    ["I have to step back from job search for now. Sorry!", "unknown"],
    ["None of the slots work for me, I will have to let this one go.", "unknown"],
    ["都找到工作了还面啥", "found_job"],
  ]);
  it("a pay floor said beside a question about pay is a condition", () => expect(u("薪水多少啊？低于15k就不考虑了哈").intent).toBe("question"));
});

describe("round 57 assent, questions, lateness and other", () => {
  it.each([
    ["I thought I'd have to ask you to move it but my boss said it's fine, so I'll be there at the original time.", "confirm"],
    ["cfm", "confirm"],
    ["Insha Allah I will be there at 2pm", "confirm"],
    ["O了", "confirm"],
    ["可以，不过我可能会提前到一点，没关系吧", "confirm"],
    ["Great chatting to you on the phone earlier!", "other"],
    ["Probably yes, just need to confirm my roster first. Will update you tomorrow.", "other"],
    ["Would it be possible to reschedule if I needed to, or is the time set?", "question"],
    ["What's the working hours for this role? 9 to 6?", "question"],
    ["啷个走哦，我不认得路", "question"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it.each(["Parking now, be up in 2", "今早孩子闹 送完学校就过来 会晚点 可能两点半"])("on the day: %s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("a worry about the time that came to nothing keeps the slot", () => expect(u("可以的，本来还担心时间对不上，刚好那天我调休").intent).toBe("confirm"));
  it("early arrival is no one o'clock slot", () => expect(u("可以，不过我可能会提前到一点，没关系吧").proposed).toBeNull());
});

// Round 58's three critical errors (blind197–202 scored once on df24d85 and held back), checked with our own wordings.
describe("round 58 critical reading", () => {
  it("an Australian 'don't reckon I'll go ahead' withdraws", () => expect(u("Yeah nah, I don't reckon I'll go ahead with it").intent).toBe("cancel"));
  it("a driver out on a run on the slot's day asks for another", () => expect(u("周三我跑车去了 回来要下周一").intent).toBe("reschedule"));
  it("a driver not out that day comes", () => expect(u("那天我不出车 能去").intent).toBe("confirm"));
  it("冲冲冲 is eagerness, not a refusal", () => expect(u("冲冲冲🔥").intent).toBe("confirm"));
});
