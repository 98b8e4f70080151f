/**
 * The decision: which intent a reply carries, with what confidence.
 *
 * Signals are read independently (menu number, withdrawal, change request, conflict,
 * proposed time, assent, hedge, lateness, arrival, questions) and combined by the
 * LABELS.md priority cancel > reschedule > confirm > late > question > other.
 * Confidence reflects how directly the winning signal was said and whether other
 * signals disagree, so the flows can ask back when it is low.
 */
import { readMenu } from "./lexicon/menu.js";
import { affirmed, ANY_NEGATION, positive, positiveOrAffirmed, withoutConditionals } from "./lexicon/negation.js";
import { ASSENT, ASSENT_SHORT, BARE_ACK, OK_ACK, CONTRAST, FIRM, HEDGE, IF_CHANGES, SOFT } from "./lexicon/assent.js";
import { ASKS } from "./lexicon/questions.js";
import { ARRIVED, IN_TRANSIT, LATE, NOT_LATE } from "./lexicon/late.js";
import { VERIFIES_SLOT, type QuestionReading } from "./lexicon/questions.js";
import {
  ASKS_COST_OF_CHANGE,
  ASKS_DURATION,
  ASKS_IF_FIXED,
  ASKS_PROCESS,
  CHANGE_REQUEST,
  CONFLICT,
  CONFLICT_RESOLVED,
  FORMAT_CHANGE,
  ASKS_ONLINE,
  KEEP_ORIGINAL,
  TIME_REFERENCE,
} from "./lexicon/reschedule.js";
import { AVAILABLE_ONLY_LATER, LEAVE_EARLY_ASKED, LIFE_EVENT, slotConflict } from "./lexicon/conflict.js";
import { BARE_REFUSAL, DENIED_WITHDRAWAL, dismisses, FAMILY_DECIDES, FORBIDDEN_OBJECT, GIVE_UP, INABILITY, REASONS, reportsNewJob, WITHDRAW } from "./lexicon/withdrawal.js";
import { BARE_APOLOGY, CALL_ME, CHAT_QUESTION, GREETING_ONLY, MISADDRESSED, PUZZLED, SMALL_TALK, WHO_IS_THIS } from "./lexicon/small-talk.js";
import { firstMatch, matches, replaceIfAny } from "./regex/prefilter.js";
import { splitClauses, splitPhrases } from "./text/split.js";
import type { TimeAnalysis } from "./time/resolve-time.js";
import type { CancelReason, Intent } from "./types.js";

export interface Decision {
  intent: Intent;
  confidence: number;
  cancelReason: CancelReason | null;
}

export interface ClassifyInput {
  text: string;
  time: TimeAnalysis;
  /** The reply arrived on the interview day, before or shortly after it. */
  interviewDay: boolean;
  /** The interview's start time has passed (on its day). */
  afterStart: boolean;
  /** The reply's own day, YYYY-MM-DD in the business zone. */
  today: string;
  onlySymbols: boolean;
  questions: QuestionReading;
}

