/**
 * Reschedule: the candidate wants the interview, but not at this time.
 *
 * Why these groups: people either ask for a change outright (改期, 换个时间, 能改到…),
 * or state a conflict with the slot (那天有事, 周三走不开) and leave the asking implied.
 * A conflict only counts when tied to the interview's time — "我正在开会" is about now.
 */

/** Explicit requests for another time. */
export const CHANGE_REQUEST =
  /^(?:那就|那)?改(?:一下|下)?(?:吧|呗)?[!.。~]*$|改期|(?:能|可以|可否|能否)(?:帮我)?改(?:一下|下)?(?=[,.!?。吗]|$)|(?:约|安排|排|放|定|改)(?:得)?(?:早|晚|靠后|靠前|往后|往前)一?(?:点|些)|要不(?:改|约|换)|(?:早|晚|提前|推后)一?(?:点|些)(?:吗|可以|行|好吗|方便)|可以(?:早|晚)一?(?:点|些)|(?<!可)能(?:早|晚)一?(?:点|些)|改(?:个|一下|下)?时间|换(?:个|一个|一下|下|一)?(?:时间|日子|天|日)|换一下(?!衣服|鞋|装|班)|换个(?!衣服|鞋|装|外套|口罩|班)|(?<!协|强|空|单|微)调(?:整)?一下|调整(?:时间|到)?|另(?:外|行)(?:安排|约|定)|另约|另(?:外|行)?(?:找|挑|选|定|约)(?:个|一个|一下)?(?:时间|日子|时段|天)|重新(?:找|定|选)(?:个|一个)?(?:时间|日子)|再约|(?:别|不要)(?:安排|约|定)在|(?:回来|忙完|结束|考完|出差完)(?:以后|之后|后)?再(?:约|面|联系|安排)|重新(?:安排|约)|其他(?:时间|时段|日子)|(?:别的|其他|其它|下一|另外的?|另一)(?:个)?(?:场次?|批次?|时间段)|别的时间|另一个时间|改天|延期|推迟|往后推|往后挪|延后|改到|换到|调到|约到|(?<!都|也|已经|别人|他们|公司)约在|挪到|改成|换成|改在|改为|能吗?调吗|reschedule|another (?:time|day|slot)|other (?:time|slot|day)s?|different (?:time|day)|move (?:it|the interview)|push (?:it|the interview)|postpone|later (?:time|date)/;

/** "改成线上" changes the format, not the time. */
export const FORMAT_CHANGE = /(?:改|换)(?:成|为|到)?(?:线上|视频|远程|电话|网络|online|remote|video)/g;

/** Conflicts with the slot. */
export const CONFLICT =
  /有事|(?:抽|腾|脱)不(?:出|开)(?:空|时间|身)|不得空|够呛|(?:估计|怕是|可能)(?:有点)?悬|不太?合适|有点事|没空|没时间|走不(?:开|脱)|(?:离|脱|调|倒)不开|不放人|不(?:让|给|批)(?:请)?假|请不(?:了|到|下来)假|出差|在外地|不(?:太|是很|怎么|大)?方便|不行|不太行|不(?:太|是很)?ok|冲突|撞了|来不及|赶不回来|赶不过来|赶不上|请不了假|请不到假|上班|开会|有会|有个会|会议(?!室)|有安排|去不了|来不了|过不来|不凑巧|不太凑巧|不巧|没办法|考试|医院|doesn'?t work|not work|conflict|busy|(?:something|an? \w+) came up|tied up|out of town|travell?ing|(?:have|got) (?:an?|another) (?:appointment|meeting|exam|interview|class)|can'?t make|not available|unavailable/;

/** Words that tie a conflict to the interview's time. */
export const TIME_REFERENCE =
  /时间上?(?=不|有冲突|冲突|排不开)|周[一二三四五六日天1-7]|星期|礼拜|那天|当天|今天|明天|这个时间|那个时间|(?:这|那)个?时段|那个点|这个点|时间上|这周|那周|下午|上午|那会|\d+号|\d+日|\b(?:mon|tue|wed|thu|fri|sat|sun)|that (?:day|time|week|morning|afternoon)|(?:this|next) week|this time/;

/**
 * Asking how long the interview lasts (面试需要多久 / 几点能结束 / 一个小时能结束吗) next to a commitment (我四点还有事) plans
 * around it: the commitment is after the slot, not a conflict with it.
 */
export const ASKS_DURATION = /(?:要|需要|大概|大约)?多(?:久|长时间)|(?:几点|什么时候|(?:一|两|二|三|1|2|3)个?(?:半)?(?:小时|钟头)(?:内|以内|之内)?)(?:能|可以|会|就)?(?:结束|面完|完事)|how long/;

