/**
 * Question topics. A topic counts only inside a sentence that asks something (吗, ？,
 * 多少, 哪, 请问, 要不要 …): "薪资太低了，不考虑了" mentions pay but asks nothing.
 * Topics follow what recruiters can answer from the job card: where, what to bring,
 * interview format, pay, the job, how to get there, and "other" (dress code, results,
 * who to ask for at reception …).
 */
import type { QuestionTopic } from "../types.js";
import { LEAVE_EARLY_ASKED, LIFE_EVENT } from "./conflict.js";
import { ASKS_FLEXIBILITY } from "./reschedule.js";
import { matches } from "../regex/prefilter.js";
import { RegexFamily } from "../regex/regex-family.js";
import { guardedByFirstChars } from "../regex/first-chars.js";
import { execAll } from "../regex/exec-all.js";

const LIFE_EVENT_G = new RegExp(LIFE_EVENT.source, "g");
const ASKS_FLEXIBILITY_RE = new RegExp(ASKS_FLEXIBILITY);

// Behind a lookahead for the characters a match can start with (see first-chars.ts): same
// matches, and V8 skips the positions where none can start (measured faster for this regex;
// for most lexicons the guard is slower, so it is applied one by one).
// ("Address pls" / "send me the location": a request for a detail asks for it; so do business English
// "kindly let me know the mode of interview", "kindly share the JD" and "do you provide lunch".)
// ("Pls send me the map", "Kindly tell me the name of the person conducting the interview", Irish "do yous pay weekly".)
// (South-western 打车大概好多钱 (how much).)
export const ASKS = guardedByFirstChars(
  // ("有宿舍没得": south-western Mandarin asks "is there … or not" with 没得 at the end.)
  // ("hey so I was wondering how long the whole process takes": wondering aloud asks.)
  // ("salary how much ah", "Kindly confirm the exact address", "pls share contact no. of the person".)
  // ("may i know the address in chinese".)
  // (Singlish "parking fee can claim anot": or not?)
  // (English asked without a question mark: "Is the job permanent or contract", "Which company is this please", "Bro where is the
  // interview", "the address is near which bus stop", "Address and salary pls", "any experience needed for this job".)
  // (发个定位过来撒: asking where.)
  // ("hello good afternoon I want to ask some things before the interview what is the salary…": voice input announcing its questions.)
  // ("could you tell me whether the post is permanent", "any parking or is it pay and display", "will i need references".)
  // ("hiya quick one before i say yes, is it set hours or is it zero hours…".)
  // ("I wanted to know what are the working hours", "before I go I wanted to know if the salary is negotiable".)
  /大概好多钱|要好多钱|\bsend me the (?:map|location|address|pin)\b|^(?:kindly |please |pls )?tell me the name of\b|^do yous? |\bi want(?:ed)? to know (?:if|whether|what|about|how|when|where)\b|\btell please the address\b|\bbefore confirming i would like to know\b|\bwhat position is\b|\bi wanted to ask\b|几时(?:出粮|发(?:工资|粮))|^(?:r|are) (?:u|you) guys\b|\bkindly (?:share|tell|send) (?:me )?the (?:map|exact|location|address)\b|\bshare the (?:map|location) link\b|\bi'?d like to know\b|^(?:(?:hey|hi|hello),?\s+)?do i need\b|\bis this for the\b|\bi'?d like to ask\b|^would i be\b|\bwhats\b|^(?:hey,?\s+)?do (?:y'?all|yall|you guys|u guys|you all)\b|\bwhich (?:door|gate|entrance|floor|building|lift|elevator) (?:do|should) i\b|没(?:有)?看到(?:地址|位置|定位)|^(?:hey|hi|hello|sorry|ok|so),?\s+(?:do i|do you|should i|can i|is there|are there)\b[^.!?]{2,}$|\bquick (?:one|question|q)\b[^.!?]*\b(?:is it|are there|do i|what'?s|whats|how)\b|\bcould you tell me (?:whether|if|what|where|when|how)\b|^any parking\b|^will i need\b|^(?:wait|sorry|hey|hi|ok|oh|um|hmm|so),?\s+(?:where|what|when|how|who|which)\s+(?:is|are|do|does|should|can)\b[^.!?]{2,}$|\b(?:i want to|i'?d like to|let me|can i|may i) ask (?:you )?(?:some|a few|few|some more|two|three) (?:things|questions)\b|发个?(?:定位|位置|地址)|(?<=^\s{0,3}|[.!]\s{0,3})(?:is|are|does|do|which|where|what|how|hw|who|when)\s+(?:the|it|this|that|there|you|i|my|we|interview|company|job|address|far|much|many|long|[a-z]+ing)\b[^.!?]{2,}$|^(?:the )?(?:address|location|salary|pay)\b[^.!?]{0,30}\b(?:pls|please)\b|^any (?:experience|qualifications?|certificates?|licen[cs]es?) (?:needed|required)\b|^can my (?:friend|wife|husband|brother|sister|cousin)\b|(?<!\bcan )\banot\b|^may i know\b|\bi want to know\b|^is (?:it|this|that) (?:the same|a different)\b|\bhow much\b|\bkindly confirm (?:the|your|whether|if|me)\b|\b(?:share|send|give)\s+(?:me\s+)?(?:the\s+)?(?:contact|phone|mobile|whatsapp)(?:\s+(?:no\.?|number|details))?\b|\b(?:i was|i'?m|was|just) wondering\b|\bi wonder (?:if|whether|how|what|when|where|who|which)\b|\bwhat'?s the (?:full |exact )?address\b|有[^,.!?。]{1,6}没得(?=[,.!?。~\s]|$)|\bcan i know\b|\bi'?d like to know\b|\bkindly clarify\b|\bplease tell me\b|\bmay i ask\b|\bkindly (?:let me know|share|send|advise|revert)\b|\blet me know (?:the|what|when|where|how|which|whether)\b|\bdo you (?:provide|offer|give)\b|\b(?:address|location|map|directions?)\s*(?:please|pls)\b|\b(?:send|share)\s+(?:me\s+)?(?:the\s+)?(?:exact\s+)?(?:google\s+)?(?:maps?\s+)?(?:address|location|map|pin)\b|\b(?:send|share|resend|forward)\s+(?:me\s+)?(?:the\s+)?(?:job description|jd)\b|吗|(?<![这那怎什多要])么|(?<!(?:开车|在忙|忙着|上班|干活|吃饭|睡觉|开会|上课|路上)着?)呢|\?|谁|哪位|多少|多大|多远|几面|(?<!接下来|未来|最近|这|那|好|前|过|过去|后面|之后|以后)几[轮个份点位人站号楼层折成路趟班天级年]|麻烦[^,.!?。]{0,3}(?:发|说|告知|告诉)|再发一?(?:遍|次|下)|(?:不影响|没关系|不要紧|没事|不碍事)吧|哪|什么|怎么|咋|啥|是否|干嘛|为啥|是[^,.!?。]{1,12}还是|(?<=[^\s,.!?。;~])还是(?!决定|觉得|算|不|没|想|要|会|对|先|挺|很|太|有点|去|来|参加|改|换|选|按|等|以|那|这个时间|这个点|那个点|同一|老|得|可以|能|希望|打算|准备)|有无|问一?下(?!(?:我|家里|家人|领导|老板|老婆|老公|爸|妈|他|她|朋友))|怎样|如何|请问|想问|想确认|不会是[^,.!?。]{1,8}吧|烦请|请告知|告知一下|(?<!(?:等我|我先|我再|我要|我得|我去|让我)(?:先|再)?)确认一?下(?!午)|发(?:我|一下|下|个|给我)|告诉我|麻烦(?:说|发|告知)|问问|了解一?下|对吧|多久|多长|需要带|要带|要准备(?![^,.!?。]{0,2}(?:考|复习|答辩|期末))|是不是|放(?:几天|多久|多少天)|(?:你们|公司|贵司|那边)[^,.!?。]{0,8}(?:还|也)(?:上班|放假|休息|开门)(?:啊|呀|哈|哦)|(?<=^\s*(?:(?:please|kindly|sir|madam|sorry|hi|hello|hey),?\s+)?)(?:how|what|where|which|when|who)\b|(?<=^\s*)(?:is|are|do|does|can|could|should|will|would)\s+(?:i|you|we|it|there|the|this|that|he|she|they|my)\b/,
);

