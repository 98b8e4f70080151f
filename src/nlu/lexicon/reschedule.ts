/**
 * Reschedule: the candidate wants the interview, but not at this time.
 *
 * Why these groups: people either ask for a change outright (改期, 换个时间, 能改到…),
 * or state a conflict with the slot (那天有事, 周三走不开) and leave the asking implied.
 * A conflict only counts when tied to the interview's time — "我正在开会" is about now.
 */

/** Explicit requests for another time. */
export const CHANGE_REQUEST =
  // "请问面试能否安排在下个月的第一周": asking for the interview to be put at another time.
  // ("will let you know a suitable time", "can I ask for a new schedule": a change asked for, its time to follow.)
  // (English as a second language: "is it possible 1 hour before?", "Can be 30 same time?", "can we do in September?".)
  // ("Please suggest an alternative", "my PA will propose a new time", "I'll need to push this", "rain check?",
  // "could we do after that?", "can it be at 2 on tuesday next week": a change asked for in English.)
  // ("等我闺女生完孩子再说吧，大概下个月中旬": put off until an event is over, with when.)
  // ("可否另择他日", "能不能多给几天时间": another day asked for, formally or for more time.)
  /另(?:择|选|约)他日|改(?:择|期)他日|多给(?:几天|一点|点)?(?:时间|几天)|等[^,.!?。]{1,10}(?:完|好|回来)[^,.!?。]{0,3}再说(?:吧)?[,\s]*(?:大概|大约|估计)?(?:下个?月|下周|月底|月初|年后|\d+号)|\bis it possible (?:\d+|an?|one|half an?) ?(?:hours?|h|mins?|minutes?) (?:before|after|earlier|later)\b|(?:^|[.!?,]\s*)can (?:it )?be (?:on |at |the )?(?:\d|mon|tue|wed|thu|fri|sat|sun|tomorrow|next)|\b(?:could|can) we do (?:it )?in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the (?:morning|afternoon|evening)|next)|\bsuggest an? (?:alternative|new|different|other)\b|\b(?:earlier|later) (?:that|the same|on the same) day\b|\b(?:the )?(?:week|day) after\?|\bpropose (?:a |another )?(?:new |different )?(?:time|slot|date)\b|\bneed to push (?:this|it)\b|\brain ?check\b|\b(?:could|can) we (?:do|schedule|have|move) (?:it )?(?:(?:any ?time|sometime|a bit|a little) )?(?:after|later|earlier)\b|\b(?:can|could) it be (?:at \d|on (?:mon|tue|wed|thu|fri|sat|sun|the \d))|\b(?:any )?other dates?\b(?! (?:is|are|would be) (?:fine|ok|okay|also))|\b(?:will|'ll) (?:let you know|share|send|revert with) (?:a |another |the )?(?:suitable|new|convenient|better|different) (?:time|slot|date)\b|\bask for a new schedule\b|\bbe moved to\b|delay\s*(?:一|两|半|\d)个?(?:钟|小时)|\bgive (?:me )?another (?:date|time|slot|day)\b|\b(?:be )?shifted to\b|\bprepone\b|\bpush (?:today'?s|tomorrow'?s|our|my|this) interview\b|\b(?:could|can) we do (?:it )?(?:next week|another day)\b|\bback on [^.!?]{1,12}\b(?:could|can) we do it that day\b|\brather than (?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|the)\b|\bcould it be (?:on|at|in)\b|\bcould we (?:possibly )?look at\b|\bshift (?:it |today |this |the interview )?to\b|\bany chance of (?:the|a|next|another)\b|\bchange to (?:after|before|next|another)\b|\bcan i change\b|\bcan earlier\b|\bpossible to do it (?:in|on|at)\b|改日(?!期)(?:再)?(?:面|约|可以吗|行吗|吧|再说)|\brequest a (?:different|new|another) (?:date|time|slot)\b|\b(?:could|can) we do (?:it )?(?:the )?(?:week|day) after\b|\banother available slot\b|\bif there'?s another (?:available )?slot\b|\bcan change\?|\b(?:cannot|can'?t) that day\b|\bchange (?:pls|please|plz)\b|往后(?:放放|放一放|挪挪|挪一挪|延延)|^(?:那就|那)?改(?:一下|下)?(?:吧|呗)?[!.。~]*$|(?:能否|能不能|可否|是否可以|可以|能)(?:把)?(?:面试)?(?:安排|放|定)(?:在|到)(?!几|哪|这|那个地方)|(?<!上次|之前|上回)改期|(?:能|可以|可否|能否)(?:帮我)?改(?:一下|下)?(?=[,.!?。吗啊呀呢吧]|$)|(?<![不没别])改一下(?:哈|吧|呗|呀)|挪一挪|挪挪|(?:能|可以|能不能|可不可以)(?:往后)?挪(?:一下|下)|调一调|改一改|等(?:我)?回(?:去|来)(?:以后|之后|后)?再(?:面|约)|(?<![通经度错难])过(?:了|完)(?:国庆|春节|元旦|清明|五一|端午|中秋|年|节|这周|这几天|这段时间|月底|假期|考试|[\d一二三四五六七八九十]+号)(?:以后|之后)?再(?:面|约|去|来|安排)|(?:约|安排|排|放|(?<![一肯确决])定|改)(?:得)?(?:早|晚|靠后|靠前|往后|往前)一?(?:点|些)|(?:再)?(?:往后|往前|靠后|靠前)(?:挪|推|放|移|调)?一?(?:点|些)|要不(?:改|约|换)|(?:早|晚|提前|推后)一?(?:点|些)(?:吗|可以|行|好吗|方便)|(?:可以|(?<!可)能)(?:早|晚)一?(?:点|些)(?!结束|走|下班|出来|离开|收工|完事)|改(?:个|一下|下)?时间|换(?:个|一个|一下|下|一)?(?:时间|日子|天|日)|换一下(?!衣服|鞋|装|班)|(?:能|可以|能不能|可不可以)换一个(?=[,.!?。吗呢吧~\s]|$)|换个(?!衣服|鞋|装|外套|口罩|班)|(?<!协|强|空|单|微)调(?:整)?一下|调整(?:时间|到)?|另(?:外|行)(?:安排|约|定)|另约|另(?:外|行)?(?:找|挑|选|定|约)(?:个|一个|一下)?(?:时间|日子|时段|天)|重新(?:找|定|选)(?:个|一个)?(?:时间|日子)|再约|(?:帮我)?(?:调|换|挪)过去|(?:再|重新|另外)?约(?:个)?时间(?![^,.!?。]{0,2}(?:吗|么|\?))|(?:别|不要)(?:安排|约|定)在|(?:回来|忙完|结束|考完|出差完)(?:以后|之后|后)?再(?:约|面|联系|安排)|重新(?:安排|约)|其他(?:时间|时段|日子)(?![^,.!?。]{0,6}?(?:反而|都|也|全|基本)?(?:不行|没空|不方便|没时间|去不了|来不了|排不开|不可以))|(?:别的|其他|其它|下一|另外的?|另一)(?:个)?(?:场次?|批次?|时间段)|别的时间(?![^,.!?。]{0,6}?(?:反而|都|也|全|基本)?(?:不行|没空|不方便|没时间|去不了|来不了|排不开|不可以))|另一个时间|改天|延期|推迟|往后推|往后挪|延后|改到|换到(?!班)|调到(?!班)|约到|(?<!都|也|已经|别人|他们|公司)约在|挪到|改成|换成|改在|改为|能吗?调吗|reschedule|another (?:time|day|slot)|\binstead\b(?! of [a-z]+ing\b)|\bmove (?:it |this |that )?to\b|\balternative (?:slot|time|date|day)\b|\b(?:could|can) we (?:do it|make it) (?:the|next|another|at|on|\d)|\bpush (?:it |this |that )?(?:back |forward )?to\b|\b(?:a bit |a little )?later if possible\b|\bprefer (?:to do it )?(?:a bit |a little )?(?:later|earlier)\b|\bsometime after\b|\bneed to change\b|\b(?:can )?change (?:the )?(?:date|time|day|timing)\b|tukar (?:hari|masa|tarikh)|other (?:time|slot|day)s?|different (?:time|day)|move (?:it|the interview)|push (?:it|the interview)|能改(?:的话|就)(?:最好|更好)|能(?:改|换|调)就(?:改|换|调)|往后延|(?:有)?(?:晚|早)一?(?:点|些)的(?:时间|时段|场次)(?:吗|么|\?)|要不(?:您|你)?再看看(?:别的|其他)?(?:时间)?|(?:能|可以)(?:晚|推迟|推|延后|往后推?)(?:几|一两|两三)天|(?<!\b(?:a|the|some|any|big|long|slight|there'?s|is|was|mrt|metro|subway|train|bus|flight|traffic)\s)(?:能|可以|想)?delay(?:一下|下)?(?=[,.!?。吗\s]|$)|(?:can|could) (?:we|you|i) delay|postpone|later (?:time|date)/;