/** A conflict that has been resolved (已经推掉了) is no conflict. */
export const CONFLICT_RESOLVED = /(?:跟|和|向)(?:领导|老板|公司|主管|经理|班长|组长|店长|同事|主任|护士长|车间)(?:说好|请好假|请好了假|沟通好|协调好|打好招呼|调好|换好|调好班|换好班)了|(?:现在|已经)(?:又)?没问题了|(?:现在|已经|目前)(?:都)?(?:没事|不冲突|解决|协调好|处理好)了|(?:把)?(?:事情?|会议?|课|活动|航班|安排|出差|行程|考试|培训|加班|值班|聚会)(?:已经|也)?(?:被)?(?:推|推掉|取消|处理|改)了|推掉了|(?:可以|能)(?:调开|推掉|推得掉)|处理完了|请好假|请好了假|已经请假|不冲突|没冲突|没有冲突|调开了|空出来了|搞定了|(?:已经|已)(?:推|推掉|取消|改约|改期|挪|挪开|调|调开|改)了|改约了|(?:夜|白|早|晚)?班下了[^.!?。]{0,6}(?:就|再|直接)(?:过去|过来|去|来)|(?:下(?:了|完)?(?:夜|白|早|晚)?班|忙完|完事|结束)[^.!?。]{0,10}(?:就|再|直接)(?:过去|过来|去|来)(?![^,.!?。]{0,3}(?:吗|么|\?|不))/;

/** Keeping the original slot: 不用改了 / 按原时间 / 不改期了 / 想改时间的事现在不用了. */
export const KEEP_ORIGINAL =
  /(?<![能以])不改期(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:还是)?(?:别|不)(?:麻烦|折腾)(?:你们|您|大家)了(?![,.!。~\s]*(?:谢谢|感谢|多谢)?[,.!。~\s]*$)|原计划|按计划|不会(?:再)?(?:改期|改时间|调时间|换时间)|照常(?![吗么?])|照旧(?![吗么?])|改期(?:的事)?(?:就)?作废|(?:不用|不要|别|不需要|无需|没必要|不必)(?:给我|帮我|再|麻烦)?(?:改|换|调)|(?<![能以])不(?:改|换|调|挪)(?:期|时间)?了|(?:改|换|调)(?:期|时间)[^.!?。]{0,8}?(?:现在|已经)?不(?:用|需要)了|按原|原时间|原来的时间|原定|维持原|就这个时间|这个时间刚好|(?<!换个|换一个|改个|改一个|其他|别的|另外的?|另一个|找个)时间(?:是)?没问题|(?<!换个|换一个|改个|改一个|其他|别的|另外的?|另一个|找个)时间可以(?!调|改|换|挪|推|变|提前|往|[^,.!?。]{0,4}(?:吗|么|\?))|时间不冲突|不用了,?就按/;

/** Asking whether the time can move (是固定的吗) is a question, not a request. */
// "定了以后还能改吗" / "万一临时有事还可以改吗" ask whether a change would be possible later, in
// principle; they request none now.
/**
 * Asking whether the slot is the only one or could move, or asking "just to ask"
 * (唯一的吗, 能灵活安排吗, 还是说只能这个时间, 只是先问问): shared with the question topics, where
 * it is "other".
 */
// "有没有其他时间可选": asking what the options are decides nothing yet.
export const ASKS_FLEXIBILITY = "还是说?(?:只能|必须)(?:是)?这个|唯一的?(?:吗|么|\\?)|灵活(?:调整|安排|变动)?(?:吗|么|\\?)|(?:只是|就是)(?:先)?问问|先问问而已|(?:其他|别的|其它)(?:的)?(?:时间|时段|场次)(?:可以?|能)(?:选|挑)|可选的?(?:时间|时段|场次)";
export const ASKS_IF_FIXED = new RegExp(`${ASKS_FLEXIBILITY}|${/(?:必须|一定要|只能)(?:是)?这个(?:点|时间)(?:吗|么|\?)|固定的?吗|固定吗|是固定|还是固定|定死|(?:能|可以)(?:不能)?变(?:吗|么|\?)|(?:以后|之后|到时候?|万一|临时|定了|约好)[^.!?。]{0,12}还(?:能|可以)(?:再)?(?:改|调整?|换)(?:时间)?(?:吗|么|不|\?|$)/.source}`);

/** Asking how rescheduling works (改期要怎么操作) is a question. */
export const ASKS_PROCESS = /(?:要是|如果|万一|假如)(?:想|要|需要)?(?:改期|改时间|调时间|换时间)的话|提前多久(?:跟|和|告诉|通知|说)|怎么(?:操作|改|弄|申请)|如何(?:操作|改|申请)/;
