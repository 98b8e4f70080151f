/**
 * The demo world the seed draws from: channels, positions, recruiters, slots,
 * and the hidden no-show tendencies the seeds describe (late repliers, some
 * channels and slots no-show more). The risk model never reads these numbers;
 * it has to rediscover them from the written history.
 */
import { KNOWN_SOURCE_CHANNELS } from "../store/types.js";

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

export const CHANNELS: Weighted<string> = [
  [KNOWN_SOURCE_CHANNELS[0], 35], // BOSS直聘
  [KNOWN_SOURCE_CHANNELS[1], 20], // 猎聘
  [KNOWN_SOURCE_CHANNELS[2], 20], // 智联招聘
  [KNOWN_SOURCE_CHANNELS[3], 12], // 内推
  [KNOWN_SOURCE_CHANNELS[4], 13], // 官网
];

/** Log-odds added to the no-show tendency. */
export const CHANNEL_EFFECT: Record<string, number> = { BOSS直聘: 0.25, 猎聘: 0.1, 智联招聘: 0.6, 内推: -0.9, 官网: -0.3 };

export const POSITIONS: Weighted<string> = [
  ["后端工程师", 20],
  ["前端工程师", 15],
  ["产品经理", 12],
  ["数据分析师", 10],
  ["销售代表", 23],
  ["客服专员", 20],
];

export const POSITION_EFFECT: Record<string, number> = { 后端工程师: -0.1, 前端工程师: 0, 产品经理: -0.2, 数据分析师: -0.15, 销售代表: 0.45, 客服专员: 0.5 };

export const RECRUITERS: Weighted<string> = [
  ["hr-li", 35],
  ["hr-wang", 30],
  ["hr-zhang", 20],
  ["hr-chen", 15],
];

/** Interview start hours (business time zone). */
export const SLOTS: Weighted<number> = [
  [9, 12],
  [10, 15],
  [11, 14],
  [14, 14],
  [15, 15],
  [16, 13],
  [17, 10],
  [19, 7],
];

/** Monday-morning, Friday-evening, evening and weekend slots no-show more. */
export function slotEffect(weekday: number, hour: number): number {
  let effect = 0;
  if (weekday === 1 && hour === 9) effect += 0.7;
  if (weekday === 5 && hour >= 17) effect += 0.9;
  if (hour >= 19) effect += 0.5;
  if (weekday === 6) effect += 0.4;
  return effect;
}

export const CANCEL_REASONS: Weighted<string> = [
  ["found_job", 30],
  ["time_conflict", 20],
  ["not_interested", 15],
  ["salary", 13],
  ["location", 12],
  ["personal", 10],
];

export const RESCHEDULE_REASONS: Weighted<string | null> = [
  ["time_conflict", 70],
  ["personal", 20],
  [null, 10],
];

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗";
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛", "明", "超", "秀英", "晓东", "子涵", "雨桐", "浩然", "欣怡", "宇轩", "梓萱"];

export function candidateName(pick: <T>(items: readonly T[]) => T): string {
  return `${pick([...SURNAMES])}${pick(GIVEN)}`;
}

export const CONFIRM_TEXTS = ["好的，我会准时到", "收到，准时参加", "可以的，谢谢", "好的没问题", "确认参加"];
export const LATE_CONFIRM_TEXTS = ["不好意思才看到，可以参加", "抱歉回复晚了，时间可以", "刚看到消息，好的"];
export const RESCHEDULE_TEXTS = ["那天有事，能改到下周吗", "时间冲突了，可以换个时间吗", "能推迟一天吗"];
export const CANCEL_TEXTS: Record<string, string> = {
  found_job: "不好意思，我已经找到工作了",
  time_conflict: "最近时间都排不开，先不去了",
  not_interested: "考虑了一下，这个岗位不太适合我",
  salary: "薪资和预期差距有点大，不去了",
  location: "太远了，通勤不方便",
  personal: "家里有事，去不了了",
};
