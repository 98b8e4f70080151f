import { guardedByFirstChars } from "../regex/first-chars.js";
import { matches } from "../regex/prefilter.js";
import type { CancelReason } from "../types.js";
import { execAll } from "../regex/exec-all.js";
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
// 没得兴趣 (south-western Mandarin, and 冇得 after the dialect pass).
const NO_INTEREST = "(?:无|没得|没|没有|不(?:太|是很|怎么|大)?)(?:什么|多大|太大|很大|太多|多少|一点)?(?:兴趣|感兴趣|意向)|兴趣不(?:大|高|是很大|太大)";

/**
 * Taking the application back (撤回申请, 把简历撤了): a withdrawal in office words.
 */
const TAKES_BACK = "撤(?:回|销|掉)(?:我的|一下)?(?:申请|简历|投递|报名|应聘)|(?:申请|简历|投递|报名)(?:就)?(?:撤回|撤销|撤了|撤掉)";

/**
 * Leaving the job market for a while (出不来工作了, 暂时不出来工作了, 没法出来上班, 不打算实习了).
 */
const LEAVES_WORK = "(?:不|暂时不|先不)(?:打算|想|准备)?(?:找|去)?实习了|(?:(?:没法|不能|无法|不方便|没办法)出来|出不来|不出来)(?:工作|上班|找工作)|(?:暂时|目前|这段时间|短时间内?)(?:不|没法|无法|不能)(?:工作|上班)了?";

/**
 * A refusal said as its own clause after the reason (这点钱谁干啊，不去 / 太远了，不来): the clause is
 * the decision even without 了. Only a whole clause: 周三不去，周四去 refuses a day (classify reads
 * that as a new day), 不去白不去 is assent. Kept apart from {@link WITHDRAW}: inside that one
 * alternation its clause-start test made the whole regex several times slower.
 */
// "不去不去" / "不了不了": a refusal said twice.
export const BARE_REFUSAL = /(?:^|[,.!?。;~\s])(?:我|那我|那|反正)?(?:就|还是|肯定|坚决|真)?(?:不(?:去|来|干|面|参加)(?:了|啦|咯|哈|啊)?(?:不(?:去|来|干|面|参加))?|不了(?:[,\s]*不了)+)(?=[,.!?。;~\s]|$)/;

/**
 * Scorn as a refusal: "who would do it" (这点钱谁干啊, 三千块谁去啊) and "only a fool would go"
 * (鬼才去, 傻子才去). Said about this job, it is a decision not to come.
 */
const SCORN_REFUSAL = "谁(?:会|愿意)?(?:干|去)(?:啊|呀|哦|呢|嘛)?(?=[,.!?。;~\\s]|$)|(?:鬼|傻子|傻瓜|神经病)才(?:去|干|来)";

/**
 * Someone close forbids it (家里不让我去, 爸妈不同意我去外地, 老婆不让我换工作): the decision is made
 * for the candidate. A family that agrees (家里同意了) forbids nothing.
 */
// ("我孩子不让我干保安了": grown children forbid the job; a child who will not let one leave (孩子闹着不让走) only delays.)
const FAMILY_FORBIDS = "(?:孩子|儿子|女儿)[^,.!?。]{0,3}不(?:让|同意)(?:我)?(?:干|做|出去)[^,.!?。]{0,4}了|(?:家里|家人|老婆|老公|媳妇|爱人|爸妈|父母|我妈|我爸|男朋友|女朋友|对象)(?:人)?(?:说)?[^,.!?。]{0,6}不(?:让|同意|准|许|支持)(?:我)?(?:去|来|参加|面|过去|换|跳|出)?";

/**
 * Staying put or going home for good (决定留在老家, 打算回家乡那边工作了): a withdrawal from a job
 * elsewhere.
 */
// ("30号要回老家了，能提前到明天下午吗": a dated trip home, with a change asked for, is a conflict.)
const STAYS_HOME = "要回老家照顾[^,.!?。]{1,6}了|(?<!(?:号|日|天|周[一二三四五六日天]|月底|月初)[^,.!?。]{0,2})(?:决定|打算|还是|准备|要)(?:留在|回)(?:老家|家乡|本地|[^,.!?。]{1,4}那边)(?:发展|工作|找)?(?:了|吧)";

/**
 * Lukewarm refusal without 了 (不太想去, 不大想参加): a decision said softly. Not when a day or
 * part of day comes just before (周三不太想去 refuses a day) nor as a question.
 */
const LUKEWARM = "(?<!(?:周.|那天|当天|上午|下午|晚上|早上|太早|太晚)[^,.!?。]{0,3})不(?:太|是很|大|怎么)想(?:去|来|参加|面试?)(?![^,.!?。]{0,3}(?:吗|么|\\?))";

/**
 * A verdict that the job does not suit (待遇不太合适, 这个岗位不适合我, 考虑了一下觉得不太合适): a
 * refusal in polite words. Not about the time (时间不合适 asks for another) nor as a question, and
 * not for a day or part of day just before (周三不太合适 refuses a day).
 */
const UNSUITED = "(?<!(?:时间|时段|点|周.|那天|当天|这天|上午|下午|晚上|早上|中午|明天|后天|今天|号|日)[^,.!?。]{0,3})(?:(?:待遇|工资|薪资|薪水|岗位|职位|工作|行业|觉得|感觉|我们|我这边|我|看了下|了解了一下)[^,.!?。]{0,3}不(?:太|是很|怎么)?(?:合适|适合)|^不(?:太)?合适)(?![^,.!?。]{0,3}(?:吗|么|\\?|的话))";

/**
 * "我不跑了 还是进厂稳定点" / "我唔做档口喇 太辛苦": opening by quitting the line of work itself
 * (not 不跑了 inside a sentence, where it may be an errand: 今天就不跑了).
 */
const QUITS_LINE = "(?:^|(?<=[,.!?。~\\s]))(?:那|那就|那我|我)?(?:就)?(?:决定)?不(?:跑|做|干)(?!饭|菜|完)[\\u4e00-\\u9fa5]{0,3}了(?=[,.!?。~\\s]|$)";

/** "实习工资太低了，我再看看别的吧": looking at other jobs instead (not at other times: 看看别的时间). */
const LOOKS_ELSEWHERE = "(?:再|先|还是)看看(?:别的|其他|其它|别家)(?!时间|时段|日子|天|场次)(?:机会|工作|岗位|公司|地方)?(?:吧|了|哈)?(?=[,.!?。~\\s]|$)";

/**
 * Leaving, said as the whole message or beside thanks (要出国了，谢谢你们的邀请), abstaining (我弃权), and
 * being unable to do the job at all (这个工作我也干不了了). Not with a new time asked for beside it
 * (要出国几天，能改期吗 has no 了 and asks).
 */
const LEAVES_FOR_GOOD = "^no,?\\s*thanks?[.!\\s]*$|(?:我)?选了(?:那边|那家|别家|另一家|他们)|别再(?:发|联系|打)(?:了|我)|我不是(?:来)?找工作的|(?:点|投)错了[^,.!?。]{0,4}(?:没想|不想)投|没想投|^已(?:经)?找到(?:了)?[!.。~\\s]*$|决定(?:继续)?(?:读书|读研|考研|深造|读博)|^退出[!.。~\\s]*$|不参加(?:这次|本次)?(?:的)?面试了|(?:要|准备|马上)?(?:出国|移民)了(?=[,.!。~\\s]*(?:(?:谢谢|感谢|多谢)[^,.!?。]*)?[.!。~\\s]*$)|弃权|(?:这个|这份)?(?:工作|活)(?:我)?(?:也)?(?:干|做)不了了";

/**
 * "我在武汉，不想去西安": not wanting to go to the job's city.
 */
// ("还是不太想离开杭州": not wanting to leave one's city.)
const WONT_GO_THERE = "不(?:想|打算|愿意)(?:去|到)(?![那这太很得了外地])[\\u4e00-\\u9fa5]{2,3}(?:工作|上班|发展)?(?=[,.!?。~\\s]|$)|不(?:太|是很)?想离开[\\u4e00-\\u9fa5]{2,3}(?=[,.!?。~\\s]|$)";

/**
 * Handing the place to someone else (你们招别人吧, 另外找人吧, 名额留给别人, 不用给我留位置了):
 * the candidate steps aside, whatever conflict came before.
 */
const GIVES_PLACE_AWAY =
  "(?:另外|另|再)找人(?:吧|了)|(?:招|找|换|约)(?:别人|其他人|别的人|其他候选人)(?:吧|了)|另请高明|(?:名额|位置|位子|机会)(?:就)?(?:留给|让给)(?:别人|其他人|更合适)|不用(?:给我|帮我|为我)?(?:留|保留)(?:个)?(?:位置|名额|位子|座位)|先不面(?:了|你们|这边)?|不面(?:你们|贵司|这边)(?:了)?";

/**
 * Leaving the line of work (已经转行了, 不做这块了, 改行不干这个了): the job is no longer wanted.
 */
// Not meaning to apply in this direction again (以后也不打算投这个方向, 这个方向我不打算做了)
// leaves it too; so does "不要做了 / 不干了" said as the whole clause.
const CHANGES_CAREER =
  "不想(?:再)?(?:送外卖|跑外卖|跑单|送快递|跑快递|开网约车)了|(?:想|打算|准备|要)换(?:个|一个)?(?:行业|行当|工种)(?![^,.!?。]{0,3}(?:吗|么|\\?))|不(?:搞|干|做)(?:餐饮|销售|服务员?|物流|客服|电商|直播|外卖|保险|这行|这一行|这块)了|不(?:想|打算)再(?:干|做)(?:了|这行|这个)|(?:这|这个|那|那个)(?:工作|活儿?|岗位)(?:我)?不(?:干|做)了|(?:已经|已|都|早就?)?(?:转行|改行)(?:了|啦)|不(?:做|干)(?:这块|这行|这一行|这个行业|这方面|这个方向|这类工作|这种工作|这个)了|不(?:打算|想|准备|会)(?:再)?(?:投|做|干|从事|找)(?:这个|这|这类|这种|这一?块)?(?:方向|行业|行|岗位|职位|类工作|块)|(?:这个|这)(?:方向|行业|岗位|行)[^,.!?。]{0,4}不(?:打算|想|准备)(?:再)?(?:做|干|投)了?|(?<![^,.!?。~\\s])(?:我)?不(?:要)?(?:做|干)了(?=[,.!?。~\\s]|$)";

/**
 * Staying where one is because the current job got better (升组长了不换了, 涨薪了先不动了,
 * 公司挽留我留下了), or simply deciding against a move (还是不换工作了): no move, so no interview.
 */
// "我不打算换工作了" / "决定唔转工住" (Cantonese: not changing jobs for now).
// "我还是决定留在咨询行业，不转in-house了": staying in one's line of work.
// "还是在家带娃吧，不出去上班了": not going out to work at all (the reason: family, see REASONS).
// "还是做回老本行美甲了": back to one's old trade.
const STAYS_PUT =
  "(?:在原单位|和原单位|跟原单位|在现在的?公司)续签了|(?:还是|决定|打算)(?:做回|回去做|干回)[^,.!?。]{0,8}(?:了|吧)(?=[,.!?。~\\s]|$)|(?:还是|决定|打算)回(?:原来|之前|以前|老)(?:那家|的)?(?:公司|单位|东家|厂|店)|不(?:出去|出来)(?:上班|工作|打工)了|不(?:打算|想|准备)(?:再)?在[^,.!?。]{1,6}(?:做|干|待|上班|工作|打工)了|(?:决定|还是|打算)(?:继续)?留在[^,.!?。]{1,8}(?:行业|这行|领域)|不用(?:换|找)(?:工作|工)了|(?:还是|决定)不跳(?:槽)?了|还是在现在(?:的|这个|这家|这)?[^,.!?。\\s]{0,3}(?:继续)?(?:干|做|待)(?:吧|了)?[,\\s]*(?:不跳了|不换了)|续签(?:了)?(?:[\\d一二两三四五]+年|合同|劳动合同)|不(?:转|跳)(?:去)?(?:in-house|甲方|乙方|行|岗|槽|工作|工)了|不换(?:工作|单位|公司|东家|地方)了|不(?:打算|想|准备)?(?:换|转)(?:工作|工)(?:了|住)?(?![^,.!?。]{0,3}(?:吗|么|\\?))|还是在现在的[^,.!?。]{0,4}(?:干|待|做)(?:着|下去)|(?:决定|还是)继续(?:干|做|待)(?:下去)?|(?:升|提拔|晋升|升职|涨薪|加薪|涨工资|转正|挽留|留任|调岗)[^.!?。]{0,10}(?:不|先不|暂时不|就不)(?:换|动|走|跳|挪)(?:了|工作|单位|公司|槽)?|(?:决定|还是|打算)(?:继续)?(?:留下|留在(?:原|现在的?|老|目前的?)(?:公司|单位|学校|医院|厂|岗位|药房|药店|酒店|门店|店|餐厅|工地|科室|部门))|(?:现在的?|目前的?|原来的?|我们|原)?(?:公司|单位|老板|领导)(?:给我|把我)(?:加薪|涨薪|涨工资|升职|提拔|转正)了";