// "Ok 准时参加 XX大厦是几楼来着": a space next to Han separates clauses too.
const HAN_SPACE = /(?<=\p{Script=Han})(?=\s+[\p{Script=Han}a-z])|(?<=\b[a-z]{2,})(?=\s+\p{Script=Han})/gu;
/** English words between Han characters in a clause that then asks (可以 flexible 一点吗). */
// ("job 是 WFH 吗 可以 hybrid?" / "可以 hybrid 吗": one English word may end the question itself.)
const EMBEDDED_IN_QUESTION = /(?<=\p{Script=Han})\s+([a-z][a-z'\s]*?[a-z]|[a-z])\s+(?=\p{Script=Han}[^,.!?。;\s]*(?:吗|么|\?))|(?<=\p{Script=Han})\s+([a-z]+)\s*(?=吗|么|\?)/gu;
// "…谢谢您通知哦对了是要带身份证吗": 哦对了 turns to an afterthought, a new clause.
// "…我周三上午会过去的到时候到了门口打这个电话吗": 到时候 starts what happens then.
// ("好的要带身份证吗": an opening yes run straight into what to bring.)
const QUESTION_OPENER = /(?<=\p{Script=Han})(?=请问|想问|顺便问|(?:哦|噢|喔|啊)?对了(?![吗吧么呢])|到时候)|(?<=^(?:好的|好滴|可以的?|行|收到|嗯嗯?))(?=(?:要|需要|用|得)(?:不要|不用)?(?:带|准备|穿|打印))/gu;

/** "yes I will attend may i know the interviewer's name?": an English question starts a new clause. */
const EN_QUESTION_OPENER = /(?<=[a-z\u4e00-\u9fa5])(?<!\bor)\s+(?=should (?:i|we) (?:bring|wear|prepare|print|come|park|go|ask|dress)\b|do i (?:need|have) to\b|(?:may|can|could) (?:i|you|we) (?:know|ask|check|bring|have|get|send|park)\b|(?:what|where|when|who|which|how)\b)/g;

const DASH_QUESTION = /\s[-–—]\s(?=(?:do|does|should|shall|can|could|will|would|is|are|what|where|when|who|which|how)\b)/g;

/** A clause that asks (its question word or mark). */
// ("可能会晚个几分钟": a few minutes late, said, not asked.)
// ("is there a dress code or are jeans ok", "should i bring my cv or have ye got it": English asked without the mark.)
const ASKING_CLAUSE = /\?|^\s*(?:is there|are there|do i|should i|will i|can i) |\bis it (?:ok|okay|fine|alright|all right)\b|吗|吧\s*[?]|对吧|多久|多长|多少|(?<!没有?)什么|怎么|(?<!(?<!不)知道(?:在|是)?)哪|(?<!好|十|接下来|这|那|晚个?|迟到?个?)几(?!乎|个月)|是否|请问/;
/** Rhetorical questions (哪能不去呢, 怎么会不来) are statements. */
const RHETORICAL_NOT = /(?:哪能|怎么会|怎能|哪有)不/;

/**
 * The reply without its question clauses ("没问题吧？", "多久入职？"). Rhetorical ones
 * (哪能不去呢, 怎么会不来) are statements and stay.
 */
function statementsOf(text: string): string {
  // Voice input runs on without punctuation ("好的我准时到请问要带什么吗"): a question
  // opener starts a new clause.
  let t = text;
  // ("可以 flexible 一点吗": English words inside a Chinese question stay in its clause.)
  if (t.includes(" ")) t = t.replace(EMBEDDED_IN_QUESTION, (_, a: string | undefined, b: string | undefined) => `\u2060${a ?? b}\u2060`).replace(HAN_SPACE, "\u2029");
  if (t.includes("问") || t.includes("对了") || t.includes("到时候") || /^(?:好|可以|行|收到|嗯)/.test(t)) t = t.replace(QUESTION_OPENER, "\u2029");
  if (t.includes(" ") && /[a-z]/.test(t)) t = t.replace(EN_QUESTION_OPENER, "\u2029");
  // "On for 2pm today - do I sign in at the lobby?": a dash before a question starts a new clause.
  if (t.includes(" - ")) t = t.replace(DASH_QUESTION, "\u2029");
  let afterQuestion = false;
  let eitherOr = false;
  return splitClauses(t)
    .filter((c) => {
      // "线上面试可以吗？还是必须到现场": the 还是 half of an either-or question asks too.
      // ("纸质还是 iPad 就行": an either-or split at the space asks in both halves.)
      const asks = !matches(RHETORICAL_NOT, c) && (matches(ASKING_CLAUSE, c) || (afterQuestion && /^\s*还是/.test(c)) || eitherOr || (afterQuestion && /还是\s*$/.test(c)));
      // ("需要 portfolio 吗，还是给个 GitHub link 就行": the 还是 half goes on past the English words.)
      eitherOr = asks && (eitherOr || /还是\s*$/.test(c) || (afterQuestion && /^\s*还是/.test(c))) && !/[.!?。;,]\s*$/.test(c);
      afterQuestion = asks;
      return !asks;
    })
    .join("");
}

/** Words that only acknowledge reading (知道了, 收到, 了解, 明白, noted). */
const ACKNOWLEDGES = /知道|收到|了解|明白|晓得|看到了|谢谢|多谢|感谢|noted|got it(?!,(?!\s*(?:thanks?|thank you|thx|ty)[!.\s]*$))/;
/** An if-clause (如果…, 万一…); 的话 alone often only marks a topic (周三的话我可能要晚半小时). */
const IF_CLAUSE = /(?:如果|要是|假如|若是|万一|假设)[^,.!?。;]*/g;
/** A reply that opens by acknowledging (收到啦，… / 了解～ …). */
const ACK_OPENING = /^(?:好的?|嗯+|哦+)?[,.!~\s]*(?:(?:收到|了解|明白|知道了)(?:了|啦|啊|呀|哈|嘞|咯)*)+(?=[,.!?。~\s]|$)/;

const DAY_REFUSED = /(?:周.|星期.|礼拜.|那天|当天|\d+号)[^,.!?。]{0,4}(?:不去了|不来了|不参加了|去不了了?|来不了了?|去不成|来不成)/;

/** Unsure about preparation (不确定要不要带证书, 不知道需不需要穿正装): no doubt about attending. */
const UNSURE_WHAT_TO_BRING = /不(?:确定|知道|清楚)(?:要不要|需不需要|用不用|是否需要|该不该|要带|需要带)(?:带|准备|穿|打印|拿)?[^,.!?。]*/g;

/** Words a hedge lexicon would see that leave attending itself decided (see classify). */
// "去之前我再跟您联系": a call before setting off presupposes going.
// "面试完能顺便看看员工宿舍吗": looking at a place is no looking at one's calendar.
const NOT_A_HEDGE = /看(?=下个?月)|看(?=下(?:周|星期|礼拜)[一二三四五六日天])|看看(?=[^,.!?。]{0,6}(?:协调|调整|调一下|调下|改一下|改下|换一下|换下)[^,.!?。]{0,3}吗)|看看(?=[^,.!?。]{0,6}(?:宿舍|环境|车间|食堂|店|厂里|办公室|工位|厂区|园区|工地))|(?:去|来|过去|过来|出发|出门|到)(?:之前|以前|前)[,\s]*(?:我)?(?:会)?(?:再)?(?:跟|和|给)(?:您|你)(?:联系|打电话|打个电话|说一声)|看看(?=[^,.!?。]{0,8}(?:行|可以|方便)(?:呢|啊|呀)?吗)|(?:要不)?(?:您|你|你们)(?:再|帮我)?看(?:看|一下|下)|(?:有|如果有)(?:任何|什么)?(?:变化|变动|调整)[^,.!?。]{0,4}(?:再)?(?:通知|告诉|联系)(?:我|一下)|麻烦(?:您|你)?(?:再)?确认(?:一)?下|(?:想|我想)(?:再)?确认(?:一)?下(?=[^.!?。]*(?:吗|么|\?))|到(?:了|时候)?(?:再)?(?:联系|找|打电话给|给(?:您|你)打电话)(?:您|你)?|还没(?:想好|定|确定)(?:哪天|什么时候|具体时间)(?=[^.!?。]*(?:这个时间|那天|那个时间)[^,.!?。]{0,4}(?:不行|没空|去不了|来不了))/g;

/** The details of a time left for later (具体哪天再跟你说, 具体几点回头定). */
const DETAILS_LATER = /具体(?:哪天|哪一天|时间|几点|日期|哪个时间|时间点)[^,.!?。]{0,10}/g;

/** 嗯 / 额 / 呃 trailing off (嗯……, 额...): hesitation. */
// ("嗯 那个 是要做题吗": 嗯 before the filler 那个 hesitates too.)
const HESITANT = /[嗯恩额呃唔]+\s*(?=\.{2,}|那个)/g;

/** A delay still to come (可能晚两分钟, 晚三四分钟), not one already past (晚了两分钟). */
const DELAY_AHEAD = /(?:可能|估计|大概|要|得|会|稍微|稍)?(?:晚|迟)(?!了)(?:到)?(?:个)?(?:[\d一二两三四五六七八九十几]+分钟|一会|一点)/;

/** "别取消我呀" / "我不取消哈，就是想改个时间": the interview is kept, whatever follows. */
const KEEPS_INTERVIEW = /(?:别|不要|不用|没|并没有?|不是要?|我不)(?:帮我|给我)?(?:取消|放弃)(?:我|面试|掉|了|哈|啊|呀)*/g;
/** "没有不方便": a denied inconvenience is none ("不是不行" stays a softened yes). */
const DOUBLE_NEGATION = /(?:没有|没什么|没啥)不(方便|合适)/g;

/** "my English is ok": a skill rated, nothing agreed. */
const SKILL_OK = /我\s?(?:mandarin|english|cantonese|英文|英语|中文|普通话|粤语)\s?没问题|\bmy (?:spoken )?(?:english|chinese|mandarin|cantonese|russian|japanese|korean|arabic|french|spanish|level|speaking)(?: level)? is (?:ok|okay|fine|good|not bad|alright|so-so)\b/g;

/** "…对吗？是的话我没问题": agreeing on the condition that the slot checked is right. */
// ("Just checking that's 11am Beijing time? If so I'm good to go".)
/** "still good for 11? im coming": the slot checked, then coming (a bare "I'm coming" on the day is on the way). */
const CHECKED_THEN_COMING = /\?\s*i'?m coming[.!~\s]*$/;
const CHECKED_THEN_AGREED = /\bif so,? (?:i'?m|im|i am) (?:good|ok|okay|fine|set|in)\b|(?:是|对|没错|没变|对的)的话[,\s]*(?:我)?(?:就)?(?:没问题|可以|ok|行|准时到|准时参加|会准时|过去|过来|(?:确认)?参加|确认|\s?confirm)/;

/** "之前跟你说可能来不了，现在没问题了": what was said before and is taken back now. */
// "不去了…算了还是去吧": a withdrawal taken back at once.
// "本来我还在犹豫要不要申请改期…所以就按原来的…吧": a doubt that was, and is settled.
// "上次说的那个时间确实不行，这次这个可以": the last invitation's slot, not this one.
// "之前说周四不行是我看错日历了": a refusal taken back as a misreading.
// "本来想问能不能改的 后来想想算了": a change once thought of and dropped.
// ("first I think I cannot come but now is ok": an earlier doubt said and dropped.)
// ("Previously I thought cannot make it but my boss approved my leave already": a doubt settled.)
// ("Was gonna ask to move it but actually Thursday works out": a change thought of, then dropped.)
// ("I said I might need to move it but no, Friday is fine now", "Was thinking of asking for a later time but never mind".)
// ("Earlier I asked to reschedule but please disregard that, Wednesday 12pm is fine": a request withdrawn.)
const SUPERSEDED = /\b(?:earlier|before|previously) i asked (?:you )?(?:to|for|if)\b[^.!?]{0,30}?\bdisregard (?:that|it)\b|\bno,? thanks?\b[^.!?]{0,8}\b(?:joking|jk|just kidding|kidding)\b|\b(?:was|were) thinking of asking (?:for|to|if)\b[^.!?]{0,30}?(?=\bbut\b)|\bi said i (?:might|may|would) (?:need|have) to (?:move|change|reschedule|push)\b[^.!?]{0,20}?(?=\bbut\b)|\b(?:was|were) (?:gonna|going to) ask (?:you )?(?:to|if (?:we|i) could) (?:move|change|reschedule|push)\b[^.!?]{0,20}?(?=\bbut\b)|\b(?:first|at first|earlier|before|previously) i (?:think|thought)\b[^.!?]{0,40}?(?=\bbut (?:now|my|i|the|it)\b)|(?:本来|原本|之前)(?:想|打算)(?:问)?[^.!?。]{0,10}(?:改|换|调)[^.!?。]{0,12}?算了|(?:之前|本来|原本)(?:我)?[^.!?。]{0,6}犹豫[^.!?。]*?(?=现在|已经|,\s*(?:想清楚|想好|决定))|(?:之前|刚才|刚刚|上次)(?:我)?说[^.!?。]*?(?:看错|搞错|记错|弄错|说错)(?:了)?(?:日历|日子|时间|日期)?(?:了)?|上次(?:说|约|定)的?(?:那个)?时间[^.!?。]*?(?=,\s*(?:这次|这回))|(?:本来|原本|之前)(?:我)?(?:还)?在犹豫[^.!?。]*?(?=所以|现在|不过|但)|(?:之前|刚才|本来|原本|上次)[^.!?。]*?(?=,\s*(?:现在|目前|这会儿?)(?:又|都|已经)?(?:确定|确认)?(?:没问题|可以|能去|能来|没事|ok|行了|不冲突))|^[^.!?。]*?(?:不去了|不来了|不参加了|不面了)[.,\s~]*(?=算了[,\s]*(?:还是)?(?:去|来|参加|面))/g;

/** Put off until the candidate is well or free again, and asked to be arranged then (好了再约可以吗). */
// ("I need to cancel today, something came up. Can I reschedule for later this week?": today's slot called off, another asked for.)
// ("今儿个整不过去了 孩子发烧 改天吧": not getting there today, another day asked for.)
// ("I don't think I can come today. Can we do it another day?")
const POSTPONES = /\bcome today\b[^?]{0,60}?\b(?:can|could|may) (?:we|i) (?:do it |come |meet )?(?:on )?(?:another|a different|some other|other) day\b|(?:去不了|不过去了|来不了|过不去了)[^。!?]{0,20}改天(?:吧|再)|\bcancel (?:for )?(?:today|tomorrow|today'?s|tomorrow'?s)\b[^?]{0,60}?\b(?:can|could|may) (?:i|we) (?:reschedule|rebook|rearrange|move it)\b|(?:好了|病好了?|退烧了?|康复了?|出院了?|忙完了?)(?:以后|之后|后)?再(?:约|去|来|面|安排)(?=[^,.!?。]{0,4}(?:吗|么|\?))|再(?:约|安排)(?:一下|个时间)?(?:可以|行|好)(?:吗|么|\?)/;

const THANKS_FOR_ANSWER = /(?:谢谢|感谢|多谢)[^,.!?。]{0,6}(?:解答|回复|答复|告知|说明)/;
/** An explicit, firm confirmation (确认参加): a conflict mentioned beside it is already handled. */
const FIRM_CONFIRM = /(?:确认|确定|一定|准时)参加(?!不)|会准时(?!不)/;

// "我到了能直接进去面吗" asks about arriving, too.
// "到了跟您说" promises news on arrival.
// "到了联系谁？" asks what to do on arrival.
// "我到了在门口等着就行": where the candidate will wait once there.
const ON_ARRIVAL = /到了(?:以后|之后|后)?(?:能|可以|会)?(?:就|再|第一时间|马上|立刻|直接|(?=(?:跟|和|给)(?:您|你))|(?=[^,.!?。]{0,6}(?:谁|哪|吗|么|\?))|(?=在[^,.!?。]{1,6}等))[^,.!?。]*/g;

/** Off a plane or a train (刚下飞机): on the interview day a step on the way, on another day back from a trip. */
const JUST_LANDED = /(?:刚|已经)?下(?:了)?(?:飞机|高铁|动车|火车)|[\d一二两三四五六七八九十半几]+个?(?:小时|分钟|钟头)(?:左右)?(?:就)?(?:能)?到了?/g;

/** "在楼下排队等电梯，人太多了": held up by a crowd at the lift, not yet there. */
const CROWDED_LIFT = /(?:排队|人(?:太|好|超|很|特别)多)[^.!?。]{0,6}电梯|电梯[^.!?。]{0,6}(?:排队|人(?:太|好|超|很|特别)多|等不上|挤不上|上不去)/;

/** "已到楼下，在排队等电梯" before the start is an arrival; a crowd or a long wait holds it up. */
const LONG_QUEUE = /人(?:太|好|超|很|特别)多|很久|好久|半天|好长|排长队|等不上|挤不上/;

/** "到楼下了但是停车场满了，在找车位": at the building, still parking — not there yet. */
const PARKING_HUNT = /锁车|在[^,.!?。]{0,4}停车(?!场|位|费|吗)|找(?:停)?车位|停车场[^,.!?。]{0,4}(?:满|排队|进不去)|(?:没|找不到)(?:地方|位置)?停车/;

/** "有宝安的岗位吗" / "附近有门店吗": a post somewhere else asked for. */
const ASKS_POST_ELSEWHERE = /有[^,.!?。]{1,10}(?:岗位|门店|店|仓|网点|分公司|职位|站点|分店)[^,.!?。]{0,2}(?:吗|么|\?)/;

/** "面试完当天能上班吗": when work could start, asked. */
/** The job's working week asked about (上班是周日到周四还是周一到周五？). */
// ("周六也上班吗这个岗位": whether the job works weekends.)
const WORK_WEEK_ASKED = /(?:^|[?？。.!\s])(?:saturday|sunday|周六|周日|星期六|星期天|礼拜六|礼拜天|周末)\s?(?:也|还|都)(?:要)?上班(?:吗|么|\?)|\bwhether saturday is (?:a )?working day\b|\bis saturday (?:a )?working day\b|要\s?work\s?(?:on\s?)?(?:saturday|sunday|weekends?|sat|sun)s?\s?(?:吗|么|\?)|(?:上班|工作日?|休息|排班)(?:时间)?(?:是|从)(?:周|星期|礼拜)[^,.!?。]*(?:吗|么|\?|还是)|(?:周六|周日|周末|星期[六日天]|礼拜[六日天]|节假日)(?:也)?(?:要|需要|得)?(?:上班|加班|值班)(?:吗|么)(?=[^,.!?。]*(?:岗位|职位|工作|你们|这边)|[?\s]*$)/;
const ASKS_START = /(?:面试完|面完|通过|录用)[^,.!?。]{0,6}(?:当天|马上|直接|就)?(?:能|可以)(?:上班|入职|上岗)(?:吗|么|\?)/;

/**
 * A change verb asked about beside the slot ("今天下午那个面试 能不能改个日子", "Pls adjust the timing. 3.30 PM is…"), in wordings the
 * change lexicon may not know yet. Naming the slot is read as attending only without it. Three of round 83's four critical errors
 * named the slot to move it; unless the change was dropped (本来想改…算了, "sorted my shift"), such a reply is read as a change below
 * the clarifying threshold, so the bot asks instead of booking.
 */
const CHANGE_ASKED_BESIDE_SLOT = /(?:改|换|调|挪|推|约)[^,.!?。]{0,6}(?:吗|么|不|\?|可以|行不|好不)|(?:能不能|可不可以|能否|可否|麻烦)[^,.!?。]{0,6}(?:改|换|调|挪|推|约)|\b(?:pls|please|plz|kindly|can|could|would|may)\b[^.!?]{0,20}\b(?:adjust|change|move|shift|reschedule|postpone|push|rearrange)\b/;
const CHANGE_DROPPED = /本来|原本|后来|算了|不用|\bsorted\b|\bno need\b|\bif needed\b/;
/** "any time is ok" / 随时都可以: a range of times offered; beside a clash it offers the other times, not the slot. */
const ANY_TIME_OK = /\b(?:(?:the )?rest of the week|other days)\b[^.!?]{0,6}\b(?:is |are |would be |works? )?(?:ok|okay|fine|good)\b|\b(?:any ?time|any ?day|whenever)\b[^.!?]{0,12}\b(?:is |are |would be |works? )?(?:ok|okay|fine|good)\b|随时都(?:行|可以)|哪天都(?:行|可以)/;
/** A change request taken back (算了不改了, 刚才那句当我没说). */
// ("刚才说想改时间，那边的事推了，原来那个点我能去" / "之前说可能要改, 现在不用了, 周二 ok": the change said earlier, then dropped.)
const RETRACTED_CHANGE = /(?:刚才|之前|先前|本来)说(?:想|要|可能要|可能)?(?:改|换|调)(?:时间|期)?[^。!?]{0,12}?(?:不用了|推了|推掉了|取消了|解决了|不用改了)|算了(?:算了)?[,\s]*(?:还是)?不(?:改|换|调)了|(?:刚才|上面)(?:那句|说的)(?:话)?(?:当我没说|不算|作废)/;

/** A solved conflict undone by news after it (但…通知…不能缺席). */
const REOPENED = /(?:本来|原本|原来)[^.!?。]*(?:但|可是|不过|结果)[^.!?。]*(?:不能|没法|无法|去不了|来不了|冲突|通知)/;

/** Words that refuse or move a time (那个点不行，晚一点): a slot named beside them is not accepted. */
// ("Sorry 我 Thursday 有 flight, 其他 day ok": other days offered refuse the one named.)
const SLOT_REFUSED = /其他\s?(?:day|time|日子|时间|天)(?:\s?都)?\s?(?:ok|可以|行)|\bother (?:days?|times?) (?:ok|okay|fine|work|are fine)\b|不太行|不行|不可以|不方便(?!请假)|没空|去不了|来不了|赶不上|赶不及|来不及|晚一点|早一点|晚点|早点|晚些|早些|改|换|推|挪|提前|延/;

/** A hopeful promise (应该不会迟到的): said on the way, the candidate is still on the way. */
/** "月底前都能去" / "周五以后都能来": free over a range of days, as LABELS.md's 月底前都可以: a loose new time, not the slot accepted. */
// ("6号之后任何时间 ok": any time after a day.)
// ("下周任何一天 afternoon 都 ok": any day, a part of day named in English between.)
/** "周末店里招兼职吗": whether they hire for a time (weekends, the summer) asks about the job; it offers no slot. */
const HIRING_ASKED = /招(?:不招)?(?:人|兼职|全职|小时工|临时工|暑假工|寒假工)(?:吗|么|不|\?)|\b(?:are|r) (?:you|u)(?: guys)? (?:also )?hiring\b/;

/**
 * "Thursday 9:30 is better for me, is it possible?" / "…only afternoons. Is possible?": a time put forward, then only checked
 * with a closing "is it possible?" or "ok?" (俺周五下午能去，恁看行不), which asks nothing of its own.
 */
const CHECK_TAG = /(?:^|[,.!?]\s*)(?:(?:is|would|will|could) (?:it|that|this) (?:be )?(?:possible|ok|okay|fine|alright|work)|(?:is )?(?:possible|ok|okay))\s*\?+\s*$|(?:^|[,.!?]\s*)(?:你|您)?看(?:行|可以|好)(?:吗|么|不)\s*\?*\s*$/;
const RANGE_AVAILABLE = /任何一天[^,.!?。]{0,12}都\s*(?:能|可以|行|ok)|(?:之后|以后|后)任何时间|(?:前|之前|以前|以后|之后|后|哪天)[^,.!?。]{0,2}都\s*(?:能|可以|行|ok)(?:去|来|过去|过来|面)?|到[^,.!?。]{1,6}都(?:能|可以|行)|\b(?:any ?(?:day|time)|anything|any (?:weekday |week ?day )?(?:morning|afternoon|evening))\b[^.!?]{0,30}\b(?:is |would be |will be )?(?:ok|okay|fine|good|works)\b|\b(?:i )?can do any (?:day|time|morning|afternoon|evening|weekday)\b/;
/** "今天下午的面试是在3号会议室吗？": the day only names the interview whose place is asked. */
const INTERVIEW_PLACE_ASKED = /的面试(?:是)?在[^,.!?。]{1,12}(?:吗|么|\?)/;
const HOPEFUL = /应该|估计|大概|尽量|争取|希望|可能|\bshould be\b|\bhopefully\b|\bprobably\b|\bunless\b|\btry to\b/;

/** "已经出门了，应该能准时到": on the way and expecting to be on time is a confirmation. */
const ON_TIME_EXPECTED = /(?:能|可以|会)(?:准时|按时|准点)(?:到|赶到|到达)/;

/** Lateness admitted outright (我会晚到): a promise to come after it does not undo it. */
// "会晚一会，不用改期，今天一定到": the delay said without 到 is admitted too.
// Oversleeping (睡过头了, 起晚了) admits it too: "十点前一定到" after it is an arrival estimate.
// "Will join 10 mins late" / "running a bit late": English names the delay with "late".
const ADMITS_LATE = /\b(?:maybe |about |like )?\d{1,2} late\b|\b(?:\d+(?:\s*-\s*\d+)?\s*(?:mins?|minutes?)|a (?:bit|little)|little|bit|few (?:mins?|minutes?)|slightly|running)\s+(?:late|behind)\b|(?:^|[,.!~\s])(?:我)?(?:可能)?晚(?:点|一点|一会儿?)到|睡过头|睡过了|起晚了|起猛了|出门晚了|(?:会|要|得|肯定会|可能会)(?:晚到|迟到|晚(?:点|一点|一会儿?|一些|些)(?:到|过去|过来)?(?![^,.!?。]{0,4}(?:吗|么|\?|结束|下班|开始)))/;

/** Lateness owned up to (迟了几分钟, 迟到了). */
const LATE_ADMITTED = /(?:迟|晚)了(?:[\d一二两三四五六七八九十几]+|一会儿?|一点)(?:分钟|分)?|迟到了/;

/** About to set off (准备出门了, 这就出发): on the way only once a delay is said beside it. */
// ("吃完饭就出门" / "睡一会儿就过去": setting off right after a short errand.)
const SETTING_OFF = /一会(?:儿)?就(?:过去|出发|过来)|(?:准备|正要|正准备|正打算|打算|马上就?要|这就|现在就?要)(?:出门|出发|动身)(?:了|啦|哈|咯)?|(?:吃完饭?|吃个饭|收拾(?:完|好)|睡(?:一会儿?|会儿|一觉)|休息(?:一会儿?|一下))(?:了)?就(?:出门|出发|动身|过去|过来)(?![^,.!?。]{0,3}(?:吗|么|\?))/;

/** The last clause leaves a time as the one that works (…就周三吧, …下午可以, …周三刚好空着). */
const SLOT_LEFT = /(?:吧|可以|行|没问题|有空|空着|ok|能去|能来)[^,.!?。;不没悬]*$/;

/** Promises that do not depend on traffic: 一定准时 / 肯定能到. */
const FIRM_ARRIVAL = /一定|肯定|保证|绝对/;

/** "我不认识字 是我孙女帮我回的": who is writing, not a refusal. */
const CANNOT_READ = /不(?:认识|识)字|不会(?:打字|用手机|看手机)/g;

/** Accented Latin letters (Vietnamese, Portuguese, Polish, Turkish): words outside the English and pinyin we read. */
const UNREAD_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/;

function bareToday(time: TimeAnalysis, today: string): boolean {
  const r = time.resolution;
  return r !== null && r.time === null && r.partOfDay === null && r.date === today;
}

/** No new time wanted (不用改期了, 也不打算改时间了). */
// "那天要上班，之后也一直上班，没空面试": no later time either.
// "那个时间去不了，我也不改了，就这样吧": no new time wanted.
// ("能改就改，改不了就算了": what happens if no change is possible is a fallback, not a refusal.)
// ("I can't go today, and also I don't want to reschedule", "i wont be able to make it and i dont think i'll reschedule either".)
// ("今天临时要 OT 到很晚, 去不了了, 不用 reschedule 了": unable, and no new time wanted.)
const REFUSES_CHANGE = /不再约|不(?:用|必|需要)\s?reschedule|\b(?:i )?don'?t want to reschedule\b|\bdon'?t think i'?ll reschedule\b|(?:don'?t|do not|dont) reschedule|\b(?:do not|don'?t|not going to|won'?t) need (?:another|a new|a different) (?:time|slot|date|day)\b|(?:也|就)不(?:改|换|约)(?:时间|期|日子)?了|no need to reschedule|(?:don'?t|do not) (?:need|want) to reschedule|(?:之后|以后|后面|往后)也?(?:一直|都)(?:要)?(?:上班|没空|没时间|忙)|不(?:打算|准备|想|需要|用|必)(?:帮我|给我|麻烦你们|再)*(?:改期|改|换|约)|(?:也)?不能改(?![^,.!?。]{0,2}(?:就|的话))|改不了(?![^,.!?。]{0,2}(?:就|的话))/;

/** The conceded part of "虽然 X 但 Y". */
const CONCEDED = /[^,.!?。]{0,4}(?:虽然|虽说|尽管)[^,.!?。]*?(?=但|可是|不过)/g;

/**
 * "工资给不到1w的话就不考虑了，你们这个才6k": a pay condition the reply itself says is met
 * (the offer named right after is below it) is a decision, not a condition.
 */
// ("工资要是四千以下俺就不去了 你们说的三千八 那就算了": 要是 before the amount.)
const PAY_CONDITION = /(?:工资|薪资|薪水|待遇|底薪|到手|给不到|低于|少于|不到)[^,.!?。]{0,12}的话|(?:工资|薪资|待遇|底薪|到手)要是/;
const OFFER_STATED = /(?:你们|这个|这边|那边|贵司|你这|才|只有|只给|就给)[^,.!?。]{0,4}?[\d一二三四五六七八九十两几.]+\s*(?:k|千|块|w|万)/;

/**
 * "我以为是线上面试，要跑去北京的话就算了": the candidate had assumed otherwise, so the
 * condition is the fact just learned, and what hangs on it is decided.
 */
const MISTAKEN_BELIEF = /(?:我|还|原来?|本来)以为[^,.!?。]{1,16}[,.!。~\s]+[^.!?。]*的话[^.!?。]*(?:算了|不去了|不考虑了|不参加了|放弃)/;

/**
 * "单休的话就算了" / "base在北京的话我就不考虑了" / "要坐班996的话就算了": a withdrawal hanging on a
 * fact of the job, marked only by 的话 (no 如果 / 要是) and not asked about, is the candidate's
 * verdict on this job: writers label it cancel (nine lines in five sets), while the same
 * condition beside a question (要交钱的话我就不去了？押金要交吗) still asks.
 */
// ("不包住的话太远了 来回跑不了 就不面了": the verdict a clause or two after the condition.)
const VERDICT_ON_JOB = /^(?!.*(?:如果|要是|假如|万一|若是|假设|\bif\b))[^.!?。]*?的话(?:[,\s]*(?:我)?(?:就)?|[^.!?。]{1,16}?(?:就|那就|那我就))(?:算了|不考虑|不去了|不来了|不面了|不参加了|不浪费|没(?:有)?必要)/;
/** A condition about the calendar (不行的话, 改不了的话) is a fallback, not a verdict on the job. */
const CALENDAR_CONDITION = /(?:不行|不能|不可以|不方便|改不了|约不上|没有?(?:时间|空)|来不及|赶不上|排不上)的话/;

/** "本来要开会，刚和客户协调到周五了": one's own engagement moved already; no change is asked for. */
// "本来那天要值班，护士长同意我调到晚上": a colleague agreeing to move one's own duty, too.
const OWN_MOVE = /(?:改到|挪到|换到|调到|推到|协调到|改成)[^,.!?。吗么?]{1,8}了(?=\s*[,.!?。]|$)|同意(?:我)?(?:把[^,.!?。]{0,4})?(?:改到|挪到|换到|调到|推到)[^,.!?。吗么?]{1,8}(?=[,.!?。]|$)/g;

/** A clause hanging on a negative condition (请不到假的话…, 不行的话…): what happens if not. */
const FALLBACK_CHANGE = /[^,.!?。;]{0,8}(?:不|没)[^,.!?。;]{0,4}的话[^,.!?。;]*/g;

/** "I just started a new job and I can't leave at that time": a new job that blocks the slot, not one that replaces this one. */
const NEW_JOB_BLOCKS_SLOT = /\bjob and (?:i )?can'?t (?:leave|take (?:a |any )?leave|get (?:time )?off)\b/;

/** A part-time or casual job, said beside a change request: what clashes with the slot, not a job that replaces this one. */
// ("got a job on that day can we do it another time mate": a tradesman's job that day.)
const SIDE_JOB = /\bpart[- ]?time\b|\bcasual (?:gig|job|work|shifts?)\b|\bnew casual\b|兼职|\bjob on (?:that|the) day\b/;

/** A new job outranks everything; otherwise the reason said first is the main one. */
/** Words that signal the candid part of a reply (其实, 说实话). */
const CANDID = /其实|说实话|实话说|老实说|说真的/;
/** Interest lost, said outright (不太想去了, 没兴趣). */
// ("…and actually I'd rather withdraw altogether as I've decided to stay in my current role": English, too.)
const LOST_INTEREST = /\bdecided to stay\b|\bno longer (?:looking|keen|interested)\b|\bnot interested\b|(?<!不是|并不是|也不是)不(?:太|是很|怎么|大)想(?:去|来|参加|面)|以后也不考虑了|没(?:什么|多大|太大)?兴趣|不感兴趣|不(?:打算|想|准备)(?:换|转)(?:工作|工)|不(?:太|是很)?适合我|感觉不太合适|不太合适了?(?=[,.!?。~\s]|$)/;
/** The job had been taken for another (我还以为是物业, 我以为是学校). */
const MISTOOK_THE_JOB = /(?:还|我)以为是[^,.!?。]{1,8}/;
/** Refusals that name no reason of their own (不考虑, 不想去, 不太想, 不找工作了). */
// ("不干了 我爸让我回去种地": a bare 不干了 first, then why; so is "I'll give it a miss, too far".)
const BARE_REFUSAL_WORDS = /^(?:give it a miss|不(?:干|做)了|不考虑|不想(?:去|做|面|参加)|不太想|(?:先|暂时|决定)?不(?:找|打算找|想找)工作了?)$/;

export function cancelReason(raw: string): CancelReason {
  // "我爸妈不同意我去外地工作": what is forbidden is no reason; the family deciding is.
  const unforbidden = /不(?:让|同意|准|许|支持)/.test(raw) ? raw.replace(FORBIDDEN_OBJECT, " ") : raw;
  // "工资虽然不高但离家近": what is conceded is no reason; what follows 但 is.
  const text = /虽然|虽说|尽管/.test(unforbidden) ? unforbidden.replace(CONCEDED, " ") : unforbidden;
  // "周三去不了，其实我也不太想去了": what follows 其实 / 说实话 is the real reason.
  const candid = CANDID.exec(text);
  if (candid) {
    const real = cancelReason(text.slice(candid.index + candid[0].length));
    if (real !== "unknown") return real;
  }
  let best: CancelReason = "unknown";
  let at = Infinity;
  let weak = false;
  const others: Array<[CancelReason, number]> = [];
  for (const [reason, re] of REASONS) {
    const m = firstMatch(re, text);
    if (!m) continue;
    if (reason === "found_job") return reason;
    if (reason !== "not_interested") others.push([reason, m.index]);
    if (m.index < at) [best, at, weak] = [reason, m.index, reason === "not_interested" && BARE_REFUSAL_WORDS.test(m[0])];
  }
  // "不考虑了哈，工资太低": a bare refusal said first is how, not why; a reason after it wins.
  if (weak && others.length > 0) best = others.sort((a, b) => a[1] - b[1])[0]![0];
  // "周三有事，而且我也不太想去了": busy alone would ask for another day; the withdrawal's reason
  // is the lost interest said beside it.
  // "今天身体不舒服，而且…这个岗位也不太适合我": today's trouble beside a verdict on the job.
  if ((best === "time_conflict" || (best === "personal" && /而且|再说|何况/.test(text))) && matches(LOST_INTEREST, text)) best = "not_interested";
  // "家里决定下个月搬去成都": the family decided a move; the move is the reason.
  // "岗位要求常驻江苏，离家太远": the posting's place, said as a distance, is the reason.
  // "家里决定让我回成都发展了": the family decided a move home; the place is the reason.
  // (A partner's job transfer that moves the family stays personal: 老公工作调动，我们要搬去成都了.)
  if ((best === "personal" && /搬(?:家)?(?:去|到)(?!公司)|回[\u4e00-\u9fa5]{2}发展|\bnot to relocate\b/.test(text) && !/工作调动|(?:老公|老婆|爱人|丈夫|妻子|先生|太太)[^,.!?。]{0,4}调/.test(text)) || (best === "not_interested" && /常驻|外派|驻场/.test(text) && /太远|很远|离家远/.test(text))) best = "location";
  // "老公调到外地工作 我要跟过去了": following a partner's transfer is family, wherever it leads.
  // ("moving back to Nepal permanently due to family reasons": the move's reason is the family.)
  if (best === "location" && (/(?:老公|老婆|爱人|丈夫|妻子|先生|太太)[^,.!?。]{0,4}(?:调|外派)/.test(text) || /\bfamily reasons?\b|家庭原因|家里原因/.test(text))) best = "personal";
  // "我还以为是物业，那不去了": the job turned out to be another one, when no other reason is said.
  if (best === "unknown" && MISTOOK_THE_JOB.test(text)) return "not_interested";
  return best === "unknown" && matches(FAMILY_DECIDES, text) ? "personal" : best;
}

export function classify({ text, time, interviewDay, afterStart, today, onlySymbols, questions: q }: ClassifyInput): Decision {
  // Read, not answered: below the clarifying threshold so the bot asks once more.
  if (BARE_ACK.test(text)) return { intent: "other", confidence: 0.5, cancelReason: null };
  // "11" / "1111": a menu digit tapped over and over is that choice (six writers' lines against three
  // reading it as unclear). A repeated 3 withdraws only after the bot asks back.
  const tapped = /^\s*([123])\1{1,5}[\s!.。~]*$/.exec(text);
  if (tapped) {
    if (tapped[1] === "1") return { intent: "confirm", confidence: 0.7, cancelReason: null };
    if (tapped[1] === "2") return { intent: "reschedule", confidence: 0.7, cancelReason: null };
    return { intent: "cancel", confidence: 0.5, cancelReason: "unknown" };
  }
  // "ok收到" acknowledges like 收到 alone: a recognised other, answered without asking back.
  if (OK_ACK.test(text)) return { intent: "other", confidence: 0.88, cancelReason: null };
  if (PUZZLED.test(text) || BARE_APOLOGY.test(text)) return { intent: "other", confidence: 0.5, cancelReason: null };
  if (MISADDRESSED.test(text) || WHO_IS_THIS.test(text) || GREETING_ONLY.test(text) || CALL_ME.test(text)) return { intent: "other", confidence: 0.8, cancelReason: null };
  const menu = readMenu(text);
  // "不确定的话再跟你说": a hedge inside a condition hedges nothing said now.
  // ("…应酬吗？如果是的话我可能要再考虑一下": the doubt rests on the answer asked for, in the same clause.)
  let hedgeText = /的话/.test(text) ? text.replace(/[^,.!?。;]*的话[^,.!?。;]*/g, " ") : text;
  // "如果那天航班延误我再跟您说": news promised only if something goes wrong hedges nothing.
  if (/如果|要是|万一|假如/.test(hedgeText)) hedgeText = hedgeText.replace(IF_CLAUSE, (m) => (/再(?:跟|和|给)?(?:您|你)?(?:说|讲|联系|通知)|告诉(?:您|你)/.test(m) ? " " : m));
  // "麻烦再确认下是哪栋楼" asks them to confirm; "到时候到了再联系您" is what happens on arrival;
  // "还没想好哪天，反正这个时间不行": only the new day is open, the slot is refused.
  if (/确认|联系|想好|定|看|打电话|说一声|通知|告诉/.test(hedgeText)) hedgeText = hedgeText.replace(NOT_A_HEDGE, " ");
  // "本来我还在犹豫…所以就按原来的时间吧": a doubt already settled hedges nothing now.
  if (/本来|原本|之前|previously|first|earlier|before|gonna ask|going to ask|i said|thinking of asking/.test(hedgeText)) hedgeText = replaceIfAny(hedgeText, SUPERSEDED, " ");
  // "可以的，我就是不确定要不要带叉车证": unsure what to bring, not whether to come.
  if (hedgeText.includes("不")) hedgeText = replaceIfAny(hedgeText, UNSURE_WHAT_TO_BRING, " ");
  // "下周吧，具体哪天我再跟你说": a time put forward with only its details left for later.
  if ((time.resolution !== null || time.vague) && hedgeText.includes("具体")) hedgeText = hedgeText.replace(DETAILS_LATER, " ");
  // "端午后再说吧": the time named is when; 再说 there defers to it, it does not hedge.
  if ((time.resolution !== null || time.vague) && hedgeText.includes("再说")) hedgeText = hedgeText.replace(/(?<=后|以后|之后|过后|过完[^,.!?。]{1,3})再说/g, " ");
  // "下周二？我看看日程……行，没问题": a hedge answered after the pause is resolved.
  // "Maybe next week Mon?": a tentative time offered, not a doubt about coming.
  if (hedgeText.includes("maybe")) hedgeText = hedgeText.replace(/\bmaybe(?=\s+(?:next|this|on|at|in|tomorrow|end|early|mid|late|the|sometime|around|after|before|half|quarter|mon|tue|wed|thu|fri|sat|sun|morning|afternoon|evening|noon|tonight|\d))|(?<=\d|\d(?:st|nd|rd|th)|day|am|pm|morning|afternoon|evening)\s+maybe\b|(?<=[上下中]午|晚上|早上|点|号)\s*maybe\b/g, " ");
  // "1是确认，2是改期，那如果我还没想好选哪个呢？": undecided only inside a question about the menu asks; it does not hedge.
  if (menu.asksAboutMenu || /[123]是(?:确认|改期|取消)/.test(hedgeText)) hedgeText = withoutConditionals(hedgeText);
  const afterPause = /\.{2,}/.test(hedgeText) ? hedgeText.split(/\.{2,}/).pop()! : "";
  const hedge = matches(HEDGE, /有/.test(hedgeText) ? replaceIfAny(hedgeText, IF_CHANGES, " ") : hedgeText) && !(afterPause && matches(ASSENT, afterPause) && !matches(HEDGE, afterPause));
  // "请不到的话再跟您改时间" / "不能的话我再约": a change only as a fallback is not asked for now.
  let forTime = /的话/.test(text) ? text.replace(FALLBACK_CHANGE, " ") : text;
  if (/本来|原本|原来/.test(text)) forTime = forTime.replace(OWN_MOVE, " ");
  forTime = replaceIfAny(forTime, FORMAT_CHANGE, " ");
  if (/gonna ask|going to ask|i said|thinking of asking|disregard/.test(forTime)) forTime = replaceIfAny(forTime, SUPERSEDED, " ");

  // Withdrawal said under a condition (如果太远的话就不去了) is not a decision yet.
  // "太远了，能线上面吗": distance with a request to go remote is no withdrawal.
  // "坪山太远了 有没有宝安的岗位": distance with a post nearer asked for, too.
  const asksRemote = (/线上|视频|远程|电话面|online|remote|video/.test(text) || ASKS_POST_ELSEWHERE.test(text)) && q.asksAnything;
  const undenied = /不|哪会|怎么会|说|别|没|本来|原本|之前|disregard|joking|kidding|\bjk\b|\bbut (?:now|my|i|the|it)\b|\bi said\b|\bthinking of asking\b/.test(text) ? replaceIfAny(replaceIfAny(replaceIfAny(replaceIfAny(text, SUPERSEDED, " "), DENIED_WITHDRAWAL, "一定到"), KEEPS_INTERVIEW, " "), DOUBLE_NEGATION, "$1") : text;
  const verdictOnJob = !q.asksAnything && matches(VERDICT_ON_JOB, undenied) && !matches(CALENDAR_CONDITION, undenied);
  const conditionMet = (matches(PAY_CONDITION, undenied) && matches(OFFER_STATED, undenied)) || matches(MISTAKEN_BELIEF, undenied) || verdictOnJob;
  // "可以往后挪半小时不，地铁过去太远了": the distance as the reason for a later slot asked for, too.
  // ("Please another time, the venue is too far for me to reach by 9am from my work place": English, too.)
  const distanceForChange = asksRemote || (/太远|\btoo far\b/.test(text) && (matches(CHANGE_REQUEST, text) || (time.slotShift !== null && time.role === "target")) && !/不(?:去|来|考虑|面)|算了|放弃|\b(?:withdraw|decline|pass)\b/.test(text));
  const decided = conditionMet ? undenied : distanceForChange ? withoutConditionals(undenied).replace(/(?:离家|距离|路程)?太远了?|\btoo far\b/g, " ") : withoutConditionals(undenied);
  // "突然发烧了 今天先不去了 好了再约可以吗": not going today, asking to meet once well, puts the interview off.
  const withdraws = (affirmed(decided, WITHDRAW) && !POSTPONES.test(text)) || affirmed(decided, BARE_REFUSAL) || affirmed(decided, GIVE_UP) || dismisses(decided);
  // "面试通过后多久入职" asks about a start date; only a statement reports a new job.
  // "我已经入职了，但还是想来面试看看": the new job is context when the reply then says it will come.
  const stillComing = CONTRAST.test(text) && /还是(?:想|要|会)?(?:来|去|参加|面)|还是想(?:和|跟)(?:你们|您|贵司)(?:聊|谈|面)/.test(text.split(CONTRAST).pop()!);
  // Assent inside a question ("没问题吧？", "1是确认的意思吗") is not assent.
  const statements = statementsOf(text);
  const decidedStatements = decided === text ? statements : statementsOf(decided);
  // ("Can I come a different day? I just started a part time job and can't skip shifts yet": a side job is the clash, not the
  // next job.)
  const foundJob = !stillComing && reportsNewJob(decidedStatements) && !(SIDE_JOB.test(text) && matches(CHANGE_REQUEST, text)) && !NEW_JOB_BLOCKS_SLOT.test(text);
  // ("能不能线上面试？我人在昆明过不来": unable to come in person, asking to be interviewed online: a question, not a withdrawal.)
  const inability = positiveOrAffirmed(decided, INABILITY) && !(ASKS_ONLINE.test(text) && /吗|么|\?|能不能|可不可以/.test(text));
  // "今天下午的面试还是按原来的时间吗": the original time asked about is not kept yet.
  const keepOriginal = matches(KEEP_ORIGINAL, text) && !(matches(VERIFIES_SLOT, text) && !matches(KEEP_ORIGINAL, statements));
  // "本来已经请好假，但今天公司突然通知…不能缺席": a conflict solved, then a new one.
  const resolved = matches(CONFLICT_RESOLVED, text) && !REOPENED.test(text);
  const asksFixed = matches(ASKS_IF_FIXED, text);
  const asksCost = ASKS_COST_OF_CHANGE.test(text);
  const asksProcess = matches(ASKS_PROCESS, text) || menu.asksAboutMenu || asksCost;
  // "改到周五吧……算了算了不改了，周三能去": a change asked for, then taken back at once.
  const changeRetracted = RETRACTED_CHANGE.test(text);
  // ("I won't be able to make that time, can it be moved?": unable, then asking whether it can move, asks for the move; so does
  // asking about flexibility beside a clash.)
  // ("I'm in Hong Kong on a work trip that week, can it be moved?": in English, a flexibility question beside an engagement asks for
  // the move; Chinese writers keep 时间能调吗 beside an uncertain one a question.)
  const request = affirmed(forTime, CHANGE_REQUEST) && !(asksFixed && !inability && !/\bclash(?:es|ing)?\b/.test(text) && !(!/\p{Script=Han}/u.test(text) && (matches(CONFLICT, text) || matches(LIFE_EVENT, text) || /\bthat (?:week|day)\b/.test(text)))) && !asksProcess && !changeRetracted;
  const timeTied = matches(TIME_REFERENCE, text);
  const timeTiedDay = /周|星期|礼拜|那天|当天|明天|后天|号|日/.test(text);
  // "面试完当天能上班不": asking to start work at once is no duty that day.
  // ("上班是周日到周四还是周一到周五？": the job's working week asked about is no duty of the candidate's.)
  const conflict = !ASKS_START.test(text) && !WORK_WEEK_ASKED.test(text) && !LEAVE_EARLY_ASKED.test(text) && !resolved && !(time.offSlotNegation && !time.negatedMention) && slotConflict(decided) && !/时间不冲突|不冲突/.test(text) && !(matches(ASKS_DURATION, text) && !timeTiedDay);
  // Assent under a condition (能去的话我会告诉你) is no assent either.
  // "提前半个钟到可以吗": asking to come early is coming.
  // ("提前十分钟到了" has arrived early: an arrival notice.)
  // ("Here 10 min early, will wait downstairs" has arrived early, in English.)
  const earlyArrival = time.arrivalShift !== null && time.arrivalShift < 0 && !/提前[^,.!?。]{0,6}到(?:了|的)|^(?:i'?m |already )?here\b[^.!?]{0,20}\bearly\b|\barrived early\b/.test(text);
  // "嗯，知道了": 嗯 / 哦 beside an acknowledgement acknowledges (LABELS.md), it does not assent;
  // beside a plan (嗯呢 我周三下午过去) it agrees.
  const ackOnly = matches(ACKNOWLEDGES, text);
  // A short assent said as a phrase of its own (好的，… / ok 我准时到); between Latin words a space does not
  // end one ("I can only do afternoons" holds no "can").
  // "嗯……其实…": 嗯 trailing off into dots hesitates; it does not agree.
  // ("原时间不 ok 了": a negated English ok is one phrase with its 不.)
  const assentClauses = (statements.includes("..") || statements.includes("那个") ? statements.replace(HESITANT, "") : statements).replace(/不\s+(?=ok\b|okay\b)/g, "不");
  // "到小区门口了，还得走一段，晚三四分钟": at the gate with a delay still ahead is on the way.
  // "要晚点到了" announces a late arrival; its 到了 is no arrival.
  // "到了第一时间联系您" promises what happens on arrival; it is no arrival yet.
  // ("差不多到了, just parking" / 到咗附近啦，搵紧入口: nearly there, not yet at the door.)
  const arrived = matches(ARRIVED, replaceIfAny(text, ON_ARRIVAL, " ")) && !/差不多到了|到(?:咗|了)附近|堵着|堵住|快了快了|等红绿灯|快到(?!点|时间)|快要到|马上到|(?<!早)就到|将到|晚(?:点|一点|些|一会儿?)?到了|\b\d+ more (?:mins?|minutes?)\b|\b(?:almost|nearly) there\b|马上马上|\bhere-ish\b|\blooking for a (?:parking )?(?:spot|space)\b|走过[来去](?:还)?要[\d几一两三四五十]+分钟/.test(text) && !(interviewDay && (matches(DELAY_AHEAD, text) || (CROWDED_LIFT.test(text) && (afterStart || LONG_QUEUE.test(text))) || PARKING_HUNT.test(text)));
  const notLate = matches(NOT_LATE, text);
  // "大概2点05到" on the day is an arrival estimate; so are "刚出厂门 半小时能到" and "I'm about 20 minutes out now".
  // "可能赶不上两点整，两点十分左右吧" is an arrival estimate too.
  // "收到，我下午两点前到" for a two o'clock slot hours ahead promises to be on time; on the way
  // (堵车了，两点前能到) it is an estimate.
  const eta = interviewDay && (/赶不上[^,.!?。]{0,4}(?:点|:\d\d)整?/.test(text) || /(?:估计|预计|大概|大约|可能)(?:要|得)?\s*[\d一二三四五六七八九十两]+\s*(?:点|:)/.test(text) || (/(?:点|:\d\d)\s*[\d一二三四五六七八九十半刻]*\s*(?:分)?\s*(?:左右|前|之前|以前)?\s*(?:才能|才|就|能|可以|一定|肯定)?到(?![了达])/.test(text) && (!(time.mentionsScheduled || time.arrivesBySlot) || /才|估计|预计|大概|大约|尽量|争取/.test(text) || (/前(?:一定|肯定)?(?:能)?到/.test(text) && (matches(LATE, text) || matches(IN_TRANSIT, text) || matches(ADMITS_LATE, text))))) || (/\b(?:be there|reach(?:ing)?(?: there)?|get there)\s+(?:by|around|about|at like|at about|at around|like)\s*(?:\d|quarter|half)/.test(text) && !time.mentionsScheduled && !time.arrivesBySlot) || /\barriv(?:e|ing)\s+(?:maybe\s+(?:at\s+|by\s+|around\s+)?|(?:at|by|around|about)\s*)(?:\d|quarter|half)|\b(?:arriv(?:e|ing)|reach(?:ing)?)\s+(?:like\s+)?\d{1,2}[:.]\d\d|\beta\b|\b(?:i'?m )?coming,? \d+ ?(?:mins?|minutes?)\b|\blate by (?:about |around )?\d+ ?(?:mins?|minutes?)\b|\bsee you in (?:\d+|a few|few|ten|five|fifteen|twenty)\b(?!\s*(?:hours?|hrs?|days?))|\b(?:if i|can i)(?: still)? come (?:in )?at\s*(?:\d|half|quarter)|\b(?:be (?:there|here|with you)|arrive|reach|get there)\s+(?:maybe )?in\s+(?:about |around |like |approx\.? |roughly |another |just |under |maybe )?(?:\d+|a few|few|a couple(?: of)?|five|ten|fifteen|twenty|thirty)\b(?! (?:days?|weeks?|months?|hours?|hrs?)\b)|快的话[^,.!?。]{0,3}[\d一二三四五六七八九十两]+\s*(?:点|:)|(?<![\d一二两三四五六七八九十]|提前|提早|早|晚|迟)(?:半|[\d一二两三四五六七八九十]+)(?:个)?(?:小时|钟头|分钟)(?:左右)?(?:就|才)?(?:能)?到(?![了达])|\b(?:about |around |like )?(?:\d+|ten|five|fifteen|twenty)(?: (?:mins?|minutes?))? (?:out|away)\b(?! from)|^(?:sorry,?\s*)?(?:\d+|two|five|ten|few) (?:more )?(?:mins?|minutes?)[!.\s]*$|\bbe there\b[^.!?]{0,30}\bmaybe (?:by |around )?\d/.test(text));
  // "今天十点的面试没变吧？我准备出门了" hours ahead: about to set off with no delay said is coming.
  const settingOff = interviewDay && !afterStart && !eta && SETTING_OFF.test(text) && !matches(LATE, text.replace(SETTING_OFF, " ")) && !matches(IN_TRANSIT, text) && !matches(ADMITS_LATE, text);
  // "是13号周三上午九点半对吗？是的话我没问题": the slot checked, and agreed to if it is so.
  const checkedThenAgreed = time.mentionsScheduled && !time.negatedMention && CHECKED_THEN_AGREED.test(text) && (matches(VERIFIES_SLOT, text) || text.includes("对吧") || /\bif so\b/.test(text));
  // ("Will the interview be in English? My english is ok but not perfect": the candidate's English is ok, not the slot.)
  // ("我 Mandarin 沒問題但想先知道": the same in Chinese.)
  // ("no can do tuesday, sorry": a refusal that holds the words "can do".)
  const skillsAside = decidedStatements.includes("my ") || decidedStatements.includes("没问题") ? decidedStatements.replace(SKILL_OK, " ") : decidedStatements;
  const assentStatements = skillsAside.includes("no can do") ? skillsAside.replace(/\bno can do\b/g, " ") : skillsAside;
  // ("it says 1 confirm 2 reschedule... if I choose 2 what happens after?": the menu's words asked about agree to nothing.)
  const assent = !(menu.asksAboutMenu && menu.choice === null) && (earlyArrival || settingOff || checkedThenAgreed || CHECKED_THEN_COMING.test(text) || (time.arrivesBySlot && !eta) || positive(assentStatements, ASSENT) || ASSENT_SHORT.test(text) || splitPhrases(assentClauses).some((c) => ASSENT_SHORT.test(c) && !(ackOnly && BARE_ACK.test(c))));
  // "如果稍微晚一点到会不会有影响" days ahead: lateness under a condition is asked about, not reported.
  // "刚下飞机，晚点细聊" days ahead is back from a trip, not on the way to the interview.
  const travelling = !settingOff && (matches(LATE, interviewDay ? text : replaceIfAny(replaceIfAny(text, IF_CLAUSE, " "), JUST_LANDED, " ")) || eta || (interviewDay && matches(IN_TRANSIT, text) && !(q.topics.includes("transport") && !matches(IN_TRANSIT, statements))));
  // "在路上了，应该不会迟到的": a hopeful promise on the way does not make it a confirmation.
  // "我在路上了，不会迟到的": on the way, a promise with nothing firm behind it (肯定, 准时, 放心) is still lateness news.
  const lateWords = (!notLate || (interviewDay && (HOPEFUL.test(text) || !/放心|准时|按时|\bas scheduled\b/.test(text)) && !FIRM_ARRIVAL.test(text) && matches(LATE, replaceIfAny(text, NOT_LATE, " ")))) && travelling;
  const arrivalLate = time.arrivalShift !== null && time.arrivalShift > 0;
  // "晚20分钟可以吗" said on the day is lateness; said days ahead it asks for a later slot. ("can we start 30 min later
  // today?" moves the start itself, like 推迟, unless said stuck on the way.)
  const smallShiftToday = interviewDay && time.slotShift !== null && Math.abs(time.slotShift) <= 30 && !/推迟|延后|往后|改|开始/.test(text) && !(!matches(IN_TRANSIT, text) && /\b(?:start|begin|push|move|shift|postpone|make it)\b/.test(text));

  // On the interview day, on the way and saying so: "两点可能到不了" is lateness, not a new slot,
  // unless they ask for one outright (改到…, 推迟…, 2).
  // "火车晚点了…面试能稍微往后挪一下吗": a small push asked on the way is lateness too.
  // "预计晚半小时，要不要改天？看你们": leaving the choice to them is asking, not a request either.
  // ("港鐵又delay jor, 可能遲5分鐘", "Delay a bit, sorry sorry, MRT have problem": the ride delayed, news of a delay, not a request.)
  // ("可以推迟到今天晚一点吗？6点左右" names the new clock outright: a change of slot, not a delay on the way.)
  const smallPush = request && !(time.role === "target" && time.resolution?.time != null) && ((/稍微|稍|一下|一点|一会|晚点(?:开始|面|再面|到)|\b(?:a (?:bit|little|wee bit)|slightly) later\b/.test(text) && !/改天|改期|换(?:个)?(?:时间|日子|天)|明天|后天|下周|别的时间|其他时间|\b(?:another|other) (?:day|date|time)\b|\btomorrow\b|\bnext week\b/.test(text)) || /要不要(?:改|换|另约)|要(?:改|换|另约)(?:时间|期|天)?(?:还是|吗)|要\s*reschedule\s*(?:还是|吗)|\bdelay (?:a bit|a little|abit)\b|(?:港铁|地铁|mrt|metro|train|bus|巴士)\s?(?:又|也)?\s?delay|看你们|是否需要(?:调整|改期|改时间)|你们(?:定|看着办)|\bshould (?:we|i) (?:reschedule|rebook)\b|\bprefer to rearrange\b|\bor reschedule\b|\bshould i still come\b|\bwant me to still come\b|\bwould you rather (?:rearrange|reschedule)\b|\bwould (?:ye|you|u) rather i came\b|\bshould i come another day\b|\bbe there at\b|\bcan i still come\b|\bprefer to reschedule\b|\bshall we (?:rearrange|reschedule)\b|\bshould we move it\b/.test(text));
  const onTheWay = interviewDay && lateWords && (!request || smallPush) && menu.choice !== 2;
  // A time the candidate puts forward (not the slot itself, not one they cannot make).
  // A bare 今天 on another day is context ("今天天气真好", "今天刚看到"), not a slot offered.
  // Beside menu 1, a loose 这周 / 最近 is context too ("1（除非…出差，不过这周应该不会）").
  // "还能面的话我就过来，不能的话改天？": a loose 改天 only as the fallback offers no time now.
  const fallbackOnly = time.vague && time.resolution === null && forTime !== text && !matches(CHANGE_REQUEST, forTime);
  const proposes =
    (time.resolution !== null || time.vague) && !fallbackOnly
      ? time.role === "target" ||
        (time.role === "proposal" && !(onTheWay && eta)) ||
        (time.role === "neutral" && (!assent || time.resolution?.date != null || ((time.vague || (time.resolution !== null && time.resolution.time === null) || /\bany ?day\b/.test(text)) && RANGE_AVAILABLE.test(text))) && !(menu.choice === 1 && time.vague) && !lateWords && !arrived && !(q.asksAnything && !(q.topics.length === 0 && CHECK_TAG.test(text))) && !bareToday(time, today))
      : false;
  // A hedge about one day does not undo a firm offer of another (不确定周三行不行，周四肯定可以).
  // "我这周都在家待业，哪天都行，就按你们定的时间来": a range that holds the slot, which is kept, offers nothing new.
  const proposesNew = proposes && !(keepOriginal && time.vague && time.resolution === null) && !INTERVIEW_PLACE_ASKED.test(text) && !HIRING_ASKED.test(text) && !changeRetracted && !asksCost && !smallShiftToday && !(hedge && time.role !== "target" && !(time.role === "proposal" && time.negatedMention === false && /肯定|一定|绝对|definitely/.test(text)));

  // ---- cancel ----
  // "堵着，两点可能赶不到" on the way is lateness, not a withdrawal.
  // "可能去不了……我再想想": a hedged inability decides nothing yet.
  // ("Earlier i told may be cannot come but now my leave got approved": the inability is the one since resolved.)
  const inabilityOnly = inability && !timeTied && !request && !proposesNew && !onTheWay && !hedge && !resolved;
  // "那我周三不去了，周四去": refusing the day while naming another is a new day, not a withdrawal.
  const refusesDayOnly =
    proposesNew && time.resolution?.date != null && matches(DAY_REFUSED, decided) && !foundJob && !/取消|放弃|不考虑|不找|再找工作|算了|不感兴趣|没兴趣/.test(decided);
  if (!refusesDayOnly && (withdraws || foundJob || menu.choice === 3 || inabilityOnly || (inability && matches(REFUSES_CHANGE, text)))) {
    // "去不了了，也不打算改时间了": unable and refusing a new time is a decision.
    const explicit = withdraws || foundJob || menu.choice === 3 || (inability && matches(REFUSES_CHANGE, text));
    const conflicting = menu.choice === 1 || (menu.choice === 2 && !withdraws);
    let confidence = explicit ? (verdictOnJob ? 0.7 : 0.92) : 0.66;
    if (conflicting) confidence -= 0.2;
    if (request && !withdraws) confidence -= 0.15;
    return { intent: "cancel", confidence, cancelReason: cancelReason(text) };
  }

  // ---- reschedule ----
  // "九月一号上午十点半，可以，开学第一天哈哈" / "年前最后一周，13号下午两点可以，面完就回老家过年了" /
  // "周六晚上七点也行的…周末反而好": the slot named back and agreed to; an event or a loose time said
  // beside it is a remark, not a conflict.
  // ("Thursday is the day of my thesis defense, so it is quite impossible for me … Any time is okay": beside a clash, "any time is ok"
  // offers the other times; it accepts no slot. So does "sorry I'm not free on this day, the rest of the week is ok".)
  const rangeOffered = conflict && ANY_TIME_OK.test(text);
  const slotAccepted = time.mentionsScheduled && !time.negatedMention && assent && menu.choice !== 2 && !request && (!proposesNew || (time.vague && !conflict)) && !SLOT_REFUSED.test(text) && !rangeOffered;
  const wantsChange =
    menu.choice === 2 ||
    request ||
    (proposesNew && !slotAccepted) ||
    // "不确定周三能不能赶回来，明天答复您": undecided, not yet a conflict.
    // "好的，我那天去，面试大概要多久啊？我下午还得接孩子": agreed, asking whether it fits around the duty.
    (conflict && !slotAccepted && !keepOriginal && !hedge && !onTheWay && !(matches(FIRM_CONFIRM, text) && !proposesNew) && !(assent && matches(ASKS_DURATION, text))) ||
    // "最近在住院，出院了再联系您": busy until later, then to be arranged — a change, not a hedge.
    (conflict && hedge && !keepOriginal && matches(AVAILABLE_ONLY_LATER, decided)) ||
    // "本来周三要出差的，已经推掉了": a conflict already solved refuses nothing.
    // "要是周三有事，能改时间吗": a day refused inside the asked hypothetical refuses nothing yet.
    (time.negatedMention && !keepOriginal && !resolved && !hedge && !onTheWay && !WORK_WEEK_ASKED.test(text) && !LEAVE_EARLY_ASKED.test(text) && !(matches(ASKS_DURATION, text) && (!timeTiedDay || assent)) && !(asksProcess && decided !== undenied));
  if (wantsChange && !(onTheWay && smallPush) && !(keepOriginal && !proposesNew && menu.choice !== 2 && !conflict) && !(menu.choice === 1 && !request && !proposesNew && !conflict && !time.negatedMention)) {
    let confidence = menu.choice === 2 || request || time.role === "target" ? 0.92 : proposesNew ? 0.8 : 0.74;
    if (menu.choice === 1) confidence -= 0.2;
    if (hedge) confidence -= 0.1;
    // "好，周四下午三点": agreeing to a time that is not the slot — a new time, said loosely.
    if (assent && (!request && !proposesNew || time.role === "neutral")) confidence -= 0.1;
    return { intent: "reschedule", confidence, cancelReason: null };
  }

  // ---- confirm ----
  // "已经出门了，路上有点堵，尽量准时": on the way with only a promise to try is lateness.
  // So is "预计准时或者晚五分钟": on time or a little late.
  // So is an arrival estimate (两点十分左右才能到): its 能到 is no promise.
  // ("Uber is late, I will be there 14:10": an arrival after the slot's clock, said on the way.)
  if (onTheWay && menu.choice !== 1 && (eta || arrivalLate || /尽量|争取|尽快|努力|(?:万一|如果|要是)[^,.!?。]{0,4}(?:晚|迟)|或(?:者|是)?(?:稍微)?(?:晚|迟)(?:到|个|一点|[\d一二两三四五六七八九十几])|最多(?:晚|迟)|^(?:来了){2}|\bsee you soon\b|\b(?:be there|make it) (?:just now|now now|just on time)\b|\bshould make it\b|\bcome (?:straight|directly|direct) from\b|\b(?:slight|small|bit of a|a little) delay\b|\b(?:heavy|bad|crazy|mad) traffic\b|\btraffic is (?:very |so |really |super )?(?:heavy|bad|crazy|terrible|jammed|mad|insane|awful|horrendous|shocking|a nightmare)\b|\bmight be tight\b|\bcutting it (?:fine|close)\b|\bshould be there\b|\ba few mins? over\b|\bas soon as (?:possible|i can)\b|\b(?:a few|few|\d+) (?:mins?|minutes?) (?:after|past) \d|\bshortly\b|\bbe there soon\b|\bhope (?:that'?s|it'?s|this is) (?:ok|okay|fine|alright)\b/.test(text) || (HOPEFUL.test(text) && !ON_TIME_EXPECTED.test(text)) || (notLate && !/放心|准时|按时|准点/.test(text)) || matches(ADMITS_LATE, text)) && !(FIRM_ARRIVAL.test(text) && !matches(ADMITS_LATE, text)) && !arrived) {
    return { intent: "late", confidence: 0.8, cancelReason: null };
  }
  // "好的，谢谢您的耐心解答": 好的 there acknowledges the answer; it accepts nothing.
  const thanksForAnswer = matches(THANKS_FOR_ANSWER, text) && !matches(ASSENT, text.replace(/好的|好滴|好嘞|好|嗯+|ok/g, " ")) && !keepOriginal;
  // "好的我到门口了" on the day: 好的 there only opens an arrival notice.
  // ("到了到了 刚好准时": on time, said on arriving, is the arrival; so is "Made it! … will come up at 4pm".)
  const okThenArrived = arrived && interviewDay && menu.choice !== 1 && !keepOriginal && !positive(decidedStatements.replace(/好的|好滴|好嘞|好|嗯+|ok|okay|(?:刚好|正好)准时(?!到)|\bwill come (?:up|in)\b/g, " "), ASSENT);
  // ("ok im on the way now", "ok leaving office now, 15min": ok there only opens the news that the candidate is on the way.)
  // (Not "Ok sir, I'll reach 15 mins before" / 好，我会提早十分钟到: arriving early is a promise kept.)
  const okThenOnTheWay = onTheWay && !notLate && !time.mentionsScheduled && !(time.arrivalShift !== null && time.arrivalShift <= 0) && !/提前|提早|早[^,.!?。]{0,4}到|\b(?:before|early)\b/.test(text) && menu.choice !== 1 && !keepOriginal && !positive(decidedStatements.replace(/好的|好滴|好嘞|好|嗯+|\bok(?:ay)?\b|👌|👍/gu, " "), ASSENT);
  if ((menu.choice === 1 || assent || keepOriginal) && !hedge && !thanksForAnswer && !okThenArrived && !okThenOnTheWay) {
    let confidence = menu.choice === 1 || ASSENT_SHORT.test(text) ? 0.95 : 0.88;
    if (lateWords) confidence -= 0.1;
    const tail = CONTRAST.test(text) ? text.split(CONTRAST).pop()! : "";
    if (tail && !lateWords && !positive(tail, ASSENT) && !keepOriginal && !matches(ASKS, tail)) confidence = Math.min(confidence, 0.55);
    if (menu.choice !== 1 && !lateWords && matches(SOFT, statements) && !FIRM.test(text)) confidence = Math.min(confidence, 0.58);
    return { intent: "confirm", confidence, cancelReason: null };
  }

  // "周四周五都不行，不过周三刚好空着，就周三吧" for a Wednesday slot: other days refused and the
  // slot's own day left as the one that works.
  if (time.mentionsScheduled && time.offSlotNegation && !time.negatedMention && time.resolution === null && !request && !conflict && !hedge && !lateWords && menu.choice !== 2 && !q.asksAnything && !matches(LIFE_EVENT, text) && SLOT_LEFT.test(text)) {
    return { intent: "confirm", confidence: 0.8, cancelReason: null };
  }

  // "2点可以吗" names the slot already planned: attending, but worth a check. Only without
  // any negation or conflict nearby: "Nope, can't do Wed" / "something came up on Wed" name
  // the slot to refuse it.
  // ("谢谢今天的面试" after it is over mentions the day; it attends nothing.)
  // ("10h30 em còn làm ca, 2h chiều được không ạ": in a language we do not read, the slot's clock may be
  // refused in words we cannot see; accented Latin letters mark such text.)
  if (time.mentionsScheduled && !afterStart && !lateWords && !arrived && !hedge && !UNREAD_LATIN.test(text) && !q.topics.length && !q.otherQuestion && !asksFixed && !matches(VERIFIES_SLOT, text) && !ANY_NEGATION.test(text.replace(CANNOT_READ, " ")) && !matches(CONFLICT, text) && !matches(LIFE_EVENT, text)) {
    if (CHANGE_ASKED_BESIDE_SLOT.test(text) && !CHANGE_DROPPED.test(text) && menu.choice !== 1) return { intent: "reschedule", confidence: 0.55, cancelReason: null };
    return { intent: "confirm", confidence: 0.66, cancelReason: null };
  }

  // ---- late ----
  // "在楼下了，马上上来，不好意思迟了几分钟": downstairs and late, still coming up, is lateness news
  // ("到了，晚了两分钟" has arrived: an arrival notice).
  // After the start time, "到了园区门口在登记，马上上来" / "我还在电梯里" is not there yet: late.
  // ("在楼下等电梯" / "保安在帮我登记，稍等两分钟" after the start: held up downstairs.)
  // ("im downstairs but the guard wont let me in without a visitor pass, will be a few mins late".)
  const notUpYet = /等(?:紧|着)?\s?lift|\bcoming up(?:stairs)?\b|马上(?:上来|上去|上楼)|这就上|正在上楼|在上楼|等电梯|(?:在|正在)(?:帮我)?登记|刷不(?:了|开)|进不去|\bwon'?t let me in\b|\bcan'?t get in\b/.test(text);
  // "到小区门口了，是几号楼来着？不好意思晚了几分钟": at the gate, late and still finding the door.
  const stillFindingLate = LATE_ADMITTED.test(text) && q.topics.includes("location");
  const arrivedLate = arrived && interviewDay && (LATE_ADMITTED.test(text) || matches(ADMITS_LATE, text) || afterStart) && (notUpYet || stillFindingLate);
  const notThereYet = afterStart && (notUpYet || /还在(?:电梯|楼下|门口|大堂|登记|排队)/.test(text));
  // ("我到樓下喇，等緊lift，遲咗少少": downstairs, late and waiting for the lift, is lateness news by itself.)
  if ((lateWords || arrivalLate || smallShiftToday || notThereYet || arrivedLate) && (!arrived || arrivedLate)) {
    return { intent: "late", confidence: interviewDay ? 0.9 : 0.75, cancelReason: null };
  }

  // "收到啦，有什么需要提前准备的吗": acknowledging the invitation and asking what to prepare
  // presupposes going; an acknowledgement with any other question still only asks.
  // "收到，周三下午两点。…远不远？": acknowledging and repeating the slot back accepts it, too.
  const slotRepeated = time.mentionsScheduled && !time.negatedMention && !time.offSlotNegation && /周|星期|礼拜|明天|后天|今天|号|点/.test(statements) && !matches(CONFLICT, text);
  // "收到，周一十点我直接去人民路那家店面试对吧？": the slot checked with the plan to go in it.
  // ("收到～那我周五直接去前台报名字就行吧？": the day between.)
  const planChecked = time.mentionsScheduled && !time.negatedMention && /我[^,.!?。]{0,4}?(?:会|就)?(?:直接)?(?:去|过去|过来|到)/.test(text) && !matches(CONFLICT, text);
  if (ACK_OPENING.test(text) && (q.topics.includes("materials") || slotRepeated || planChecked) && !hedge && !arrived) {
    return { intent: "confirm", confidence: 0.8, cancelReason: null };
  }

  // ---- question ----
  // "我是上次面过的那个小王，还记得我吗": a question, but about the chat, not the interview.
  if (q.topics.length === 0 && CHAT_QUESTION.test(text)) return { intent: "other", confidence: 0.8, cancelReason: null };
  if (q.topics.length > 0 || (q.otherQuestion && !hedge) || asksFixed || asksProcess) {
    return { intent: "question", confidence: q.topics.length > 0 && !q.topics.includes("other") ? 0.9 : 0.75, cancelReason: null };
  }

  // ---- other ----
  // Recognised small talk, hedges and arrivals are confidently "other"; text that
  // matched nothing at all is genuinely unclear.
  // A decision said only under a condition (如果太远就不去了) was understood as undecided, too.
  const recognised = hedge || arrived || onlySymbols || decided !== text || matches(SMALL_TALK, text);
  return { intent: "other", confidence: recognised ? (onlySymbols ? 0.7 : 0.88) : 0.35, cancelReason: null };
}