/**
 * Sentences about these are "other" whatever else they mention (面试官那边还方便吗). Whether one
 * qualifies at all (没经验可以吗, 年龄大了能要吗) is other too (two writers against one).
 */
const OTHER_STRONG = new RegExp(
  `${ASKS_FLEXIBILITY}|${/(?:没(?:有)?(?:相关|工作)?经验|没(?:有)?学历|年龄(?:有点|比较)?(?:大|偏大))[^,.!?。]{0,6}(?:可以|行|能|要)[^,.!?。]{0,4}(?:吗|么|\?)|(?:入职|到岗)(?:可以|行|能)(?:吗|么|\?)|多大年纪|年纪多大|多少岁|是[^,.!?。]{0,8}(?:经理|hr|老师|先生|女士|小姐)(?:吗|么|\?)|预约访客|访客预约|先面(?:别人|其他人|下一个)|still (?:ok|okay|fine)|(?:必须|一定要|只能)(?:是)?这个(?:点|时间)|你是(?:哪位|谁)|(?:稍微|稍|能|可以)等(?:我)?(?:一下|一会儿?|几分钟)|食堂|放假|假期|放几天|(?:还|也)(?:上班|开门)(?:啊|呀|哈|哦|吗)|(?:电话|手机)(?:号码?)?(?:是)?多少|联系方式|联系电话|联系人|(?:多久|什么时候|几天)[^,.!?。]{0,3}通知|还能面|还方便|来得及|意思吗|怎么操作|找谁|找哪位|穿|着装|正装|报销|路费|出结果|结果|提前多久|(?<!(?:工资|薪资|薪水|底薪|收入|提成|月薪|待遇)[^,.!?。]{0,10})固定|哪家公司|拿到我|还要面|还面吗|\bdress|result/.source}`,
);