/** A decision put in a few words (决定暂不参加, 暂不考虑, 我决定不参加本次面试, 面试就不用了, 这次就先不麻烦您了). */
const DECIDED_NOT =
  "不(?:打算|想|准备)(?:再)?继续(?:了|下去了?)|(?<=[\\u4e00-\\u9fa5])我(?:就|可)?不(?:干|做)(?:了|啦)?(?=[,.!?。;~\\s]|$)|不出(?:去|来)面试?了|不(?:来|去)面试了|(?:最近|近期|暂时)(?:都)?(?:没法|没办法|不能)(?:找|考虑)工作了|没(?:有)?必要(?:再)?(?:面|去|来|参加)了|(?:^|我)pass(?:了|掉|吧)?(?=[,.!。~\\s]|$)|(?:近期|最近|暂时|短期内|这段时间)(?:都|内)?(?:没办法|没法|不能|无法)(?:面试|参加|去|来)了?|(?:暂时|先)*不(?:推进|往下走|继续)了|(?:还是)?(?:觉得)?(?<!时间|那天|这天|点)(?:不太|不是很|不)适合我(?![^,.!?。]{0,3}(?:吗|么|\\?))|not (?:really )?(?:into|interested in) (?:this|the) (?:role|job|position|opportunity)|(?:要|只能|只好)?辜负(?:了)?(?:贵公司|贵司|你们|您)的?(?:好意|厚爱|邀请|美意|期待)|不(?:耽误|浪费|占用)(?:贵司|贵公司|你们|您|大家)的?(?:时间|面试名额|名额|机会)了|(?:暂时|先|目前)?不(?:看|考虑|找)(?:新的?)?(?:机会|工作机会)了|^(?:我)?(?:就|还是)?不要(?:去|来)了(?=[,.!?。~\\s]|$)|(?:决定|选择)(?:了)?不(?:参加|去|来|面试?|考虑)(?![^,.!?。]{0,3}(?:吗|么|\\?))|不参加(?:本次|此次|这一?次)|(?:面试|面)(?:就|还是|也)?不(?:用|需要|必)了(?=[,.!?。~\\s]|$)|(?:这次|那)?(?:就)?先不麻烦(?:您|你|你们)?了(?=[,.!。~\\s]*(?:谢谢|感谢|多谢|祝[^,.!?。]{0,8})?[,.!。~\\s]*$)|(?:决定|选择|打算)?(?:暂|暂时|先)不(?:参加|去|来|面试?|考虑)(?![^,.!?。]{0,3}(?:吗|么|\\?))";

/**
 * The polite brush-off that ends a contact (以后有合适的机会再联系吧): nothing now. A bare
 * "有机会再说" stays a hedge.
 */
const BRUSH_OFF = "有(?:合适|好|更合适)的?(?:机会|岗位|职位)(?:的话)?(?:再|我们再|我再)(?:联系|合作|约|聊)";

/**
 * The post is not the one applied for, or needs skills the candidate lacks (我是想投测试岗的,
 * 前端我不会), or the candidate stops looking (决定先不找工作了): the job itself is not wanted.
 */
const MISMATCH =
  // "不太能胜任店长" / "三年经验我没有，就不浪费大家时间了" / "我报错岗位了" / "还是想继续做本行" /
  // "做不了夜班": the candidate judges the job a poor fit, for them or for it.
  "不(?:太|是很)?能胜任|误投|看错了|不(?:想|打算)(?:换|动)了|(?:加薪|涨薪|升职)[^,.!?。]{0,2}(?:留任|挽留)|编外|(?:只|就)考虑有编制|想考公办|看了(?:一眼|一下|下)?环境|(?:再)?看看(?:别的|其他)(?:机会|工作)|要露脸|更(?:想|倾向于?)(?:做|去|找)|我只有[abc]\\d?照|去了也白去|(?:团队|公司)[^,.!?。]{0,4}不(?:太|是很)?稳定|别(?:再)?发了|不要再发|(?:要|得)?(?:上|倒)夜班(?:的话)?[,\\s]*(?:我)?(?:就)?(?:算了|不考虑|不去|不面)|夜班[^.!?。]{0,8}(?:吃不消|受不了|熬不了|扛不住)|(?:这行|这个行业|这活|这工作|这份工作)[^,.!?。]{0,3}太累|加班文化|工作强度|加班得?(?:多|很|挺)狠|(?:节|假|周末|夜)[^,.!?。]{0,4}(?:都|还)(?:要|安排)(?:来)?面试|经验[^,.!?。]{0,4}(?:我)?(?:没有|不够|不足)|不浪费(?:大家|你们|您|彼此)的?时间|(?:报|投)错(?:了)?(?:岗位|职位|岗)?|(?:继续|还是想)(?:做|干)(?:本行|老本行|原来的行业)|(?:做|上|干|熬)不了(?:夜班|倒班|晚班)|(?:接受|适应)不了(?:夜班|倒班|晚班)|(?:想做|想找|要找|想干)的是|(?:要|需要|得|要求)(?:会|懂)[^,.!?。]{1,10}[,\\s]*我(?:也)?不(?:会|懂)|(?:跟|和)(?:我)?(?:想的|想象的|预期的)[^,.!?。]{0,4}(?:差距|不一样|不同)|离(?:我的?)?(?:专业|经验|方向|背景)[^,.!?。]{0,3}(?:太远|很远|有点远|远)|不(?:看|考虑|找)(?:新的?)?(?:机会|工作机会)|(?:经验|背景|方向|专业)[^,.!?。]{0,4}(?:差得?(?:比较|很|太|有点)?远|不(?:太|是很)?(?:匹配|对口|符合))|只想(?:进|去|找|做)|not (?:really )?(?:into|interested in)|(?:想投|投的|应聘的?|申请的?)(?:是|的是)?[^,.!?。]{1,6}(?:岗|职位|方向)(?:的)?(?=[,.!?。~\\s]|$)|(?:前端|后端|测试|java|python|算法|这个|这些|这块)我(?:也)?不会|我不会(?:前端|后端|测试|java|python|算法)|(?:先|暂时|决定)?不(?:找|打算找|想找)工作了?|先不找了|暂时不找了";

/** Committed elsewhere: the three-party agreement signed (签三方), a promise to another firm. */
const COMMITTED_ELSEWHERE =
  "(?:其他|别的|另一家|别家)(?:公司|单位|厂)(?:已经|先)?(?:录用|聘用|要)(?:了)?我(?:了)?|另有所就|另谋高就|(?:拿到|收到)(?:了)?[^,.!?。]{0,8}聘书|定了(?:另一家|另外一家|别家|其他家?)|(?:已经)?谈好了?(?:入职|上班|报到)(?:时间|日期)?|定下(?:了)?(?:别的|其他|新的?)(?:工作|公司|单位|offer)|(?:别的|其他|新)工作(?:已经)?定(?:下来)?了|(?:另一家|另外一家|另一间|另外一间|别的|其他|其它|别家)(?:公司|单位|厂)?(?:已经)?(?:请|聘|录用|要)了我|回了[^,.!?。]{0,8}(?:的)?offer|接到[^,.!?。]{0,6}(?:录用|offer|入职)(?:的)?(?:电话|通知)|进了(?:另外|另|别的|其他)(?:一个|一家)?(?:厂|公司|单位)|请我(?:过去|去)(?:帮忙|做|干|上班)[^.!?。]{0,12}(?:答应|同意)了|接了(?:一个|个|一份)?\\s*offer|签约(?:了)?(?:其他|其它|别的|另一家|另外一家|别家)(?:单位|公司|家)?|接(?:了|受了?)(?:另外一家|另一家|别的公司|别家|其他公司)的?offer|被(?:别的|其他|其它|另一家|另外一家|别家)(?:公司|单位|厂|家)?(?:给)?(?:捞走|挖走|抢走|签走|要走|招走)了?|(?:已经|已)签三方|签(?:了|好了?)三方|(?<![^,.!?。~\\s])签三方了|三方(?:已经|都)?签(?:了|好了)|(?:口头)?答应(?:了)?(?:另外|另|别|其他|其它)(?:一家|的|家)?(?:公司|单位|家|offer)?了?";

/** A refusal in one formal word (拒绝 / 婉拒 / 谢绝), the whole reply or said of the invitation. */
const FORMAL_REFUSAL = "^(?:我|那我)?(?:还是|只能|就)?(?:拒绝|婉拒|谢绝)(?:了|吧|哈)?(?:[,.!。~\\s]*(?:谢谢|感谢|抱歉|不好意思))*[!.。~\\s]*$|(?:婉拒|谢绝)(?:了)?(?:贵司|你们|您|这次|这个|面试|邀请)";

/**
 * English for interest lost in the job itself (not for me, not keen, staying put, applied by mistake, a counteroffer
 * taken): a withdrawal in WITHDRAW and, once the reply withdraws, the not_interested reason.
 */
const EN_LOST_INTEREST =
  // ("don't think the role is a fit for me tbh, gonna skip", "nah I'm out, not really my thing".)
  // ("Nah I'm right thanks" (Australian: no thanks, I'm fine), "nah, not for me. ta".)
  // ("I don't think the role is senior enough for me", "gave me a counter offer, I'll stay here".)
  "\\b(?:role|job|position) (?:is|isn'?t|is not)(?: really)? (?:not )?(?:senior|challenging|big) enough\\b|\\bcounter[- ]?offer\\b[^.!?]{0,40}\\b(?:stay|staying|remain)\\b|\\bisn'?t (?:really |quite )?for me\\b|^(?:nah|no|nope),? (?:i'?m|im) (?:right|all good)\\b|^(?:nah|no|nope),?(?: mate,?)? not for me\\b|\\bdecided? (?:to )?(?:continue|stay) (?:in|at|with) my (?:actual|current|present) (?:job|company|work|employer|role|organi[sz]ation|firm|team)\\b|\\bdecide to stay\\b|\\bnot (?:really |quite )?my thing\\b|^nah,? i'?m out\\b|\\bgonna skip(?=[.!~\\s]*$)|\\bdon'?t think [^,.!?]{0,20}\\bis (?:a |the )?(?:good |right )?fit for me\\b|^not for me\\b|^nah,? i'?m good\\b|\\bstay(?:ing)? put\\b|\\bapplied (?:by mistake|wrongly|for the wrong)\\b|\\bnot applying anymore\\b|\\b(?:is|was|be) not for me\\b|\\bayoko na\\b|\\bdon'?t want to do [a-z]+ (?:job|work)\\b|\\bappl(?:y|ied) (?:for )?(?:the )?wrong (?:job|position|role)\\b|\\bno more interested\\b|\\bnot switching careers\\b|\\bdon'?t want (?:to )?work (?:in|at|for)\\b|不再考虑|\\bdon'?t think [^,.!?]{0,20}\\bis (?:for|right for) me\\b|\\bnot sure (?:the|this) (?:role|job|position) is (?:for|right for) me\\b|\\b(?:not to|won'?t|not going to) (?:switch|change) jobs?\\b|\\bi step back\\b|\\bhard pass\\b|\\bno estoy interesad[oa]\\b|\\bya no (?:me )?interesa\\b";

/**
 * English declines as chat writes them (Gonna pass, I'll skip this one, won't proceed, drop out of the process,
 * Nah I'm good, not what I'm looking for, too far for me), and business English (India, the Gulf, the Philippines):
 * kindly don't proceed with my application, please do not schedule, drop my application, not required now.
 */
