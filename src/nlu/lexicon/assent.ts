/**
 * Assent: will attend as planned. Chat assent is short and varied: 好的 / 好滴 / 妥 /
 * 👌 (→ 好的 upstream) / ok的 / 得行 (→ 可以) / 没问题 / 准时到 / 周三见. Hedges
 * ("应该可以吧，我确认一下再回您") are not assent: nothing is decided yet.
 */

/*
 * Double negation and idioms that mean yes (the last alternatives of ASSENT): 不去白不去
 * ("a waste not to go"), 不是不行 / 没有不去的道理 / 哪能不去 / 不会不来. Their literal 不去 /
 * 不行 must not read as refusal, so they are assent (不是不行 is softened via SOFT).
 * "还是要去" is assent only as a statement's end: "是视频面试还是要去公司" asks A or B.
 */

/** Assent anywhere in the reply (checked with {@link positive}, so 不参加 / 没确认 fail). */
// Getting ready for it (这次我会好好准备, 会认真准备的) is coming to it.
export const ASSENT =
  /(?<![更最很挺不])好的|(?:会|要|一定|肯定)(?:好好|认真)准备(?![^,.!?。]{0,6}(?:吗|么|\?|什么|啥|哪))|(?<![真太多午上你您])好(?:啊|呀|哦|吖|哈|勒|咧)|好嘞|可以的|可以参加|(?:那天|当天|这天|这个点|那个时间|周.|星期.|礼拜.|上午|下午|晚上|中午)(?:的面试)?(?:我)?(?:都|应该|也|肯定|一定|是)?(?:可以|行|没问题|有空|ok)(?![吗么?吧])|(?:应该|估计|大概)(?:是)?(?:可以|没问题|能去|能到)(?![吗么?吧])|(?:那天|当天|这天|周.|星期.|礼拜.)(?:我)?(?:全天|一整天|整天|一天)?(?:都)?(?:没事|没安排|没有安排|空着|空闲)(?![吗么?吧])|(?:我)?自己(?:导航|找|打车|开车|坐地铁|坐车|走)?(?:过去|过来)(?![吗么?])|(?:点|点半|:\d\d)(?:钟)?(?:我)?(?:都|也)?(?:可以|行|没问题|ok)(?=[,.!。~\s]|$)|没啥问题|没什么问题|按约定|按约|按时间过去|(?:届时|到时|到时候|周.|明天|那天|下午|上午|回头|待会|一会)见|能参加|可以去|能去|能来|我可以|那我可以|没问题|(?<![想再要])确认(?!一?下)|确定参加|确定|准时|按时|会去|(?<![想过回出进失])去的(?!路上)|会来|会到|到时见|到时候见|周.见|明天见|下午见|回头见|一定到|一定去|肯定到|肯定能到|一定能到|能到(?!\s*[\d一二三四五六七八九十两几]+\s*(?:w|k|万|千|块|元))|参加|放心|不会迟到(?!太久|很久|多久|太多)|不会晚(?!太久|很久|太多|多少)|ok|okay|yes|sure|confirm|see you|will attend|be there(?! (?:in|around|at|by|about)\b)|attending|sounds good|got it,(?!\s*(?:thanks?|thank you|thx|ty)[!.\s]*$)|\byep\b|\byeah\b|\byup\b|works for me|that works|fine (?:with|by) me|no problem|提前[^,.!?。]{0,6}(?:到(?![了达])|过去|出发)(?!上午|下午|晚上|中午|早上|周|明|后|\d|[一二三四五六七八九十两]+点)|还是(?:会|想|要)?(?:去|来|参加)(?:面试|面一下)?(?:看看|试试)?(?:吧|的|了|啦)?(?=[,.!?。~\s]|$)|(?:就这么|那就这么|就这样)定(?:了|吧)|一言为定|听(?:你们|您|公司|贵司)的?安排|(?:哪个时间|什么时候|随时|全天)都(?:可以|行|ok|没问题)|随时(?:可以|都行)|(?:加入|加到|记到|记在|放进)了?(?:日程|日历|行程|calendar)|added (?:it )?to (?:my )?calendar|(?:先|会|就|准时)(?:来|去|过来|过去)面(?![吗么?])|期待(?:与您|和您|跟您|您的)?(?:见面|面谈|相见|这次面试|面试)|(?:到点|准点)(?:就|一定|肯定)?到|说定了|不见不散|(?:肯定|一定|必须|当然|绝对)(?:会|能|要)?(?:去|来|到|参加)(?!不)|妥|没毛病|收到.{0,4}(?:准时|参加|会到)|没有问题|(?:可以|能)(?:过去|过来)(?![吗么?])|不(去|来|参加|面)白不\1|(?:不是|并不是|并非|没有|不会|哪能|怎么会|怎能|哪有|没理由|不可能)不(?:去|来|参加|行|可以|能去|能来|想去)(?![^.!?。]{0,4}(?:是|而是|只是|就是))|没有不(?:去|来)的道理|有(?:时间|空)(?=[,.!?。~\s]|$)|准(?:到|点到)|on time|alright|all right|will do|can do|count me in|不会忘|早(?:点|些|一点)(?:出门|出发|过去|到)(?![吗么?])|(?:i'?ll|i will|will) (?:come|attend|join)|(?:到时候?|届时)(?:我)?(?:就|会|再|一定|准时)?(?:去|来|过去|过来)(?=[,.!?。~\s哈啊的哦]|$)|(?:你们|您|贵司|公司|hr)(?:定|安排|约)的?(?:时间)?(?:我)?(?:都|就)?(?:可以|行|ok|没问题|方便)(?![吗么?])|就这个(?:时间)?吧/;

/** Whole-reply assent that would be too loose inside a sentence. */
// 可 alone is a terse 可以; 安排 / 安排上 is chat slang for "go ahead" (only safe as the whole reply:
// inside a sentence 有安排 is a conflict).
// Regional and internet slang for OK, as whole replies: 得嘞 / 得咧 (Beijing), 哦了 / 欧了 ("OK了"),
// 好噶 / 好嘎 (Wu and Cantonese particles), 必须的 / 那必须 ("of course"), 稳了 ("sure thing").
export const ASSENT_SHORT = /^(?:也|那|那就|就)?(?:(?:好|行|中|嗯|可以|可|ok|妥|妥妥|对|是的|去|来|没问题|成|yes|y|sure|k|okk+|安排上?|一定|随便|无所谓|都行|都可以|得(?=[嘞咧勒叻])|[哦噢欧喔](?=了)|必须|稳|听(?:你|您|你们)的|(?:你|您|你们)定|我(?:去|参加|会去|会来|会到|能去|能来))[的啊呀哦嘞了吧呢滴哒叭噻呗撒嘛勒咧叻吖哈噢喔捏耶嗷哇噶嘎咯喽哟]?\s*)+[!.。~]*$/;

/**
 * A bare 嗯 / 嗯嗯 / 嗯呢 (LABELS.md: "bare acknowledgements (收到 / 嗯)" are other): it shows the
 * message was read, not that the candidate will come. 嗯 with anything more (嗯 可以, 嗯好的)
 * is assent through the words that follow.
 */
export const BARE_ACK = /^(?:[嗯恩唔哦噢喔]+[呢哪呐啊呀的]?[\s!.。~]*)+$/;

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
  /问(?:一?下|问)(?:我的?)?(?:领导|老板|上司|家里|家人|老婆|老公|爸妈|父母|对象)|确认了?再|确定了?再|再回(?=复|您|你|消息|信|话|个|[,.!?。~\s]|$)|(?:我再|回头)(?:跟|和|给)(?:你|您)(?:说|讲|回复|答复|确认|联系)|再答复|再确认|再确定|确定了再|还没想好|没想好|还没决定|没决定好|还在犹豫|犹豫|纠结|拿不定|在考虑|再通知|(?:看看|看一下|看下)[^,.!?。]{0,8}吗|(?<!有机会|以后|之后|下次)再说(?:吧|了)?(?=[,.!?。~\s吗]|$)|(?:了|后|完|下来)(?:再)?(?:跟|和|给)?(?:你|您)(?:说|讲|回复|答复)|(?:好|完)了?(?:再|就)?告诉(?:你|您)|回头(?:再|告诉|回复|联系|答复|说)|先看看|先看一下|看看那天|看下那天|再回复|再告诉|再联系您|再定|再看|考虑一下|考虑考虑|还在考虑|容我考虑|看下时间|看一下时间|看看时间|看下安排|看看安排|确认一下再|不确定|不(?:太|是很|大)确定|不一定|看情况|视情况|也许|或许|说不准|应该可以吧|可能可以|晚点说|晚点回复|稍后回复|等我.{0,10}(?:再|答复|回复)|到时候再说|回头再|给(?:您|你)[^,.!?。]{0,6}(?:答复|回复|回话)|(?:答复|回复)(?:您|你)|没定下来|定不下来|(?:晚点|晚些|晚一点|稍后|之后|回头|过会儿?|待会儿?)(?:再)?(?:(?:跟|和|给|向)(?:你|您))?(?:确定|确认|答复|回复|告诉|回话|回个话)(?![^,.!?。]{0,3}(?:地址|位置|地点|路线|材料|细节))|确定(?:一下)?能不能|不知道能不能|不清楚能不能|能不能(?:去|来|参加)还|let me check|not sure|maybe|get back to you|再想想|我想想|想一想再|(?:看|查)(?:一下|下|看)[^,.!?。]{0,8}(?:安排|时间|日程|行程)|(?:给|回)(?:您|你)(?:个)?(?:准信|准话|消息|信儿)|(?:等会儿?|等一下|一会儿?|待会儿?|晚点|稍后|回头)(?:再)?(?:回(?:复)?(?:你|您)?|聊|联系)(?=[,.!?。~\s哈啊哦]|$|sorry)/;
