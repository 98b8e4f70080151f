/**
 * Families behind the misses on the fifteenth and sixteenth writers' final sets (both scored
 * blind once on round 16: blind15 intent 95.0%, 1 critical error, proposed 97.3%, cancelReason
 * 67.2%; blind16 intent 97.3%, 0 critical errors, proposed 97.3%, cancelReason 84.4%). Our own
 * wordings plus near misses; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, u, withdrawsFor } from "./helpers.js";

const ON_THE_DAY = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");
const AFTER_START = at("2026-11-25T14:04:00+08:00", "2026-11-25T14:00:00+08:00");

describe("critical: something else set aside is no withdrawal", () => {
  it("复习可以先放一放, then the slot → confirm", () => expect(u("没关系，备考可以先放一放，周三下午两点我去").intent).toBe("confirm"));
  it.each(["面试先放一放吧", "面试只能先放一放了，抱歉"])("%s still withdraws", (text) => expect(u(text).intent).toBe("cancel"));
  it("a three-party agreement still to be signed is a conflict, not a new job", () => {
    const r = u("周三下午要去学校签三方，能不能换到周四下午？");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, "afternoon"));
  });
  it("a three-party agreement signed is a new job", () => expect(u("我已经签了三方，不去了").cancelReason).toBe("found_job"));
});

describe("conflicts that turn out to be none", () => {
  it.each([
    "好的，周三下午两点准时到，考完最后一门正好有空",
    "好的，本来还担心周三有课，查了一下这周没课，可以准时参加",
    "好的。我上夜班，早上8点下班，下午两点过来来得及",
    "可以的，那天本来要去办签证，改到上午办了，下午两点能到",
    "本来周三下午要开会，刚和领导协调到周五了，两点可以过去，不用调整了",
    "可以的呀，周三下午我没课",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("a meeting id asked for is no meeting", () => expect(u("今晚的会议号能再发我一下吗").intent).toBe("question"));
  it("那天有事，怕来不及 is still a conflict", () => expect(u("那天有事，怕来不及").intent).toBe("reschedule"));
});

describe("assent, hedges and small talk", () => {
  it.each(["收到啦，25号见～", "perfect, see u then", "嗯呢 知道啦 会过去的", "hao", "haode"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it.each(["在开会 开完会回你", "打错了，不好意思"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("会过去吗 asks; it does not agree", () => expect(u("你们会过去吗").intent).not.toBe("confirm"));
});

describe("on the day", () => {
  it("early and waiting downstairs is an arrival, not lateness", () => expect(u("提前到了，在楼下坐一会儿，快到点了再上去", ...ON_THE_DAY).intent).toBe("other"));
  it("downstairs, still coming up, and late → late", () => expect(u("到楼下了，马上上来，抱歉迟了几分钟", ...AFTER_START).intent).toBe("late"));
  it("arrived and a little late stays an arrival notice", () => expect(u("到了，不好意思晚了两分钟", ...AFTER_START).intent).toBe("other"));
  it("a late shuttle → late", () => expect(u("公交晚点了 我尽量两点前到", ...ON_THE_DAY).intent).toBe("late"));
  it("asking to register in advance at the lobby → question (other)", () => {
    const r = u("到大堂了，需要提前登记吗", ...ON_THE_DAY);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["other"]);
  });
});

describe("times", () => {
  it("周六日 is Saturday first", () => expect(u("这周六日可以吗").proposed).toEqual(p("2026-11-28", null, null)));
  it("a date and its weekday name one day", () => expect(u("12月4号周五下午2点行吗").proposed).toEqual(p("2026-12-04", "14:00", "afternoon")));
  it("any time after a clock is that part of the day", () => expect(u("周四上午有课，周四下午两点以后随时可以").proposed).toEqual(p("2026-11-26", null, "afternoon")));
  it("asked as a question, the clock stays", () => expect(u("下午三点以后都可以吗").proposed?.time).toBe("15:00"));
  it("时间一样 keeps the slot's clock", () => expect(u("周三晚上有课，能换成周四吗，时间一样").proposed).toEqual(p("2026-11-26", "14:00", "afternoon")));
  it("a part of day said at a range's end covers the range", () => expect(u("能改到下周吗？下周一到周三上午都行").proposed).toEqual(p(null, null, "morning")));
  it("a list of days takes the first", () => expect(u("周三下午有事，26、27号都行").proposed).toEqual(p("2026-11-26", null, null)));
  it("最好 puts a time forward", () => expect(u("我周五全天有课，周末也能面的话周六上午最好").proposed).toEqual(p("2026-11-28", null, "morning")));
  it("waiting until an exam is over names no slot", () => expect(u("能不能等27号考完，30号之后都可以").proposed).toBeNull());
  it("of two options, the first, even when vaguer", () => expect(u("晚上不方便，周四白天或者周五上午可以吗").proposed).toEqual(p("2026-11-26", null, null)));
  it("周四或周五的下午 still shares the afternoon", () => expect(u("周四或周五的下午").proposed).toEqual(p("2026-11-26", null, "afternoon")));
  it("a day put forward, then its part of day fixed", () =>
    expect(u("周三走不开。下周二应该能空出来，方便的话就定在下午，三点左右？").proposed).toEqual(p("2026-12-01", "15:00", "afternoon")));
  it("back only by evening is busy until then, and asks no slot", () => expect(u("那天要去外地送货，回来要晚上了，能不能往后挪挪").proposed).toBeNull());
  it("往后一点 is 'a bit later', and 比如 gives the clock on the slot's day", () => {
    const r = u("时间能不能再往后一点，比如下午四点半");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-25", "16:30", "afternoon"));
  });
  it("that slot's clock changed keeps its day", () => expect(u("周四下午三点那个，能改成四点吗").proposed).toEqual(p("2026-11-26", "16:00", "afternoon")));
  it("才能回来 is the return, not the earliest slot", () => expect(u("周二出差，周四才能回来，周五上午十点可以吗").proposed).toEqual(p("2026-11-27", "10:00", "morning")));
  it("a bare hour after an evening asked for is in the evening", () => expect(u("能改到晚上吗，7点半左右").proposed).toEqual(p(null, "19:30", "evening")));
  it("X点下班 is busy until then", () => expect(u("好的。我是夜班，早上8点下班，下午两点过来").proposed).toBeNull());
});

describe("withdrawals and their reasons", () => {
  withdrawsFor([
    ["无意向", "not_interested"],
    ["今年不打算找工作了，准备考公", "personal"],
    ["拿到保研名额了，不找工作了", "personal"],
    ["导师不放人，实习去不了了", "personal"],
    ["单位不放人，离职手续办不下来，先不参加了", "personal"],
    ["暑假要回家陪外公外婆，不去了", "personal"],
    ["我已经接了另一家的实习offer", "found_job"],
    ["之前面的那家给我发offer了，这边就不去了", "found_job"],
    ["实习单位说可以给我转正，就不看别的机会了", "found_job"],
    ["亲戚帮我找好单位了，不好意思", "found_job"],
    ["有其他offer了，不去了", "found_job"],
    ["毕业后决定去杭州了，这边就先不面了", "location"],
    ["线下我过不去，你们又不支持线上，那只能算了", "location"],
    ["家里决定下个月搬去武汉，这边的机会只能放弃了", "location"],
    ["岗位要求常驻外地，离家太远了，不参加了", "location"],
    ["周五要答辩，这个面试就算了吧", "time_conflict"],
    ["早上9点我从学校赶不过去，也没法改时间，这次就放弃吧", "time_conflict"],
    ["谢谢，已有其他安排，不参加面试了", "unknown"],
    ["那天我有别的安排，这个职位我就不面了", "time_conflict"],
  ]);
  it("要回老家了 stays personal", () => expect(u("我要回老家了，不去了").cancelReason).toBe("personal"));
});

describe("topics", () => {
  it.each([
    ["实习一周要到岗几天？", ["job"]],
    ["视频面试需要开摄像头吗", ["format"]],
    ["面试在南山办公室还是福田的？", ["location"]],
    ["园区里面能停车吗？要不要提前登记车牌", ["transport"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
});