const EN_DECLINES =
  // ("I don't think I'll be attending", "no longer pursuing", "stop msg me", Tagalog "hindi na po ako tutuloy".)
  // (Hindi in Latin letters: nahi karna (I don't want to do it), nahi aaunga (I won't come).)
  // ("Salary no reach" in Nigerian Pidgin; "Thank you but no. The pay is below what I earn".)
  // ("doesn't make sense to interview", "pls dont contact me again", "i no longer need the job".)
  // (Learners' English: "Sorry I not come. Thanks", "So I say no, thank you", "not possible this job", "not available anymore".)
  // ("won't be progressing", "not the right move for me", "Nah I'm right thanks" (Australian), "I'll leave it", "can't relocate",
  // "please remove me", "not in a position to attend", "decided to not go ahead", "close my application", "no longer keen".)
  // ("I don't think I can continue with this", "I can't push through with the interview" (Philippine English), "I no need this
  // interview already", "won't be available for other dates either", "Dont want go already", "No longer needed", "can't come at
  // all", "can't attend the interview or any other date", "will no longer be able to attend", "no interest anymore",
  // "No interview needed", "I prefer to not come".)
  // ("rescheduling won't help either", "it's too far", "isn't doable for me", "the money just isn't there", "not worth me going
  // further", "I'll step aside", "can't do any other time either", "Already started at the Toyota plant".)
  "\\b(?:salary|pay|package|money|offer|role|job|position)(?: range)?\\b[^.!?]{0,20}\\b(?:isn'?t|is not|won'?t be|not) (?:going to )?(?:work|make sense)(?:ing)? for me\\b|\\bdoesn'?t make (?:any )?sense any ?more\\b|\\b(?:best|better) (?:if|that) i (?:withdraw|pull out|step back|bow out|drop out)\\b|\\b(?:family|parents|wife|husband|father|mother|dad|mum|mom)(?: is| are)? not (?:agreeing|allowing|letting|agree|allow|let)\\b|\\bsalary (?:is )?too (?:less|low)\\b|\\brescheduling won'?t help\\b|\\bit'?s too far\\b(?! (?:to|from)\\b)|\\b(?:isn'?t|is not|not) doable for me\\b|\\bmoney (?:just )?isn'?t there\\b|\\bnot worth (?:me )?(?:going further|continuing|pursuing)\\b|\\b(?:i'?ll|going to|gonna|will|i) step (?:aside|back)\\b|\\bcan'?t do any other (?:time|day|date)\\b|\\b(?:salary|pay|package|offer)(?: range)?(?:[^.!?]|\\.\\d){0,30}\\bis not enough\\b|\\bdon'?t think i can continue\\b|\\bcan'?t push through\\b|\\bno need (?:this|the) interview\\b|\\b(?:won'?t|will not|not) be available (?:for )?(?:other|any other) (?:dates?|days?|times?)\\b|^(?:i )?(?:don'?t|dont) want (?:to )?go(?: already| liao| la| lah)?[.!\\s]*$|^no longer needed\\b|\\bcan'?t come at all\\b|\\b(?:can'?t|cannot) attend the interview or any other\\b|\\bno longer be able to attend\\b|\\bno interest any ?more\\b|\\bno interview needed\\b|\\bprefer (?:to )?not (?:to )?(?:come|attend|go)\\b|\\bwon'?t be progressing\\b|\\bnot (?:the )?right (?:move|step|fit|role) for me\\b|\\bi'?ll leave it(?=[.!~\\s]*$|,? (?:thanks|cheers|ta|sorry)\\b| there\\b| for now\\b)|\\b(?:can'?t|cannot|unable to|not able to) relocate\\b|\\b(?:please |pls |kindly )?remove me(?! from (?:the|this|your) (?:group|chat))\\b|\\bnot in a position to (?:attend|come|join|appear|proceed)\\b|\\bdecided (?:to )?not (?:to )?go ahead\\b|\\bclose my application\\b|\\bno longer keen\\b|\\bi (?:will )?not (?:come|coming|attend|attending)(?=[.!~\\s]*(?:$|thanks?\\b|thank you|sorry))|\\bso i say no\\b|\\bnot possible (?:for )?(?:this|the) job\\b|\\bnot available any ?more\\b|\\b(?:salary|pay|package|offer) (?:is )?(?:not|doesn'?t|does not) (?:match|meet)(?:es)? (?:with )?(?:my )?expectations?\\b|\\bi(?:'ve| have)? changed my mind,? (?:i|i'?ll|i will) stay\\b|\\b(?:doesn'?t|does not|don'?t|wouldn'?t) make (?:any )?sense (?:for me )?to (?:interview|proceed|continue|come|attend|go ahead)\\b|\\b(?:do not|don'?t) (?:contact|message|msg|call|text|email) me (?:again|anymore|any more)\\b|\\bno longer need (?:the|this|a|that) (?:job|interview|position|role|slot)\\b|\\bdon'?t think i(?:'ll| will)? (?:be )?(?:attending|attend|coming|make it|go(?: anymore)?)\\b|\\bi'?ll not be (?:attending|coming|joining|available)\\b|\\bi will not go\\b|\\b(?:salary|pay|package|offer) (?:is )?(?:too (?:small|low|little)|below (?:what i|my))\\b|\\bsalary no reach\\b|^thank you,? but no\\b|^don'?t want(?: liao| already| la| lah)?[.!\\s]*$|\\bdon'?t want to do this interview\\b|\\bstop my job search\\b|\\bi must decline\\b(?! [^.!?]{0,20}\\b(?:other|another) (?:day|date|time))|\\bno longer pursuing\\b|\\bstop (?:msg|messag(?:e|ing)|texting|contacting|calling)(?:ing)? me\\b|\\bhindi na (?:po )?(?:ako )?(?:itutuloy|tutuloy)\\b|\\bcan'?t take (?:a|this|the) job\\b|\\bisn'?t (?:really |quite )?(?:a |the )?(?:good |right )?fit\\b|\\btoo far from (?:where i live|my (?:home|house|place))\\b|\\bi'?ll apply again\\b|\\b(?:can'?t|cannot|can no longer|not in a position to|unable to|not able to) take (?:up |on )?(?:a |the |this |any |another )?(?:new )?(?:job|role|position|offer|employment)\\b(?! interview)|\\bnahi karna\\b|\\bnahi (?:aaunga|aa paunga|aa sakta|aa sakti)\\b|\\b(?:so )?i'?(?:m| am) staying back\\b|\\bhard pass\\b|\\bwon'?t be (?:continuing|proceeding|moving forward)\\b|\\b(?:have to|gonna|going to|will|'ll) bail\\b(?! on (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|that|the|this))|\\b(?:so )?no point really\\b|\\bi(?:'ve| have)? changed my mind(?=[.!~\\s]*$)|\\bdecided to pursue\\b|\\bnot (?:be )?able to attend [^.!?]{0,20}\\bor reschedule\\b|\\bno need for the interview\\b|\\b(?:interview is )?not necessary anymore\\b|\\bprefer to stay (?:in|at|with) my\\b|^no,? gracias\\b|\\b(?:take|taking|took) a break from (?:job[- ]hunting|job[- ]search(?:ing)?|looking|interviewing|interviews)\\b|\\bi'?m out,?\\s*(?:sorry|thanks|thx|ty|signed|accepted|took|going|good luck)\\b|\\bnot worth my time\\b|\\bwon'?t be needing (?:this|it|the (?:interview|slot))\\b|\\bcan'?t take (?:this|it|the (?:job|role|offer|position))(?=[.!,]|$| sorry| any ?more)|\\bso i'?ll stay\\b(?! (?:in|at|home|there|until|till|late|on|with (?:you|your))\\b)|\\bpaus(?:e|ing) my job (?:search|hunt)|\\bno point (?:in )?(?:interviewing|continuing|coming|attending|going|proceeding|joining)\\b|\\b(?:won'?t|will not|would not|wouldn'?t|am not|i'?m not) (?:be )?able to (?:continue|proceed)\\b|\\bnot (?:be )?(?:proceeding|continuing)\\b(?! (?:to|at|on|with (?:the|my) (?:call|meeting)))|\\bdon'?t think i can (?:take (?:this|it) on|make it|do (?:it|this))\\b|\\bhave to say no\\b|\\bquit (?:the|this) interview\\b|\\bwon'?t be going\\b|\\bno need (?:liao|already|anymore|lah)\\b|\\bnot suitable for me\\b|\\bi pass\\b|\\bdon'?t want (?:this|the|that) (?:job|position|role|interview|offer)\\b|\\b(?:gonna|going to|have to|will) pass\\b|\\bskip(?:ping)? (?:this|it)(?: one| time| interview)?\\b|\\bwon'?t (?:be )?proceed(?:ing)?\\b|\\bdrop(?:ping)? out\\b|not what i'?m looking for|\\bno longer looking\\b|don'?t think i'?m a (?:good |right )?fit|\\b(?:take|took|taking|accepted?) (?:another|a different|an other|the other) (?:offer|position|role|job)\\b|\\btoo far (?:for me|away)\\b|\\bcommute is too (?:long|far)\\b|\\b(?:do not|don'?t|dont) (?:schedule|proceed)\\b|\\b(?:do not|don'?t|dont) reschedule either\\b|\\bdrop my (?:application|candidature|candidacy|profile)\\b|^not required\\b|\\bnot required (?:now|anymore|any more)\\b|\\bi'?ll skip(?=[.!~\\s]*$| (?:it|this)\\b)|\\bnot worth it\\b|\\blet'?s forget (?:about )?it\\b|\\b(?:job search|job hunt(?:ing)?|search) on hold\\b|(?<!(?:day|tomorrow|today|morning|afternoon|week) )\\bi'?m out(?=[.!]|$)|\\bwon'?t be (?:job[- ]hunting|looking)\\b|\\bdon'?t want to (?:proceed|continue|go ahead|move forward)\\b|\\bchanged my mind about (?:switching|moving|joining|the (?:job|role|position|offer))\\b|\\b(?:accept(?:ed|ing)?|taking|took|go(?:ing)? with) (?:a |the |my )?counter[- ]?offer\\b|\\bwon'?t be (?:switching|changing) (?:jobs?|compan(?:y|ies))\\b|\\bnot (?:switching|changing) jobs?\\b|\\bi'?ll not (?:take|attend|come|join|continue|proceed|push through)\\b|\\bi will not (?:take|join|continue|push through)\\b|\\bwon'?t push through\\b|\\bwon'?t relocate\\b|\\bnot (?:willing|able|ready|open) to relocate\\b|\\brelocation (?:is )?not (?:possible|feasible)\\b|\\bwon'?t continue\\b|\\b(?:remove|take) me (?:off|from) (?:the|your) (?:candidates? )?(?:list|process|pipeline|shortlist)\\b|\\bcan'?t go anymore\\b|\\bi (?:think )?(?:i )?(?:will |'ll )?skip (?:lah|la|ah)\\b|\\bremove my (?:name|application|profile|cv)\\b|\\bdon'?t think (?:the|this) (?:role|job|position) aligns\\b|\\bnot (?:gonna|going to) (?:come|go ahead)\\b|\\bbow out\\b|\\ba no from me\\b|\\bgive (?:it|this(?: one)?|that(?: one)?) a miss\\b|\\bdon'?t think i (?:will|'ll|can) come\\b|\\bcannot come\\b[^.!?]{0,40}\\bnot need to change (?:the )?time\\b|\\bi don'?t (?:interview|come|attend)\\b|\\b(?:cannot|can'?t) (?:make it|go|come)\\b[^.!?]{0,20}\\bno need (?:to )?(?:reschedule|rearrange|arrange)\\b|\\b(?:give|giving) up\\b(?! on (?:the )?(?:traffic|waiting|parking|bus|taxi))|\\bno longer wish to\\b|\\bout of consideration\\b|\\blet'?s (?:just )?drop it\\b|\\bwon'?t reschedule either\\b|\\bno more interviews\\b|\\bno interviews for a while\\b|唔使预我|不用预我|(?:以后|之后)都?(?:不会|唔会)再约|\\bcall it off\\b|\\bnot keen on (?:the|this) (?:role|job|position)\\b|\\b(?:parents?|family|husband|wife|university|school) (?:not|don'?t|doesn'?t|do not|does not) allow me\\b|^(?:nah|no|sorry),? too far\\b|\\bi give up\\b|\\b(?:job|role|position|this) (?:is )?not for me\\b|\\bdecide not\\b|\\b(?:will not|won'?t) participate\\b|\\bcan'?t continue\\b|\\bcan no longer attend\\b|\\bskip the interview\\b|\\bpull(?:ing)? out\\b(?! of (?:the )?(?:parking|car|driveway|station))|\\bnot keen anymore\\b|^not keen\\b|\\bgive it a miss\\b|\\blet'?s (?:just )?leave it\\b|\\b(?:or|nor) any other (?:day|time)\\b|\\bhindi (?:ko )?na (?:po )?(?:itutuloy|tutuloy)\\b|\\b(?:parents?|husband|wife|family|mom|mum|dad|father|mother) (?:won'?t|will not|doesn'?t|don'?t|does not|do not) (?:let|allow|want) me\\b";

