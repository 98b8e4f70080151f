/**
 * Replies that decide nothing: acknowledgements (收到, 知道了, noted), thanks,
 * greetings, cheers (面试加油), media placeholders, "sent to the wrong person", and spam
 * forwarded into the chat (兼职刷单日赚300 加V). Recognising them keeps
 * confidence high for `other` so the bot does not ask back after a plain "谢谢".
 */
// ("今天这天气真冷啊": the weather.)
export const SMALL_TALK =
  // (Swahili "Asante sana": thank you very much.)
  // (谢谢你们 consider 我: thanks, nothing decided.)
  // (…证已经考下来了，跟你们说一声: news, nothing decided.)
  // (我是看了你们在58同城发的招聘.)
  /58同城|看了你们(?:在)?[^,.!?。]{0,8}发的|(?:跟|和)(?:你们|您|你)说一声|告诉(?:你们|您)一声|\bthanks? (?:you )?for considering me\b|谢谢(?:你们|您|你)?\s?consider\s?我|^asante(?: sana)?[!.\s]*$|^(?:拜拜|再见|bye(?:bye)?|88)[!.。~\s]*$|乱按了|乱点了|乱发的|乱发了|天气(?:真|好|太|挺|有点|可)?(?:冷|热|好|差|闷)(?:啊|呀|哈|啦)?[!.。~\s]*$|good (?:morning|afternoon|evening)|打错了|发错了|发错人了|回错了|骗子|诈骗|愉快|快乐|加油|辛苦了|早上好|下午好|晚上好|早安|晚安|刷单|兼职|日赚|日结|加v|加微|加我微信|代理|推广|优惠|低价|出售|转让|回收|代办|私聊|有需要(?:的)?(?:联系|私聊|找我|加)|http|www\.|收到|知道了|了解|明白|谢谢|感谢|多谢|辛苦|你好|您好|在吗|哈哈|嗯|哦|噢|喔|好吧|发错|(?:找|加|打|弄|搞)错(?:人|对象)|(?:帮|替)(?:她|他|我妈|我爸|我老婆|我老公)回|有什么(?:事|事情|问题|需要)|随时联系|跟我说就行|想起来了|记起来了|(?:投的|投了|投过)(?!吗)|投简历|能听到吗|听得到吗|听不到|喂喂|太抢手|boss|智联|前程无忧|猎聘|看到消息|刚看到|面完|开会|机器人|thanks|thx|thank|noted|hello|\bhi\b|received|语音|图片/;

/**
 * A message opening by calling a family member (妈 我晚上不回家吃饭了, 老婆，我今晚加班): written
 * for someone else and sent to the wrong chat, whatever times or refusals it holds.
 */
// ("hey can you grab milk on the way home": meant for someone at home.)
// (刚才打电话没接着 啥事: a missed call asked about, before the invitation is read.)
export const MISADDRESSED = /(?:刚才|刚刚)(?:打|来)?(?:的)?电话没接(?:着|到|上)|\bthat was for the lads\b|(?:刚刚|刚才)?(?:是不是(?:你们)?打(?:我|过我)?(?:的)?电话了|是(?:你们)?打(?:我|过我)?(?:的)?电话了吗)|^宝贝[,\s]*妈妈|^hey siri\b|\bcan you (?:grab|pick up|get|buy) [a-z ]{1,20} on (?:the|your) way home\b|^(?:妈|老妈|妈妈|爸|老爸|爸爸|老婆|老公|媳妇|儿子|闺女)(?:[,.\s~]+(?!(?:我|你)?(?:呀|呢|啊))|(?=我(?!们)))/;

/**
 * "你是哪位？" / "谁啊这是" / "这是谁啊" said bare: who is writing, not a question about the
 * interview (five writers label it other, two question). Asked politely (请问你是哪位) or
 * about whom to meet (到了找哪位) it still asks.
 */
