/**
 * Conflicts with the slot, as people actually state them.
 *
 * Why this family exists: a candidate rarely writes "the time does not suit me". They
 * say what else happens that day (那天我有个面试, 我老婆那天生孩子, 周三要考驾照) or
 * answer the invitation with a bare "没空". Both mean "not then" (reschedule), never
 * "yes" — even when the event sentence contains 参加 (周三我有个婚礼要参加).
 *
 * A conflict counts only when it is about the interview's time: tied by a day / time
 * word, or the whole reply is the conflict. "孩子在上课，不方便看手机" describes now.
 */
import { affirmed } from "./negation.js";
import { matches, mayMatch, replaceIfAny } from "../regex/prefilter.js";
import { CONFLICT, TIME_REFERENCE } from "./reschedule.js";
import { execAll } from "../regex/exec-all.js";

/**
 * Life events and other appointments that occupy a day. Grouped: another interview or
 * exam; family (birth, wedding, funeral, caring for someone); health; travel; work
 * duties; paperwork. Each needs a time word nearby (see {@link slotConflict}).
 */
export const LIFE_EVENT = new RegExp(
  [
    // Another interview / test elsewhere.
    "(?<!终于|总算|好不容易)(?:有|约了|安排了|要参加|得参加|还有)(?:个|一个|一场|场)?(?:别的|另一个|另外一个|其他|其它)?(?:公司的?)?(?:面试|复试|笔试|终面|二面|三面)",
    "(?:别的|另一个|另外一个|其他|其它|另一家|别家)(?:公司)?的?(?:面试|复试|笔试)",
    "考驾照|科目[一二三四1-4]|考试|考研|考公|答辩|期末|有课|有[^,.!?。]{1,3}课|满课|上课|上[^,.!?。]{1,3}课|带学生|监考|补课|家长会|开学|(?<!门卫|前台|门口|保安|保安室|人事|人事部|hr|面试)报到|毕业典礼|(?:有|开)(?:个|一个)?(?:教研|例|周|晨|班|组|培训|质控|交班)会",
    // Family.
    "生孩子|要生了|预产期|坐月子|产检|婚礼|喜酒|结婚|办酒|订婚|葬礼|丧事|白事|奔丧|满月|接孩子|送孩子|(?:要|得|需要)带(?:孩子|娃)|陪(?:老婆|老公|家人|孩子|父母|爸妈|我妈|我爸|女朋友|男朋友|老人)",
    // Health.
    "体检|复查|复诊|看病|看医生|手术|住院|挂号|打针|拔牙|牙医|医院",
    // Travel and moving.
    "出差|出国|航班|飞机|高铁|火车|回老家|回家乡|搬家|不在(?:本地|深圳|广州|北京|上海|杭州|这边|国内)|在外地",
    // Work duties.
    "值班|夜班|轮班|加班|上班|培训|军训|年会|团建|开会|有会|有个会|(?<!腾讯|飞书|钉钉|zoom)会议(?!室|号|链接|id|码|密码)|出外勤|走不开",
    // Paperwork.
    "签证|办证|办手续|过户|交房|验房|看房|装修",
  ].join("|"),
);

/**
 * Away or busy until a stated later time (下个月才回得来, 年后才能回深圳, 要下个月才能面试了,
 * 估计得月底了): the slot cannot be made, the interview still can, later. That is a time
 * conflict (reschedule), not a withdrawal, and the later time names no slot.
 */
