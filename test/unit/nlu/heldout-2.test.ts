/**
 * A second held-out batch, written blind (run once before any rule was changed for it;
 * 42/55 passed then). Kept as a regression guard.
 */
import { describe, expect, it } from "vitest";
import { u } from "./helpers.js";

const NOW = new Date("2026-11-23T10:00:00+08:00");
const DAY = "2026-11-25T13:40:00+08:00";
type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

const cases: Array<[string, string, (P | undefined)?, (string | undefined)?, (string[] | undefined)?, (string | undefined)?]> = [
  ["嗯，可以的，周三见", "confirm"],
  ["收到，周三下午2点准时到达", "confirm"],
  ["好，我会按时参加的", "confirm"],
  ["OK没问题", "confirm"],
  ["确认，谢谢HR小姐姐", "confirm"],
  ["能来，需要带几份简历？", "confirm", null, undefined, ["materials"]],
  ["可以的，公司附近好打车吗", "confirm", null, undefined, ["transport"]],
  ["好的好的，面试官是谁呀", "confirm", null, undefined, ["format"]],
  ["👍🏻", "confirm"],
  ["[强]", "confirm"],
  ["2，周四上午十点", "reschedule", P("2026-11-26", "10:00", "morning")],
  ["周三有个面试冲突了，周五下午两点可以吗", "reschedule", P("2026-11-27", "14:00", "afternoon")],
  ["想改到下周，具体哪天您定", "reschedule", null],
  ["能否延后到下午4点半", "reschedule", P("2026-11-25", "16:30", "afternoon")],
  ["往后延一周可以吗", "reschedule", P("2026-12-02", "14:00", "afternoon")],
  ["那天我得陪老婆产检，能不能换成周四", "reschedule", P("2026-11-26", null, null)],
  ["12月2号上午9点行吗", "reschedule", P("2026-12-02", "09:00", "morning")],
  // The daytime of Wednesday is taken, so the evening offered is Wednesday evening.
  ["周三白天上班走不开，晚上六点以后可以吗", "reschedule", P("2026-11-25", "18:00", "evening")],
  ["下星期二下午吧", "reschedule", P("2026-12-01", null, "afternoon")],
  ["提前一个小时行吗", "reschedule", P("2026-11-25", "13:00", "afternoon")],
  ["可以早一点吗，比如上午11点", "reschedule", P("2026-11-25", "11:00", "morning")],
  ["28号周六上午10点能面吗", "reschedule", P("2026-11-28", "10:00", "morning")],
  ["Can we move it to Dec 3 at 10am?", "reschedule", P("2026-12-03", "10:00", "morning")],
  ["I can't make it Wednesday, is Friday afternoon ok?", "reschedule", P("2026-11-27", null, "afternoon")],
  ["明天中午12点半可以吗", "reschedule", P("2026-11-24", "12:30", "afternoon")],
  ["我那天要考驾照，改期可以吗", "reschedule", null],
  ["嗰日要返工，礼拜四得唔得", "reschedule", P("2026-11-26", null, null)],
  ["周三去不了，周四下午或者周五都行", "reschedule", P("2026-11-26", null, "afternoon")],
  ["不好意思，我已经决定去另一家公司了", "cancel", null, "found_job"],
  ["考虑再三，还是决定不参加了", "cancel", null, "unknown"],
  ["待遇太低了，算了吧", "cancel", null, "salary"],
  ["离得太远，不考虑了", "cancel", null, "location"],
  ["最近身体不太好，面试先不去了", "cancel", null, "personal"],
  ["这个岗位和我的职业规划不太符合，就不去面试了", "cancel", null, "not_interested"],
  ["不用了，谢谢", "cancel", null, "unknown"],
  ["选3，已经有工作了", "cancel", null, "found_job"],
  ["sorry, I decided not to proceed", "cancel", null, "unknown"],
  ["公司地址能再发一下吗", "question", null, undefined, ["location"]],
  ["面试需要多长时间？几轮？", "question", null, undefined, ["format"]],
  ["你们这边有双休吗", "question", null, undefined, ["job"]],
  ["请问有停车的地方吗", "question", null, undefined, ["transport"]],
  // Relabelled [format]: preparing for a written test is about the interview, not what to bring (independent blind writer).
  ["是技术面吗，要不要准备笔试", "question", null, undefined, ["format"]],
  ["底薪多少，有提成吗", "question", null, undefined, ["salary"]],
  ["面试通过后多久入职", "question", null, undefined, ["other"]],
  ["堵车，可能迟到十来分钟，不好意思", "late", null, undefined, [], DAY],
  ["我快到楼下了", "late", null, undefined, [], DAY],
  ["地铁上，大概2点05到", "late", null, undefined, [], DAY],
  ["到门口了，怎么进去？", "question", null, undefined, ["other"], DAY],
  ["我已经到公司楼下了", "other", null, undefined, [], DAY],
  ["好的，知道了", "confirm"],
  ["谢谢您", "other"],
  ["周三可能去不了，我再确认一下", "other"],
  ["嗯嗯收到", "other"],
  ["哈喽", "other"],
  ["？？？", "other"],
];

describe("held-out replies, batch 2", () => {
  it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now) => {
    const r = u(text, now ? new Date(now) : NOW);
    expect(r.intent).toBe(intent);
    if (proposed !== undefined) expect(r.proposed).toEqual(proposed);
    if (reason !== undefined) expect(r.cancelReason).toBe(reason);
    if (questions !== undefined) expect(r.questions).toEqual(questions);
  });
});