/** Explicit decisions not to come. */
// Behind a lookahead for the characters a match can start with (see first-chars.ts): same
// matches, and V8 skips the positions where none can start (measured faster for this regex;
// for most lexicons the guard is slower, so it is applied one by one).
export const WITHDRAW = guardedByFirstChars(
  new RegExp(
    `${EN_DECLINES}|${EN_LOST_INTEREST}|${NO_INTEREST}|${LUKEWARM}|${UNSUITED}|${QUITS_LINE}|${LEAVES_FOR_GOOD}|${WONT_GO_THERE}|${LOOKS_ELSEWHERE}|${CHANGES_CAREER}|${STAYS_PUT}|${DECIDED_NOT}|${BRUSH_OFF}|${FORMAL_REFUSAL}|${GIVES_PLACE_AWAY}|${TAKES_BACK}|${LEAVES_WORK}|${SCORN_REFUSAL}|${FAMILY_FORBIDS}|${STAYS_HOME}|${/(?<![过回进出上下])不去了|不去咯|不去啦|(?<!赶)不过去了|(?:离家|距离|路程)?太远了|(?<![过回进出上下起])不来了|不参加了|不参加这次|就不参加|不面了|不面试了|不考虑|心领了|只能心领|(?<!赶)不过去面(?:试)?了|^(?:我)?(?:就|还是)?不(?:去|来|参加|面)(?:了|啦|咯)?[!.。~\s]*$|放弃|(?<!被|是不是|会议?|课|课程|活动|航班|事情?|出差|行程|考试|培训|加班|值班|聚会|高铁|火车|飞机|手术|比赛|调休|轮休|休假|假期?|排休|补休|休息)(?<!会不会[^,.!?。]{0,8})(?<![不别没])取消(?!了[吗么?没]|不了|不掉|[^,.!?。]{0,2}(?:吗|么|\?))(?:这次|面试|吧|了|预约)?|不用(?:再)?(?:约|安排|联系|等我)|(?:不用|不需要|不必)(?:再)?面试?了|不必(?:再)?(?:约|安排)|不占(?:用)?(?:名额|位置|坑位?)|不再参加|(?:不便|无需|不必|不用)(?:再)?(?:另行|重新)安排|不折腾了|(?:以后|之后|明年|下半年|年后|后面)(?:有机会)?再说|不(?:打算|想|准备)(?:再)?(?:换工作|跳槽|看机会|找工作|就业)|有机会再(?:说|合作|联系)|不找工作了|(?<![^,.!。~\s])(?:我)?不(?:太)?合适(?:吧|了)?(?=[,.!。~\s]|$)|我选了(?:那家|别家|另一家|另外一家)|婉拒|(?:不是|并非|并不是)(?:我)?(?:想要|想找|要找)的(?:方向|工作|岗位|职位|行业)(?![吗么?])|(?:我)?改主意了(?=[,.!。~\s]*$)|(?:待遇|薪资|工资|薪水)[^,.!?。]{0,4}达不到(?:我的)?(?:期望|预期|要求)|(?:现在)?不需要了(?=[,.!。~\s]|$)|(?:还是)?别面了|不用(?:见|面)了|没必要(?:见|面)了|\bnot going\b(?! to (?:need (?:another|a new|a different|to (?:change|move|reschedule))|be|work|suit|happen|fit|make (?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|it (?:on|at|by)|that|the \d)))|\bwon'?t go\b|\bi'?ll pass\b|(?:商量|决定)了?[^,.!?。]{0,4}不让(?:他|她|孩子|儿子|女儿)去|(?:以后|之后)(?:我)?都(?:要|得|会)[^.!?。]{0,12}(?:面试)?(?:去不了|来不了|参加不了)|(?:我是)?误投的?|(?<!怕|担心|是不是|会不会|有没有)(?:我)?(?:投|报)错(?:了)?(?:岗位|职位)?了?(?=[,.!。~\s]|$)|(?:调不开|走不开|跑不开|抽不开|去不了|来不了|没法|难抽(?:出)?时间|抽不出(?:时间|空)|(?:其他|别的)时间[^,.!?。]{0,3}也(?:没空|没时间|不行))(?:(?!改|换|挪|推|约)[^.!?。]){0,14}(?:就)?不麻烦(?:你们|您|你)?了|(?:我|这)?(?:做|干)不了(?:这个|这活)?(?=[,.!?。~\s]|$)|没(?:时间|空|精力)(?:上班|工作|找工作)了|(?:不方便|没法|不能)找工作了|(?:先|就|暂时)不约了|暂时不找|先不找|不找了|不去面|就不去|不想去了|鸽了|放(?:您|你)?鸽子|要鸽|^下次一定[!.。~\s]*$|stay (?:with|at) my current|decided to stay|pursue other|other opportunit|(?<!(?:可以|(?<!只)能|都)(?:先|暂时)?)(?<!往后|往后面|推后|延后)(?:先|只能|暂时)?(?:放一放|放放|搁置|搁一搁|暂缓)(?![^,.!?。]{0,4}(?:我|周.|明天|后天|那天)[^,.!?。]{0,8}(?:去|来|到|参加))|(?:这次|这回|先|就|还是)不了(?!解)|留在(?:现在|目前|原来|现)的?(?:公司|单位)|继续(?:在|留在|待在)?(?:现在|目前|原来|现)的?(?:公司|单位|岗位|厂|工厂|店|地方)|不(?:打算|想)?跳槽了|不(?:太|是很|大|怎么)想(?:去|来|参加|面试?)了|不打算(?:去|参加|面)|不浪费彼此|不(?:想|要)?(?:再)?浪费(?:彼此|双方|大家|你们|您|你)(?:的)?时间|改期就不必|(?<!怕|担心|是不是|会不会|有没有)投错(?:了|岗位|职位|简历|地方)|(?:岗位|工作|职位|行业|方向|公司)[^,.!?。]{0,10}不(?:太|是很|大)?(?:适合|匹配|对口)(?:我)?(?![吗么?])|^(?:(?:谢谢|感谢|thanks)[,.!。~\s]*)?(?:暂时|目前|先)?(?:不用了|不需要了|不必了)(?:[,.!。~\s]*(?:谢谢|感谢|thanks)?)*[,.!。~\s]*$|没(?:有)?必要(?:再)?(?:去|来|参加|面试?|过去)了?|犯不着(?:去|来)|^(?:我)?不了(?!解)(?=[,.!。~\s]|$)|^(?:那)?(?:就)?(?:下次|下回)(?:吧|再说|有机会)|告辞|溜了溜了|我撤了|不奉陪|(?:要|得|准备)(?:去)?(?:当兵|参军|入伍)(?:了|去了)|withdraw|(?:i'?d|i would) rather not(?! (?:do|have it on|go with) (?:mon|tue|wed|thu|fri|sat|sun|the morning|the afternoon|that day))|not interested|not (?:really |quite )?(?:a |the )?(?:good |right )?fit|decided not to|not (?:to )?(?:proceed|continue)|not moving forward|no thanks|i'?ll pass|pass on this|decline|won'?t (?:come|attend|be (?:coming|attending))|will not (?:come|attend|be (?:coming|attending))|not (?:coming|attending|going to (?:come|attend))|no longer interested|no longer available|found (?:something|another|a new|a) (?:else|job|position|role|offer)|(?:no longer|not|stopped|stop) (?:actively )?(?:looking|searching|job[- ]hunting)(?! for (?:a|the) (?:time|slot|date))|have to (?:decline|cancel)|(?<!(?:don'?t|do not|not|never|driver|cab|uber|taxi|grab|flight|train|bus|overground|tube|metro|subway|mrt|lrt|ferry|class|meeting|lesson|call|got|was|been|be|is|are) )cancel(?!l?ed on me)|accepted (?:another|an?) offer/.source}`,
  ),
);

// "不用改期了" alone keeps the slot (不用改期了，周三可以去); it withdraws only next to an
// inability (去不了，也不用改期了), which classify checks.

/** "不用改了" keeps the old slot; "算了" alone gives up, unless a new plan follows (算了，还是改到周四吧). */
// "算了，周二两点我过去" / "算了，按原来的吧": 算了 gives up the change just mentioned when a plan follows.
// "算了不改了" / "算了不麻烦你们了" gives up asking for the change, not the interview: what
// is dropped is named right after it.
// "算了明天也不行，明天要陪考，后天吧": a day given up for another day offered is no giving up.
export const GIVE_UP = /算了(?![,，\s]*(?:(?:还是|就)?改(?:期|时间|天|个时间)|(?:算了)?[,，\s]*(?:还是)?不(?:改|换|调)了|(?:也|就)?不用(?:再)?(?:确认|问)了|没事|没什么|不问了|当我没说|请好了|搞定了|没问题了|[^.!?。]*见(?=[!.。~\s]*$)|(?:还是|就|那就|那还是)(?![,，\s]*(?:不|算|3))|按|照|(?:周|星期|礼拜)[一二三四五六日天](?![^,.!?。]{0,4}(?:不|算))|明天(?![^,.!?。]{0,4}(?:不|算))|(?:我)?(?:准时|按时|会去|会来)|(?:我)?(?:也|就|还是)?不(?:用|要|必)?(?:改|换|调|挪|推|麻烦|折腾)(?!不)|[^.!?。]*(?:原来的时间|原时间|原计划|按原|照常|照旧)|[^.!?。]*(?:后天|大后天|下周|(?:周|星期|礼拜)[一二三四五六日天]|\d+号)(?:吧|可以|行|呢)))|罢了/;

/** Got a job elsewhere: a withdrawal even without saying 不去了. */
// An employer named by kind (签约国企, 考上公务员, 进了一家央企, 被银行录用了) is a new job too; an
// interview there (去国企面试) is not.
const EMPLOYER_KIND = "(?:一家|一个|了)?(?:国企|央企|事业单位|事业编|编制|公务员|体制内|银行|外企|大厂|选调生?|教师编|国家电网|电网|烟草|铁路局?)(?![^,.!?。]{0,4}(?:面试|笔试|复试|二面|终面|考试))";

// Business English: "got the offer from my previous interview", "I am already placed", "got selected in govt job",
// "I joined TCS on Monday" (not a call or meeting joined).
const EN_NEW_JOB =
  // ("I ended up taking a job back at my old company", "I've already accepted something else", Hindi "maine dusri company join kar li".)
  "\\b(?:ended up taking|took|have taken|'ve taken|i'?m taking) (?:a|another|the) (?:job|role|position)(?: back)? (?:at|with|in)\\b|\\baccepted something else\\b|\\b(?:dusri|doosri|dusre|doosre|another|other|new) (?:company|job|naukri) (?:join|pakad) ?(?:kar|kr) ?(?:li|liya|lia|chuka|chuki|liye)\\b|(?:朋友|熟人|亲戚|老乡)(?:给我)?介绍了(?:个|一个|一份|一家)?更好的(?:工作|活|地方|单位|公司)?(?![^,.!?。]{0,3}(?:吗|么|\\?))|\\balready (?:start|started) (?:work|working)\\b|\\bfound (?:an? ?)?other (?:job|work)\\b|\\baccepted offer (?:in|at|from|with)\\b|\\balready employed\\b|\\balready started (?:at|with|in)\\b|\\bsecured (?:a|an|another) (?:position|job|role|offer)\\b|\\bcommitted to a [\\w-]+ contract\\b|\\b(?:have|got) already (?:a|another|a new) job\\b|\\balready another job\\b|(?:已经)?去(?:了)?别的(?:小区|厂|公司|工地|店|地方)(?:当|做|干|上班)[^,.!?。]{0,6}了|\\boffer accepted (?:elsewhere|with|at)\\b|\\baccepted (?:an )?offer elsewhere\\b|\\boffer (?:liya|le liya|mil gaya|mila)\\b|\\bgot one (?:nearer|closer|near|close)\\b|\\bi start (?:a|my) new (?:job|role|position)\\b|\\bchoose another offer\\b|\\bi don get work\\b|\\bgot the job at\\b|\\bnakahanap na\\b|\\b(?:i'?ll be )?starting a (?:new )?(?:\\d+[- ]month )?(?:job|contract|role|position)\\b|\\boffer from another (?:organi[sz]ation|company|firm|employer)\\b|\\blanded (?:something|a job|a role|an offer|a position)\\b|(?:我)?去(?:了)?(?:大厂|国企|央企|外企)了|(?:那边|那家)(?:已经|都)?定(?:下来)?了(?=[,.!。~\\s]|$)|(?:已经|已)在[^,.!?。\\s]{1,8}干上了|接(?:了|受了?)(?:另一家|另外一家|别家|其他)[^,.!?。]{0,8}(?:录用|offer)|(?:已经|并已|已)签约|在[\\u4e00-\\u9fa5]{2,4}那边定了|\\b(?:already )?started (?:at|with) (?:a |my )?new (?:company|job|employer|role)\\b|(?:已|已经)在(?:别处|他处|外面)就职|(?:我)?就去那边了|\\baccepted (?:an? |another |other )(?:proposal|offer|position|job)\\b|\\b(?:go(?:ing)?|went|decided to go) (?:with|w) (?:another|a different|a competing|the other) (?:company|offer|employer)\\b|\\bsigned elsewhere\\b|\\bsigned (?:a |the )?contract with (?!you|your)\\b|\\b(?:already )?(?:working|started) (?:at|in|for|with) [a-z]+ since (?:mon|tue|wed|thu|fri|sat|sun|yesterday|last|this)|\\bgot (?:an? |the )?(?:return|full[- ]time|job|permanent) offer\\b|\\bonboarded\\b|\\baccept(?:ed)? (?:another|an?other|a different) company'?s offer\\b|签(?:了|咗)约(?:了|喇|啦)?|\\b(?:have )?gotten a job\\b|\\bsign(?:ed)? (?:a |the )?contract with (?:another|other|a different)\\b|\\bsigned (?:a |the )?contract with (?:another|other|a different)\\b|\\balready (?:find|found|got|get) (?:a )?(?:job|work)\\b|\\bgot (?:an? |the )?offer (?:from|at|with|already)\\b|\\breceived? (?:an? |the )?(?:better |another )?offer\\b|\\baccepted (?:a )?job\\b|\\boffered a (?:permanent |full-time )?position\\b|\\bfound something (?:closer|nearer|better|else)\\b|\\bgot hired\\b|\\balready got (?:work|a job)\\b|\\bgot (?:work|a job) na\\b|\\baccepted (?:an? )?offer (?:at|from|with)\\b|\\bgot (?:the|an?) offer (?:from|at|with)\\b|\\b(?:already|been|got) placed\\b|\\bgot selected (?:in|at|for|by|with)\\b|(?:^|\\bi (?:have )?(?:already )?)joined (?!(?:the|this|your|our|a|my) (?:call|meeting|zoom|link|room|queue|session|interview|group|chat|line)\\b|(?:call|meeting|zoom|teams|now)\\b)[a-z&.]+(?: [a-z&.]+)? (?:on|last|this|yesterday|today|already|from)\\b";

