import type { CancelReason } from "../types.js";
/**
 * Withdrawal: the candidate will not attend at all (cancel), and why.
 *
 * Why these groups: a withdrawal is said as a decision about the interview (不去了,
 * 不参加了, 放弃, 取消), as a polite close (以后有机会再说, 不用再约了), or only as its
 * reason (已经入职了 — the decision is implied). Reasons follow the recruiter's
 * report buckets.
 */

/**
 * Lack of interest in the job, in its many degrees: 不感兴趣 / 没什么兴趣 / 兴趣不大 /
 * 没啥意向. Said about the job, it is a decision not to come.
 */
const NO_INTEREST = "(?:没|没有|不(?:太|是很|怎么|大)?)(?:什么|多大|太大|很大|太多|多少|一点)?(?:兴趣|感兴趣|意向)|兴趣不(?:大|高|是很大|太大)";

/**
 * Taking the application back (撤回申请, 把简历撤了): a withdrawal in office words.
 */
const TAKES_BACK = "撤(?:回|销|掉)(?:我的|一下)?(?:申请|简历|投递|报名|应聘)|(?:申请|简历|投递|报名)(?:就)?(?:撤回|撤销|撤了|撤掉)";

/**
 * Leaving the job market for a while (出不来工作了, 暂时不出来工作了, 没法出来上班).
 */
const LEAVES_WORK = "(?:(?:没法|不能|无法|不方便|没办法)出来|出不来|不出来)(?:工作|上班|找工作)|(?:暂时|目前|这段时间|短时间内?)(?:不|没法|无法|不能)(?:工作|上班)了?";

/** Explicit decisions not to come. */
export const WITHDRAW = new RegExp(
  `${NO_INTEREST}|${TAKES_BACK}|${LEAVES_WORK}|${/(?<![过回进出上下])不去了|不去咯|不去啦|(?<!赶)不过去了|(?:离家|距离|路程)?太远了|不来了|不参加了|不参加这次|就不参加|不面了|不面试了|不考虑|心领了|^(?:我)?(?:就|还是)?不(?:去|来|参加|面)(?:了|啦|咯)?[!.。~\s]*$|放弃|(?<!被|是不是|会议?|课|活动|航班|事情?)取消(?!了[吗么?没]|不了|不掉)(?:这次|面试|吧|了|预约)?|不用(?:再)?(?:约|安排|联系|等我)|(?:不用|不需要|不必)(?:再)?面试?了|不必(?:再)?(?:约|安排)|(?:以后|之后|明年|下半年|年后)(?:有机会)?再说|不(?:打算|想|准备)(?:换工作|跳槽|看机会)|有机会再(?:说|合作|联系)|不找工作了|暂时不找|先不找|不找了|不去面|就不去|不想去了|鸽了|放(?:您|你)?鸽子|要鸽|^下次一定[!.。~\s]*$|stay (?:with|at) my current|decided to stay|pursue other|other opportunit|(?:先|只能|暂时)?(?:放一放|放放|搁置|搁一搁|暂缓)|(?:这次|这回|先|就|还是)不了(?!解)|留在(?:现在|目前|原来|现)的?(?:公司|单位)|继续(?:在|留在|待在)?(?:现在|目前|原来|现)的?(?:公司|单位|岗位)|不(?:打算|想)?跳槽了|不(?:太|是很|大|怎么)想(?:去|来|参加|面试?)了|不打算(?:去|参加|面)|不浪费彼此|改期就不必|投错了|^(?:(?:谢谢|感谢|thanks)[,.!。~\s]*)?(?:暂时|目前|先)?(?:不用了|不需要了|不必了)(?:[,.!。~\s]*(?:谢谢|感谢|thanks)?)*[,.!。~\s]*$|没(?:有)?必要(?:再)?(?:去|来|参加|面试?|过去)了?|犯不着(?:去|来)|^(?:我)?不了(?!解)(?=[,.!。~\s]|$)|^(?:那)?(?:就)?(?:下次|下回)(?:吧|再说|有机会)|告辞|溜了溜了|我撤了|不奉陪|withdraw|(?:i'?d|i would) rather not|not interested|decided not to|not (?:to )?(?:proceed|continue)|not moving forward|no thanks|i'?ll pass|pass on this|decline|won'?t (?:come|attend|be (?:coming|attending))|will not (?:come|attend|be (?:coming|attending))|not (?:coming|attending|going to (?:come|attend))|no longer interested|have to (?:decline|cancel)|cancel|accepted (?:another|an?) offer/.source}`,
);

