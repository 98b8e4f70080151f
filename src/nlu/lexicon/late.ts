/**
 * Late (on the way, running behind) and arrived. Why separate: "快到了" is late but
 * "到了" is an arrival notice (`other`), and "不会迟到" is assent. Arrival wins over
 * late ("正在等电梯，马上上来"). "要晚点确定" defers a decision; it is not lateness.
 */

// Walking or riding towards the office (刚下公交，在往你们那走 / 已经在过去的路上了) is on the way too.
// ("早就到了" / "早早就到了": there long ago, not about to be.)
// ("我快出发了" / "准备出门了": about to set off is not on the way yet.)
export const LATE =
  /迟到|晚到|晚了(?:一点|一会儿?|几分钟)|(?:拐|过)(?:个|一个)?(?:弯|路口|红绿灯)就到|车(?:坏|抛锚)(?:在)?(?:半道|半路|路上)|(?:晚|迟)(?:个|了)?一刻钟|(?<![可能])晚(?:点|一点|一会儿?)(?:进|上线|入会|进会议?|进房间)(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:可能|估计|会|要|得)+迟(?:一点|一会儿?|些)|(?:晚|迟)(?:个|了)?[\d一二两三四五六七八九十几来多]+分钟|[\d一二两三四五六七八九十几]+分钟(?:后|左右|以内|内)?(?:就|才)?(?:到|能到)|下地铁|出地铁|下车了|路上(?:有点|很|好|太)?堵|晚点到|(?:会|要)晚(?!点[^到,.!?。])|晚一点到|晚一会|稍(?:微)?晚(?:一)?(?:点|些|会)(?!再|吧)|晚一点点|晚几分钟|晚个|晚些到|马上进(?:来|去|会议)|自动更新|堵成|堵车|塞车|堵在|堵住|堵了|堵死|好堵|在路上|路上了|道上|快了快了|已(?:经)?出发|过安检|进地铁|进站了|快到(?!点|时间)|(?:班车|公交|地铁|火车|高铁|动车|航班|飞机|大巴)(?:又)?(?:晚点|延误|误点|晚了)|快要到|马上就到|(?<![快要备])出发了|马上到|快到了|(?<!早)就到了|马上就到|赶过去|往那边赶|正在赶|在赶来|迷路|找不到(?:路|地方|门|入口|停车位|车位|楼)|堵着|刚下车|(?:还要|还有|还得|再走|再骑|再开|走路|步行|骑车|开车|打车|大概|估计)[^,.!?。]{0,4}[\d一二两三四五六七八九十几]+分钟|走错|现在出发|这就出发|刚出发|准备出发|(?<![快要备])出门了|已经出门|刚出门|路上(?:有点|很|比较)?慢|running\b[^.!?,]{0,25}\b(?:late|behind)|behind schedule|\barriving (?:shortly|soon|in)\b|\bgot lost\b|\breaching (?:in|soon)\b|\bbus is (?:very |so |really )?slow\b|\bbe there (?:as soon as possible|soon|shortly)\b|\b(?:a )?bit lost\b|\b(?:just )?got off the (?:metro|subway|bus|train|mrt)\b|\bwalking over\b|\bcoming up now\b|\bparking downstairs\b|\btaking the stairs\b|\b\d+ more (?:stops?|stations?)\b|^就到就到|(?:仲有|还有)(?:两|几|[\d一二三四五])个?站|\b\d+ (?:mins?|minutes?) away\b|\balighted\b|\bmissed the (?:junction|turn|exit|stop|bus)\b|\bcoming now\b|\bwait for me\b|\b\d+ (?:stations?|stops?) (?:left|more)\b|\bwent the wrong way\b|\bwait (?:for )?me\b[^.!?]{0,12}\b\d+ ?(?:mins?|minutes?)\b|\bcome soon\b|\bnow at [a-z]+ station\b|\bfew (?:more )?minutes more\b|\bcan'?t find (?:the )?entrance\b|\bin the (?:taxi|cab|grab|uber)\b|\b\d+ more (?:mins?|minutes?)\b|\bup in \d+\b|\blooking for parking\b|\bnearby na\b|\bparking now\b|\bgot down (?:at|from)\b|\bjoining (?:the (?:call|meeting|zoom|link) )?in \d|\bheading (?:to|towards)\b|\b\d+ (?:stations?|stops?) away\b|\bwrong (?:building|floor|gate|tower|block|entrance)\b|\bcoming coming\b|\botw\b|\balmost reach(?:ed|ing)?\b|\breaching soon\b|\b(?:a bit|a little|slightly|running) behind\b|\b\d+\s*(?:mins?|minutes?) behind\b|\bjust parking\b|\bparking (?:the|my) (?:bike|car|scooter|motorbike|motorcycle)\b|\bon the way\b|leaving now|heading (?:over|there|out)|\bomw\b|stuck in traffic|\bon the (?:bus|train|subway|metro)\b|(?:现在|这会儿?)才(?:出门|出发)|限流|尽快赶(?:过来|过去|到)|往(?:这边|你们那边?|公司)赶|\bstuck (?:on|in|at) the\b|wrong turn|traffic is|be there in \d+|there in \d+|\d+ ?mins? away|坐过站|坐反|打不到车|还有[\d一二两三四五]+站|停运|on my way|running late|\blate\b|almost there|be there in(?! jesus| god)|在[^,.?!。]{0,8}站了|(?:刚|已经)下(?:了)?(?:公交|地铁|高铁|动车|火车|大巴|出租车?|网约车|飞机)|下了(?:公交|地铁|高铁|动车|火车|大巴|出租车?|飞机)|出了地铁站?|(?:在|正在|正|已经)(?:往|朝|向)[^,.!?。]{1,8}(?:走|赶|去|来|开|骑)(?![^,.!?。]{0,3}(?:吗|么|\?))|(?:过去|过来|去(?:你们|公司|贵司))的路上|(?:还有|还剩|还差|就剩|只剩)[^,.!?。]{0,3}[\d.一二两三四五六七八九十几百千半]+\s*(?:公里|千米|km|米|m\b|个路口|个红绿灯)|(?:坐|搭|上|乘)错(?:了)?(?:车|站|线|方向|地铁|公交)|坐反|搭反|赶紧过(?:来|去)|往回赶|around the corner|nearly there|\d+ ?mins?\b/;

