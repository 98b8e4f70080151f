/**
 * Families behind the misses on the fiftieth to fifty-second writers' final sets, all scored blind
 * once on round 32 (blind50, an internet company's representative inbox: intent 97.3%, 0 critical,
 * proposed 100%; blind51, older candidates for guard, cleaning and shop jobs: 98.0%, 0 critical,
 * 99.0%; blind52, a bank's branch network: 98.8%, 0 critical, 99.3%), tuned on in round 33. Every
 * case below is our own paraphrase or near miss; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { asksAbout, at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

/** The interview day, before a 14:00 slot. */
const MORNING = at("2026-11-25T10:00:00+08:00", "2026-11-25T14:00:00+08:00");
const JUST_BEFORE = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");

describe("Shaanxi words", () => {
  it("嫑等额了 额不来咧 withdraws", () => expect(u("嫑等额了 额不来咧").intent).toBe("cancel"));
  it("美得很 到时候额过来 agrees", () => expect(u("美得很 到时候额过来").intent).toBe("confirm"));
  it("an amount (金额) keeps its 额", () => expect(u("金额是多少").intent).toBe("question"));
});

describe("on the interview day", () => {
  it("the slot repeated, then who to call on arrival: a confirmation that asks", () => {
    const r = u("好的，今天2点，到了联系谁？", ...MORNING);
    expect(r.intent).toBe("confirm");
  });
  it.each([
    "搞忘了时间 现在才出门 大概半小时 还能面吗",
    "今天地铁2号线限流 我尽快赶过来",
    "导航定位错了，现在正在打车往这边赶，大概还要二十分钟",
    "走到半路下雨了，找地方躲一下，晚一会到",
    "still on the bus, sorry abt that",
  ])("%s → late", (text) => expect(u(text, ...JUST_BEFORE).intent).toBe("late"));
  it("waiting for the lift before the start is an arrival", () => expect(u("已到楼下，在排队等电梯", ...JUST_BEFORE).intent).toBe("other"));
  it("a crowd at the lift holds it up", () => expect(u("到楼下了，排队等电梯的人太多了", ...JUST_BEFORE).intent).toBe("late"));
});

describe("agreeing and deciding nothing", () => {
  it("就按这个时间吧 keeps the slot", () => expect(u("就按这个时间吧").intent).toBe("confirm"));
  it.each(["好的我知道了我问问我老伴", "我这几天手机坏了刚看到信息", "你是？", "发错了吧？我没投过你们"])("%s → other", (text) => {
    expect(u(text).intent).toBe("other");
  });
});

describe("asking for a change", () => {
  reschedulesTo([
    ["面试时间能不能改一下啊我上班的地方离得远请假不好请", null],
    ["我在外地回不去，能不能过了国庆再面", null],
    ["年底了单位走不开，能不能元旦以后", null],
    ["我周末才有时间，周六上午行吗", p("2026-11-28", null, "morning")],
    ["下周任意一日下晝都得", p(null, null, "afternoon")],
    ["25号那天要培训，27号才回来，29号那个礼拜一可以吗", p("2026-11-29", null, null)],
    ["周三单位不让请假，周六上午可以吗？你们周六应该也上班吧", p("2026-11-28", null, "morning")],
  ]);
  it("a condition on passing the interview asks, it requests nothing", () => expect(u("如果面试通过了实习可以考完再去吗").intent).toBe("question"));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["要出国了，谢谢你们的邀请", "personal"],
    ["我弃权", "unknown"],
    ["今天早上摔了一跤，去不了了，这个工作我也干不了了", "personal"],
    ["我在武汉，不想去西安，不好意思", "location"],
    ["已上岸 不去了", "found_job"],
    ["面试不参加了，已经实习转正了", "found_job"],
    ["算了吧，想了一下还是想做开发，不做运营", "not_interested"],
    ["保洁一个月才2800？算了算了", "salary"],
    ["我老伴不让我出来干活了，这个就算了吧", "personal"],
    ["这个月我都不在临沂，就先不参加了", "time_conflict"],
    ["我在广州上班 回去面试来回不方便 算了吧", "location"],
    ["年后我要去深圳上班了 offer都拿了 不面了", "found_job"],
  ]);
  it.each(["要出国几天，能改期吗", "周三要出国了，能改周五吗"])("a trip with a new time asked is a change: %s", (text) => expect(u(text).intent).toBe("reschedule"));
});

describe("questions", () => {
  asksAbout([
    ["天河路嗰間定係珠江新城嗰間分行呀", ["location"]],
    ["杭州哪个支行？我住萧山那边，太远的话可能要考虑一下", ["location"]],
  ]);
  it("the branch's manager is no place", () => expect(u("请问面试官是网点主任吗？").questions).toEqual(["format"]));
});