export const FOUND_JOB = new RegExp(
  `${COMMITTED_ELSEWHERE}|${EN_NEW_JOB}|(?:我)?(?:已经)?去了(?:别的|其他|另一家|另外一家|别家|另一个|另外一个)(?:公司|单位|厂|店)|(?:签约?|签了|进了?|去了|入职了?|考上了?|考进了?|考到了?|上岸)${EMPLOYER_KIND}|(?<![没未])被[^,.!?。]{0,8}截胡(?!吗|么|\\?)|(?<![没未])被[^,.!?。]{0,8}(?:(?:录用|录取|聘用|录)了|(?:录用|聘用|录取)为)|(?:拿到|收到)(?:了)?[^,.!?。]{0,6}(?:录用|录取|入职)通知|(?:和|跟|与)(?!你们|贵司|您|hr)(?![^,.!?。]{0,6}(?:客户|甲方|供应商|合作方))[^,.!?。]{1,10}(?<!续)签(?:了|约了?|下了?|好了?)(?:合同|劳动合同|三方)?|找到(?:了)?(?:一个|一份|一家)?(?:更|比较|挺|很|非常)?(?:合适|好|满意|心仪|喜欢)的(?!时间|地方|路)(?:了|工作|机会|岗位|公司|单位|下家|offer)|(?:taken|took|accepted|got|found|landed|started|starting) (?:another|a new|a|an) (?:job|position|role|offer)|${
  /(?:别的|其他|另外的?)(?:厂|公司|单位)[^,.!?。]{0,6}(?:给我)?安排(?:了)?(?:宿舍|工位|上岗)|offer(?:已经?|我)?(?:接|签)(?:了|下了)?|(?:已经?|我)?(?:接|签)了?(?:别家的?|其他的?)?offer|(?:已经)?在(?:别家|另一(?:个|家)|另外一(?:个|家)|别的|别个|其他)[\u4e00-\u9fa5]{0,4}\s?(?:做|干|上班|当|onboard)[^,.!?。]{0,6}了|(?:已经|已)?签(?:了)?(?:别家|另一家|另外一家|其他家|别的(?:公司|单位|厂))|(?<![没未法能])(?:已经|已|刚|刚刚)?(?:入职(?!后|以后|之后|前|以前|之前|时|的时候|的话|需要|要求|手续|时间|日期|流程|体检|培训|要|得|会|现在|这家|目前|最快|最早|的话)|(?:拿到|收到)(?:了)?[^,.!?。]{0,6}offer|接(?:了|受了?)(?:别家|另一家|其他)?(?:的)?offer|(?<!续)签了(?!(?:个|一个)?(?:大)?单|客户)|找到(?:了)?.{0,6}?(?:工作|工|下家|offer|活儿?|事做)|(?<![^,.!?。~\s])(?:我|工作)?(?:已经|都)?找(?:到|着)了(?=[,.!?。~\s]|$)|有(?:了)?(?:合适|新|别)的?工作了|接受了?(?:另一家|另外一家|别家|其他|别的)[^,.!?。]{0,8}(?:录用|offer|聘用|职位|岗位|(?<!面试)邀请)|(?:已经|已)(?:去了?|在)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|入职|工作|实习|报到)|去了(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|工作|实习|报到)|(?:去|在)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|工作|实习)了|(?:和|跟|与)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}签(?:约|了)|签约了|有工作了|有offer了|有(?:单位|公司|厂|地方)(?:要|录用|收)了?我了|工作有着落|(?:已经|已)有(?:了)?(?:着落|去处|下家|地方去)|决定去(?:另|别|其他)|去(?:另一家|别家|其他公司)(?![^,.!?。]{0,4}(?:面|复试|笔试|考试|测评|体检|培训|试工|试岗))|(?:另一家|别的|其他)公司的offer|工作(?:已经)?定(?:下来)?了|(?<!考研|研究生)上岸了|(?:要|就要|就|马上|准备|得)(?:去|到)(?:别的|其他|另一家|另外一家|别家|另一个|新的?)[^,.!?。]{0,6}(?:上班|工作|实习|报到|入职|上岗)|accepted (?:an?|another|the) (?:internal |new )?(?:offer|job|position|role|transfer)|(?:decided|going|plan) to accept (?:an?|another|the other) (?:offer|job|position|role)|(?:go|going|went|move|moving) elsewhere|(?:offer|job|position|role) elsewhere|go(?:ing)? with (?:another|a different) (?:company|offer|employer)|joined (?:another|a different) company|(?:已经|已)签(?:了)?(?:合同|劳动合同)|(?:去|在)[^,.!?。]{1,8}面上了|(?:已经|已)(?:在)?(?:跑|开)(?:滴滴|外卖|货拉拉|快递|网约车)了|(?:已经|已)去(?:别的|其他|另一家|另外一家|别家)(?:公司|单位|厂|店)了|(?:已经|已)在[^,.!?。\s]{1,8}(?:厂|公司|店|单位)(?:里|里面)?(?:做|干|上班)了|答应(?:了)?[^,.!?。]{0,6}(?:去|到)[^,.!?。]{0,8}(?:帮忙|上班|干活|做事)了|进了[^,.!?。]{0,8}(?:厂|公司|店)了|\bfound (?:a )?job\b|\bother company(?:'s)? offer\b|joined\s*(?:另一家|别的|其他|别家)|signed (?:with|an offer)|offer signed|got (?:an|another) offer|found a job|took another|got (?:another|a new|a) job|found (?:another|a new) job|accepted (?:a|another) (?:job|position|role))/.source}`,
);