/** "在地铁上" means on the way only on the interview day ("在地铁上信号不好，晚点说"). */
// "路上，5分钟" / "再等我一下" are the same on-the-day status.
// Queuing for or hunting a parking space (停车场排队进不去, 在找车位) and a bare 马上 close the last metres.
// On the day, "可能晚一点点" / "估计得晚会儿" is running behind (days ahead it may ask for a later slot).
// "电梯排队排了很久 马上上来" / "还在找是哪栋楼 快了": on the way up, or nearly there.
// "在电梯里了": still riding up (eleven writers' lines, all late), not yet at the door.
// "到附近了" is close, not yet there; "电梯等不上" is held up at the lift.
export const IN_TRANSIT = /^(?:来了){2}|正在(?:过来|过去|赶来|赶过来)|(?:到|在)附近了|电梯[^,.!?。]{0,2}(?:等不上|挤不上|上不去)|(?:在|进|坐)(?:了)?电梯(?:里|上)|还在找(?:楼|门|路|地方)|搞错地址|跑错(?:地方|楼|园区)?|现在打车过去|(?:排队|人(?:太|好|超|很|特别)多)[^.!?。]{0,6}电梯|电梯[^.!?。]{0,6}(?:排队|人(?:太|好|超|很|特别)多)|马上(?:上来|上去|上楼)|(?:电梯|排队)[^,.!?。]{0,6}(?:很久|好久|半天)|快了(?=[!.。~\s]*$)|马上来了?|这就来|(?:可能|估计|怕是|应该)(?:会|要|得)?(?:稍微|稍)?晚(?:一点点?|一会儿?|点|些|个几分钟)(?![^,.!?。]{0,3}(?:确定|答复|回复|回你|回您|告诉|通知|说|联系|再))|停车场|地库|找(?:停)?车位|排队进|马上(?=[!.。~\s]*$)|地铁上|公交上|车上了|在车上|高铁上|^路上|(?:再)?等(?:我|一下我)一?(?:下|会儿?|几分钟)(?![^,.!?。]{0,4}(?:确|回|答|考虑|想))|[\d一二两三四五六七八九十]+分钟(?:左右)?(?:[,.!。~\s]|$)/;

/** Arriving early (提前十分钟到) is the opposite of late, though it names minutes and 到. */
// "不会迟到太久" admits lateness; it promises only that it will be short.
export const NOT_LATE = /不会迟到(?!太久|很久|多久|太多)|不会晚(?!太久|很久|太多|多少)|不迟到|提前[^,.!?。]{0,6}到/;

export const ARRIVED =
  /(?<![快马就要将收找拿看想遇碰得达办做提迟晚带送拉])(?:我)?(?:已经)?到了|刚刚?到(?!了?[吗么?]|站|地铁站|高铁站|机场|火车站)|here now|\breception\b|已到达|已经到达|到达了|已到|到楼下|在楼下|到[^,.!?。]{0,6}(?:门口|楼下|大厅|前台|大堂|停车场|地库)了|早(?:早)?就到了|在面试(?:的)?地方|在大堂|在大厅|在前台|在门口|等电梯|到\d+楼(?![^,.!?。]{0,2}(?:吧|吗|么|\?))|(?<!是)在\d+楼(?![^,.!?。]{0,2}(?:吧|吗|么|\?))|在.{0,4}等(?:一会|你|着)|i'?m here|i am here|arrived|\breached (?:\d+ mins? )?early\b|\bwaiting in the (?:lobby|reception)\b|^reached\b(?! (?:by|around|at|in|soon|home)\b)/;