// "不用改期了" alone keeps the slot (不用改期了，周三可以去); it withdraws only next to an
// inability (去不了，也不用改期了), which classify checks.

/** "不用改了" keeps the old slot; "算了" alone gives up, unless a new plan follows (算了，还是改到周四吧). */
export const GIVE_UP = /算了(?![,，\s]*(?:还是|就|那就|那还是)(?![,，\s]*(?:不|算|3)))|罢了/;

/** Got a job elsewhere: a withdrawal even without saying 不去了. */
export const FOUND_JOB =
  /(?<![没未])(?:已经|已|刚|刚刚)?(?:入职|(?:拿到|收到)(?:了)?[^,.!?。]{0,6}offer|接(?:了|受了?)(?:别家|另一家|其他)?(?:的)?offer|签了|找到(?:了)?.{0,6}?(?:工作|工|下家|offer|活儿?|事做)|找到了|有(?:了)?(?:合适|新|别)的?工作了|接受了?(?:另一家|另外一家|别家|其他|别的)[^,.!?。]{0,8}(?:录用|offer|聘用|职位|岗位|(?<!面试)邀请)|(?:已经|已)(?:去了?|在)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|入职|工作|实习|报到)|去了(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|工作|实习|报到)|(?:去|在)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|工作|实习)了|(?:和|跟|与)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}签(?:约|了)|签约了|有工作了|有offer了|有(?:单位|公司|厂|地方)(?:要|录用|收)了?我了|工作有着落|决定去(?:另|别|其他)|去(?:另一家|别家|其他公司)(?!面)|(?:另一家|别的|其他)公司的offer|工作(?:已经)?定(?:下来)?了|上岸了|accepted (?:an?|another|the) (?:offer|job|position|role)|(?:go|going|went|move|moving) elsewhere|(?:offer|job|position|role) elsewhere|go(?:ing)? with (?:another|a different) (?:company|offer|employer)|joined (?:another|a different) company|signed (?:with|an offer)|got (?:an|another) offer|found a job|took another|got (?:another|a new|a) job|found (?:another|a new) job|accepted (?:a|another) (?:job|position|role))/;

/** Can't attend (no reason, no time named): 无法参加 / 参加不了 / 去不了了. */
// 失约 / 爽约 ("I will break the appointment") and V不到 potentials (去不到 in southern usage) say the same.
export const INABILITY =
  /过不去了?|不能(?:去|来)了?(?!不)|(?:没法|没办法)(?:去|来)(?!不)|失约|爽约|去不到|来不到|赶不到|来不成|无法参加|没法参加|参加不了|不能参加|没办法参加|去不了|来不了|去不成|赶不过去|can'?t make it|(?:won'?t|will not|not gonna|not going to) make it|cannot (?:make it|attend)|can'?t (?:do|come)|won'?t be able to|can'?t attend|unable to attend/;