/** Something to bring that the candidate lacks (没带简历, 没有健康证): asked about by "可以吗" after it. */
const MISSING_ITEM = /没(?:有)?(?:带)?(?:简历|健康证|身份证|证件)/;
const TOPICS: ReadonlyArray<readonly [QuestionTopic, RegExp]> = [
  // "你们那里离白云机场远不远": where the office is, told by a landmark's distance.
  // "你们店在朝阳广场那边吗": a place named to check.
  // "公司在晋江哪里" / "宝安哪里的": which part of a named district.
  // "天河路那间还是珠江新城那间分行": which branch.
  // English topic words from business, expat and Taglish English (round 40).
  // ("is the entrance on the north side?", "那边好找吗", Cantonese 邊度.)
  // (English as people ask it: "What's the postcode?", "what floor again?", "main entrance or round the back?", "which building".)
  ["location", /\bpost ?code\b|\bwhat floor\b|\bmain entrance\b|\bround the back\b|\bwhich building\b|\b(?:same|different) office\b|\bis the entrance\b|好找(?:吗|么|不|\?)|邊度|边度|\bwhich (?:gate|entrance|door|tower|block|building|office|site)\b|\bunit number\b|\bvenue\b|\bgoogle maps? (?:location|pin|link)\b|\bdrop point\b|\bsame building as\b|\b(?:the )?[a-z]+ (?:office|site) or (?:the )?[a-z-]+\b|\bentrance from\b|(?<!分到[^,.!?。]{0,4})(?:支行|分行|网点)(?!主任|行长|经理|负责人)[^,.!?。]{0,3}(?:吗|么|呢|呀|\?)|那间|哪间|哪个(?:支行|分行|网点|门店|分店)|(?:去|到)[\u4e00-\u9fa5]{1,6}(?:那家|那个)(?:店|门店|分店|仓|仓库|厂|园区|楼)[^,.!?。]{0,4}(?:对吧|是吧|吗|么|\?)|在[\u4e00-\u9fa5]{1,6}(?:哪里|哪儿|哪边|什么地方|哪个位置|哪块)|[\u4e00-\u9fa5]{2}哪里的(?=[,.!?。~\s]|$)|离[^,.!?。]{1,10}(?:远|近)[^,.!?。]{0,8}(?:吗|么|\?)|(?:店|公司|你们|面试|地方|仓库|厂|门店)(?:是)?在[^,.!?。]{0,10}(?:那边|这边|附近|旁边|对面|路|街|区|广场|大厦|大楼|楼|园|站|镇|村)[^,.!?。]{0,3}(?:吗|么|\?)|面试(?:的)?地方|几号门|[一二三四五六七八九十\d]+号门|哪个(?:镇|村|乡)|哪(?:家|个)(?:门店|店|分店)|\bbase\s*(?:在|地|城市)|(?:楼|办公室|园区|厂区|校区|工厂|分部|总部|市区|南区|北区|东区|西区)(?:的)?还是[^,.!?。]{0,8}(?:楼|办公室|园区|厂区|校区|工厂|分部|总部|市区|的)|是\d+(?:楼|层)|(?:上|去|到|在)\d+(?:楼|层)(?![了])|哪一?(?:层|栋|座)|[a-z\d一二三四五六七八九十]座|几号楼|哪个房间|房间号?|会议室|几层|标志|门牌|地点|哪个区|总部|分部|园区|哪个办公室|floor|\broom\b|地址|定位|位置|哪栋|哪一栋|几楼|哪层|本部|分公司|厂区|工厂那边|哪个校区|南区|北区|整层|(?<![到在])前台(?!了)|从哪个门|哪个门|具体在|where is the|address|location|which building|the office/],
  // ("要不要自己带焊帽": what to bring on a site; what to wear, 劳保鞋 or 工装, is dress and stays "other".)
  // ("Do I need my own PPE?", "copies of my certificates or just the originals?", "my CSCS card", "should I wear my steel caps?"; what to wear in general is "other", as writers label it.)
  ["materials", /需要\s?prep(?:are)?\b|\bprepare (?:a |an |any )?(?:presentation|slides|deck|portfolio|case study)\b|\bdo i need (?:my own|to bring)\b|\bown (?:ppe|tools|kit|boots)\b|\b(?:copies|originals) of my\b|\bcertificates?\b|\bcscs\b|\bsteel caps\b|焊帽|安全帽|\bprep(?:are)? (?:a|an|any|my|the) (?:presentation|case study)\b|\bpayslips?\b|\bdo you need my\b|学生证|三方协议|\bprep (?:a|an|any|my|the)\b|\banything else required\b|\boriginal certificates?\b|\bvalid id\b|\bcopy of (?:my )?[a-z]+ certificate\b|\bprepare anything\b|体检报告|健康证|带(?!多少|几个|朋友|家人|同学|孩子|娃|小孩|人|宠物|家属|团队|队伍|新人|项目|学生|老人|我|爸|妈|父母|老婆|老公|客户|班|毕业班|课)|ppt|幻灯片|准备(?!考|笔试|机试|考试|面试题|问题|自我介绍|好了|[^,.!?。]{0,6}(?:比赛|大赛|考核|评审|验收))|简历|作品|电脑|笔记本|身份证|证书|原件|打印|材料|资料|照片|寸照|证件照|photo|laptop|bring|resume|\bcv\b|portfolio|documents?/],
  // "今天面试的会议号是多少": the video meeting's number belongs to the format (four writers against one).
  // ("Who will I be meeting with?", "Will the CEO be joining the interview?", "Will there be a case study?")
  // ("How many stages are there?", "group interview or one to one?", "who I'll be meeting", "with the site manager or someone from
  // HR?", "a practical test on the day", "just a chat".)
  ["format", /\b(?:in (?:the )?office|in person|face to face) or online\b|\bonline or (?:in (?:the )?office|in person|face to face)\b|\bhow many (?:stages|rounds|steps)\b|\bgroup interview\b|\bone[- ]to[- ]one\b|\bwho (?:will|would|'ll) i be meeting\b|\bwho i'?ll be meeting\b|\bwith the (?:site|care|store|hiring|line) manager\b|\bsomeone from hr\b|\bpractical test\b|\bsit[- ]down interview\b|\bjust a chat\b|\blive coding\b|\bcamera on\b|\bwhich platform\b|\bhow many interviews\b|\b(?:from|on) my phone or\b|实操|当场(?:考试|考核|定|知道结果|出结果)|\bwho (?:will|'ll) i be meeting\b|\bwho'?s (?:gonna|going to) interview\b|\bwill there be a case study\b|\bwill (?:the )?(?:ceo|cto|coo|hiring manager|manager|director|founder|team lead|tech lead|hr|md)\b[^.?!]{0,20}\b(?:be (?:there|joining|present|in)|join)\b|面试(?:的)?链接|\bmode of (?:the )?interview\b|\bmeet link\b|\bzoom link\b|\bf2f\b|\bface to face or\b|\bor virtual\b|\bdemo lesson\b|\bzoom or teams\b|\bwho will (?:be taking|take|conduct) the interview\b|\bname of the (?:person|interviewer|manager) (?:conducting|taking|doing|who will)\b|\b(?:meeting|meet) (?:with )?(?:the )?(?:hiring manager|hr|team lead|director)\b[^.!?]{0,20}\bor\b|\binitial (?:interview|round)\b[^.!?]{0,30}\bfinal\b|会议(?:号|id|室号)|(?:口语|英语|英文|专业|技能|上机|打字)(?:测试|考试|测验|考核)|全英文|全英语|无领导|结构化面试|说课|体能测试|试镜|才艺|上镜|panel|1-on-1|one[- ]on[- ]one|case interview|behavioral|(?:你|您)本人面|(?:车间主任|业务负责人|部门负责人|主管|经理)(?:来)?面|面试官是|面完[^,.!?。]{0,4}几点|几点(?:能)?(?:面完|结束)|(?:经理|总监|老板|hr|技术)先面|试讲|摄像头|开视频|讲(?:几分钟|多久|多长时间)|试课|in english|\benglish\b|(?:直接)?(?:去|到|来)(?:公司|现场|你们(?:公司|那边?)?)(?:面|面试)|(?:全|纯)?(?:英文|英语)(?:的|面|交流|沟通)|(?:面试)?(?:形式|方式)(?:是|怎么|什么|吗)|什么(?:形式|方式)|测评|(?:性格|心理|能力|在线|智力)测试|行测|面[^,.!?。]{0,6}(?:\d+|[一二两三半])个?(?:多)?小时|做题|上机|只(?:是)?聊|聊聊天|(?:中文|英文|英语)还是(?:中文|英文|英语)|英文面|英语面|用英语|用英文|现场|in-person|in person|face to face|face-to-face|时长|(?:经理|总监|老板|主管|hr|技术|总)(?:来)?面|流程|环节|技术问题|(?:问|考|面)(?:些|点|哪些)?什么|会问|written test|\btest\b|exam|assessment|interviewing me|who (?:will|is going to) (?:interview|meet)|线上|线下|视频|远程|电话面|一对一|面试官|(?:其他人|别人|其他候选人|几个人|多少人|好几个人)[^,.!?。]{0,4}(?:一起|同时|一块)(?:面|面试)|群面|单独面|一起面|谁(?:来)?面|几个人(?:面|来面)|(?:面试?|面的)[^,.!?。]{0,4}几个人|几轮|轮|几面|几次面|(?<![周期拜次])[一二三]面|(?<!(?:打车|坐车|开车|走|步行|骑车|地铁|公交|过去|过来)[^,.!?。]{0,3})多久(?![^,.!?。]{0,3}(?:能到|到|过去|过来))|多长时间|多少时间|笔试|要考|考不考|会考|机试|写代码|技术面|hr面|终面|群面|只有面试|结束|腾讯会议|飞书|钉钉|zoom|teams|onsite|on-site|remote|online|offline|video|\brounds?\b|how long|interviewer|coding/],
  // The dormitory itself (宿舍几人间, 有空调吗, 有宿舍吗) is "other" (fourteen writers' lines); housing as
  // a benefit (包吃住, 包住) stays pay.
  // "临时工日结吗 一天多少": how and when pay comes.
  // ("what's the hourly rate", "the pay rate for the role", "cash in hand or through the books?".)
  ["location", /\bsend me the map\b|\bmap link\b|\bexact (?:job )?location\b/],
  ["salary", /出粮|\bannual package\b|\bhousing allowance\b|offer[^,.!?。]{0,6}(?:多少|几个?[kw万千])|\b(?:hourly|pay|day|daily) rate\b|\bwhat(?:'s| is) the (?:pay|rate|salary|wage)\b|\bcash in hand\b|\bthrough the books\b|\bbonus\b|\bstipend\b|\ballowance\b|\bbudget\b|\bctc\b|\b(?:joining|sign-on|signing) bonus\b|\b(?:housing|relocation|accommodation) allowance\b|\binclude accommodation\b|\bmonthly range\b|\bsalary (?:is )?negotiable\b|日结|周结|月结|(?:一天|一小时|每天|每小时|一个小时)(?:给)?多少|人工(?:多少|大概|有|是)|\bbase\b(?!\s*(?:在|地|城市|深圳|广州|北京|上海|杭州|成都|武汉|南京|苏州|西安|重庆|长沙|东莞|佛山|[\u4e00-\u9fa5]{2}还是))|多少钱|福利|收入|月入|报酬|薪酬|工钱|时薪|计件|钱多少|给多少|一个月多少|底薪|提成|绩效|到手|拿多少|月薪|年薪|薪水|加班费|涨薪|调薪|打几折|打折|餐补|房补|饭补|交通补|补助|包吃|包住|薪|工资|待遇|五险一金|社保|公积金|年终|奖金|试用期|补贴|期权|salary|\bpay\b|compensation|package/],
  // "是临时工还是长期的" / "要有经验吗" / "单证员要英语几级" / "是做售后客服还是销售": the post's terms and demands.
  // ("做几休几": how many days on and off.)
  // ("full time or part time?", "what are the shifts like?", "what time would shifts start", "what's the team like", "what job is this
  // for?", "do I need a full licence?".)
  // Whether the job lets them leave early (这个工作能不能下午四点走): the same wording classify keeps from counting as a clash.
  ["job", LEAVE_EARLY_ASKED],
  ["job", /\bwhat position is this\b|\b(?:are|r) (?:you|u)(?: guys)? (?:also )?hiring\b|\b(?:roster|shift|rota) pattern (?:for|is|of)\b|\bfull[- ]time or part[- ]time\b|\bpart[- ]time or full[- ]time\b|\bwhat (?:are|would be) the (?:shifts|hours)\b|\bwhat time (?:would|do|does) (?:the )?shifts? start\b|\bwhat(?:'s| is) the team like\b|\bwhat job is this\b|\blicen[cs]e for this\b|(?:做|上|干)几休几|(?:上班|工作日?|休息)(?:时间)?(?:是|从)(?:周|星期|礼拜)|招(?:不招)?(?:临时工|小时工|暑假工|寒假工)(?:吗|么)|陪酒|应酬|\bworking hours\b|\breporting line\b|\bheadcount\b|\breplacement hire\b|\brotational\b|\bwhat is this interview for\b|\bscope\b|能转正吗|转正机会|\boffice timings?\b|\breporting (?:manager|to)\b|\bwfo or hybrid\b|\bhybrid or (?:full )?wfo\b|\bvoice or non-voice\b|\bwhich (?:team|account)\b|\bwhat account\b|\bjob responsibilities\b|\bday-to-day\b|\bshare the jd\b|\bthe jd\b|中文岗还是英文岗|\bwork from home or onsite\b|周末(?:要|也要|需要)?上班(?:吗|么|\?)|临时工还是|(?:长期|短期)(?:工)?还是|是(?:临时工|长期工?|短期工?)(?:吗|么|\?)|要(?:有)?(?:相关)?经验(?:吗|么|\?)|(?:要|需要|要求)[^,.!?。]{0,2}(?:英语|英文|日语|普通话)[^,.!?。]{0,3}(?:几级|等级|四级|六级|水平)|(?:英语|英文|日语|普通话)(?:要)?(?:几级|什么水平)|是做[^,.!?。]{1,8}还是|有[^,.!?。]{1,10}(?:的)?(?:岗位|职位)[^,.!?。]{0,2}(?:吗|么|\?)|(?:岗|岗位|职位)(?:主要)?(?:是)?(?:做|负责|对接|管)[^,.!?。]{1,12}(?:的|吗|么|\?)|打字速度|开(?:货车|小车|大车)|站岗|巡逻|上几休几|(?:站着|坐着)(?:干|上班)|(?:活|工作|岗位|干)[^,.!?。]{0,3}累(?:不累|吗)|跑(?:市内|长途|干线|短途|同城|省内|省外)|管几个人|(?:业绩|销售|工作)压力|(?:能|可以)?休几天|(?:一个月|每月|每个月)[^,.!?。]{0,3}休|汇报给|(?:一周|每周)[^,.!?。]{0,3}(?:去|到岗|上|来|上班)几天|\bbase\s*(?:深圳|广州|北京|上海|杭州|成都|武汉|南京|苏州|西安|重庆|长沙|东莞|佛山|[\u4e00-\u9fa5]{2}还是)|(?:一天|每天)[^,.!?。]{0,2}(?:干|上|工作|做)(?:几|多少)个?(?:小时|钟头)|(?:公司|你们|贵司)(?:主要)?(?:是)?(?:做|搞|干)[^,.!?。]{1,10}的(?:吗|么|\?)|向谁汇报|上级是|岗位职责|(?:哪个|什么)科室|客户资源|开发客户|自己开发|普工|技术工|技工|驾照|[abc]\d?照|开(?:什么|啥)车|frontend|backend|infra|which team|自研|第三方(?:系统|平台|的)|(?:用|使用)(?:的)?(?:是)?[^,.!?。]{0,6}系统|几班倒|[两三]班倒|招(?:男|女)|(?:男|女)的(?:吗|么|也|可以)|性别|正式岗|实习岗|正式员工|正式编制|vue|react|node|java(?!script)|javascript|typescript|python|golang|c\+\+|全栈|技术栈|应届|往届|毕业生|(?<!面试官[^,.!?。]{0,3})(?:哪个|什么|哪一个)部门|部门是|(?:需要|要|得)会[^,.!?。]{1,10}(?:吗|么|\?)|(?:学历|经验|年龄|专业|技能)[^,.!?。]{0,3}(?:要求|限制)|(?:要求|需要|要)(?:什么|多少|哪些|几年)的?(?:学历|工作经验|经验|技能|专业)|几年经验|(?:哪个|什么|哪一个)(?:岗位|职位)|(?:组|团队|部门|公司)[^,.!?。]{0,4}几个人|全职|兼职|正式工|合同工|编制|劳务派遣|倒班|轮班|三班倒|夜班|白班|新增|补缺|(?:其他|别的)(?:岗位|职位)|还有[^,.!?。]{0,4}(?:岗位|职位)|\bjd\b|岗位描述|职位描述|岗位说明|job description|负责(?:哪些|什么|啥)|(?:做|干)(?:哪些|什么|啥|嘛)|(?:具体|主要)(?:做|干|负责)|产品|带团队|管人|(?<!我要|我得|我|要去|我在)出差|外派|驻场|项目(?!介绍)|招聘|招实习|实习生|校招|社招|晋升|发展空间|成长空间|培训|还招|招不招|招人|java|python|golang|c\+\+|几点上班|上下班|几点到几点|外包|自研|规模|多少人|融资|上市|公司.{0,4}(?:多大|怎么样)|双休|单休|大小周|年假|上班时间|几点下班|下班时间|工作时间|出差多|[bc]端|技术栈|react|vue|团队|加班(?![^,.!?。]{0,4}费)|996|做什么|什么业务|业务开发|基础架构|偏业务|工作内容|职责|负责什么|投的是|岗位是|岗吗|投这个岗位|岗位要求|(?:偏|做|是|主要)(?:前端|后端|全栈|客户端)|(?:前端|后端|全栈|客户端)还是|新开|新设|替补|顶岗|排班(?=[^,.!?。]{0,3}(?:怎么|是|吗|呢|\?))|怎么排班|班次|tech stack|stack|\bteam\b|the role|duties|overtime/],
  // ("What's the nearest tube?", "Is it near a train station?", "near Central station", "How long's the drive", "whereabouts do I park?".)
  ["job", /\bpermanent or contract\b|\bcontract or permanent\b|(?:干|做)[\u4e00-\u9fa5]{1,6}还是[\u4e00-\u9fa5]{1,8}(?=[!.。~\s]*$)/],
  // ("我没简历 可以吗": the ask in a clause of its own after a space or a comma.)
  ["materials", new RegExp(`${MISSING_ITEM.source}[,、\\s]?[^,.!?。]{0,4}(?:可以|行)(?:吗|么|不)`)],
  ["location", /没(?:有)?看到(?:地址|位置|定位)/],
  ["transport", /(?:车|电动车|摩托车?)(?:可以|能)(?:开|骑)进(?:去|来)|\bwhich (?:mrt|mtr|subway|metro) exit\b|\bnearest (?:tube|station|train station|bus stop)\b|\bnear (?:a|the) (?:train|tube|bus|mrt) station\b|\bnear [a-z]+ station\b|\bhow long'?s the drive\b|\bwhere(?:abouts)? do i park\b|\bnearest (?:mrt|lrt|metro|subway|train|bus) (?:station|stop)?\b|\bwhich exit\b|\bshuttle\b|\bhow do i get (?:from|to|there)\b|\beasy to find from\b|车库|单车|自行车停|停放|多久(?:能)?(?:到|过去|过来)|几路|坐什么车|(?:怎么|如何|咋)(?:过去|过来|到|坐|前往|去|走)|不认识路|路不熟|换乘|转车|(?:过去|过来|坐车|开车|路上|走|步行)[^,.!?。]{0,4}多久|班车|通勤车|接驳|号线|停车|车位|有地方停|停哪|电动车|自行车|骑车|地铁|站|出口|哪个口|公交|怎么走|怎么去|路线|开车|打车|导航|parking|\bpark\b|subway|metro|\bbus\b|directions|get there/],
  // "pls share contact no. of the person I need to meet": who to ask for, and how to reach them.
  ["other", /\b(?:contact|phone|mobile) (?:no\b|number\b|details\b)|\bcontact person\b/],
];

/** Checking the planned slot (还是两点吗, 是周三对吗) asks; it does not accept it. */
export const VERIFIES_SLOT = /(?:改|变)了吗|有变(?:化|动)?吗|几点|什么时间|什么时候|来着|哪天|(?:非要|非得|只能)[^,.!?。]{0,6}(?:吗|么|\?)|是[^,.!?。可行]{0,8}(?:吗|么|\?)|还是.{0,10}(?:吗|么|\?)|照常吗|照旧吗|正常(?:进行)?(?:吗|么)|如期|对吗|对不对|是不是|没变吧|不变吧|没有变/;

/** Sentences that ask for a change or a slot are requests, not "other" questions. */
const NOT_OTHER = /改|换|调|约|推迟|(?<!需要|要不要|用不用|得|要)提前(?![^,.!?。]{0,2}到了|(?:到|来|过去|过来)?(?:吗|么)|多久|几分钟|多少分钟)|延|(?:可以|能|能否|想|要)(?:取消|放弃)|在吗|你好|机器人|可以吗|行吗|能吗|方便吗|好吗|reschedule|move|slot/;

// Asking a third party (我问下领导能不能请假) is reported, not asked of us; so is leaving the
// choice to them (看面试官那边哪个方便).
// Scorn for the offer (这点钱谁干啊, 鬼才去, 就给四千？, 才三千？) refuses; it asks nothing.
// "你们是不是发错人了" suspects a wrong recipient; nothing is there to answer.
// "这个要看我那天排不排班" (folded to 排班吗) reports what it depends on; "这个怎么发语音" fumbles with the app.
// "我得先问问孩子奶奶那天能不能帮忙带" asks a third party, not us.
const RHETORICAL = /我(?:先|再)?确认(?:一)?下(?:那天|当天)|我(?:得|要|先|再)*问(?:问|一?下)(?:孩子|奶奶|爷爷|外婆|家里|家人|领导|老板|老公|老婆|爸妈|父母|他|她)[^,.!?。]{0,10}(?:能|可以|行)[^,.!?。]{0,6}吗|(?:要|得)看(?:我)?[^,.!?。]{0,6}(?:排班|上班|有空|忙)吗|(?:怎么|咋)(?:发|打|回)语音|(?:发|找|加|打|弄|搞)错(?:人|对象|了)(?:了)?(?:吧|吗|么|\?)|我(?:找|查|看|翻)(?:一)?下[^,.!?。]{0,10}(?:哪|什么)|看[^,.!?。]{0,8}(?:哪个|哪天|什么时候)(?:更)?(?:方便|合适|可以|行)(?![^,.!?。]{0,2}(?:吗|么|\?))|不(?:知道|清楚)(?:还)?(?:要|得)?多久(?![^,.!?。]*[?吗])|才\d{3,}(?:块|元)?(?=[?？,.!。]|$)|(?:没|还没|没有|不|(?<!先[^,.!?。]{0,12})再)(?:决定|确定|想好|定好?)[^,.!?。]{0,4}(?:去不去|来不来|参不参加|面不面|要不要[^,.!?。]{0,3}|去吗|来吗|参加吗|面吗|要[^,.!?。]{0,3}吗)|(?:谁说|哪里说|哪有说)(?:我)?(?:要)?不|(?:哪能|怎么会|怎能|哪有)不|谁(?:会|愿意)?(?:干|去)(?:啊|呀|哦|呢|嘛)?(?=[,.!?。;、~\s]*$)|鬼才|傻子才|谁懂|家人们|能听到吗|听得到吗|怎么是文字|有(?:没有)?搞错(?:吗)?|就(?:给|开|发)(?:这么?点|[\d一二三四五六七八九十两几]+(?:千|k|块|元|百|w|万))|才(?:给|开)?[\d一二三四五六七八九十两几]+(?:千|k|块|元|百|w|万)|(?<!发(?:我|给我)?|您|你)(?:看看|看一下|看下)[^,.!?。]{0,8}吗|再说吧?吗|(?:考虑|纠结|犹豫|拿不定)[^,.!?。]{0,8}吗|就这(?:点|么点|么)?[^,.!?。]{0,4}(?:工资|待遇|薪资|薪水|钱|条件)|才[^,.!?。]{1,8}还(?:要|得|想)|问(?:一?下|问)(?:我的?)?(?:领导|老板|上司|家里|家人|老婆|老公|爸妈|父母|对象)|(?:这|就这)[^,.!?。]{0,4}还(?:想|敢|好意思)|谁不[^,.!?。]{1,4}谁|谁(?:让|叫)我|难道|(?:干什么|干啥|干嘛|搞啥|搞什么|整啥|嘎哈|咋回事)(?:呢|啊|呀)?(?:这|那)?(?:车|路|司机|地铁|公交|天气|破车)/;

const GREETING_OPENING = /^(?:hi|hello|你好|您好)[、,\s!~]*/;

const LOST = /找不(?:到|着)(?:是|在)?(?:哪|几)|还在找[^,.!?。]{0,6}(?:哪|几)/;

// 嗯呢 / 好滴呢 / 推着走呢 / 在路上呢: 呢 after assent or an action in progress softens, it does not ask.
const SOFTENING_NE = /([嗯好滴的哒行]|着[^,.!?。]{0,3}|在[^,.!?。]{1,6}|[道路]上)呢/g;
// 没什么要问的 / 哪都行: "what" under a negation or a universal asks nothing.
const NEGATED_WHAT = /(?<!不)知道(?:在|是)?哪(?:里|儿|个)?|随便(?:哪|什么)|没有?(?:什么|啥)|(?:哪|什么)[^,.!?。]{0,4}都|有什么[^,.!?。]{0,14}(?:就行|就好|即可|随时|联系我|找我|我会|我再|第一时间|及时)/g;

export interface QuestionReading {
  topics: QuestionTopic[];
  /** A question with no known topic (kept apart: only some intents report it). */
  otherQuestion: boolean;
  /** Any sentence asks anything at all. */
  asksAnything: boolean;
}

// Clauses, keeping their closing punctuation (a "?" marks the clause it ends).
const SENTENCE = /[^,.!?。;、~]+[,.!?。;、~]*/g;
// Chat without punctuation separates clauses by spaces (嗯呢 我周三下午过去 然后地址是…吗).
const HAN_SPACE = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** The topics' regexes as one family: one pass over a sentence tells which topics cannot be in it. */
const TOPIC_FAMILY = new RegexFamily(TOPICS.map(([, re]) => re));

function topicsOf(s: string): QuestionTopic[] {
  const hits: QuestionTopic[] = [];
  const candidates = TOPIC_FAMILY.candidates(s);
  for (let i = 0; i < TOPICS.length; i++) {
    if (!(candidates & (1 << i))) continue;
    const [topic, re] = TOPICS[i]!;
    // "把简历删掉" / "简历通过了吗" are about the application, not what to bring.
    if (topic === "materials" && /删|撤回|退回|通过|筛|投|看了|收到/.test(s)) continue;
    // "试用期多久" asks about pay terms, not the interview's length.
    if (topic === "format" && /试用期|合同|入职/.test(s) && !/线上|线下|视频|面试官|几轮|笔试/.test(s)) continue;
    if (re.test(s)) hits.push(topic);
  }
  // "面试地点离哪个地铁口近" asks how to get there: the place is the subject, not the question.
  // "停车场从哪个门进" / "园区里面能停车吗": where to park is how to get there.
  // "公司是在地铁11号线旁边吗": next to a line, too.
  if (hits.includes("location") && hits.includes("transport") && (/离[^,.!?。]{0,8}(?:近|远)|在[^,.!?。]{0,10}(?:旁边|附近|边上)/.test(s) || /停车|车库|车位/.test(s))) hits.splice(hits.indexOf("location"), 1);
  // "结束的时候还有地铁吗": when it ends is asked for the ride home.
  if (hits.includes("format") && hits.includes("transport") && /(?:结束|面完)[^,.!?。]{0,6}(?:地铁|公交|车)/.test(s)) hits.splice(hits.indexOf("format"), 1);
  return hits;
}

/** A clause asking for a change or a slot (可以换到周四吗, 晚一点到可以吗; "can we change to next week", "can we do Thursday 11.30?"). */
const ASKS_CHANGE = /\b(?:can|could|shall|would) (?:we|you|i) (?:do|change|move|reschedule|push|make it|shift|have it|switch|swap)\b|\b(?:reschedul|postpon|rearrang)|\banother (?:time|day|date|slot)\b|改|换|调|推迟|提前|延|安排|另|约|(?:要不|那)就?定|(?:能|可以)(?:等|往后)|等(?:到)?下(?:周|个?月|礼拜|星期)|别的场|其他场|下一场|场次|批次|(?:可以|行|好|方便)吗|(?:能|可以)[^,.!?。]{0,6}(?:面|面试|过来|过去)吗/;

/** Asking someone else (问下我们经理能不能请假, 问问我老婆): a question, but not to us. */
const ASKS_SOMEONE_ELSE = /(?:问(?:一?下|问)|(?:跟|和|向)(?=[^,.!?。]{0,8}确认))(?:我们的?|我的?)?\s?(?:team\s?lead|manager|boss|leader|店长|站长|老伴儿?|孩子|儿子|女儿|领导|老板|上司|家里|家人|老婆|老公|爸妈|父母|对象|项目经理|经理|主管|班长|组长|队长|工头|车间主任|主任)(?!岗|职|的岗|这个岗)/

export function readQuestions(text: string): QuestionReading {
  const found = new Set<QuestionTopic>();
  let otherQuestion = false;
  let asksAnything = false;
  let prev = "";
  let prevTopics = 0;
  const clauses = text.includes(" ") ? text.replace(HAN_SPACE, "、") : text;
  for (const m of execAll(SENTENCE, clauses)) {
    // 嗯呢 / 好滴呢: 呢 after assent is a softener, not a question.
    // 没什么要问的: "what" under a negation asks nothing.
    let clause = m[0];
    if (clause.includes("呢")) clause = clause.replace(SOFTENING_NE, "$1");
    if (/什么|啥|哪/.test(clause)) clause = clause.replace(NEGATED_WHAT, "");
    // "我是应届生，投这个岗位没问题吗": the topic may sit in the clause before the ask.
    // A change request (可以换到周四吗) asks for a slot; its reason before it (要加班) is no topic.
    // So does asking leave for oneself (晚一点到可以吗): the clause before is its context, not a topic.
    const before = prev;
    prev = clause;
    // Rhetorical and reported questions ask nothing: "这工资还想招人？", "谁不去谁是小狗".
    // (Checked first: a clause that asks nothing needs none of what follows.)
    if (!matches(ASKS, clause) || matches(RHETORICAL, clause)) continue;
    // "我先问下我们项目经理能不能请假": a question put to someone else asks nothing of us.
    // ("我跟店长确认下班次再回你": checking with one's manager asks nothing of us either.)
    if ((clause.includes("问") || clause.includes("确认")) && ASKS_SOMEONE_ELSE.test(clause)) continue;
    const asksChange = matches(ASKS_CHANGE, clause);
    // ("我没简历 可以吗": the thing missing, said just before, is what "is that ok?" asks about.)
    let s = /[.!?。;]\s*$/.test(before) || (asksChange && !MISSING_ITEM.test(before)) ? clause : before + clause;
    // Inside a change request, the duty that blocks the slot (夜班, 加班, 出差) is its reason, not a topic.
    if (asksChange && matches(LIFE_EVENT, s)) s = s.replace(LIFE_EVENT_G, " ");
    // "到门口了，找不到是哪栋": being lost, said without asking, reports; it does not ask.
    if (LOST.test(clause) && !/\?|吗|么/.test(clause)) continue;
    asksAnything = true;
    // "有没有别的时间可以选": beside a conflict this asks for a change (no topic); alone it asks "other".
    if (matches(ASKS_FLEXIBILITY_RE, clause)) {
      otherQuestion = true;
      continue;
    }
    if (matches(OTHER_STRONG, s)) {
      found.add("other");
      continue;
    }
    // The asking clause's own topics first; the clause before only fills in when it has none.
    let hits = topicsOf(asksChange ? s : clause);
    if (hits.length === 0 && s !== clause) hits = topicsOf(s);
    // "简历要打印吗？打几份" / "在几楼来着？12还是21？": a short follow-up of a question with a
    // topic asks the same thing, nothing else.
    // ("who will be the interviewer? HR or the tech lead?": in English, an either-or of up to five words.)
    const followUp = hits.length === 0 && prevTopics > 0 && (clause.replace(/[\s,.!?。;、~]/g, "").length <= 6 || (/^[\sa-z',.!?~-]+$/.test(clause) && /\bor\b/.test(clause) && clause.trim().split(/\s+/).length <= 5));
    prevTopics = hits.length;
    if (followUp) continue;
    for (const t of hits) found.add(t);
    let any = hits.length > 0;
    // "在哪" is about the office unless the sentence is about parking or the subway.
    if (!any && /在哪|where/.test(s)) {
      found.add("location");
      any = true;
    }
    // An either-or (打电话还是直接上去) asks without a question word.
    // "需要提前扫码登记吗" asks something of its own only when nothing else was asked; beside a topic
    // (能停车吗？要不要提前登记车牌) it details that topic.
    // "你好 请问是谁推荐的我？": a greeting before the question does not make it a request.
    if (!any && !matches(NOT_OTHER, /谁|什么|哪|请问|还是/.test(s) ? s.replace(GREETING_OPENING, "") : s) && !(found.size > 0 && /提前/.test(s)) && /\?|^\s*(?:(?:hey|hi|hello|wait|so|oh)[,!]?\s+)?(?:is|are|does|do|will|would|which|where|what|whats|how|hw|who|when)\s|\bi(?:'?d| would) like to (?:know|ask) (?:if|whether|what|when|where|how|which|who|about)\b|吗|呢|怎么|咋|什么|哪|谁|多久|(?<!晚个?|迟到?个?)几|没得(?=[,.!。~\s]*$)|(?:想|要)确认一?下(?:面试)?的?(?:时间|地点|地址|安排)|是[^,.!?。]{1,12}还是|还是(?:直接|先|要|在|就)|(?:不影响|没关系|不要紧|没事|不碍事)吧|what|how|where|who/.test(s)) otherQuestion = true;
  }
  return { topics: [...found], otherQuestion, asksAnything };
}