// ("?? what is this about": asking what the message is, like who sent it.)
// ("Wrong number I think?", "was that message meant for me?", 我好像没有投过这个岗位？: a message that reached the wrong person.)
// ("啥面试 我没投过啊": an interview never applied for; "Hi yes sorry what was that about again".)
// (Southwestern 你是哪个: who are you.)
// (你是哪个哦, "hello? 还在吗", "How's your day going?", "Hey is this still Sarah's number?": about the chat, not the interview.)
// (啥, 哈喽 是 Lily 吗, 你是真人还是机器人, 老婆晚上吃啥: about the chat, or for someone else.)
// ("Hello dear, how are you?", "this message was meant for someone else", 我好像没 apply 过这个 position.)
export const WHO_IS_THIS = /这是我(?:姐|哥|妹|弟|妈|爸|老婆|老公|朋友|同学)的微信|^(?:hello|hi)(?: dear)?,? how are you\??$|\bmeant for someone else\b|\bhaven'?t applied for any\b|没\s?apply\s?过|^(?:啥|什么)[?？!。.\s]*$|^(?:(?:hi|hello|哈喽|你好)[,\s]*)?是\s?[a-z]+\s?吗[?？\s]*$|真人还是机器人|是(?:不是)?机器人|\bare you a (?:bot|robot|real person)\b|^老婆[^,.!?。]{0,6}吃(?:啥|什么)|^你是哪个(?:哦|啊|呀|哇)[?？!.。\s]*$|^(?:(?:hello|hi|hey|喂)[?？,!\s]*)?(?:还)?在(?:吗|么)[?？!.。\s]*$|^(?:(?:hi|hey|hello)[,!\s]*)?how'?s your day(?: going)?[?!.\s]*$|\bis this still [a-z]+'?s? (?:number|phone)\b|^你是哪个[?？!.。\s]*$|\bthis number belongs to\b|\b(?:she|he) applied,? not me\b|^(?:什么|啥)面试[\s,?]*(?:我)?(?:好像|都)?没(?:有)?(?:投|报)过|\bwhat was (?:that|this) about\b|\bwrong (?:number|person|chat)\b|^这是哪个(?:呀|啊)?[\s,]*我?没(?:有)?投过简历|\bmeant for me\b|^(?:我)?(?:好像|应该)?没(?:有)?(?:投|报)过(?:这个|你们)?(?:岗位|职位|工作)?(?:吧|啊|呀)?[?？\s]*$|^[?\s]*what(?: is|'s) this (?:about|regarding|for)\s*[?!.\s]*$|^(?:hi|hello|hey)?[,!\s]*who(?: is|'s) (?:this|that|it)\s*[?!.\s]*$|^(?:你好[,\s]*)?(?:(?:你|您|这|这位)是(?:哪位|谁|(?=\s*\?))|谁|哪位)(?:啊|呀|呢|哈|哇)?(?:这是)?[?!.\s~]*$/;

/**
 * Asking to be called (Can you call me?, Please call me after 6 pm, I'm in office; "call me instead, I'm not good with texting"):
 * the talk moves to the phone and nothing is decided about the slot (six writers' lines, all other). Only the whole reply.
 */
export const CALL_ME = /\b(?:text|message|msg) me (?:at|on) my other number\b|^(?:(?:hi|hello)[,.!]? )?(?:(?:can|could) you (?:pls |please )?|pls |please |kindly )?call me(?: (?:back|instead|now|later|after \d{1,2}(?::\d\d)? ?(?:am|pm)?|when you (?:can|are free)))?\s*[?.!,]?\s*(?:i'?m (?:not good with texting|driving|in (?:the )?office|at work|busy)[^.!?]*|(?:i )?can'?t type[^.!?]*|easier to talk|my english (?:typing |writing )?(?:is )?not (?:so |very )?good[^.!?]*)?[.!\s]*$/;

/**
 * A bare greeting that happens to ask (在吗, 吃了吗😄, Hello?): it opens a chat, it asks nothing
 * the bot should answer (every writer's such line is other).
 */
export const GREETING_ONLY = /^(?:hi|hello|hey|good (?:morning|afternoon|evening))[!,.~\s]+how are (?:you|u)\??[!.~\s]*$|^(?:喂[\s,]*)+听得(?:见|到)(?:吗|不|么)[?？!.\s]*$|^(?:(?:你好|您好|hi|hello|hey|哈喽)[,\s!~?]*)?(?:早晨|早安|早上好|good morning|吃了吗|吃饭了吗|吃了没|在吗|在不在|在么|how far|(?:喂[\s,]*)+能听(?:见|到)(?:不|吗)|你好|您好|有人吗|有人在吗|有人么|anyone there|anybody there|忙吗|hello|hi|hey|哈喽|喂+|what'?s up|wassup|howdy|(?:good )?morning(?![^?]*\?))[?!.~\s]*$/;

/** A bare puzzled sound (哈？ / 啊？ / what?): the reply is not understood yet, and asks nothing the bot can answer. */
// (我这个怎么变成字了: voice input puzzling the sender.)
// (娃在旁边乱按的: the child pressed the keys.)
export const PUZZLED = /乱按|乱点|乱发|^(?:不好意思|sorry|抱歉)?[,\s]*(?:手滑)?(?:点|按|发)错了[.!。~\s]*$|变成(?:文)?字了|^(?:这是)?什么玩意儿?[?!.~\s]*$|^\?+\s*(?:这是)?什么[?!.~\s]*$|^(?:(?:sorry|sry),?\s*)?(?:[啊哈嗯蛤额呃诶欸哦噢]{1,3}|什么|what|huh|eh|pardon|wrong (?:number|person))\s*\?+$/;

/** Asking whether one is remembered, or whether voice input came through (还记得我吗, 这个是语音转文字吗): chat, nothing to answer about the interview. */
export const CHAT_QUESTION = /还记得不|记得我不|还记得我吗|记得我吗|记不记得我|语音转(?:文字|的)/;

/** A bare apology (抱歉 / 不好意思 / sorry) says sorry for something not yet said: unclear, so the bot asks. */
export const BARE_APOLOGY = /^(?:抱歉|不好意思|对不起|sorry|sry)[!.。~\s]*$/;
