/**
 * Rule families touched in round 4 (mistakes seen on the spent blind sets), each checked
 * with wordings that are not the ones in those sets, so the rules are tested for the
 * meaning rather than the phrase.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, u } from "./helpers.js";

describe("a withdrawal word under a promise not to do it is assent", () => {
  it.each(["没问题，不会放鸽子的", "放心，绝不爽约", "肯定不会缺席的", "我不会不来的", "说到做到，不会失约"])(
    "%s → confirm",
    (text) => expect(u(text).intent).toBe("confirm"),
  );
  it.each(["不好意思，这次要放你们鸽子了", "抱歉要爽约了，家里有事"])("%s → cancel", (text) =>
    expect(u(text).intent).toBe("cancel"),
  );
});

describe("withdrawal forms", () => {
  it.each([
    ["想了想，对这个岗位没什么兴趣", "not_interested"],
    ["对销售兴趣不大，就不去了", "not_interested"],
    ["我没啥意向了，谢谢", "not_interested"],
    ["麻烦帮我撤回申请", "unknown"],
    ["简历就撤了吧", "unknown"],
    ["孩子还小出不来工作了", "personal"],
    ["就这待遇？拜拜", "salary"],
    ["才三千块？再见", "salary"],
  ])("%s → cancel (%s)", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
  it("a farewell without scorn decides nothing", () => expect(u("好的，谢谢，再见").intent).not.toBe("cancel"));
  it("取消不了 is not a cancellation", () => expect(u("取消不了吧？我还是想去的").intent).toBe("confirm"));
  it("算了 followed by a new plan keeps the plan", () =>
    expect(u("本来想改时间，算了，就周三吧").intent).toBe("confirm"));
  it("过不去了 on a day with another day offered asks for the other day", () => {
    const r = u("周三可能过不去了 厂里要加班 周四行吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, null));
  });
});

describe("found a job, said many ways", () => {
  it.each([
    "不去了，找着活儿了",
    "已经跟别的公司签约了",
    "已經喺第二間公司返緊工，唔使面試喇",
    "我接受了另一家公司的邀请，不过去了",
    "我去了别的厂上班了",
  ])("%s → cancel (found_job)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("found_job");
  });
  it("already working, asking for another day, is no withdrawal", () =>
    expect(u("我已经在上班了，周三请不了假，能改周六吗").intent).toBe("reschedule"));
});

describe("cancel reasons", () => {
  it.each([
    ["下个月做手术，暂时不找工作了", "personal"],
    ["刚生了宝宝，暂时不出来工作了", "personal"],
    ["这个岗位要经常出差，不适合我，不面了", "not_interested"],
    ["要天天加班到十点，算了不去了", "not_interested"],
    ["你们公司口碑太差了，不去了", "not_interested"],
    ["最近加班太多，没精力面试，先放弃了", "time_conflict"],
    ["手上项目收尾走不开，这次就不参加了", "time_conflict"],
    ["家里商量了，想回老家附近找，不去深圳了", "location"],
    ["家里人不同意我去外地，就不去了", "personal"],
    ["从东莞过去太折腾，路上那么远，不去了", "location"],
  ])("%s → %s", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
});

describe("conflicts and change requests", () => {
  it.each([
    "周三要带学生上实验课，离不开，能否另行安排",
    "那天车间不放人，能不能另外找个时间",
    "周三单位请不下来假，换个时间可以不",
    "领导不批假，换一天吧",
  ])("%s → reschedule, never confirm", (text) => expect(u(text).intent).toBe("reschedule"));
  it("换一日 counts a day; it does not name the 1st", () =>
    expect(u("周三下午唔得闲，换一日得唔得").proposed).toBeNull());
});

describe("assent in dialect and slang", () => {
  it.each([
    "好勒",
    "好吖",
    "好咧",
    "莫问题",
    "嗯 我去",
    "可以可以 我有时间",
    "1~",
    "得嘞，准到",
    "alright, I'll be there at 2",
    "I'll come on time.",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it.each(["你好呀", "您好呀"])("greeting %s → other", (text) => expect(u(text).intent).toBe("other"));
  it("an arrival is not assent", () => expect(u("我到了，在一楼大堂", ON_THE_DAY).intent).toBe("other"));
  it("a hedge inside a condition does not undo the assent", () =>
    expect(u("我周三应该可以，不确定的话再跟你说").intent).toBe("confirm"));
});

describe("questions", () => {
  it("能到 inside a question is no assent", () => {
    expect(u("坐几号线能到").intent).toBe("question");
    expect(u("坐几号线能到").questions).toEqual(["transport"]);
  });
  it("voice input: a question opener starts a clause", () => {
    const r = u("好的我准时到请问要带什么材料吗");
    expect(r.intent).toBe("confirm");
    expect(r.questions).toEqual(["materials"]);
  });
  it("还是 as 'after all' asks nothing", () => expect(u("看了薪资还是决定不去了").questions).toEqual([]));
  it.each([
    ["请问是全职还是兼职", ["job"]],
    ["这个岗位要上夜班吗", ["job"]],
    ["麻烦把岗位描述发我一下", ["job"]],
    ["主要负责哪些工作", ["job"]],
    ["是B座还是C座", ["location"]],
    ["在哪个会议室", ["location"]],
    ["面试要上机做题吗", ["format"]],
    ["英文还是中文面试", ["format"]],
    ["离哪个地铁站近", ["transport"]],
    ["从龙华过去多久能到", ["transport"]],
    ["有班车吗", ["transport"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
  it("the duty behind a change request is no topic", () =>
    expect(u("这周要培训，能不能安排到下周").questions).toEqual([]));
  it("呢 after a verb in progress asks nothing", () =>
    expect(u("车没电了，推着走呢，要晚一点", ON_THE_DAY).questions).toEqual([]));
  it("spam is other", () => expect(u("低价出二手手机 有需要私聊").intent).toBe("other"));
});

describe("time", () => {
  it("改到 + a time with no day leaves the day open; 推迟 / 提前 keep the interview's day", () => {
    expect(u("能改到下午五点吗").proposed).toEqual(p(null, "17:00", "afternoon"));
    expect(u("可以换到晚上吗").proposed).toEqual(p(null, null, "evening"));
    expect(u("推迟到五点可以吗").proposed).toEqual(p("2026-11-25", "17:00", "afternoon"));
    expect(u("Can we push it to 5pm?").proposed).toEqual(p("2026-11-25", "17:00", "afternoon"));
  });
  it("a new time replacing part of the slot keeps its day", () =>
    expect(u("周三下午改成晚上七点可以吗").proposed).toEqual(p("2026-11-25", "19:00", "evening")));
  it("那天 with no day before it is the interview's day", () => {
    expect(u("下午实在走不开，那天晚上可以吗").proposed).toEqual(p("2026-11-25", null, "evening"));
    expect(u("那天下午走不开 上午十点可以过去").proposed).toEqual(p("2026-11-25", "10:00", "morning"));
  });
  it("半个钟 / 一个钟 are southern hours", () => {
    expect(u("能不能晚一个钟").proposed).toEqual(p("2026-11-25", "15:00", "afternoon"));
    expect(u("能不能往后挪半个钟").proposed).toEqual(p("2026-11-25", "14:30", "afternoon"));
  });
  it("English shifts without 'by'", () =>
    expect(u("could we push it back an hour?").proposed).toEqual(p("2026-11-25", "15:00", "afternoon")));
  it("a folded A-not-A question keeps a dotted date whole", () =>
    expect(u("能不能改到11.27 上午10点").proposed).toEqual(p("2026-11-27", "10:00", "morning")));
  it("a bare 当天 is the slot itself, not a proposal", () =>
    expect(u("好的，想问下当天能出结果吗").intent).toBe("confirm"));
  it("a bare hour takes the part of day said before it", () =>
    expect(u("只能晚上过来，八点以后可以吗").proposed).toEqual(p(null, "20:00", "evening")));
  it("a space ends a clause: a duty after it does not refuse the time before", () =>
    expect(u("晚上7点后可以吗 白天上班").proposed).toEqual(p(null, "19:00", "evening")));
  it("next week in English is a vague wish", () => {
    const r = u("next week would be better for me");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
});

describe("late, in English", () => {
  it.each(["sorry, running 20 min behind", "Running a bit late, sorry!", "I'm running about 10 minutes behind"])(
    "%s → late",
    (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"),
  );
});

describe("a day refused while another is named", () => {
  it("那我周三不去了，周四去 → reschedule to Thursday", () => {
    const r = u("行，那我周三不去了，周四去");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, null));
  });
  it("an explicit withdrawal stays one", () => expect(u("周三不去了，算了，周四也不去").intent).toBe("cancel"));
});

describe("undecided, said as an embedded question", () => {
  it.each(["好的，我到时候看看能不能去", "好的，我去不去再说吧"])("%s → other", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.questions).toEqual([]);
  });
});