export const REASONS: ReadonlyArray<readonly [CancelReason, RegExp]> = [
  // Once the reply withdraws, "already working somewhere" (已经在老乡介绍的厂里上班了) is the
  // reason too; alone it is no withdrawal (已经在上班了，周三请不了假 asks for another day).
  ["found_job", new RegExp(`${FOUND_JOB.source}|(?:已经|已)(?:在|去了?)[^,.!?。]{1,10}(?:上班|上岗|入职|干活|工作)了|(?:另一家|另外一家|别家|别的公司|其他公司)[^,.!?。]{0,4}(?:给|开)(?:的)?(?:更多|更高|多)`)],
  // Pay: the offer range, benefits, or "待遇".
  ["salary", /薪|工资|待遇|钱|底薪|到手|[\d一二三四五六七八九十两几]+(?:千|k|块|元)(?![^,.!?。]{0,4}(?:路费|车费|打车))|salary|pay|compensation|package/],
  // Life events the company cannot change.
  // "跟家里商量了" is how the decision was made, not why; "回老家附近找" is about where to work.
  ["personal", /孩子|娃|宝宝|二胎|要生了|生孩子|坐月子|产假|老婆|女朋友|怀孕|个人原因|身体|生病|病了|手术|家里(?!人?商量)|家人(?!商量)|老人|父母|住院|照顾|出国|读书|考研|读研|留学|回老家(?!附近|那边|找|发展|工作)|结婚|搬家|personal|family|health|surgery/],
  // Distance and city.
  ["location", /(?:那么|这么)远|(?:老家|家乡)(?:附近|那边|本地)|(?:去|到|跑)(?:深圳|广州|北京|上海|杭州|外地|市区|你们那边?|那么远)[^,.!?。]{0,6}(?:不方便|太远|麻烦|折腾)|不去(?:深圳|广州|北京|上海|杭州|外地)|太偏|偏远|偏僻|转(?:两|几|三)趟|交通不便|坐车|车程|折腾|太远|远了|很远|离家|通勤|距离|路程|留在(?!现在|目前|原来|现)|不想去(?:深圳|外地)|搬不过去|too far|commute|relocat/],
  // The calendar, not the job.
  // A day that cannot be made (周三去不了了) is a calendar reason even when the reply withdraws.
  ["time_conflict", /事(?:情)?太多|走不开|离不开|脱不开|收尾|没(?:有)?精力|加班太多|顾不上|忙不过来|请不(?:到|了|下来)假|没法请假|(?:周.|星期.|礼拜.|那天|当天|这天|\d+号)(?:我)?(?:真的|实在|确实)?(?:去不了|来不了|没空|走不开|赶不回)|时间(?:不合适|不方便|冲突|排不开|不行|上不)|有事|没空|太忙|很忙|都很忙|抽不出|没时间|排不开|撞了|冲突|出差|这周去不了|那个时间|这个时间|busy|schedule/],
  // The job itself is not wanted.
  // The job's own conditions (要经常出差, 天天加班, 996, 评价太差) put the candidate off the job,
  // and are said before any calendar word in the same sentence.
  ["not_interested", new RegExp(`${NO_INTEREST}|${/(?:岗位|工作|职位|你们|这边|公司)[^,.!?。]{0,4}(?:要|需要|得)(?:经常|天天|每天|老是|总是|常常)?(?:出差|加班|倒班|值夜班)|(?:要|得)(?:经常|天天|每天|常常)(?:出差|加班|倒班)|996|评价|口碑|风评|不干|不对口|专业不符|不想干|不干这行|转行|opportunit|适合我|更合适|(?:现在|目前)的?(?:工作|公司|单位)|不是很想|不靠谱|不看好|留在|\bstay\b|跳槽|换工作|不考虑|不想(?:去|做|面|参加)|不太想|不太?合适|不适合|不太?匹配|不太?符合|规划|投错|不一样|想转|方向|不符合|interest|not a fit|doesn'?t fit|not what i/.source}`)],
];

/**
 * A withdrawal word under a promise not to do it (不会放鸽子的, 肯定不会缺席, 绝不爽约,
 * 不会不来): the candidate promises to come. Read before the withdrawal lexicons, which
 * would otherwise see 放鸽子 / 爽约 and cancel a confirmation.
 */
export const DENIED_WITHDRAWAL =
  /(?:不会|不可能|绝不会?|决不会?|(?:肯定|一定|保证|绝对)不会?|怎么会|哪会|不敢)(?:再|又)?(?:放(?:您|你|你们|大家)?(?:的)?鸽子|鸽(?:您|你|你们)?|爽约|失约|缺席|食言|迟到)/g;

/**
 * Scorn for the offer followed by a farewell (就这工资？再见 / 才三千？拜拜): a
 * withdrawal said as a put-down. A farewell alone (好的，再见) decides nothing.
 */
const SCORN = /就这(?:点|么点|么)?[^,.!?。]{0,4}(?:工资|待遇|薪资|薪水|钱|条件)|(?:工资|待遇|薪资|薪水|钱)[^,.!?。]{0,4}(?:也?太|这么|那么)(?:低|少|抠|差)|才[\d一二三四五六七八九十两几]+(?:千|k|块|元|百|w|万)/;
const FAREWELL_END = /(?:再见|拜拜|告辞|bye|88|886)[!.。~\s]*$/;

export function dismisses(text: string): boolean {
  return FAREWELL_END.test(text) && SCORN.test(text);
}

/** Pending offers ("另一家的offer还没定", "offer还在谈") are no new job. */
const PENDING_AFTER = /^[^,.!?。]{0,3}(?:还没|没|未|不|还在|在谈|待定)/;
/** "没有拿到别的offer": the negation sits a word before the match. */
const NEGATED_BEFORE = /(?:没有?|未|还没|并没有?|不是)\s*$/;
const FOUND_JOB_G = new RegExp(FOUND_JOB.source, "g");

export function reportsNewJob(text: string): boolean {
  if (!FOUND_JOB.test(text)) return false;
  for (const m of text.matchAll(FOUND_JOB_G)) {
    if (PENDING_AFTER.test(text.slice(m.index + m[0].length)) || NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    return true;
  }
  return false;
}
