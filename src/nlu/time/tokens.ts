/**
 * The pieces of a time expression, before they are grouped into one proposal.
 * A token knows only what its own words say; combining (周四 + 下午 + 3点), choosing
 * among several, and filling from the interview happen in `candidates.ts`.
 */
import type { CivilDate } from "./calendar.js";
import type { PartOfDay } from "../types.js";

export type TokenKind =
  | "date" // a concrete day: 周四, 明天, 11月28日, 28号
  | "clock" // a clock time, possibly with its part of day: 下午3点, 14:00
  | "pod" // a part of day alone: 上午, 晚上
  | "shift" // relative to the interview: 推迟一小时, 往后推两天
  | "sameTime" // 同一时间, 还是这个点
  | "sameDay" // 同一天, 当天
  | "vagueDate"; // 下周, 周末, 月底: a range, not a day

export interface TimeToken {
  kind: TokenKind;
  index: number;
  end: number;
  date?: CivilDate;
  /** For vague dates: week offset when the words were 下周 / 下下周 (used by 下周同一时间). */
  weekOffset?: number;
  hour?: number;
  minute?: number;
  pod?: PartOfDay;
  shiftMinutes?: number;
  /** The hour as written (before 下午/bare-hour rules), to re-read it when a part of day joins later. */
  rawHour?: number;
  /** The clock carried its own part-of-day word (下午3点). */
  podExplicit?: boolean;
  /** A shift that describes arrival (晚到十分钟, 提前十分钟到) rather than a new slot. */
  arrival?: boolean;
  /** For 第二天上午: the interview's day plus this many days (a sameDay token). */
  dayOffset?: number;
  /** The date was a bare weekday or day-of-month, resolved forward from now. */
  relative?: boolean;
  /** The date was a bare weekday (周四, "Thu"), with no next / this / 下 / 本 to fix its week. */
  bareWeekday?: boolean;
  /** "the following Wednesday": the weekday of the week after the one in question. */
  following?: boolean;
  /** "10.30" read as a clock from the English around it (the Chinese reader takes it for Oct 30). */
  dottedClock?: boolean;
}