/** Can't attend (no reason, no time named): 无法参加 / 参加不了 / 去不了了. */
// 失约 / 爽约 ("I will break the appointment") and V不到 potentials (去不到 in southern usage) say the same.
export const INABILITY =
  // (Formal written Chinese: 恕不能赴约 / 难以赴约 / 无法赴约; Nigerian Pidgin "I no fit come".)
  /\bi no (?:go )?fit (?:come|attend|make)\b|(?:不能|无法|难以|不克)赴约|\bcan'?t join(?=[.!,]|$| sorry)|没(?:空|时间)(?:去)?(?:面试|参加)(?![^,.!?。]{0,3}(?:吗|么|\?))|过不去了?|过不来了?|不能(?:去|来)了?(?!不)|(?:没法|没办法)(?:去|来)(?!不)|失约|爽约|去不到|来不到|赶不到|来不成|无法参加|没法参加|参加不了|不能参加|没办法参加|去不了|来不了|去不成|赶不过去|can'?t make it|(?:won'?t|will not|not gonna|not going to) make it|cannot (?:go|come|make it|attend)|can'?t (?:do|come)|won'?t be able to|can'?t attend|unable to attend|\b(?:will|would|shall) not be able to (?:attend|come|make it|join|go)\b/;

/**
 * Someone close who decides (我爸妈不同意, 老公不让去) and going home (要回老家了) are the reason
 * only when no other is given: "我老公说太远了不让去" and "要回老家了，离你们公司太远" withdraw
 * over distance; the family and the move only frame it.
 */
/** What a family forbids ("不同意我去外地工作"): the object of the refusal, not a reason of its own. */
export const FORBIDDEN_OBJECT = /不(?:让|同意|准|许|支持)[^,.!?。]*/g;

export const FAMILY_DECIDES = /老伴|那口子|家长|学校|导师|学院|家里人|回老家|搬家|老家有事|爸妈|我妈|我爸|老公|老婆|媳妇|爱人|对象|家里|家人|父母|男朋友|女朋友/;

// found_job, personal and not_interested run behind their first-character guards (first-chars.ts): measured 1.2–5x
// faster on every fixture cancel, same matches; the other reasons are faster without.
export const REASONS: ReadonlyArray<readonly [CancelReason, RegExp]> = [
  // Once the reply withdraws, "already working somewhere" (已经在老乡介绍的厂里上班了) is the
  // reason too; alone it is no withdrawal (已经在上班了，周三请不了假 asks for another day).
  // "工作已经落实了" / "刚定了一家银行的柜员": the next job settled.
  // "已有offer" / "那家已经通知我下周一去报到了" / "已经在美团跑了": hired, or already working elsewhere.
  // "我去了另一家连锁药店" / "已经答应了医院那边": committed to another employer.
  // "已上岸" / "实习转正了" / "找到别的了" / "offer都拿了" / "他已经在小区当门卫了".
  // ("我在原单位续签了": renewed with the old employer is a job settled, by two writers; a renewal for years stays staying put.)
  // ("已拿offer", "我回原来的修理厂上班了" (back with a former employer, two writers), "已经有合适的机会了".)
  // ("sorted something else out", 他已经找到了, 隔壁厂已经要我了, 找了个厂…已经进去了, offer 已 sign, 去新公司 onboard, 有 offer 了,
  // 接受了另一个 offer, 已经有工做, 找到第二份.)
  ["found_job", guardedByFirstChars(new RegExp(`${FOUND_JOB.source}|\\bsorted (?:something|a job|another)\\b|(?:他|她)(?:已经|都)找(?:到|着)了|(?:厂|公司|单位|店)(?:已经|都)?要(?:了)?我了|找了个(?:厂|工作|活|班)[^.!?。]{0,6}(?:已经)?进(?:去|厂)了|offer\\s*(?:已经?|都)?\\s*(?:sign|signed|签)|新公司\\s*(?:onboard|入职|报到)|有\\s*offer\\s*了|接受了?(?:另一个|另外一个|另一份)\\s*offer|(?:已经|已)有工(?:做|作|开)|找到(?:了)?第二份|已拿offer|回(?:原来|之前|以前|老)的?[^,.!?。]{0,6}(?:上班|干活|做事)了|(?:已经|已)有(?:了)?合适的(?:机会|工作|岗位)|\\b(?:taken|took) up (?:another|an?) (?:offer|job|position)\\b|\\bsee(?:n)? (?:a )?better offer\\b|offer\\s*(?:已经)?拿了|\\balready working\\b|\\bgot a (?:contract |job )?offer\\b|\\bjoining (?:a|an|the)? ?[a-z]+(?: line)? next (?:week|month)\\b|定了别的公司|第二间公司|在别的(?:平台|学校|医院|店)|找了份工|(?:在|和|跟)原单位续签了|\\bpursue another opportunity\\b|\\bsettled in (?:a |my )?new (?:job|role|position|company)\\b|\\bgot an internal (?:transfer|move|position|role)\\b|参加了(?:另一家|别的|其他)[^,.!?。]{0,8}体检|\\bgot (?:an? |the |another |other )?offer\\b|\\boffer in hand\\b|\\boffer letter from\\b|\\brolled out an offer\\b|\\baccepted (?:another|an?other) company'?s offer\\b|\\balready joined\\b|\\bjoined elsewhere\\b|\\bsorted (?:out )?a new (?:role|job)\\b|搵咗工|搵到工|介绍了(?:个|一个|一家)[^,.!?。]{0,6}(?:厂|公司|工作|活)|\\bfound (?:a )?job\\b|\\bother company(?:\\'s)? offer\\b|\\b(?:take|took|taking|accepted?) (?:another|a different|the other) offer\\b|\\bjoined\\s*(?:another|a different|a new|另一家|别的|其他)|跟(?:了)?(?:一个|个)?[^,.!?。]{0,6}项目(?:了|干)|去[^,.!?。]{0,8}项目(?:上)?干了|确定(?:了)?(?:[^,.!?。]{0,4})?offer|offer(?:已经)?确定|^(?:已经)?找到了(?![^,.!?。]{0,4}(?:地址|地方|位置|门|路|楼|入口))|已经在(?:干|做|上班)了|(?:那边|那家|他们|对方|另外一家|另一家|别家|隔壁)(?:已经)?(?:先)?(?:要|录|收)(?:了)?我了|找了(?:一)?(?:个|份)[^,.!?。]{0,6}(?:活|工作|班)|^已(?:经)?找到|去了(?:另一个|另外一个|别的)(?:厂|公司|单位|店)|(?<!考研|研究生)已(?:经)?上岸|转正了|找到别的(?:了|工作|活)|offer(?:都|已经|也)?拿(?:到)?了|(?:已经)?在[^,.!?。]{1,6}当[^,.!?。]{1,4}了|去了(?:另一家|另外一家|别家)[\\u4e00-\\u9fa5]{0,6}|答应了[^,.!?。]{0,8}(?:那边|那家|公司|医院|单位|学校)|找(?:下|着)(?:了)?(?:活|工作|工)|(?:那边|别家|另一家|其他家|那家)(?:给的|开的|工资|待遇)(?:更|比你们|比这边)?(?:多|高|好)|(?:拿到|找到|找好|定了)(?:了)?[^,.!?。]{0,10}实习(?!的|吗|么|\\?)|接了[^,.!?。]{0,8}(?:单位|公司|工作)|(?:已经?|已)有(?:了)?(?:别的|其他|新的?)?offer|(?:那家|另一家|别家|其他公司|另外一家)[^,.!?。]{0,10}(?:通知|让|叫)我[^,.!?。]{0,8}(?:报到|入职|上班)|已经在[\u4e00-\u9fa5a-z]{1,6}(?:跑|干|做|上班)(?:了|着)|(?:工作|下家|去处)(?:已经|都)?(?:落实|敲定|定好)(?:了|下来了)|定了(?:一)?家[^,.!?。]{0,10}(?:工作|岗位|职位|柜员|文员|销售|会计|客服|公司|单位|银行|医院|学校|厂)|(?:其他|别的|另一家|另外一家)公司[^,.!?。]{0,4}录用|found (?:something else|another (?:job|position|role)|a (?:new )?job)|(?:工作|活|暑假工|兼职|实习)(?:已经)?找好了|安排了[^,.!?。]{0,6}(?:工作|事业编|编制)|谈好(?:了)?(?:另一家|别家|其他公司|另外一家)|(?:工作|我这边)(?:已经)?定下来了|找了(?:个|份)[^,.!?。]{0,4}(?:活|工作|班)|(?:厂子?|公司|单位)(?:已经)?开工了[^.!?。]{0,6}回去上班|(?:刚|已经)?接了(?:一)?(?:份|个)[^,.!?。]{0,6}(?:活|工作|差事)|(?:已经|都)?进厂了|找到(?:了)?(?:一家|一个|一份)[^,.!?。]{0,8}的了|(?:两家|那家|一家|别家)[^,.!?。]{0,4}(?:都)?谈好了|考上(?:了)?(?:[^,.!?。]{0,8}(?:事业编|特岗|编制|教师编|公务员|选调|事业单位)|编)|已经去上班了|当场(?:就)?给了?(?:我)?offer|offer(?:已经)?拿到了|(?:已经|已)在[^,.!?。]{1,8}(?:跑单|送外卖|跑外卖|开滴滴|跑滴滴)|offer[^,.!?。]{0,8}accept|accept(?:ed)?[^,.!?。]{0,12}(?<!counter[- ]?)offer|(?:接|拿|收)(?:了|到了?)[^,.!?。]{0,8}offer|(?:给我)?发(?:了)?offer了?|有(?:其他|别的|更好的|新的)?offer了|(?:给我|可以|能)转正|找好(?:了)?(?:单位|工作|下家)|(?:那边|他们|对方|那家)(?:让|叫|通知)我[^,.!?。]{0,4}(?:上班|入职|报到|上岗)|介绍我(?:去|进)[^,.!?。]{0,8}(?:了|上班|干)|(?:已经|已)(?:开始)?(?:上班|上岗|入职)了|(?:上周|上个?礼拜|上个月|前天|昨天|早就)(?:就)?(?:上岗|入职)了|(?:已经|已)(?:在|去了?|回)[^,.!?。]{1,10}(?:上班|上岗|入职|干活|工作|干)了|(?:已经|已)在[^,.!?。\\s]{1,10}(?:做|干)了|找到(?:了)?(?:一个|一份|一家)?(?:离家|离我家|更近|近一点|近点|工资更高|待遇更好)[^,.!?。]{0,6}的(?:了|工作|单位|公司)|(?:另一家|另外一家|别家|别的公司|其他公司)[^,.!?。]{0,4}(?:给|开)(?:的)?(?:更多|更高|多)`))],
  // Pay: the offer range, benefits, or "待遇".
  // The offer below what the candidate expects (和我的期望差太多, 达不到预期, 开的价太低) is pay too.
  // "试用期只发80%": pay during probation.
  // ("30% under market", "the salary range 2.5k is not enough", "the money just isn't there", "way below what I'm on".)
  ["salary", /\bmoney (?:just )?isn't there\b|\bbelow what i'?m on\b|\b(?:salary|pay|package|offer)(?:[^.!?]|\.\d){0,30}\bis not enough\b|\b(?:under|below) (?:the )?market\b|\bpaid too little\b|base\s*太低|\bbase (?:is )?too low\b|(?:一天|每天|一个月|一月)才[\d一二三四五六七八九十两几百]+|\bbase (?:is|salary|pay|capped)\b|\bcomp (?:is|below|too)\b|补贴(?:太|很|有点)?(?:少|低)|房租都不够|\bbudget\b|\bthe pay is\b|\boffered range\b|\blower than my current salary\b|\bctc\b|\bexpected (?:salary|package)\b|\bpackage\b|提成(?:比例|点数)?(?:太|很|有点|这么|那么)?(?:低|少)|计件(?:单价|价)?(?:太|很|有点|这么)?(?:低|少)|\bpay (?:isn'?t|is not|is too|too)|below my expectations?|试用期(?:工资)?(?:才|只有|只给)\s*\d{3,5}|提成(?:太|很|有点|这么|那么)?(?:低|少)|(?:一个月|每月|月薪|工资)(?:才|只有|就)\d{3,5}|\bsalary\b|\bcompensation\b|\bpay(?:ment)? (?:is|range)|试用期[^,.!?。]{0,4}(?:只|才)?(?:发|给|拿|打)|保底|薪|\d{4,5}(?=一个月|每月|\/月|一月)|打[一二三四五六七八九几]折|社保|五险|人工(?:太|很|有点|偏|这么|那么)?(?:低|少)|工资|待遇|钱|收入|报酬|福利|给(?:的)?(?:太|这么|那么)?少|(?:开|给|出)的价|价(?:格|码)?(?:太|这么|有点)?低|(?:期望|预期)(?:的)?[^,.!?。]{0,3}(?:差|低|不符|达不到|给不到|不够)|(?:达不到|给不到|低于|不符合?|不满足)(?:我的?)?(?:期望|预期)|(?:期望|预期|要的是|要求)[^,.!?。]{0,4}\d+(?:\.\d+)?\s*(?:k|w|万|千)|(?:和|跟|与)(?:我的?)?(?:期望|预期)[^,.!?。]{0,2}差|底薪|到手|[\d一二三四五六七八九十两几]+(?:千|k|块|元)(?![^,.!?。]{0,4}(?:路费|车费|打车))|挣|赚|salary|pay|compensation|package/],
  // Life events the company cannot change.
  // "跟家里商量了" is how the decision was made, not why; "回老家附近找" is about where to work.
  // Health, family, pregnancy and study plans (备孕, 骨折, 考公) are the candidate's own life.
  // "我考上研了" / "学校要求毕业前必须在校": study and school rules are the candidate's own life.
  // Health, fatigue after a night shift, a doctorate.
  // ("go back to uni", "my circumstances have changed", "a newborn at home", "my dad's not well", "family reasons", 快五十了, 读书.)
  ["personal", guardedByFirstChars(/\bgo(?:ing)? back to (?:uni|university|school|college|study|studies)\b|\bcircumstances (?:have )?changed\b|\bnewborn\b|\bnew baby\b|\b(?:dad|mum|mom|father|mother|wife|husband)(?:'s| is) not well\b|\bfamily reasons?\b|快[四五六]十(?:岁)?了|(?:年纪|年龄)(?:太)?大了|(?:想|打算|准备|决定)读书|\bjoin my (?:husband|wife|family|partner)\b|\bpassed on\b|\burgent at home\b|\bfurther stud(?:y|ies)\b|\bbroke my\b|\bin hospital\b|\bsakit\b|\bdoctor advised\b|\b(?:mom|mum|dad|mother|father|wife|husband|son|daughter|kid|child) is (?:sick|ill|unwell)\b|\bfly home\b|\bflight home\b|\bmigrating\b|\bback to school\b|被偷|\bhigher stud(?:y|ies)\b|种地|家庭原因|小孩|\bcontinue my master'?s? stud(?:y|ies)\b|腰闪了|闪了腰|干不了重活|\b(?:partner|husband|wife|spouse|family)(?: and i)? (?:are|is) (?:moving|relocating)\b|\bmedical (?:leave|reasons?|treatment)\b|\bexpecting (?:a|our|my|the) baby\b|\b(?:doesn'?t|does not|won'?t|will not) (?:allow|let) me (?:to )?(?:leave|resign|quit)\b|\b(?:parents?|family|mom|mum|dad) wants? me (?:back|home|to come (?:back|home))\b|专心(?:写|准备|复习|备考|考|读书|学习)|期末压力|状态(?:太|很|特别)?(?:差|不行)|准备得?不(?:够|充分)|带(?:孙子|孙女|外孙)|(?:心脏|血压|血糖|肝|胃|腿|膝盖|眼睛)(?:也)?不(?:好|行)|驾照(?:被)?(?:扣满|扣光|扣分|扣了|吊销)|look after (?:her|him|them|my)|\bwife is due\b|\bmaster'?s\b|\b(?:parents?|family|husband|wife|university|school) (?:not|don'?t|doesn'?t|do not|does not) allow\b|\bgo(?:ing)? back (?:to )?my (?:country|hometown)\b|\bpassed away\b|\bdue for delivery\b|\bwife'?s due\b|\bcontinue my studies\b|\bheading (?:home|back)\b[^.!?]{0,30}(?:for good|family)|\bfor good\b|\b(?:son|daughter|kid|child|baby) (?:is|got|fell) (?:sick|ill)\b|\bleaving (?:shenzhen|shanghai|beijing|guangzhou|the city|china)\b|\bgetting married\b|\bmy masters\b|\bfamily (?:problems?|emergency|issues?|matters?|reasons?|stuff)\b|\b(?:parents?|husband|wife|family|mom|mum|dad) (?:won'?t|will not|doesn'?t|don'?t|does not|do not) (?:let|allow|want) me\b|\bhad a baby\b|\bnot feeling well\b|\bunwell\b|\bhealth (?:issues?|reasons?|problems?)\b|\bgrad(?:uate)? school\b|身体(?:吃不消|受不了|扛不住)|(?:小孩|孩子)(?:上学|读书)|expecting a baby|pregnan|going back to school|master'?s degree|\b(?:mom|mum|dad|mother|father|parents?|grandma|grandpa)\b[^,.!?。]{0,12}\bhospital|take care of (?:her|him|them|my)|came up at home|relocat(?:ing|e) back|moving back home|回\s*(?:国|korea|japan|germany|france|the (?:us|uk)|home)|腰间盘|腰椎|颈椎|考研上岸|研究生上岸|腰伤|旧伤|伤(?:又)?复发|回(?:学校|校)(?:读书|上学|读研|念书)|继续(?:读书|读研|深造)|(?:去|要)读研|摔(?:伤|断|骨折)?了|要躺|(?:下夜班|夜班|上完班|下了班|通宵)[^,.!?。]{0,4}太累了|\bphd\b|读博|在家(?:带娃|带孩子|带小孩|照顾)|考上(?:了)?(?:研|研究生)|学校(?:要求|规定)|(?:老公|老婆|爱人|对象|家人|男朋友|女朋友)(?:的)?工作调动|高烧|卧床|静养|养伤|visa|work permit|工作签|回不了国|读(?:mba|研|研究生)|mba|(?:要|得)回(?:家|老家)(?!发展|工作|找|附近)(?![^.!?。]*远)|当兵|参军|入伍|服兵役|(?:回家|下班|路上)[^,.!?。]{0,6}不安全|腰不好|身体不好|驾照被(?:扣|吊销)|老家有事|保研|国考|省考|公考|读博|继续读|升学|不就业|导师不(?:放人|放|让|同意)|学校不(?:允许|让|同意)|单位不放人|(?:领导|单位|公司)不批(?:我)?(?:的)?(?:辞职|离职)|状态不好|复读|跟(?:着)?(?:男朋友|女朋友|老公|老婆|对象|家人)(?:一起)?(?:去|过去|走)|跟着(?:他|她)?(?:过去|去)|离职手续|离不了职|辞不了职|预产期|陪(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|家人|父母|爸妈)|直接回家|(?:我|都|已经|今年)[\d一二三四五六七八九十]{2,3}(?:岁)?了|年纪(?:太)?大|岁数(?:太)?大|陪读|过世|奔丧|丧事|葬礼|白事|(?:要|快|马上)生(?:了|孩子)|确诊|甲流|乙流|流感|发烧|感冒|阳了|新冠|肺炎|休养|养病|急事|出了(?:点|些)?(?:事|状况)|临产|待产|备孕|养胎|骨折|受伤|摔伤|扭伤|车祸|考公(?!办|司)|考编|备考|心情|抑郁|孩子|娃|宝宝|二胎|要生了|生孩子|坐月子|产假|怀孕|个人原因|身体|生病|病了|手术|家里(?!人?商量)|家人(?!商量)|老人|父母|住院|照顾|出国|(?:回去|继续|要|去)读书|(?:人)?(?:在|去)?国外(?:读书|念书|读研|上学)|考研(?!复试|初试)|读研|留学|结婚|personal|family|health|surgery/)],
  // Distance and city.
  // Having left the city or moving to another (人已经不在深圳了, 搬到广州了, 回老家发展) is where, too.
  ["location", /不(?:太|是很)?想离开[\u4e00-\u9fa5]{2,3}(?=[,.!?。~\s]|$)|\bnot interested in [a-z]+ (?:location|city|office|branch)\b|上下班不方便|\b(?:can'?t|cannot|unable to|not able to) relocate\b|留在现在的城市|搬了去|换城市|\beach way\b|\bother side of the city\b|\btravell?ing to [a-z]+ every ?day\b|\b(?:job|role|position|site|office|project) is (?:based )?in (?!sales|marketing|support|accounts|finance|it\b|hr\b|operations|admin|customer)[a-z]+\b|\blocation'?s\b|commuting|\bon[- ]?site in [a-z]+\b|\bi live in [a-z]+\b|\bdecided to stay in (?!my |the |current |this )[a-z]+\b|\bbased in\b|\bin[- ]office (?:policy|days?|requirement)\b|\b\d[- ]days?[- ]in[- ](?:the )?office\b|去不了(?:北京|上海|广州|深圳|杭州|成都|武汉|南京|苏州|西安|重庆|天津|外地)|\bmov(?:ing|ed) (?:back )?to (?!my |the |a |an |another |next |your |you |our )[a-z]+\b(?![^.!?]{0,30}\b(?:masters?|studies|study|phd|degree|school|university|college)\b)|\bnot in [a-z]+ anymore\b|\bthe distance\b|\blocation\b[^.!?]{0,30}\bnot convenient\b|\b(?:work from home|remote|wfh)\b[^.!?]{0,40}\b(?:onsite|on-site|wfo|office)\b|\b(?:onsite|on-site) 5 days\b|\b5 days (?:wfo|onsite|on-site)\b|\bstay in [a-z]+\b[^.!?]{0,20}\b(?:can'?t move|role'?s off)\b|\bcan'?t move to\b|\blocation not suitable\b|不考虑外地|\btraffic[^.!?]{0,30}\bevery ?day\b|\blocation (?:doesn'?t|does not|won'?t) work\b|嫌(?:太)?远|外地[^,.!?。]{0,4}不想去|在外地[^.!?。]{0,4}(?:过不去|回不去|回不来|来不了)|(?:这么|那么|咁)远|公交(?:又|也)?不通|不通公交|(?:还是)?想在[^,.!?。]{1,6}(?:找|发展)(?:工作)?|来回(?:不方便|太远|跑不)|人(?:已经)?回[\u4e00-\u9fa5]{2}了|不(?:想|打算|愿意)(?:去|到)(?![那这太很得了外地])[\u4e00-\u9fa5]{2,3}(?:工作|上班|发展)?(?=[,.!?。~\s]|$)|不考虑[\u4e00-\u9fa5]{1,3}区|(?:人)?(?:已经)?不在(?:这边|[\u4e00-\u9fa5]{2})了(?=[,.!?。~\s]|$)|常驻外地|驻外地|(?:通勤|单程|路上)[^,.!?。]{0,3}(?:要)?[一二两三\d]+个?半?(?:多)?小时|不(?:打算|想|准备)?在[\u4e00-\u9fa5]{2}(?:待|呆)了|派驻|驻外|不在国内|调我去[^,.!?。]{0,10}(?:office|分公司|总部)|只(?:看|考虑|找|想在)[\u4e00-\u9fa5]{2}(?:的)?(?:机会|工作|岗位)|\bbase\s*在|坐标[\u4e00-\u9fa5]{2}|移民|换[两几三四\d]趟|搬家(?:去|到)(?!公司)|(?:我)?在外省|不在这边找(?:工作)?了|不在[\u4e00-\u9fa5]{2}(?:干|做|上班|工作)了|不(?:打算|想|准备)(?:去|到)[\u4e00-\u9fa5]{2}(?:那边)?(?:上班|工作|发展)|(?:决定|打算|准备|还是要|要)(?:去|回)(?!公司|学校|家|老家|当兵|参军|读书|上学|读研|读博|复读)[\u4e00-\u9fa5]{2}(?:了|发展|工作|定居)?(?=[,.!?。~\s了,]|$)|(?:已经|人)(?:都)?回(?:老家|家乡)了[^.!?。]{0,6}(?:不方便过去|过不去|不回|回不去|不会回)|线下(?:我)?过不去|(?:要|得)(?:跑|跑去|跑到|去|搬去|搬到)[\u4e00-\u9fa5]{2,3}的话|不(?:打算|想|准备|方便|愿意)(?:搬|搬家|搬过去|搬到|去外地)|(?:在|回)(?:老家|家乡|本地)[^,.!?。]{0,4}(?:找工作|找|工作|发展|上班)|不(?:打算|想|准备)回(?:深圳|广州|北京|上海|杭州|这边|那边)|人(?:还|已经|现在)?在(?:外地|外省|老家|(?!国外|海外)[\u4e00-\u9fa5]{2}(?=[,.!?。~\s了呢啊也都]|$))(?<!在(?:公司|路上|家里|单位|学校|上班|开会|前台|楼下|门口|附近))|(?:人)?(?:已经)?不在(?:深圳|广州|北京|上海|杭州|本地|这边|当地|这个城市)了|离开(?:深圳|广州|北京|上海|杭州|这边|这个城市)|搬(?:到|去|回)(?!公司)|(?:回|去|到)(?:老家|家乡|外地|别的城市|其他城市|北京|上海|广州|深圳|杭州|成都|武汉|南京|苏州|西安|重庆|长沙|东莞|佛山|厦门|天津|郑州|[^,.!?。]{1,4}那边)(?:发展|工作|找工作|找)|离(?![^,.!?。]{0,4}(?:专业|经验|方向|背景))[^,.!?。]{0,6}(?:太远|很远|远了)|转[两几三四\d](?:趟|次|条线)|换乘[两几三四\d]次|(?:那么|这么)远|(?:老家|家乡)(?:附近|那边|本地)|(?:去|到|跑)(?:深圳|广州|北京|上海|杭州|外地|市区|你们那边?|那么远)[^,.!?。]{0,6}(?:不方便|太远|麻烦|折腾)|不去(?:深圳|广州|北京|上海|杭州|外地)|太偏|偏远|偏僻|[\d一二两三四五六七八九十几百]+\s*(?:多)?\s*(?:公里|千米|km)|(?:单程|来回|往返|路上|通勤|开车|坐车|骑车|过去)[^,.!?。]{0,6}(?:[\d一二两三四五六七八九十几半]+|[一二两三四五]个多)(?:个)?(?:多)?(?:小时|钟头|个钟)|转(?:两|几|三)趟|交通不便|(?:公交|地铁|班车)(?:都|也)?(?:不到|不通|到不了|没有)|不通(?:公交|地铁)|倒[两几三四\d]趟|坐[^,.!?。]{0,3}[\d一二两三四五六七八九十几]+(?:个多|个)?(?:小时|钟头)(?:的)?车|过去(?:太|很|有点|不太)?不方便|郊区|坐车|车程|(?:过去|过来|路上|来回|跑|通勤)[^,.!?。]{0,4}折腾|太远|远了|很远|离家|通勤|距离|路程|留在(?!现在|目前|原来|现|[^,.!?。]{0,4}(?:行业|领域|本行|这行|团队))|不想去(?:深圳|外地)|搬不过去|too far(?! from (?:my|the) (?:domain|field|background|experience|skill|major|expertise|area|profile))|commute|relocat(?!ing back|e back)/],
  // The calendar, not the job. A vague "已有其他安排" names no calendar: it stays unknown.
  // A day that cannot be made (周三去不了了) is a calendar reason even when the reply withdraws.
  // "我课太多做不到" / "周一那天我有考试": classes and exams fill the calendar.
  // "只能二选一，我选了那边": another interview the same day, chosen (two writers).
  // ("conflict with my final exams", "clashes with my shift every day", "can't take leave", "can't make any time".)
  ["time_conflict", /\bcan'?t do any (?:weekday|day|date|time)s?\b|\b(?:conflicts?|clash(?:es)?) with my\b|\bcan'?t take leave\b|\bcan'?t make any time\b|\bruns till\b|\bno other date\b|\bon rotation\b|\banother (?:final )?interview (?:that|on the) same\b|\bno time\b|\bother days also\b|\btoo much work\b|\bnot available for (?:the )?whole\b|\bout of (?:china|the country) for (?:\d|the next|a few|several|[a-z]+ (?:weeks|months))|\bfully booked\b|\b(?:entire|whole|all) month\b|\bno other days?\b|\bthat (?:entire|whole) (?:week|month)\b|临时被安排加班|请不了|\bexams? (?:this|the) whole\b|\btoo much on\b|\bforeseeable future\b|\bon a project\b|我上(?:夜|白|晚|早)班|\broster\b|\bno leave allowed\b|\btiming clash|\b(?:cannot|can'?t) (?:attend|make it|come) on (?:mon|tue|wed|thu|fri|sat|sun)|\bexams? the whole (?:month|week)\b|\bcan'?t fit any\b|整(?:周|个星期|个礼拜|个月)(?:都)?(?:在|要|得|有)|booked solid|\bwon'?t free up\b|\bbusiness trip\b[^.!?]{0,30}\bno time\b|\btravell?ing all\b|\bhard (?:for me )?to get leave\b|\bget time off work\b|\bcan'?t do any other day\b|\bany other day either\b|\b(?:not|won'?t) be available for the next\b|\bcritical release\b|\bgo-?live\b|\bhours don'?t work\b|\bcan'?t make it on any of the dates\b|\bcan'?t get (?:off|time off|leave)\b|\bcan'?t (?:really )?take (?:time|leave|a day|days) off\b|\bclash(?:es)? with (?:my )?work\b|(?:那天|当天|刚好|正好)(?:要)?考试|schedule is (?:crazy|full|packed|too tight|insane)|calendar is (?:totally |fully |completely )?(?:booked|full)|can'?t commit|(?:有|要|参加)(?:个)?考研(?:复试|初试)|(?:我)?选了(?:那边|那家|别家|另一家)|(?:时间)?夹不(?:到|拢|上)|来不及请假|请不(?:到|了)假|这个月(?:我)?都不在|排不出(?:时间|空)|(?:都|也)在[^,.!?。]{0,4}驻场|课(?:太|很|比较|特别)多|(?:有|要)(?:个)?考试|赶不回(?:去|来)|(?:时间)?[^,.!?。]{0,4}冲突|(?:排班|班|课)[^,.!?。]{0,3}(?:都)?(?:排)?满了|对不上|(?:跑|走|抽|调)不开|抽不出(?:时间|空)|难抽(?:出)?时间|(?<!听说|说是|需)(?:要|得)上(?:夜|白|晚|早|中)?班(?![^,.!?。]{0,3}(?:就算了|就不|的话))|赶不上|(?:这个|那个)点|答辩|毕业(?:的事|设计|论文|手续)|忙毕业|赶不过去|赶不过来|(?:都|也)?(?:要|得)(?:在|去|到)[^,.!?。]{0,4}(?:驻场|出差|外派|培训|值班)|(?:那个|这个|晚上的?|白天的?|上午的?|下午的?|周末的?|面试的?)时间[^,.!?。]{0,3}(?:都|也)?(?:得|要)(?!是)|凑不上|合不上|(?:周.|星期.|礼拜.|那天|下周|这周)(?:也|都)?不行|(?:最近|这段时间|这阵子|项目)[^,.!?。]{0,6}(?:天天|每天)?加班|请不出(?:来)?假|排班(?:太|很)?紧|派我(?:去|到)|(?:人)?在国外|回不来|协调不(?:了|过来|开)|安排不(?:了|过来|开)|调不开|撞期|撞车|(?:另一家|另外一家|别家)[^,.!?。]{0,4}(?:的)?时间|事(?:情)?太多|走不开|离不开|脱不开|收尾|没(?:有)?精力|加班太多|顾不上|忙不过来|请不(?:到|了|下来)假|没法请假|(?:周.|星期.|礼拜.|那天|当天|这天|\d+号)(?:我)?(?:真的|实在|确实)?(?:去不了|来不了|没空|走不开|赶不回)|时间(?:不合适|不方便|冲突|排不开|不行|上不)|有事|没空|太忙|很忙|都很忙|抽不出|挤不出|排满|满档|没时间|排不开|撞了|冲突|出差|(?<!已|已经|另)有安排|(?:那天|当天|这天|周.|明天|后天|\d+号)[^,.!?。]{0,4}有(?:别的|其他|其它|另外的?)安排|这周去不了|那个时间|这个时间|busy|(?<!re|(?:do not|don'?t) )schedule/],
  // The job itself is not wanted.
  // The job's own conditions (要经常出差, 天天加班, 996, 评价太差) put the candidate off the job,
  // and are said before any calendar word in the same sentence.
  // The job's hours and demands (不想上夜班, 加班太狠, 开不了你们的车), a wrong post applied for, "I'll pass".
  // "还是想做开发，不做运营" / "那个岗位我不做了" / "柜员太累了".
  // (A bare "no thanks": fifteen writers' lines say not_interested against six unknown, so the majority has turned.)
  // ("the role requires too much travel", "more junior than what I'm looking for", "the stack isn't what I want",
  // "not looking to change jobs", 还是想做电工本行, 倒夜班我做不了, 不想做需要长期出差的, 先不动了, 岗位要求需要中级职称.)
  ["not_interested", guardedByFirstChars(new RegExp(`${NO_INTEREST}|${EN_LOST_INTEREST}|^(?:不(?:去|干|做)了?|算了)[,.!\\s]*(?:太|好|真)累(?:了)?[!.。~\\s]*$|^(?:no,? ?thanks?|no,? thank you|nah,? thanks?)[.!~\\s]*$|\\btoo much travel\\b|\\bdoesn'?t match what i'?m looking for\\b|\\bnot (?:that |very |really |so )?keen\\b|\\b(?:isn'?t|not) what was advertised\\b|\\bafter (?:a )?perm(?:anent)?\\b|\\bnot matching my\\b|嫌麻烦|\\b(?:more|too) junior\\b|\\b(?:isn'?t|is not|not) what i want\\b|\\bnot looking to (?:change|switch) jobs?\\b|\\bcan only do internships\\b|想做[^,.!?。]{0,6}本行|(?:你们|这个|那个|岗位)?(?:要|得|需要)?(?:倒|上|值)夜班[^.!?。]{0,6}(?:做不了|干不了|受不了)|不想做需要[^,.!?。]{0,6}出差|先不动了|(?:岗位|职位)要求[^.!?。]{0,12}(?:没有|不够|达不到|不符合)|\\bcan'?t do nights\\b|\\bneed (?:a )?permanent\\b|\\bwrong apply\\b|\\bwanted the [a-z]+ position\\b|\\bnot qualified\\b|\\bnot match\\b|\\bfocus on my\\b|\\bnot looking for (?:a )?job\\b|\\bshift hours\\b|\\bdoesn'?t feel right\\b|\\bisn'?t (?:quite )?the fit\\b|\\btoo junior\\b|\\bnight shift only\\b|\\bstop (?:msg|messag(?:e|ing)|texting|contacting|calling)(?:ing)? me\\b|不想离开现在的|我是想应聘|公司挽留|\\bnot (?:really |quite )?what i'?m looking for\\b|\\bisn'?t (?:quite |really )?what i'?m looking for\\b|\\bnot the right (?:move|fit|role|step) for me\\b|\\bnight shift timing\\b|大半夜|老本行|没有?(?:什么|啥)?意思|倾向于[^,.!?。]{1,8}(?:工作|环境|岗位|方向)|(?:现东家|现公司|公司)[^,.!?。]{0,6}(?:谈妥|谈好|谈了)[^,.!?。]{0,6}加薪|另谋他途|\\btoo many rounds\\b|\\blook(?:ing)? for (?:a )?permanent\\b|\\bnot my field\\b|\\bbackground (?:doesn'?t |does not |don'?t )?match(?:es)?\\b|\\bthan i expected\\b|(?:不|不想|不愿意)上(?:夜班|通宵班|晚班|大夜班?)|加薪[^.!?。]{0,4}留下|恐高|高空作业|规模太小|(?:跟|和|与)(?:我)?(?:预期|想的|想象的)(?:的)?不(?:太)?一样|\\b(?:isn'?t|not) (?:really )?what i expected\\b|\\b(?:seems|is) more [a-z]+[- ](?:focused|oriented|heavy)\\b|\\b(?:was keen but no longer|no longer keen)\\b|\\bnot senior enough\\b|\\bno longer looking\\b|\\btoo far from (?:my|the) (?:domain|field|background|experience|skill|major|expertise|area|profile)|(?:加薪|涨薪|涨工资|升职)留(?:人|我)|(?:做|干)[\\u4e00-\\u9fa5]{1,4}太(?:累|辛苦)|起(?:得)?(?:那么|这么|太)早|(?:熬|干|做)不动|(?:跟|和|与)专业对口|\\btoo far from my major\\b|\\baligns? with my career goals\\b|\\b(?:job|role|position) (?:is )?not for me\\b|\\bthanks,? but no thanks\\b|\\bnot looking (?:for (?:a )?change|out)\\b|\\bdon'?t want to go ahead\\b|\\bnot sure about the role\\b|\\bisn'?t (?:really )?the direction\\b|\\bdecided to go (?:back to(?! school| uni| university| college| stud)|freelance)\\b|\\balign(?:s)? with my career\\b|\\bmore sales than\\b|\\blooking for [a-z/+#]+(?:/[a-z+#]+)? (?:roles? )?only\\b|\\b6 days a week\\b|\\bsaturday[- ]working\\b|\\bchanged my mind\\b|\\bpromoted me\\b|\\bi'?m staying\\b|\\bnot keen\\b|(?:不是|并非|并不是)(?:我)?(?:想要|想找|要找)的(?:方向|工作|岗位|职位|行业)|\\bcounter[- ]?offer\\b|\\bchanged my mind about (?:switching|moving)\\b|(?:还是|继续)在现在(?:的|这个|这家|这)?[^,.!?。\\s]{0,3}(?:继续)?(?:干|做|待)|(?:上班|开门|起床)[^,.!?。]{0,4}太早|(?:厂|公司|店)(?:太|有点)小|not suitable for me|只考虑\\s*(?:remote|远程)|(?:干|做)不来|看了(?:一眼|一下|下)?(?:这)?环境|(?:岗位|工作|职位)[^,.!?。]{0,4}(?:跟|和|与)(?:我)?(?:预期|想的|想象的)(?:的)?不(?:太)?一样|不奉陪|(?:还是|决定)(?:做回|回去做|干回)|太(?:累|辛苦)[^,.!?。]{0,3}(?:这种|这个|这)?(?:活|工作|岗位)|不是编制|没有?编制|(?:还是)?想?继续在[^,.!?。]{1,10}(?:做|干|待|上班)|不(?:太)?能接受|没(?:有)?投过|以后也不考虑了|${QUITS_LINE}|我不是(?:来)?找工作的|没想投|想做[^,.!?。]{1,6}[,\\s]*不(?:做|干)|岗位我不(?:做|干)了|(?:柜员|岗位|工作|这活|这个活|这种活|这种工作)太(?:累|辛苦)|不想上(?:夜班|通宵班|晚班|大夜班?)|加班太(?:狠|多|严重)|开不了(?:你们|这)[^,.!?。]{0,3}车|搞错(?:岗位|职位)|还是不(?:做|干)[\\u4e00-\\u9fa5]{1,4}了|不搞了|(?:后厨|体力活|夜班|销售|这行)[^,.!?。]{0,3}(?:我)?(?:干|做)不(?:了|来)|(?:要求|需要|得)(?:驻店|上班|在岗|值班)到(?:晚上|凌晨|夜里)|全职坐班|只能(?:做)?兼职|能力(?:还)?不(?:够|足)|胜任不了|押(?:身份证|金)|培训费|不(?:太)?正规|不想动了|(?:我)?没(?:有)?(?:证|车|驾照)[,，\\s]*(?:做不了|干不了|就不)|骗子|骗人|传销|交钱|收费|押金|太折腾|流程太(?:长|多|复杂)|not interested|not (?:really |quite )?(?:a |the )?(?:good |right )?fit|(?:上班|工作|工时)(?:时间)?(?:太|这么|那么)长|受不了|是夜班|夜班岗|夜班太多|${STAYS_PUT}|${CHANGES_CAREER}|${MISMATCH}|加班(?:会|应该|肯定|估计|可能)?(?:很|太|挺|比较)?(?:严重|多|频繁)|(?:岗位|工作|职位|你们|这边|那边|公司|看来|估计|感觉|肯定)[^,.!?。]{0,3}(?:天天|每天|经常|老是|总是|常常)加班|${/(?:岗位|工作|职位|你们|这边|那边|公司)[^,.!?。]{0,4}(?:要求|要|需要|得)(?:经常|天天|每天|老是|总是|常常|常年|长期)?(?:出差|加班|倒班|值夜班)|(?:岗位|工作|职位|你们|这边|那边|公司|那)[^,.!?。]{0,4}(?:加班|出差)(?:会|应该|肯定|估计|可能|也)?(?:太多|很多|特别多|超多|非常多|多|很严重|严重|太频繁|频繁)|[两三]班倒|倒班|白夜班|轮班制|流水线|改行|画(?:的)?(?:大)?饼|随便投|随手投|海投|(?:要|得)(?:经常|天天|每天|常常)(?:出差|加班|倒班)|996|常驻|外派|公司不(?:太|怎么|是很)?(?:好|行|靠谱)|不(?:太|是很|大)?适合|适合自己|单休|大小周|外包|劳务派遣|派遣|跑业务|做销售|销售岗|电销|驻场|(?:说的是|以为是|说好的?)[^,.!?。]{0,8}[,]?(?:结果|实际|其实|原来)|面挂|挂了我|把我[^,.!?。]{0,3}挂|(?:面过|面试过)[^,.!?。]{0,6}(?:没过|没通过|没要|被拒)|上次[^,.!?。]{0,6}(?:没过|没通过|被拒|拒了)|不(?:想)?(?:再)?折腾了?|评价|口碑|风评|不干|不喜欢|没(?:什么|啥)?意思|不是我想(?:要|找|做)|不想要|不感冒|不对口|专业不符|不想干|不干这行|转行|(?<!for the )opportunit|适合我|更合适|(?:现在|目前)的?(?:工作|公司|单位)|不是很想|不靠谱|不(?:太|是很|大)?看好|留在|\bstay\b|跳槽|换工作|不考虑|(?<!不是|并不是|也不是)不想(?:去|做|面|参加)|不太想|不太?合适|不适合|不太?匹配|不太?符合|规划|投错|不一样|想转|方向|不符合|interest|not a fit|doesn'?t fit|not what i|(?:good|right) fit/.source}`))],
];

/**
 * A withdrawal word under a promise not to do it (不会放鸽子的, 肯定不会缺席, 绝不爽约,
 * 不会不来, 谁说我不去了, 没说不去啊): the candidate promises to come. Read before the withdrawal lexicons, which
 * would otherwise see 放鸽子 / 爽约 and cancel a confirmation.
 */
export const DENIED_WITHDRAWAL =
  // "上次放鸽子真的不好意思，这次一定" / "不存在来不了的情况": a past no-show apologised for, an inability denied.
  // "不用担心我来不了": a worry dismissed.
  /(?:不用|别|不必)(?:担心|怕)(?:我)?(?:会)?(?:来不了|去不了|不来|不去|迟到|放鸽子)|上次[^.!?。]{0,10}放(?:了)?(?:你们|您|你)?的?鸽子|不存在[^,.!?。]{0,6}(?:来不了|去不了|不来|不去|参加不了)(?:的情况)?|(?:谁说|哪里说|哪儿说|哪有说|(?:我)?(?:没|没有|可没)说(?:过)?)(?:我)?(?:要)?(?:不去|不来|不参加|不面了?|放弃|取消)(?:了)?|(?:不会|不可能|绝不会?|决不会?|(?:肯定|一定|保证|绝对)不会?|怎么会|哪会|不敢)(?:再|又)?(?:放(?:您|你|你们|大家)?(?:的)?鸽子|鸽(?:您|你|你们)?|爽约|失约|缺席|食言|迟到(?!太久|很久|多久|太多))/g;

/**
 * Scorn for the offer followed by a farewell (就这工资？再见 / 才三千？拜拜): a
 * withdrawal said as a put-down. A farewell alone (好的，再见) decides nothing.
 */
const SCORN = /就这(?:点|么点|么)?[^,.!?。]{0,4}(?:工资|待遇|薪资|薪水|钱|条件)|(?:工资|待遇|薪资|薪水|钱)[^,.!?。]{0,4}(?:也?太|这么|那么)(?:低|少|抠|差)|才[\d一二三四五六七八九十两几]+(?:千|k|块|元|百|w|万)/;
const FAREWELL_END = /(?:再见|拜拜|告辞|bye|88|886)[!.。~\s]*$/;

export function dismisses(text: string): boolean {
  return FAREWELL_END.test(text) && matches(SCORN, text);
}

/** Pending offers ("另一家的offer还没定", "offer还在谈") are no new job. */
const PENDING_AFTER = /^[^,.!?。\s]{0,3}(?:还没|没|未|不|还在|在谈|待定)/;
/** "没有拿到别的offer": the negation sits a word before the match. */
const NEGATED_BEFORE = /(?:没有?|未|还没|并没有?|不是)\s*$/;
const FOUND_JOB_G = new RegExp(FOUND_JOB.source, "g");

export function reportsNewJob(text: string): boolean {
  if (!matches(FOUND_JOB, text)) return false;
  for (const m of execAll(FOUND_JOB_G, text)) {
    if (PENDING_AFTER.test(text.slice(m.index + m[0].length)) || NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    return true;
  }
  return false;
}