// "等我安顿好了再联系您": once things are settled. Cantonese "国庆后先得": only free after the holiday.
export const AVAILABLE_ONLY_LATER =
  // ("I'll let you know when I'm free", "Will update you once I'm ok", "let me send you my off days once the new roster is out".)
  // (Cantonese 可能要下个月先得: only next month works.)
  // (这周排满了，等排班表出来再跟你说哪天: which day, to follow.)
  // ("I'm still in Kazakhstan because of visa problems. I can come only when I return, maybe in 2 weeks".)
  /\bcan come only (?:when|after|once)\b|\bonly (?:when|after|once) i (?:return|come back|am back|get back)\b|再(?:跟|和)(?:你|您)说哪天|(?:下个?月|下个?礼拜|下周|过几日|过两日|过几天)先得|(?:下个月|下周|下礼拜|月底|之后|以后)才\s?(?:free|有空|有时间)|晚点再(?:跟|和)(?:你|您)(?:说|讲|确认)哪天|\blet you know my (?:days off|off days|availability)\b|\bsend (?:you |through )?my roster\b|\blet you know when i'?m (?:free|available|back|better)\b|\bupdate you once i'?m\b|\bsend you my (?:off days|availability)\b|(?:后|之后|以后|过后)(?:先|才)(?:得|得闲|有空)(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:安顿|处理|忙|弄|办|照顾)好(?:了)?(?:以后|之后|后)?再(?:联系|约|面)|(?:忙|弄|处理)完(?:了)?(?:以后|之后|后)?再(?:跟|和)?(?:你们|您|你)?(?:联系|约|面)|(?:下下?周|下下?个?礼拜|下个?月|过几天|过两天|过段时间)(?:再说|再约|再联系|再面)|(?:下个?月|下下个?月|月底|月中|月初|[上中下]旬|年后|年底|过完年|过年后|节后|过完节|国庆后|春节后|放假后|下下?周|下下?礼拜|下下?星期|(?:\d+|[一二三四五六七八九十]+)号|\d+月|几天后|两周后|一周后|一个月后|半个月后|两个月后|一段时间|一阵子?|回来)(?:以后|之后|后)?[^,.!?。]{0,3}才(?:能|可以|会|有)?(?:回|到|有空|有时间|方便|面|过来|过去|来|去|结束|忙完|回得来|空)|(?:得|要)(?:等到?)?(?:下个?月|月底|年后|过完年|节后)(?:了|以后|之后)?(?=[,.!?。~\s]|$)|(?:回来|回去|回到|回深圳|忙完|结束|出院|考完|出差完|出差回来)(?:以后|之后|后|了)[^,.!?。]{0,6}(?:随时|都行|都可以|哪天|任何时间|都有空|再约|再面|再联系|联系(?:你们|您|你))/;

/** Clauses that describe the present moment (在上课, 正在开会): about now, not the slot. */
const ABOUT_NOW = /正在|现在|此刻|这会儿?|刚刚?|^[^周星礼那当明后今下上晚\d]*在(?:上课|开会|上班|忙|外面|路上|开车)/;

/** The whole reply is the conflict: 没空 / 有事 / 太忙了 / 抱歉哈，没时间 (apologies and particles aside). */
const BARE =
  // (要上班 请不到假.)
  /^(?:要上班)?请不(?:到|了)假$|^(?:我)?(?:最近|这几天|这两天|这段时间|那会)?(?:都|真的|实在|确实)?(?:有点|有些|比较|太|很)?(?:没空|没时间|有事|忙|走不开|不方便|有安排|(?:抽|腾|脱)不(?:出|开)(?:空|时间|身)来?|不太方便|不得空|够呛|(?:估计|怕是|可能)?悬)$/;
/** "Sorry can't, travelling": unable, and the engagement that day, in English. */
// ("bruh i totally have work then", "Not available on 25th", "Not possible this day, sorry", "Impossible for me this day 😞", "this day i cant".)
const EN_BARE = /^(?:impossible for me|not possible) (?:this|that) day\b[,.!\s]*(?:sorry)?(?:[.!\s]|😞)*$|^(?:this|that) day i (?:can'?t|cannot)\b[.!\s]*$|^(?:bruh |bro |omg |ugh )?i (?:totally |literally |actually )?have work then\b|^not available on (?:the )?\d{1,2}(?:st|nd|rd|th)?\b[.!\s]*$|^(?:(?:i'?m )?not available (?:then|that day|that time)|not possible (?:this|that) day)\b[.!\s]*$|^(?:sorry,?\s*)?(?:i\s+)?can'?t(?:\s+(?:make it|do it|come|do that))?[,.!\s]+(?:i'?m\s+)?(?:travell?ing|working|at work|away|busy|on shift|out of town|abroad|overseas|on holiday|on leave)[.!\s]*$/;
const APOLOGY_AND_PARTICLES = /抱歉|不好意思|对不起|sorry|[哎唉哈啊呀哦呢了诶欸嘛,.!。~\s]/g;

// Voice input's clause breaks are spaces between Han (他在上班不方便看手机 我替他确认一下 周四…).
const CLAUSE = /(?:[^,.!?。;~\s]|\s(?!\p{Script=Han})|(?<!\p{Script=Han})\s)+/gu;

