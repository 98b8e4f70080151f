/**
 * Round 83: the misses of blind347 (English as a second language from South Asia, scored blind once on 43c6ee6: 94.8%), blind348
 * (job seekers from Heilongjiang, Jilin and Liaoning: 96.8%), blind349 (young Canadian and American texting: 95.8%), blind350
 * (code-switching Hong Kong applicants: 95.8%), blind351 (English as a second language from Southeast Asia: 95.3%) and blind352
 * (factory and warehouse workers in Jiangsu and Zhejiang: 97.5%), checked with wordings written for this file; the round's four
 * critical errors, and the guard written after them, are at the end.
 * The slot in `u()` is Wednesday 2026-11-25 14:00; now is Monday 2026-11-23 10:00.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("round 83 changes asked for", () => {
  reschedulesTo([
    ["Sir can the interview be next week? I'm shifting house this week", null],
    ["One small request, can the timing be changed? I have an audit this week", null],
    ["Can you give me a morning slot, before office like 8 am?", p(null, "08:00", "morning")],
    ["Not possible on Wednesday sir 🙏", null],
    ["时间能往后串串不，那天要送货", null],
    ["那天我被叫去顶班 能不能改个日子", null],
    ["原定时间去不了了 能帮我重新排一下不", null],
    ["oh no i'm at work then, any openings on thursday?", p("2026-11-26", null, null)],
    ["嗰個時間我要返工，有冇得揀夜少少？", null],
    ["年尾好忙，可唔可以過咗節先？", null],
    ["Can i have another schedule? next week is better", null],
    ["Can I request 3 days later po, same time?", null],
    ["My exam is that week, can give me more days?", null],
    ["sorry ah cannot make it 2pm, still at work. later can?", null],
    ["Wednesday got typhoon warning, maybe cannot go. can we move?", null],
    ["周三去不了，你们哪天还有空位", null],
    ["能不能等我倒班倒回白班再去", null],
    ["最近腰不舒服，面试能不能缓两天", null],
    ["这周排满了，等排班表出来再跟你说哪天", null],
    ["今天整不过去了 孩子不舒服 改天吧", null],
  ]);
  it("'Can the time be changed if needed?' asks how a change would work", () => expect(u("Is the time fixed? Can it be changed if needed?").intent).toBe("question"));
  it("'Can the interview be done on Zoom?' asks about the format, not the slot", () =>
    expect(u("Can the interview be done on Teams? I'm travelling").intent).toBe("question"));
});

describe("round 83 withdrawals", () => {
  withdrawsFor([
    ["Sir I am getting married next month, so please don't consider me", "personal"],
    ["i joined in other company last week. no need", "found_job"],
    ["Sorry sir, family problems, I will not be able to take up the job now", "personal"],
    ["After reading the JD this role is not matching my experience, so I'm dropping", "not_interested"],
    ["due w my baby in march so i'm holding off on everything, ty", "personal"],
    ["comp doesn't match my expectations, thanks tho", "salary"],
    ["my mom passed last month, i'm not in a place to do this rn", "personal"],
    ["no more interest, sorry", "not_interested"],
    ["i got my return offer from my internship so i'm good, thx", "found_job"],
    ["我已經喺另一間公司onboard咗，唔會嚟喇", "found_job"],
    ["我上礼拜已经去京东仓上班了 不好意思", "found_job"],
    ["sorry，我唔會出席星期三嘅面試", "unknown"],
    ["屋企有急事，星期三去唔到，我都唔再約住喇", "personal"],
    ["sorry, I just got new job already", "found_job"],
    ["Timing doesn't suit me, I work the same hours at my current job. Pls cancel", "time_conflict"],
    ["I have exams the next two weeks so it won't work, i'll withdraw", "time_conflict"],
    ["我只能干白班 你们这是夜班 不去了", "time_conflict"],
    ["Thanks, but I'd like to withdraw as I'm no longer pursuing this field", "not_interested"],
    ["仓库太累了 不面了", "not_interested"],
    ["不去了，听说你们厂管得太严", "not_interested"],
    ["Due to my father's illness I must go to my native place. Pls cancel", "personal"],
    ["The site is hard to reach, no train there. sorry 3", "location"],
    ["我在铁岭 天天跑沈阳不现实 不去了", "location"],
    ["人工得嗰個數真係唔夠交租，唔面喇", "salary"],
    ["I'm now working in Wipro from this month. Not attending", "found_job"],
  ]);
  it("三班倒 stays the job not wanted, by the earlier writers", () => expect(u("要三班倒啊 那算了").cancelReason).toBe("not_interested"));
  it("'can't do night shift, health reasons' stays personal", () => expect(u("Sorry can't do night shift, health reasons. Pls cancel").cancelReason).toBe("personal"));
  it("找谁 asks who to find; it is no scornful refusal", () => expect(u("人到了 前台没人 我找谁去啊", ON_THE_DAY).intent).not.toBe("cancel"));
});

describe("round 83 agreements, hedges and lateness", () => {
  it.each(["Yes I will be there, kindly do not reschedule", "Accepted. Thank you", "I m coming sir", "say less 🫡", "聽日2點好，多謝安排"])("%s → confirm", (text) =>
    expect(u(text).intent).toBe("confirm"));
  it("'Earlier I told … but now leave is approved, so please keep my slot' keeps the slot", () =>
    expect(u("Earlier I said I may not come but now my leave is approved, so please keep my slot as it is").intent).toBe("confirm"));
  it.each([
    "Tentatively yes, will confirm final by tomorrow",
    "我仲要check吓下個禮拜啲schedule，遲啲confirm你",
    "ok 收到，我睇睇先",
    "okok 等我睇睇行事曆先",
    "好的好的 我問吓我老闆先",
  ])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it.each(["港鐵又delay jor😤 可能遲5分鐘", "Delay a bit, sorry, MRT have problem", "traffic jam lah, sorry ya, 10 minutes", "Left house already, traffic bad, maybe reach 14:10", "我到樓下喇，等緊lift，遲咗少少對唔住"])(
    "%s (on the day) → late",
    (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"),
  );
  it("'I'm coming sir, just 2 min' on the day is still lateness", () => expect(u("I'm coming sir, just 3 min", ON_THE_DAY).intent).toBe("late"));
  it("'3 towers' counts buildings; it is no 3 o'clock", () => expect(u("which tower is it? there are like 3 towers with that name").intent).toBe("question"));
});

describe("round 83 retrain: lines the fallback no longer carried, given firm rules", () => {
  it("asking whether the job has flexible hours, for a morning school run, asks about the job", () =>
    expect(u("这个岗位能弹性上下班吗？早上要送孩子", new Date("2026-11-21T21:00:00+08:00"), new Date("2026-11-25T11:00:00+08:00")).intent).toBe("question"));
  it("我没简历 可以吗 asks about what to bring", () => expect(u("我没健康证 可以吗").questions).toEqual(["materials"]));
  it("那边找到了，不回来了 is a job found", () => expect(u("我在东莞那边找到了，不回来了，谢谢").cancelReason).toBe("found_job"));
});

describe("round 83 critical errors, and the guard they led to", () => {
  it("'Pls adjust the timing. 2 PM is peak office hour for me' asks for a change", () =>
    expect(u("Pls adjust the timing. 2 PM is peak office hour for me").intent).toBe("reschedule"));
  it("今天下午那个面试 能不能改个日子 asks for a change", () => expect(u("今天下午那个面试 能不能改个日子 我这边被叫去顶班", ON_THE_DAY).intent).toBe("reschedule"));
  it("13號…返嚟先約可以嗎 asks for a change", () => expect(u("25號我放緊假去台灣，返嚟先約可以嗎？").intent).toBe("reschedule"));
  it("a return offer, 'so I'm all set', withdraws", () => expect(u("got my return offer from the internship so i'm all set, thx").intent).toBe("cancel"));
  // The guard: a change verb asked about beside the slot, in wordings no lexicon knows, is never read as attending.
  it.each(["周三下午两点那个面试 能不能调个天儿 我这边临时被叫去盯店", "Wednesday 2pm interview, kindly shift the timing, I have a client visit"])(
    "%s → a change, below the clarifying threshold",
    (text) => {
      const r = u(text);
      expect(r.intent).toBe("reschedule");
      expect(r.confidence).toBeLessThan(0.6);
    },
  );
  it.each(["周三两点可以吗", "周三两点的面试，本来想改，算了，可以的"])("%s still attends", (text) => expect(u(text).intent).toBe("confirm"));
});

// Round 84 (blind353–358) was held back: scored once on this session's final rules (63f7e88) and not tuned on. Its six critical
// errors are fixed here, checked with our own wording.
describe("round 84 critical errors", () => {
  it("'naw ur alright' after a question about the pay withdraws", () => expect(u("that little for a full shift? naw ur alright").intent).toBe("cancel"));
  it("'no can do wednesday' refuses the day; its 'can do' agrees to nothing", () => expect(u("no can do wednesday, sorry").intent).toBe("reschedule"));
  it("原定时间有个… meeting … reschedule一下 asks for a change; 原定 keeps nothing", () =>
    expect(u("原定时间有个board meeting，改不了，麻烦帮忙reschedule一下").intent).toBe("reschedule"));
  it("'… impossible for me … Any time is okay' offers other times; it accepts no slot", () =>
    expect(u("Wednesday is my graduation ceremony, so it is quite impossible for me. Any time is okay.").intent).toBe("reschedule"));
  it("'… same day so i have to change' asks for a change", () => expect(u("my dentist appointment is same day so i have to change, sorry").intent).toBe("reschedule"));
  it("'my job hunting is finished, I will join other company' withdraws", () =>
    expect(u("Thank you. My job hunting is finished, I will join other company next week.").cancelReason).toBe("found_job"));
  it("'any time is okay' with no clash still agrees", () => expect(u("Wednesday 2pm? Any time is okay for me, see you").intent).toBe("confirm"));
});