/** "改成线上" changes the format, not the time. */
// ("any chance we could do it by video instead?" asks for another format too.)
export const FORMAT_CHANGE = /(?:改|换)(?:成|为|到)?(?:线上|视频|远程|电话|网络|online|remote|video)|\b(?:by|via|over|on) (?:video|zoom|teams|phone|skype|wechat)\b[^.!?]{0,12}\binstead\b|\b(?:video|online|remote|phone) (?:call |interview )?instead\b/g;

/** Conflicts with the slot. */
// ("I have a flight that morning": an engagement named in English.)
export const CONFLICT =
  // ("That hour is bad", "impossible", "I will be in a wedding": English as a second language; "no can do", "= nope".)
  /\bno can do\b|=\s*nope\b|\bwrite-?off\b|\b(?:that|this|the) (?:hour|time|date|day) is bad\b|\bimpossible\b|\b(?:wedding|funeral)\b|\bi (?:have|got|'ve got) (?:a |an |my )?(?:flight|train|exam|class|lecture|shift|appointment|doctor'?s appointment)\b|(?:比较|有点|很|挺)?难(?:安排|抽出时间|抽时间|请假|调开)(?:出来)?|(?:时间|那个点|这个点|那个时间|这个时间)[^,.!?。]{0,4}(?:有点|比较|挺|很)?尴尬|(?:有点|比较|挺|很)为难|有事(?!(?:的话)?[,，\s]*(?:随时|可以|再|请|就|您)?(?:联系|找我|打我|call|电话))|(?:抽|腾|脱)不(?:出|开)(?:空|时间|身)|不得空|够呛|(?:估计|怕是|可能)(?:有点)?悬|不太?合适|有点事|没空|没时间|走不(?:开|脱)|(?:离|脱|调|倒)不开|不放人|不(?:让|给|批)(?:请)?假|请不(?:了|到|下来)假|出差|在外地|不(?:太|是很|怎么|大)?方便|不行|不太行|不(?:太|是很)?ok|冲突|撞了|来不及|赶不回来|赶不过来|赶不上|请不了假|请不到假|上班|开会|有会|有个会|(?<!腾讯|飞书|钉钉|zoom)会议(?!室|号|链接|id|码|密码)|有安排|去不了|来不了|过不来|不凑巧|不太凑巧|不巧|没办法|考试|医院|doesn'?t work|not work|conflict|\bclash(?:es|ed)?\b|ada hal|\bcommitment\b|\bdouble[- ]booked\b|\btoo (?:early|late) for me\b|\binsane for me\b|busy|(?:something|an? \w+) came up|tied up|out of town|travell?ing|(?:have|got) (?:an?|another) (?:appointment|meeting|exam|interview|class)|can'?t make|not available|unavailable/;

