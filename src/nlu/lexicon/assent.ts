/**
 * Assent: will attend as planned. Chat assent is short and varied: 好的 / 好滴 / 妥 /
 * 👌 (→ 好的 upstream) / ok的 / 得行 (→ 可以) / 没问题 / 准时到 / 周三见. Hedges
 * ("应该可以吧，我确认一下再回您") are not assent: nothing is decided yet.
 */

/** Assent anywhere in the reply (checked with {@link positive}, so 不参加 / 没确认 fail). */
export const ASSENT =
  /好的|好啊|好呀|好哦|好嘞|可以的|可以参加|(?:那天|当天|这天|这个点|那个时间)(?:我)?(?:都)?(?:可以|行|没问题|有空)(?!吗)|没啥问题|没什么问题|按约定|按约|按时间过去|(?:届时|到时|到时候|周.|明天|那天|下午|上午|回头|待会|一会)见|能参加|可以去|能去|能来|我可以|那我可以|没问题|确认|确定参加|确定|准时|按时|会去|去的|会来|会到|到时见|到时候见|周.见|明天见|下午见|回头见|一定到|一定去|肯定到|肯定能到|一定能到|能到|参加|放心|不会迟到|不会晚|ok|okay|yes|sure|confirm|see you|will attend|be there|attending|sounds good|got it,|妥|没毛病|收到.{0,4}(?:准时|参加|会到)/;

/** Whole-reply assent that would be too loose inside a sentence. */
export const ASSENT_SHORT = /^(?:(?:好|行|中|嗯|可以|ok|妥|对|是的|去|来|没问题|成|yes|y|sure|k|okk+)[的啊呀哦嘞了吧呢]?\s*)+[!.。~]*$/;

/** Undecided: will confirm later, not sure, thinking. */
export const HEDGE =
  /再回|再答复|再确认|再确定|确定了再|再通知|回头(?:再|告诉|回复|联系|答复|说)|先看看|先看一下|看看那天|看下那天|再回复|再告诉|再联系您|再定|再看|考虑一下|考虑考虑|还在考虑|容我考虑|看下时间|看一下时间|看看时间|看下安排|看看安排|确认一下再|不确定|不一定|也许|或许|说不准|应该可以吧|可能可以|晚点说|晚点回复|稍后回复|等我.{0,10}(?:再|答复|回复)|到时候再说|回头再|给您.{0,6}答复|答复您|let me check|not sure|maybe|get back to you/;
