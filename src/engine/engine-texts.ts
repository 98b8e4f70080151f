/**
 * Texts the engine itself sends (not a flow's): replies to candidates we cannot
 * place yet, and notes to recruiters about undelivered messages. Each can be
 * overridden through the flow settings' `messages` under the same key (so they
 * stay editable in config/); these defaults apply when a key is missing.
 * Placeholders are `{name}`.
 */
export const ENGINE_TEXT_DEFAULTS = {
  /** A candidate writes before opening their personal link. */
  "engine.unbound_reply": "您好！这里是面试安排助手。请通过HR发给您的专属链接进入对话，我们才能找到您的面试信息。",
  /** An image, voice message, file… */
  "engine.media_reply": "抱歉，我暂时只能看懂文字，请直接用文字回复我哦。",
  /** The link's code is unknown, used by someone else, or expired. */
  "engine.bind_failed_reply": "抱歉，这个链接已失效或已被使用。请联系HR重新获取您的面试链接。",
  /** To the recruiter: the candidate did not get a message. */
  "engine.missed_alert":
    "【消息未送达】候选人{candidate}（{position}，面试时间 {scheduledAt}）没有收到下面这条消息：\n{text}\n原因：{reason}\n请通过电话等其他方式联系候选人。",
  "engine.missed_reason.window": "微信客服限制：候选人 48 小时内未回复，或已连续发送 5 条消息",
  "engine.missed_reason.human": "会话一直由人工接待，机器人无法发送",
  "engine.missed_reason.refused": "候选人拒收或发送失败",
  "engine.missed_reason.error": "企业微信拒绝了这条消息",
  /** To the recruiter: a link was opened but could not be used. */
  "engine.bind_failed_alert": "【绑定失败】有人打开了候选人{candidate}（{position}）的面试链接，但链接{reason}，未绑定。如有需要请重新发送链接。",
  "engine.bind_failed_reason.used": "已被使用过",
  "engine.bind_failed_reason.expired": "已过期",
  /** The label a clicked card's buttons turn into. */
  "engine.card_done.approve_reschedule": "已同意改期",
  "engine.card_done.decline_reschedule": "已拒绝改期",
  "engine.card_done": "已处理",
  "engine.card_stale": "已失效",
} as const;

export type EngineTextKey = keyof typeof ENGINE_TEXT_DEFAULTS;

/** Looks texts up in `messages` first, then in the defaults, and fills `{placeholders}`. */
export class EngineTexts {
  constructor(private readonly messages: Readonly<Record<string, string>> = {}) {}

  has(key: string): boolean {
    return key in this.messages || key in ENGINE_TEXT_DEFAULTS;
  }

  get(key: EngineTextKey | string, values: Readonly<Record<string, string>> = {}): string {
    const template = this.messages[key] ?? (ENGINE_TEXT_DEFAULTS as Record<string, string>)[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  }
}

/** "10月12日 周三 14:00" in the business time zone: how recruiters read times. */
export function formatWhen(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("zh-CN", {
    timeZone,
    month: "numeric",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("month")}月${get("day")}日 ${get("weekday")} ${get("hour")}:${get("minute")}`;
}