/** Words that tie a conflict to the interview's time. */
export const TIME_REFERENCE =
  /时间上?(?=不|有冲突|冲突|排不开)|年前|节前|周[一二三四五六日天1-7]|星期|礼拜|那天|当天|今天|明天|这个时间|那个时间|(?:这|那)个?时段|那个点|这个点|时间上|这周|那周|下午|上午|那会|\d+号|\d+日|\b(?:mon|tue|wed|thu|fri|sat|sun)|(?:that|this) hour|that (?:day|time|week|morning|afternoon)|(?:this|next) week|this time|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)? (?:is|would be) too (?:early|late)\b|\bdouble[- ]booked\b/;

/**
 * Asking how long the interview lasts (面试需要多久 / 几点能结束 / 一个小时能结束吗) next to a commitment (我四点还有事) plans
 * around it: the commitment is after the slot, not a conflict with it.
 */
// ("四点有课可能得准时结束哈": the interview must end in time for a later duty — planned around, too.)
export const ASKS_DURATION = /(?:得|要|需要|必须)(?:准时|按时|早点|提前)结束|(?:要|需要|大概|大约)?多(?:久|长时间)|(?:几点|什么时候|(?:一|两|二|三|1|2|3)个?(?:半)?(?:小时|钟头)(?:内|以内|之内)?)(?:能|可以|会|就)?(?:结束|面完|完事)|how long/;

