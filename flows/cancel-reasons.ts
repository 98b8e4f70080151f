/**
 * Reasons for not attending, read from a reply to "why?" — such a reply is
 * often just a noun phrase (时间冲突, 个人原因) that nlu, rightly, calls `other`.
 */
import type { CancelReason } from "../src/nlu/index.js";

const RULES: ReadonlyArray<[CancelReason, RegExp]> = [
  ["found_job", /找到工作|找到了工作|已入职|入职了|拿到offer|接了offer|有offer|已经有工作/i],
  ["time_conflict", /时间冲突|时间不合适|时间不方便|没时间|抽不开|走不开|撞了|冲突/],
  ["salary", /薪资|薪水|工资|待遇|钱太少|package/i],
  ["location", /太远|距离|通勤|地点|位置|搬家|不在(?:本地|这边)/],
  ["not_interested", /不感兴趣|没兴趣|不考虑|不想去|不合适|不匹配|方向不对/],
  ["personal", /个人原因|私事|家里|家事|身体|生病|住院/],
];

export const CANCEL_REASONS: readonly Exclude<CancelReason, "unknown">[] = [
  "found_job",
  "not_interested",
  "time_conflict",
  "location",
  "salary",
  "personal",
];

export function reasonFromText(text: string): CancelReason | null {
  for (const [reason, pattern] of RULES) if (pattern.test(text)) return reason;
  return null;
}

export function isCancelReason(value: string): value is CancelReason {
  return value === "unknown" || (CANCEL_REASONS as readonly string[]).includes(value);
}
