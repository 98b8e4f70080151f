/**
 * Assent: will attend as planned. Chat assent is short and varied: 好的 / 好滴 / 妥 /
 * 👌 (→ 好的 upstream) / ok的 / 得行 (→ 可以) / 没问题 / 准时到 / 周三见. Hedges
 * ("应该可以吧，我确认一下再回您") are not assent: nothing is decided yet.
 */
import { guardedByFirstChars } from "../regex/first-chars.js";

/*
 * Double negation and idioms that mean yes (the last alternatives of ASSENT): 不去白不去
 * ("a waste not to go"), 不是不行 / 没有不去的道理 / 哪能不去 / 不会不来. Their literal 不去 /
 * 不行 must not read as refusal, so they are assent (不是不行 is softened via SOFT).
 * "还是要去" is assent only as a statement's end: "是视频面试还是要去公司" asks A or B.
 */

/** Assent anywhere in the reply (checked with {@link positive}, so 不参加 / 没确认 fail). */
// Getting ready for it (这次我会好好准备, 会认真准备的) is coming to it.
// "今天下午三点照常吗 我这边可以": the candidate's side is fine, said as a statement's end.
// "下午两点肯定能赶到": a firm promise to make it; 必到 / 必去 ("sure to come"); "周五请假过去" (leave taken to come).
// Behind a lookahead for the characters a match can start with (see first-chars.ts): same
// matches, and V8 skips the positions where none can start (measured faster for this regex;
// for most lexicons the guard is slower, so it is applied one by one).
export const ASSENT = guardedByFirstChars(
  // "Happy to proceed at the proposed time": going ahead as planned.
  // "不会耽误的" / "今天的面试我没忘": a promise that the interview is kept.
  // ("I will assist to the interview": Spanish and French asistir / assister, to attend; "Still on for today? I'm ready".)
  // ("no worries, 10.30 tmrw it is": a time agreed with "it is"; Hindi in Latin letters: theek hai (fine), aa jaunga (I'll
  // come), pakka (for sure).)
  // ("Great, tomorrow 14:00 then", "Totally works", "I'll be punctual".)
  // ("Righto, locked in", "locked it in the calendar", "I shall be in attendance", "I will be there by God's grace", "2:30pm is sweet",
  // "that's fine w me".)
  /\bi (?:hereby )?accept (?:the|your|this) (?:interview|invitation|invite|schedule|slot|time)\b|\bi(?: am|'m) ready for (?:the|my|this) interview\b|\b(?:will not|won'?t) miss it\b|\bbilkul\b(?! (?:nahi|nai|not)\b)|\btime (?:pe|par) (?:pahunch|aa) (?:jaunga|jaungi|jayenge|jaoonga)\b|^(?:i'?m )?on for (?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|today|tomorrow)(?: today| tomorrow)?(?=\s*[-–,.!]|\s*$)|^definitely\b(?! not)|\bput me down for (?:it|that|this|the|\d)|^aye\b(?!,? but)|\bgood to go\b|\brighto\b|\blocked (?:it )?in\b|\bin attendance\b|\bbe there by god'?s grace\b|\bis sweet\b|\bthat'?s (?:fine|ok|okay|good) (?:w|with|by|for) me\b|^(?:great|perfect|awesome|excellent|wonderful|lovely|brilliant|fantastic|splendid)\b(?! question| but\b)|^(?:totally |that |it |this |all )?works\b(?! (?:at|for (?:you|them))\b)|\b(?:i'?ll|i will) be punctual\b|\bbe there (?:by|before) \d{1,2}(?:[:.]\d\d)?(?: ?[ap]m)?(?: only| sharp)?(?=[.!~,\s]|$)|(?<=(?:\d|am|pm|tomorrow|today|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)it is(?=[.!~\s]*$)|\btheek (?:hai|he)\b|\baa (?:jaunga|jaungi|jayenge|jaoonga)\b|\bpakka\b(?! (?:nahi|nai)\b)|\bi go (?:reach|dey) there\b|\bno wahala\b|\bwould be delighted to attend\b|\baccept the (?:interview )?invitation\b|\b(?:i'?d|i would|i'?m|i am) (?:be )?(?:happy|glad|pleased) to attend\b|^coming[!.~\s]*$|\bassist (?:to )?the interview\b|\bi'?m ready\b(?! (?:to (?:reschedule|cancel|withdraw|move)))|(?<![会不])不会耽误(?:的|面试)?(?=[,.!。~\s]|$)|(?:面试)?(?:我)?(?:没|没有)忘(?:记)?(?:的|呢|哈)?(?=[,.!。~\s]|$)|\bhappy to proceed\b(?! with (?:a|another|the new|a new) )|(?:就算|即使|哪怕)[^,.!?。]{0,8}(?:我)?(?:也|都)(?:会)?(?:来|去|到)(?![^,.!?。]{0,3}(?:吗|么|\?))|接受(?:面试)?(?:邀请|邀约|安排)|请(?:好|了)?假(?:就)?(?:过去|过来|去|来)(?![^,.!?。]{0,3}(?:吗|么|\?))|必到|必去|必来|(?<![更最很挺不])好的|(?<!不)(?:肯定|一定|保证|绝对)(?:能|可以|会)(?:到|赶到|赶过去|赶过来)(?![^,.!?。]{0,3}(?:吗|么|\?))|(?<![^,.!?。~\s])(?:我|我这边|我这里|我这儿)(?:都|也)?(?:可以|行|ok)(?=[,.!。~\s]*$)|我是要确认|这次一定|(?:待|一)会儿?见|(?:什么|啥)时间都(?:行|可以|ok)|就这个(?:了|吧|啦)(?=[,.!?。~\s]|$)|i can make it|can make it|\bi'?ll be there\b|那我[^,.!?。]{0,8}(?:过去|过来)(?:哈|啊|吧|哦)?(?=[,.!?。~\s]|$)|(?:会|要|一定|肯定)(?:好好|认真)准备(?![^,.!?。]{0,6}(?:吗|么|\?|什么|啥|哪))|(?<![真太多午上你您])好(?:啊|呀|哦|吖|哈|勒|咧)|好嘞|可以的|可以参加|(?:可以|能)(?:过去|过来|去|来)?面试(?![^,.!?。]{0,3}(?:吗|么|\?|了吗))|(?:那天|当天|这天|这个点|那个时间|周.|星期.|礼拜.|上午|下午|晚上|中午)(?:的面试)?(?:我)?(?:都|应该|也|肯定|一定|是)?(?:可以|行|没问题|(?<!才|只)有空|ok)(?![吗么?吧])|(?:应该|估计|大概)(?:是)?(?:可以|没问题|能去|能到)(?![吗么?吧])|(?:那天|当天|这天|周.|星期.|礼拜.)(?:的)?(?:上午|下午|中午|晚上)?(?:我)?(?:全天|一整天|整天|一天)?(?:都)?(?:没事|没啥事|没什么事|没安排|没有安排|空着|空闲)(?![吗么?吧])|(?:我)?自己(?:导航|找|打车|开车|坐地铁|坐车|走)?(?:过去|过来)(?![吗么?])|(?:点|点半|:\d\d)(?:钟)?(?:我)?(?:都|也)?(?:可以|行|没问题|ok)(?=[,.!。~\s]|$)|(?:点|点半|:\d\d)(?:钟)?我(?:准时)?(?:去|来|到|过去|过来)(?=[,.!。~\s]|$)|(?:点|点半)(?:钟)?准时到(?=[,.!。~\s]|$)|搞定(?![^,.!?。]{0,2}(?:吗|么|\?))|请(?:好)?了(?:半天|一天|个|半天的)?假|(?:周.|明天|后天|那天)(?:上午|下午|晚上|早上|中午)见|没啥问题|没什么问题|按约定|按约|按时间过去|(?:届时|到时|到时候|周.|明天|那天|下午|上午|回头|待会|一会|号|日|下周|下礼拜|下星期)见|到点(?:我)?(?:就)?(?:去|过去|到)(?=[,.!。~\s]|$)|能参加|可以去|能去|能来|我可以(?!问)|那我可以(?!问)|没问题|(?<![想再要]|[123]是)确认(?!一?下)|确定参加|确定|准时|按时|(?<!一)会去|(?<![想过回出进失])去的(?!路上)|(?<!一)会来|(?<!一)会到|(?<!不)会过(?:去|来)(?!吗|么|\?)|到时见|到时候见|周.见|明天见|下午见|回头见|一定到|一定去|肯定到|肯定能到|一定能到|(?<!才)能到(?!\s*[\d一二三四五六七八九十两几]+\s*(?:w|k|万|千|块|元))|参加|放心|不会迟到(?!太久|很久|多久|太多)|不会晚(?!太久|很久|太多|多少)|\bok\b|\bokay\b|\byes\b|(?<!\b(?:be|make|not) )\bsure\b|(?<!(?:before|until|once|after) (?:(?:i|we) )?|(?:kindly|please|pls|can you|could you) )\bconfirm(?! late\b| cannot\b| can'?t\b| no\b)|see you|see u\b|see ya|\bcya\b|\bperfect\b|will attend|(?<!should )be there(?! (?:in|around|at|by|about)\b(?![\u00c0-\u024f]))|attending|sounds good|got it,(?!\s*(?:thanks?|thank you|thx|ty)[!.\s]*$)|\byep\b|\byeah\b|\byup\b|works for me|\bgood for me\b|\b(?:works|suits) (?:great|fine|well|perfectly)\b|\bi'?m in\b(?=\s*(?:[,.!~]|$))|\babsolutely\b|\blooking forward to (?:meeting|it|the interview|seeing|talking)\b|\bsuits me\b|\bgood with (?:that|the|this) (?:time|slot|date)\b|\b(?:that|the|this) time'?s? (?:is )?(?:fine|good|ok|great)\b|\b(?:shall|will) be (?:present|available)\b|\bdefinitely (?:coming|attending|there|will (?:come|attend|be there))\b|\b(?:that|the|this) (?:slot|time)(?: is| works)? (?:great|fine|good|perfect)\b|\bno changes? (?:needed|necessary|required)\b|that works|fine (?:with|by) me|no problem|提前[^,.!?。]{0,6}(?:到(?![了达])|过去|出发)(?!上午|下午|晚上|中午|早上|周|明|后|\d|[一二三四五六七八九十两]+点)|还是(?:会|想|要)?(?:去|来|参加)(?:面试|面一下)?(?:看看|试试)?(?:吧|的|了|啦)?(?=[,.!?。~\s]|$)|(?:就这么|那就这么|就这样)定(?:了|吧)|一言为定|听(?:你们|您|公司|贵司)的?安排|(?:哪个时间|什么时候|随时|全天)都(?:可以|行|ok|没问题)|随时(?:可以|都行)|(?:加入|加到|记到|记在|放进)了?(?:日程|日历|行程|calendar)|added (?:it )?to (?:my )?calendar|(?:先|会|就|准时)(?:来|去|过来|过去)面(?![吗么?])|期待(?:与您|和您|跟您|您的)?(?:见面|面谈|相见|这次面试|面试)|(?:到点|准点)(?:就|一定|肯定)?到|说定了|不见不散|(?:肯定|一定|必须|当然|绝对)(?:会|能|要)?(?:去|来|到|参加)(?!不)|妥|没毛病|收到.{0,4}(?:准时|参加|会到)|没有问题|(?:可以|能)(?:过去|过来)(?![吗么?])|不(去|来|参加|面)白不\1|(?:不是|并不是|并非|没有|不会|哪能|怎么会|怎能|哪有|没理由|不可能)不(?:去|来|参加|行|可以|能去|能来|想去)(?![^.!?。]{0,4}(?:是|而是|只是|就是))|没有不(?:去|来)的道理|(?<!才|只|才能|只有|都没|没)有(?:时间|空)(?=[,.!?。~\s]|$)|准(?:到|点到)|on time|alright|all right|will do|can do|count me in|count on me|^yes{2,}|\bhonou?r the invitation\b|\ball set\b|(?:都|还是)(?:系|是)?决定去(?:面试|面|参加)?(?=[,.!?。~\s]|$)|\bi(?: will|'ll) make it\b|^am available\b|\bi(?:'ll| will| am|'m) (?:be )?available\b(?! (?:on|from|after|only|next|in the))|\bmy pleasure to attend\b|\bno dramas\b|\bno shaking\b|\bcan confirm\b|\bconfirm my attendance\b|\bi will be around\b(?! (?:\d|at|after|till|until|from))|^done(?: sir| madam| ma'?am| mam)?[.!\s]*$|^accept(?:ed)?[.!\s]*$|\bagree with (?:this|the|that) time\b|\bi (?:am )?agree\b|^(?:yes,? )?i can(?=[!.,\s]*(?:$|thank))|\bi can (?:join|attend)\b|\bnow (?:is |it'?s )?(?:ok|okay|fine)\b|\baccept(?:ing|ed)? (?:the |your )?(?:invite|invitation)\b|^g[!.\s]*$|\bsige\b|\bopo\b|\bpunta ako\b|\battend po\b|^going po\b|\bi can come\b|\b(?:that|the|this|same) (?:time|slot|date|day|timing) works\b|\b(?:mon|tues?|weds?|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?(?: (?:at )?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|half (?:one|two|three|four|five|ten|eleven)))?(?: (?:works|is (?:fine|good|ok|okay|perfect|grand))|'s (?:good|fine|ok|okay|perfect))\b|\bsounds (?:great|good|perfect|fine|lovely)\b|\bbrilliant\b|\bstill (?:on|good|ok|okay) for\b|^(?:(?:ya|yah|yeah|yes|ok|okay),?\s*)?fine\b|\bwill (?:surely|definitely|sure|certainly) (?:come|attend|be there|join)\b|\ball good for (?:the |that |this )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|interview|slot|time)|\bbe there (?:at \d+(?::\d\d)?\s*(?:am|pm)?\s*)?(?:sharp|on the dot)\b|不会忘|早(?:点|些|一点)(?:出门|出发|过去|到)(?![吗么?])|(?:i'?ll|i will|will) (?:come|attend|join)(?!(?: (?:the|my) (?:call|meeting|zoom|teams|interview|link))? in (?:\d+|a few|few|two|five|ten) ?(?:mins?|minutes?|secs?)\b)|(?:到时候?|届时)(?:我)?(?:就|会|再|一定|准时)?(?:去|来|过去|过来)(?=[,.!?。~\s哈啊的哦]|$)|(?:你们|您|贵司|公司|hr)(?:定|安排|约)的?(?:时间)?(?:我)?(?:都|就)?(?:可以|行|ok|没问题|方便)(?![吗么?])|就这个(?:时间)?吧/,
);

/** Whole-reply assent that would be too loose inside a sentence. */
// 可 alone is a terse 可以; 安排 / 安排上 is chat slang for "go ahead" (only safe as the whole reply:
// inside a sentence 有安排 is a conflict).
// Regional and internet slang for OK, as whole replies: 得嘞 / 得咧 (Beijing), 哦了 / 欧了 ("OK了"),
// 好噶 / 好嘎 (Wu and Cantonese particles), 必须的 / 那必须 ("of course"), 稳了 ("sure thing").
// 我有去啦 / 有要去 (Taiwanese and Southern Min Mandarin: 有 before a verb affirms it).
// "bet" / "deal" / "cool cool cool" / "good w me": chat English for yes, as whole replies; "tamam" (ok in Turkish,
// Arabic, Urdu and Hindi chat).
export const ASSENT_SHORT = /^(?:也|那|那就|就)?(?:(?:定了|hd|hdd|好|行|能行|中|嗯|可以|可|ok|妥|妥妥|对|是的|去|来|没问题|成|yes|y|ya|yah|yeah|yep|yup|sure|k|okk+|okie(?: dokie)?|okey|boleh|bet|deal|cool|i go|(?:i'?m|am) in|sawa|nitakuja|ana gay|tamam|tamaam|(?:ji )?(?:sir,? )?(?:pakka |zaroor )?aa(?:u|oo)nga|good w(?:ith|\/)? me|hao(?:de|di|da|le|ya)?|keyi(?:de)?|安排上?|一定|随便|无所谓|都行|都可以|得(?=[嘞咧勒叻])|[哦噢欧喔](?=了)|必须|稳|听(?:你|您|你们)的|(?:你|您|你们)定|我(?:去|来|参加|会去|会来|会到|会过去|会过来|能去|能来)|号(?=的)|同意|可一|恩+|得|can|我?有(?:要)?(?:去|来|过去))(?:[的啊呀哦嘞了吧呢滴哒叭噻呗撒嘛勒咧叻吖哈噢喔捏耶嗷哇噶嘎咯喽哟哩]|\s*(?:lah|leh|lor|la)\b)?\s*)+[!.。~]*$/;

/**
 * A bare 嗯 / 嗯嗯 / 嗯呢 (LABELS.md: "bare acknowledgements (收到 / 嗯)" are other): it shows the
 * message was read, not that the candidate will come. 嗯 with anything more (嗯 可以, 嗯好的)
 * is assent through the words that follow.
 */
export const BARE_ACK = /^(?:[嗯恩唔哦噢喔]+[呢哪呐啊呀的]?[\s!.。~]*)+$/;

/**
 * "ok收到" / "收到ok": ok said beside 收到 / 知道了 only acknowledges the message (two writers
 * agree); with a plan or a promise (ok收到，一会儿见) it agrees.
 */
// ("ok noted": two writers read it as an acknowledgement too.)
export const OK_ACK = /^(?:ok|okay)[,\s]*thanks? for (?:letting me know|the (?:info|update|reminder|heads up))[!.\s]*$|^(?:ok|okay|okk+)[\s,.!~]*(?:noted(?:,? (?:with )?thanks)?|收到|知道了?|明白|了解)(?:了|啦|哈|啊|呀)*[\s!.。~]*$|^(?:收到|知道了?|明白|了解)(?:了|啦|哈|啊|呀)*[\s,.!~]*(?:ok|okay|okk+)[\s!.。~]*$/;

/**
 * A contrast after assent ("好的，不过…", "可以是可以，但是…") may take the assent back. When
 * what follows the last contrast is neither assent nor a question, a confirm is unsure.
 */
export const CONTRAST = /但是|但|不过|可是|只是|就是说|however|\bbut\b/;

/** Softened assent (应该能去吧, 我尽量): likely attending, but the bot should make sure. */
export const SOFT = /不是不行|应该|大概|可能|尽量|估计|probably|should be|i think/;
export const FIRM = /一定|肯定|确认|确定|准时到|必到|准时参加|按时到|will be there|confirm/;

/** "有变化我再通知您" promises news only if plans change; it defers nothing. */
export const IF_CHANGES = /有(?:变化|变动|情况|问题|调整)(?:的话)?[,]?(?:我)?(?:会)?(?:再|及时)?(?:通知|联系|告诉|说)(?:您|你)?/g;

/** Undecided: will confirm later, not sure, thinking. */
export const HEDGE =
  // "我会考虑的": thinking it over decides nothing.
  // "不知道那天会不会安排监考…出来了第一时间告诉您" / "排班还没定，没法给准话" / "明天给您准信": not yet known.
  // "我明天再跟你讲好吗" / "晚点跟您确认": the answer itself is put off.
  // "看完时间表再联系你": the timetable still to be checked.
  // "需要 compare 一下再决定，这两天给你 feedback": comparing offers first.
  // "这个要看我那天排不排班": it depends on a roster not known yet.
  // English: let me see, let me confirm with my boss, checking with my manager, will update you once I've confirmed my leave, I'll think about it.
  // ("i need to ask my prof", "lemme confirm w my supervisor first", "My PA will confirm", "checking with Mr. Sun and will come back to you",
  // "will reply tomorrow", "可能去吧".)
  // ("got it, will let u know", "好的，我先了解一下贵公司的情况", "我跟领导请个假确认下", "好的好的我看看", "哈哈好的我看下课表".)
  // ("这周比较忙，我尽量", "我跟领导请假看看，批了告诉你", "ok 我先看下排期".)
  // ("I'll look at my roster and confirm", "ok I'll look at my calendar later".)
  // ("Let me discuss with family and will tell you", "我问下 manager 批不批假 再 confirm", "不知道能不能请到假 请到了跟你说".)
  /\blet me (?:discuss|talk|check|consult)(?: it)? with (?:my )?(?:family|wife|husband|parents|boss|manager|team|hr)\b|再\s*confirm\b|我问(?:一)?下\s*(?:manager|boss|领导|老板|经理|主管)|不知道(?:能不能|能)请(?:到|下来)?假|请到了?(?:假)?(?:再)?(?:跟|和|告诉)(?:你|您)|等我确认(?:一)?下(?=[!.。~\s]*$)|\b(?:i'?ll|i will|let me|will) (?:look at|check) my (?:roster|schedule|calendar|diary|timetable|shifts?)\b|我尽量(?=[!.。~\s]*$)|请(?:个)?假看看|批了(?:再)?(?:告诉|通知|跟)|先看(?:下|一下|看)(?:排期|日程|行程|安排|日历|calendar|schedule)|(?:will|'ll) let you know(?=[.!~\s]*$|\s+(?:soon|later|tomorrow|asap|once|after|by))|先了解(?:一下|下)?(?:贵公司|公司|你们|这边)?(?:的)?(?:情况|环境)|请(?:个)?假(?:再)?确认(?:一)?下|我看(?:看|一下|下)(?:课表|排班表?|日程|行程|安排|时间表?)?(?=[!.。~\s]*$)|先不答复|等我(?:跟|和)[^,.!?。]{1,6}确认|\bok wait\b|\bwait ah\b|\bdouble confirm with\b|请下来了?(?:就|再)确认|请个假看看|\bwill see if\b|\bwill inform (?:you )?(?:tomorrow|later|soon|tonight)\b|斟酌|明日再复|到时候(?:再)?看(?=[,.!。~\s]|$)|\blet me think\b|\blet me double[- ]?check\b|(?<!\bi )\bconfirm (?:tonight|tomorrow|later|by (?:tonight|tomorrow|eod))\b(?! \d| at\b| (?:morning|afternoon|evening)\b)|\bi'?ll confirm once\b|\bonce i'?ve sorted\b|我?先(?:跟|和)(?!您|你)[^,.!?。]{1,8}确认(?:一?下)?|确认(?:一?下)再|\bi'?ll let you know\b(?! (?:a |the |another )?(?:new |suitable |better |convenient )?(?:time|slot|date))|\bwaiting for my (?:work )?(?:schedule|roster|shift)|\bneed to confirm with\b|\bi'?ll come back to you\b|\b(?:need to|have to|gotta|must|let me|lemme) ask (?:my|the)\b|\b(?:let me|lemme) (?:confirm|check) w(?:ith)? (?:my|the)\b|\b(?:my )?(?:pa|assistant|secretary|ea) will (?:confirm|revert|get back|reply)\b|\bchecking with (?:mr|ms|mrs|dr)\b|\bwill (?:come back|get back|revert) to you\b|\bwill reply (?:you )?(?:by |latest )?(?:tomorrow|tmr|tonight|later|soon)\b|^(?:我)?(?:可能|也许|或许)(?:会)?(?:去|来)(?:吧|的吧)?[!.。~\s]*$|\bafter confirm with\b|\breply (?:you )?later\b|(?:谂|想)(?:下|一下)先|\blet me see\b|\blet me (?:confirm|check) with my\b|\bchecking with my\b|\bonce i'?ve confirmed\b|\bi'?ll think about it\b|(?:要|得)看(?:我)?[^,.!?。]{0,6}(?:排班|排不排班|上不上班|有没有空|有空吗|忙不忙|排班吗)|(?:比较|对比|compare)[^,.!?。]{0,4}(?:一下|下)?再(?:决定|定|答复|回复)|给(?:你|您)\s*(?:feedback|答复|回话|准信)|我会考虑(?:的|一下)?|(?:看|查|等)(?:完|一下|下)?(?:时间表|课表|排班表?|日程|行程表?)[^,.!?。]{0,4}(?:再|后|之后)(?:联系|回复|答复|告诉|跟|和|给)|到时候再(?:跟|和)(?:你|您)说|(?:明天|晚点|晚些|回头|稍后|等下|等会儿?)(?:我)?(?:再)?(?:跟|和|给)(?:你|您)(?:说|讲|回复|答复|确认|回话)|也可能去不了|看[^,.!?。]{0,8}忙(?:不忙|吗)|不(?:知道|确定)[^,.!?。]{0,12}会不会|(?:排班|安排表|排班表|课表|班表)[^,.!?。]{0,4}还没(?:出|定|排)|没法给(?:准话|准信|答复)|等定了再|给(?:您|你)(?:个)?准信|第一时间(?:告诉|通知|回复)(?:您|你)|问(?:一?下|问)(?:我们的?|我的?)?(?:站长|老伴儿?|孩子|儿子|女儿|领导|老板|上司|家里|家人|老婆|老公|爸妈|父母|对象|项目经理|经理|主管|班长|组长|队长|工头|车间主任|主任)(?!岗|职|的岗|这个岗)|(?:确认|看看|看一?下|查查|查一?下)[^,.!?。]{0,6}(?<!谢谢|感谢)(?:排班|安排|行程|日程|班表)|(?:^|[,.!~\s]|[哈嘿呵])(?:好的?|嗯|行)?[,\s]*我(?:先)?(?:看看|想想)(?:吧|哈|啊)?(?=[,.!?。~\s]|$)|(?:^|[,.!~\s])(?:好的?|嗯|行)?[,\s]*我(?:先)?看一下(?:吧|哈|啊)?(?=[!.。~\s]*$)|(?:让|叫)(?:她|他)(?:再)?回(?:你|您)|(?:下课|下班|忙完|开完会|考完)(?:了)?(?:再)?回(?:你|您)|(?:争取|尽量|试着|试试)(?:请假|请下假|调班|调休|调一下|换班)|请(?:个|下)?假试试|请到(?:假)?了再|请(?:个|下)?假再(?:跟|和|给)?(?:你|您)?(?:说|讲|确认|答复|回复)|(?:跟|和)[^,.!?。]{0,6}商量(?:一下|下|商量)|确认了?再|确定了?再|再回(?=复|您|你|消息|信|话|个|[,.!?。~\s]|$)|(?:我再|回头)(?:跟|和|给)(?:你|您)(?:说|讲|回复|答复|确认|联系)|再答复|再确认|再确定|确定了再|还没想好|没想好|还没决定|没决定好|还在犹豫|犹豫|纠结|拿不定|在考虑|再通知|(?<!发(?:我|给我)?|您|你)(?:看看|看一下|看下)[^,.!?。]{0,8}吗|(?<!有机会|以后|之后|下次)再说(?:吧|了)?(?=[,.!?。~\s吗]|$)|(?<![到达])(?:了|后|完|下来)(?:再)?(?:跟|和|给)?(?:你|您)(?:说|讲|回复|答复|确认|确定)|(?:好|完)了?(?:再|就)?告诉(?:你|您)|回头(?:再|告诉|回复|联系|答复|说)|先看看|先看一下|看看那天|看下那天|再回复|再告诉|再联系您|再定|再看|考虑一下|考虑考虑|还在考虑|容我考虑|看下时间|看一下时间|看看时间|看下安排|看看安排|确认一下再|不确定(?!能不能找到|能找到|找不找得到|找得到|怎么走|路)|不(?:太|是很|大)确定(?!能不能找到|能找到|找不找得到|找得到|怎么走|路)|不一定|看情况|视情况|也许|或许|说不准|应该可以吧|可能可以|晚点说|晚点回复|稍后回复|等我.{0,10}(?:再(?!过去|过来|去|来|面)|答复|回复)|到时候再说|回头再|给(?:您|你)[^,.!?。]{0,6}(?:答复|回复|回话)|(?:答复|回复)(?:您|你)|没定下来|定不下来|(?:晚点|晚些|晚一点|稍后|之后|回头|过会儿?|待会儿?)(?:再)?(?:(?:跟|和|给|向)(?:你|您))?(?:确定|确认|答复|回复|告诉|回话|回个话)(?![^,.!?。]{0,3}(?:地址|位置|地点|路线|材料|细节))|确定(?:一下)?能不能|不知道能不能|不清楚能不能|能不能(?:去|来|参加)还|let me check|\blet me confirm (?:my|the)\b|\b(?:will|'ll|and) revert\b|看(?:批不批|批吗|给不给批|能不能批)|\b(?:let me )?confirm later\b|\b(?:will|'ll) (?:confirm|let you know|get back to you)(?: with you)? (?:by|later|tonight|tomorrow|soon|after)|\bwaiting (?:on|for) (?:my|the) (?:current |school'?s |company'?s )?(?:timetable|schedule|roster|manager|boss)|考虑下|\b(?:need|have) to (?:double[- ])?check\b|\bcheck with (?:my|the)|check\s*(?:一下|下)?\s*(?:my\s+)?(?:schedule|calendar|日程|行程|安排|排班)|not sure|maybe|get back to you|再想想|我想想|想一想再|(?:看|查)(?:一下|下|看)[^,.!?。]{0,8}(?:安排|时间|日程|行程)|(?:给|回)(?:您|你)(?:个)?(?:准信|准话|消息|信儿)|(?<!(?:在上班|在忙|上班呢|在开会|开会呢|在干活)[\s,]*)(?:等会儿?|等一下|一会儿?|待会儿?|晚点|稍后|回头)(?:再)?(?:回(?:复)?(?:你|您)?|聊|联系)(?=[,.!?。~\s哈啊哦]|$|sorry)/;