/** A conflict that has been resolved (已经推掉了), a worry that proved empty (本来还担心…这周没课) or a duty that ends in time (下了班来得及) is no conflict. */
// "那天正好在附近出差可以过去的": a trip that brings the candidate near the office.
// "跟班长换了班，能去" / "那天我下了大夜班直接过来": the shift swapped, or over in time to come.
// "跟我妈说好了她帮我看，我能去" / "正好那天在苏州出差，顺路": someone else covers it, or it is on the way.
// "星期四没有考试 可以去的": nothing on that day.
export const CONFLICT_RESOLVED = /(?:白天|上午|下午)(?:有空|没事)(?:过去|过来|去|来)|\b(?:meeting|class|trip|exam|appointment|flight) (?:got|was|has been) (?:cancell?ed|moved|postponed)\b|(?:周.|星期.|礼拜.|那天|当天|\d+(?:\.\d+)?号?)没(?:有)?(?:考试|课|事|安排|班)(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:踩着|卡着|踩)点(?:儿)?(?:就)?(?:能)?到|(?:跟|和)[^,.!?。]{0,6}(?:说好|商量好|约好)了[^,.!?。]{0,4}(?:她|他)?帮(?:我)?(?:看|带|接)|顺路|正好在(?:附近|那边|旁边|你们那边|周边)|(?:换|调)(?:好)?了(?:个)?班|下了[^,.!?。]{0,4}班[^,.!?。]{0,3}(?:就|直接)(?:过来|过去|来|去)(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:以为|担心)[^.!?。]{0,12}(?:问了下|查了下|确认了)[^.!?。]{0,4}(?:不用|没有|没事|不冲突)|(?:可以|能)(?:先)?(?:放一放|放放|放下|推掉|推一推|往后放)|(?:本来|原本|原来)[^.!?。]*?(?:改到|挪到|换到|调到|推到|协调到|改成)[^,.!?。吗么?]{1,8}了(?=[,.!?。]|$)|(?:本来|原本|之前)(?:还|有点)?(?:担心|怕|以为)[^.!?。]*?(?:没有|没|不用|不冲突|可以|能)|(?<!怕|担心|不知道)(?:来得及|赶得上|赶得及)(?![吗么?])|(?:考完|忙完|辩完|办完|弄完|做完|下班|下课|结束|回来)[^,.!?。]{0,8}(?:刚好|正好|就)(?:有空|有时间|没事|空了|可以(?:过去|过来|去|来|参加))|(?:跟|和|向)(?:领导|老板|公司|主管|经理|班长|组长|店长|同事|主任|护士长|车间)(?:说好|请好假|请好了假|沟通好|协调好|打好招呼|调好|换好|调好班|换好班)了|(?:现在|已经)(?:又)?没问题了|(?:现在|已经|目前)(?:都)?(?:确定|确认)?(?:没事|不冲突|解决|协调好|处理好)了|(?:跟|和)[^,.!?。]{0,6}商量好了[^,.!?。]{0,4}(?:他|她)(?:去|带|来|陪)|(?:把)?(?:事情?|会议?|课|活动|航班|安排|出差|行程|考试|培训|加班|值班|聚会)(?:已经|也)?(?:被)?(?:推|推掉|取消|处理|改)了|推掉了|(?:可以|能)(?:调开|推掉|推得掉)|处理完了|请好假|请好了假|已经请假|(?:正好|刚好)请了(?:年|事|调休)?假|(?:我)?没(?:有)?课(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:让|找)[^,.!?。]{0,6}(?:替我|代我|顶我|帮我顶)|(?:让|找|请)(?:我)?(?:妈|爸|婆婆|老公|老婆|爱人|家里人|家人|奶奶|外婆|姥姥|姐|哥|妹|弟)[^,.!?。]{0,2}帮(?:我)?(?:带|看|接|送)|同意(?:我)?(?:调|换)(?:到|班)?|所以(?:面试|下午面试)?(?:能|可以)(?:去|来|参加)|不冲突|没冲突|没有冲突|不会有?冲突|冲突(?:已经|也)?(?:解决|没)了|(?:跟|和)(?:我|他|她)?(?:哥|姐|弟|妹|爸|妈|老公|老婆|同事|朋友)[^,.!?。]{0,3}(?:换好|调好)(?:班)?了|(?<!不|不一定|没法|无法)(?:可以|能)(?:早点|提前|早一点)(?:结束|走|出来|下班|离开)(?![^,.!?。]{0,3}(?:吗|么|\?|的话))|调开了|空出来了|搞定了|(?:已经|已)(?:推|推掉|取消|改约|改期|挪|挪开|调|调开|改)了|改约了|(?:夜|白|早|晚)?班下了[^.!?。]{0,6}(?:就|再|直接)(?:过去|过来|去|来)|(?:下(?:了|完)?(?:夜|白|早|晚)?班|忙完|完事|结束)[^.!?。]{0,10}(?:就|再|直接)(?:过去|过来|去|来)(?![^,.!?。]{0,3}(?:吗|么|\?|不))/;

