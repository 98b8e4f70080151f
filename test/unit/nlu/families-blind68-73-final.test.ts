/**
 * Round 38: the misses of the sixty-eighth to seventy-third writers' final sets, each scored blind once
 * before any tuning on it (blind68 supermarkets 98.8%, blind69 construction 99.3%, blind70 several things
 * per message 99.0%, blind71 airport ground services 99.0%, blind72 a state-owned utility 99.5%, all 0
 * critical; blind73, mostly English, 92.5% with 2 critical). Every family is checked with wordings
 * written for this file, and with a near miss that must keep its old reading.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, u, withdrawsFor } from "./helpers.js";

describe("a short assent is a phrase of its own", () => {
  it("'I can only do afternoons' holds no 'can' (it was read as assent)", () => {
    expect(u("I can only do evenings tbh, daytime I'm at the office").intent).not.toBe("confirm");
  });
  it.each(["can can", "ok sure", "yes, see you then", "ok 我准时到", "sure 周三见"])("%s → confirm", (text) => {
    expect(u(text).intent).toBe("confirm");
  });
  it("a day before an English month is a date, not menu 3", () => {
    const r = u("Yes I'll be there at 2pm on 3 Dec, which floor is it?");
    expect(r.intent).not.toBe("cancel");
  });
  it("menu 3 alone still withdraws", () => expect(u("3").intent).toBe("cancel"));
});

describe("chat English spelled out", () => {
  it.each([
    ["works 4 me, c u wed", "confirm"],
    ["confrim, thx", "confirm"],
    ["definately coming", "confirm"],
    ["cn we resched? smth came up", "reschedule"],
    ["Thanks, that slot is perfect. No changes needed.", "confirm"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it("an address keeps its letters", () => expect(u("点这里 http://a.cn").intent).not.toBe("confirm"));
  it("u盘 stays a USB stick", () => expect(u("需要带u盘吗").questions).toEqual(["materials"]));
});

describe("English declines and their reasons", () => {
  withdrawsFor([
    ["Gonna pass, the pay isn't enough for Shanghai rent", "salary"],
    ["The salary is below my expectations, so I won't proceed.", "salary"],
    ["I'll skip this one, my schedule is crazy this quarter", "time_conflict"],
    ["Nah I'm good, thanks", "not_interested"],
    ["Just realised it's a part-time role, not what I'm looking for.", "not_interested"],
    ["after reading the JD I don't think I'm a good fit, won't attend", "not_interested"],
    ["Decided to take another offer, sorry", "found_job"],
    ["I already joined 另一家公司", "found_job"],
    ["The commute is too far for me, sorry", "location"],
    ["Something came up at home and I have to drop out of the process", "personal"],
    ["I'm relocating back to Canada next month, so I'll decline", "personal"],
    ["pls cancel, my dad is in hospital and I need to take care of him", "personal"],
  ]);
  it("I'll pass stays a withdrawal with no reason (nine lines against one)", () => expect(u("I'll pass, thanks").cancelReason).toBe("unknown"));
});

describe("English hedges and lateness", () => {
  it.each(["Just saw this, will confirm by tomorrow", "probably fine but need to check with my manager first", "ok 我先 check 一下 schedule"])("%s → other", (text) => {
    expect(u(text).intent).toBe("other");
  });
  it("asking to double check a detail is no hedge", () => {
    expect(u("OK，我可以的。想 double check 一下，面试是线上还是线下？").intent).toBe("confirm");
  });
  it.each(["leaving now, see you soon", "Heading over, should be on time unless the metro is slow", "running a bit behind, will arrive around half past", "on the way 啦"])("%s → late", (text) => {
    expect(u(text, ON_THE_DAY).intent).toBe("late");
  });
  it("Sorry, what? asks back", () => expect(u("Sorry, what?").intent).toBe("other"));
});

describe("blind68–72 families", () => {
  it.each(["能行，那天我轮休", "嗯呐，想早点过去先看看门店", "可以啊 早点好 不耽误下午上班"])("%s → confirm", (text) => {
    const r = u(text, ...([new Date("2026-11-23T10:00:00+08:00"), new Date("2026-11-25T09:00:00+08:00")] as const));
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  withdrawsFor([
    ["我还是在现在这个单位干吧 不换了", "not_interested"],
    ["我妈住院了，最近都没法考虑工作了", "personal"],
  ]);
  it.each(["我先问问我们经理能不能请假，再回你", "我跟领导请个假试试，请到了再跟您确认"])("%s → other (not yet known)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.questions).toEqual([]);
  });
  it("asking about the team-leader post is still a question", () => expect(u("我想问下组长岗带几个人").intent).toBe("question"));
  withdrawsFor([
    ["考公上岸了，不去了", "found_job"],
    ["研究生上岸了，不找工作了", "personal"],
    ["跟老乡去外省的项目干了，不面了", "found_job"],
    ["我这边已经确定offer了，不过去了", "found_job"],
    ["腰椎不好，站不了一天，不去了", "personal"],
    ["外地项目不想去，放弃", "location"],
    ["人在外地，回不去，不面了", "location"],
    ["我干不来销售，算了", "not_interested"],
    ["看了一眼环境，算了不面了", "not_interested"],
  ]);
});

describe("blind74–76 families (Singlish, Malay, Cantonese, factories)", () => {
  it.each([
    ["ya can", "confirm"],
    ["can lah", "confirm"],
    ["okie dokie", "confirm"],
    ["boleh, see you wed", "confirm"],
    ["Hi yes I'll attend, may i know who is interviewing me?", "confirm"],
    ["收到了，周三下午两点准时到门卫报到", "confirm"],
    ["let me confirm later ya", "other"],
    ["应该没问题，等我跟车间请个假，看批不批", "other"],
    ["wrong number?", "other"],
    ["早晨", "other"],
    ["Need to change, my dad in hospital", "reschedule"],
    ["boleh tukar hari? Wed saya ada hal", "reschedule"],
    ["I wont be going, sorry", "cancel"],
    ["no need liao, thanks", "cancel"],
    ["i quit the interview, sorry", "cancel"],
    ["ok then I don't want this job already", "cancel"],
  ] as const)("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it("a tentative English time is offered, not a doubt", () => {
    expect(u("Can't, clash with my exam. Maybe Thursday?").intent).toBe("reschedule");
  });
  it("'Tower 2' and '2 buildings' are no menu 2", () => {
    expect(u("The invite says Block 2 but I see 2 buildings, which one?").intent).toBe("question");
  });
  it("a change thought of and dropped is no withdrawal", () => {
    expect(u("行吧就这个时间 本来想问能不能改的 后来想想算了 我请个假就行 周三下午两点准时到").intent).toBe("confirm");
  });
  it.each(["Running 20 minutes late, is that ok or should we reschedule?", "sorry ah jam, confirm late 30min, can still interview?", "临时帮同事顶班，晚点到，三点前肯定到", "还在等公交，估计要迟一些 快的话两点十分"])("%s → late on the day", (text) => {
    expect(u(text, ON_THE_DAY).intent).toBe("late");
  });
  withdrawsFor([
    ["salary too low lah, I pass", "salary"],
    ["other company offer better, sorry leh", "found_job"],
    ["paiseh, I found job already", "found_job"],
    ["the role not suitable for me", "not_interested"],
    ["我已经答应朋友去他店里帮忙了", "found_job"],
    ["另外一家先要我了，不好意思", "found_job"],
    ["我已经进了隔壁那家电子厂了", "found_job"],
    ["我已经在老乡的厂里做了", "found_job"],
    ["提成比例太低了，不去了", "salary"],
    ["计件太低了，不考虑了", "salary"],
    ["嫌远，不去", "location"],
    ["那天刚好考试，你们又不能改，那我放弃了", "time_conflict"],
    ["我不面了，厂太小了", "not_interested"],
    ["要考虑孩子上学的问题，所以不去了", "personal"],
    ["那天要回老家，而且之后也不打算在东莞做了", "personal"],
  ]);
  it("back at school, the summer job dropped, is no new job", () => expect(u("我已经回学校了 暑假工不做了").cancelReason).not.toBe("found_job"));
});
