/**
 * Replies that decide nothing: acknowledgements (收到, 知道了, noted), thanks,
 * greetings, media placeholders, "sent to the wrong person". Recognising them keeps
 * confidence high for `other` so the bot does not ask back after a plain "谢谢".
 */
export const SMALL_TALK =
  /收到|知道了|了解|明白|谢谢|感谢|多谢|辛苦|你好|您好|在吗|哈哈|嗯|哦|噢|喔|好吧|发错|看到消息|刚看到|面完|开会|机器人|thanks|thx|thank|noted|hello|\bhi\b|received|语音|图片/;