/** Keeping the original slot: 不用改了 / 按原时间 / 不改期了 / 想改时间的事现在不用了 / 6号面试不受影响. */
// "那天上午下午都行 就按你们定的来": leaving the slot as the company set it.
export const KEEP_ORIGINAL =
  // English: the original slot kept ("the original slot works, keep Monday 3pm itself", "pls dont change time"), and a change
  // thought of and dropped ("I was about to ask for a resched but nvm").
  /\b(?:original|same|existing|current) (?:slot|time|timing|schedule) (?:works|is fine|is ok|ok|itself)\b|\b(?:was going to|was about to) ask (?:for|to)\b[^.!?]{0,25}\bbut\b|\bit'?s sorted now\b|\bkeep it as (?:it )?is\b|\bthought i'?d (?:need|have) to reschedule\b|\bkeep [^,.!?]{0,20}\bitself\b|\b(?:don'?t|dont|do not|no need to|(?:don'?t|dont|do not|no) need(?: to)?) (?:change|reschedule|shift|move) (?:the )?(?:time|slot|timing|date|it)\b|\bkeep the (?:original|same|existing|current|scheduled|proposed) (?:time|slot|timing|date|schedule)\b|\b(?:was about to|originally wanted to|wanted to) ask for (?:a |another )?(?:reschedule|new (?:time|slot|date)|another (?:day|time|slot|date))\b[^.!?]{0,6}\b(?:but|nvm|never mind)\b|(?:就)?按这个时间(?:来|吧|就行|就好)|按(?:你们|您|你|贵司|公司)(?:定|安排|约|说)的(?:时间)?(?:来|就行|就好)?(?=[,.!。~\s]|$)|(?<![能以])不改期(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:还是)?(?:别|不)(?:麻烦|折腾)(?:你们|您|大家)了(?![,.!。~\s]*(?:谢谢|感谢|多谢|祝[^,.!?。]{0,8})?[,.!。~\s]*$)|原计划|按计划|不会(?:再)?(?:改期|改时间|调时间|换时间)|照常(?![^,.!?。]{0,3}(?:吗|么|\?))|照旧(?![吗么?])|改期(?:的事)?(?:就)?作废|(?:不用|不要|别|不需要|无需|没必要|不必)(?:给我|帮我|再|麻烦)?(?:改|换|调)|(?<![能以])不(?:改|换|调|挪)(?:期|时间)?了|(?:改|换|调)(?:期|时间)[^.!?。]{0,8}?(?:现在|已经)?不(?:用|需要)了|按原|原时间|原来的时间|原定(?![^,.!?。]{0,12}(?:赶不|去不了|来不了|不行|参加不了|恐怕|可能|没法|冲突|本来|原本))|维持原|就这个时间|这个时间刚好|(?<!换个|换一个|改个|改一个|其他|别的|另外的?|另一个|找个)时间(?:是)?没问题|(?<!换个|换一个|改个|改一个|其他|别的|另外的?|另一个|找个)时间可以(?!调|改|换|挪|推|变|提前|往|[^,.!?。]{0,4}(?:吗|么|\?))|时间不冲突|不用了,?就按|(?:我这边|我)?(?:没|没有)(?:变化|变动)(?![^,.!?。]{0,2}(?:吗|么|\?))|这个时间(?:挺|很|蛮|还|也)?(?:好|合适)(?:的)?(?![^,.!?。]{0,2}(?:吗|么|\?))|按(?:你们|您)(?:定|安排)的(?:时间)?(?:来)?|不是(?:要)?改期|no need to (?:reschedule|change)|(?:don'?t|dont|do not) need (?:to )?(?:reschedule|change)|\boriginal (?:time|slot) (?:works|is fine|is ok|is good)\b|(?:面试|时间)(?:也|都)?(?:不受|没受|不会受到?|没有|不会有)影响(?![^,.!?。]{0,3}(?:吗|么|\?))|不(?:会)?影响(?:面试|参加)(?![^,.!?。]{0,3}(?:吗|么|\?))/;

/** Asking whether the time can move (是固定的吗) is a question, not a request. */
// "定了以后还能改吗" / "万一临时有事还可以改吗" ask whether a change would be possible later, in
// principle; they request none now.
/**
 * Asking whether the slot is the only one or could move, or asking "just to ask"
 * (唯一的吗, 能灵活安排吗, 还是说只能这个时间, 只是先问问): shared with the question topics, where
 * it is "other".
 */
// "有没有其他时间可选": asking what the options are decides nothing yet.
// "这个面试时间还有调整的余地吗": whether there is room to move asks too; so does whether it has moved
// already ("面试时间改了吗？我记得是周三").
export const ASKS_FLEXIBILITY = "\\b(?:time|date|schedule|hour) is fixed or\\b|\\bfixed or (?:it )?can (?:change|move)\\b|\\bor (?:is it|it'?s|it is) fixed\\b|\\bis the interview time fixed\\b|时间是定(?:好)?的吗|\\bis (?:the|this) (?:schedule|time|slot|timing|date) fixed\\b|\\bcan it be (?:moved|changed|rescheduled)\\?|(?:面试)?时间(?:是不是|是否)?(?:改|变|调整?)了(?:吗|么|\\?)|^(?:请问)?(?:这个|面试)?(?:面试)?时间(?:还)?有(?:调整|改动|变动|商量)的?(?:余地|空间)(?:吗|么|\\?)[?\\s]*$|还是说?(?:只能|必须)(?:是)?这个|唯一的?(?:吗|么|\\?)|灵活(?:调整|安排|变动)?(?:吗|么|\\?)|(?:只是|就是)(?:先)?问问|(?:想|我)?先问(?:问(?:一?下)?|一下|下)(?:哈|啊|呀|哦)?(?![^,.!?。~\\s])|(?:想|我)?先了解(?:一)?下(?=[!.。~\\s]*$)|(?:别的|其他|其它)(?:的)?(?:时间|时段|场次)(?:都)?没有(?:吗|么|\\?)|先问问而已|(?:其他|别的|其它)(?:的)?(?:时间|时段|场次)(?:可以?|能)(?:选|挑)|可选的?(?:时间|时段|场次)";
// "这个时间能调吗？" alone asks whether the slot can move (three writers), as LABELS.md's 这个时间是固定的吗，能调吗;
// so does "请问时间能调吗？我还没确定那天有没有课", with the conflict not known yet.
export const ASKS_IF_FIXED = new RegExp(`${ASKS_FLEXIBILITY}|${/^(?:请问)?(?:这个|面试)?时间还(?:能|可以)(?:再)?(?:调整?|改|换|变)(?:吗|么|\?)[?\s]*$|(?:时间)?(?:是)?(?:可以|能)(?:调整?|改|变)的吧|^(?:请问)?(?:这个|那个)?(?:面试)?时间(?:能|可以)(?:调|调整|变|改)(?:吗|么|\?)[?\s]*(?:$|[,.!~\s]*(?:我)?(?:还)?(?:没|不)(?:确定|知道|清楚)[^.!。]*$)|是(?:可以|能)(?:改|调)(?:时间|期)?的吗|(?:必须|一定要|只能)(?:是)?这个(?:点|时间)(?:吗|么|\?)|固定的?吗|固定吗|是固定|还是固定|定死|(?:能|可以)(?:不能)?变(?:吗|么|\?)|(?:以后|之后|后续|后面|到时候?|万一|临时|定了|约好)[^.!?。]{0,12}还(?:能|可以)(?:再)?(?:改|调整?|换)(?:时间)?(?:吗|么|不|\?|$)/.source}`);

/** Asking how rescheduling works (改期要怎么操作) is a question. */
// "如果那天临时有事，可以改期吗" asks what would happen, with or without 的话.
// "一般最晚能约到几点？": how late a slot can go, asked.
/** "如果改到下周的话会影响结果吗？": what a change would cost, asked; no change is asked for yet. */
export const ASKS_COST_OF_CHANGE = /(?:如果|要是|万一|假如)[^,.!?。]{0,12}(?:改|推|换|调|延)[^,.!?。]{0,10}(?:会|有)(?:没有|不会)?影响/;

export const ASKS_PROCESS = /(?:最晚|最早)(?:能|可以)?(?:约|安排|排)(?:到|在)(?:几点|什么时候|哪天)|(?:如果|要是|万一|假如)[^,.!?。]{0,12}(?:的话)?[,\s]*(?:还)?(?:可以|能)(?:再)?(?:改|换|调|约)(?:个|别的|其他)?(?:期|时间)?(?:吗|么|\?)|(?:要是|如果|万一|假如)(?:到时候|之后|以后|临时)?(?:我)?(?:想|要|需要)?(?:改期|改时间|调时间|换时间)的话|提前多久(?:跟|和|告诉|通知|说)|怎么(?:操作|改|弄|申请)|如何(?:操作|改|申请)/;