/** "周六不上班" / "那天不用值班": a duty said to be off frees the day. */
// ("不耽误下午上班": a duty the slot leaves alone is no conflict.)
const OFF_DUTY = /\boff ?day\b[^,.!?。]{0,3}刚好|(?:刚好|正好)[^,.!?。]{0,3}\boff ?day\b|(?:不|不用|不需要|无需|没|没有)(?:上班|上课|值班|加班|排班|开会|课)|不(?:耽误|影响)(?:我)?[^,.!?。]{0,4}(?:上班|上课|干活|工作|值班)/g;

/** Riding something to the interview (坐高铁过去, 搭飞机过来) or how long the ride takes (高铁大概一个小时). */
const TRAVEL_THERE = /(?:坐|乘|搭|开)(?:高铁|火车|飞机|动车|大巴|车|地铁)(?:过去|过来|去|来|到)|(?:高铁|火车|飞机|动车|大巴|地铁)[^,.!?。]{0,6}(?:[\d一二两三四五六七八九十几半]+个?(?:多)?(?:小时|钟头|分钟|个钟))/;

/** A clause about every other time (别的时间我反而不行, 其他日子都没空). */
const OTHER_TIMES = /^(?:但是?|不过|可是|而且)?(?:别的|其他|其它|另外的?)(?:的)?(?:时间|时段|日子|天)/;

/** The reply states a conflict with the interview's time (see file comment). */
const THEIR_DUTY = /(?:你们|贵司|hr)[^,.!?。]{0,8}(?:上班|加班|开会|放假|休息)/;

/** Hours of the job asked about (入职后也要周末上班吗, 转正以后要倒班吗). */
/** "这个工作能不能下午四点走 我要接孩子": whether the job lets them leave early, asked with the reason: no engagement on the slot. */
export const LEAVE_EARLY_ASKED = /(?:这个|这份)?(?:工作|岗位)(?:能不能|可不可以|能否|能|可以)[^,.!?。]{0,8}(?:走|下班|早退)/;

const JOB_HOURS_ASKED = /(?:入职|上岗|转正|录用)(?:了)?(?:后|以后|之后)[^,.!?。]{0,8}(?:上班|加班|值班|倒班)[^,.!?。]{0,3}(?:吗|么|\?)/;

export function slotConflict(text: string): boolean {
  // (Removing apologies and particles only deletes characters: what BARE needs must
  // already be in the reply, so its prefilter can rule it out before the replace.)
  if (text.length <= 24 && mayMatch(BARE, text) && BARE.test(text.replace(APOLOGY_AND_PARTICLES, ""))) return true;
  if (text.length <= 48 && EN_BARE.test(text)) return true;
  if (matches(AVAILABLE_ONLY_LATER, text)) return true;
  if (!matches(TIME_REFERENCE, text)) return false;
  for (const m of execAll(CLAUSE, text)) {
    const c = m[0].includes("上") || m[0].includes("班") || m[0].includes("会") || m[0].includes("耽误") || m[0].includes("影响") ? replaceIfAny(m[0], OFF_DUTY, " ") : m[0];
    // "不是不行" / "并不是没空": a negated conflict is none.
    if (!affirmed(c, CONFLICT) && !matches(LIFE_EVENT, c)) continue;
    // ("今天刚下夜班 有点迷糊": today's night shift, just over, is about now too.)
    if ((!matches(TIME_REFERENCE, c) || /今天刚/.test(c)) && ABOUT_NOW.test(c)) continue;
    // "就周四最好，别的时间我反而不行": other times refused leave the one named as the only one.
    if (OTHER_TIMES.test(c)) continue;
    // "那天坐高铁过去": the way there, not another engagement.
    if (TRAVEL_THERE.test(c)) continue;
    // "31号下午你们还上班啊": the company's working day, asked about, is not the candidate's duty.
    if (THEIR_DUTY.test(c)) continue;
    // "入职后也要周末上班吗": the job's own hours, asked about, are no engagement of the candidate's.
    if (JOB_HOURS_ASKED.test(c)) continue;
    // ("Saturday 也上班吗？": the company's working week asked about.)
    if (/(?:也|还|都)(?:要)?上班(?:吗|么|\?)/.test(c) && !/我/.test(c)) continue;
    // "周末还在加班辛苦啦": thanking someone for their overtime is about them.
    if (/辛苦/.test(text) && !/我/.test(c)) continue;
    // "那天有笔试吗？": asking what the day holds on their side, not naming an engagement of ours.
    if (/有[^,.!?。]{1,6}(?:吗|么|\?)/.test(c) && !/我/.test(c)) continue;
    return true;
  }
  return false;
}
