import type { CancelReason } from "../types.js";
/**
 * Withdrawal: the candidate will not attend at all (cancel), and why.
 *
 * Why these groups: a withdrawal is said as a decision about the interview (不去了,
 * 不参加了, 放弃, 取消), as a polite close (以后有机会再说, 不用再约了), or only as its
 * reason (已经入职了 — the decision is implied). Reasons follow the recruiter's
 * report buckets.
 */

/** Explicit decisions not to come. */
export const WITHDRAW =
  /不去了|不去咯|不去啦|(?<!赶)不过去了|不太?感兴趣|没兴趣|没有兴趣|(?:离家|距离|路程)?太远了|不来了|不参加了|不参加这次|就不参加|不面了|不面试了|不考虑|心领了|^(?:我)?(?:就|还是)?不(?:去|来|参加|面)(?:了|啦|咯)?[!.。~\s]*$|放弃|取消(?:这次|面试|吧|了|预约)?|不用(?:再)?(?:约|安排|联系|等我)|不必(?:再)?(?:约|安排)|以后(?:有机会)?再说|有机会再(?:说|合作|联系)|不找工作了|暂时不找|先不找|不找了|不去面|就不去|不想去了|不打算(?:去|参加|面)|不浪费彼此|改期就不必|也不用改期|不用改期了|^(?:不用了|不需要了|不必了)(?:[,.!。~\s]*(?:谢谢|感谢|thanks)?)*[,.!。~\s]*$|withdraw|not interested|decided not to|not (?:to )?proceed|not moving forward|no thanks|i'?ll pass|pass on this|decline|won'?t (?:come|attend|be (?:coming|attending))|will not (?:come|attend|be (?:coming|attending))|not (?:coming|attending|going to (?:come|attend))|no longer interested|have to (?:decline|cancel)|cancel|accepted (?:another|an?) offer/;

/** "不用改了" keeps the old slot; "算了" alone gives up, unless a new plan follows (算了，还是改到周四吧). */
export const GIVE_UP = /算了(?![,，\s]*还是(?![,，\s]*(?:不|算|3)))|罢了/;

/** Got a job elsewhere: a withdrawal even without saying 不去了. */
export const FOUND_JOB =
  /(?<![没未])(?:已经|已|刚|刚刚)?(?:入职|拿到(?:了)?offer|接(?:了|受了?)(?:别家|另一家|其他)?(?:的)?offer|签了|找到(?:了)?.{0,6}?(?:工作|工|下家|offer)|找到了|有工作了|有offer了|工作有着落|决定去(?:另|别|其他)|去(?:另一家|别家|其他公司)|(?:另一家|别的|其他)公司的offer|工作(?:已经)?定(?:下来)?了|上岸了|accepted another offer|got (?:an|another) offer|found a job|took another)/;

/** Can't attend (no reason, no time named): 无法参加 / 参加不了 / 去不了了. */
export const INABILITY =
  /无法参加|没法参加|参加不了|不能参加|没办法参加|去不了|来不了|去不成|赶不过去|can'?t make it|cannot (?:make it|attend)|can'?t attend|unable to attend/;

export const REASONS: ReadonlyArray<readonly [CancelReason, RegExp]> = [
  ["found_job", FOUND_JOB],
  // Pay: the offer range, benefits, or "待遇".
  ["salary", /薪|工资|待遇|钱|salary|pay|compensation|package/],
  // Life events the company cannot change.
  ["personal", /个人原因|身体|生病|病了|怀孕|家里|家人|老人|住院|照顾|出国|读书|考研|读研|留学|回老家|结婚|搬家|personal|family|health/],
  // Distance and city.
  ["location", /太远|远了|很远|离家|通勤|距离|路程|留在|不想去(?:深圳|外地)|搬不过去|too far|commute|relocat/],
  // The calendar, not the job.
  ["time_conflict", /时间(?:不合适|不方便|冲突|排不开|不行|上不)|有事|没空|太忙|很忙|都很忙|抽不出|没时间|排不开|撞了|冲突|出差|这周去不了|那个时间|这个时间|busy|schedule/],
  // The job itself is not wanted.
  ["not_interested", /不太?感兴趣|没兴趣|没有兴趣|不考虑|不想(?:去|做|面|参加)|不太想|不太?合适|不适合|不太?匹配|不太?符合|规划|投错|不一样|想转|方向|不符合|interest|not a fit|doesn'?t fit|not what i/],
];
