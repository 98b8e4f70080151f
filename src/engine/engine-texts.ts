/**
 * Texts the engine itself sends (not a flow's): replies to candidates we cannot
 * place yet, and notes to recruiters about undelivered messages. They live in
 * `config/messages.zh-CN.yaml` under `engine:` — the one source of truth; the
 * loader (`config/flow-settings.ts`) refuses a file missing any of these keys.
 * Placeholders are `{name}`.
 */
export const ENGINE_TEXT_KEYS = [
  "engine.unbound_reply",
  "engine.media_reply",
  "engine.bind_failed_reply",
  "engine.missed_alert",
  "engine.missed_reason.window",
  "engine.missed_reason.human",
  "engine.missed_reason.ended",
  "engine.held_alert",
  "engine.missed_reason.refused",
  "engine.missed_reason.error",
  "engine.bind_failed_alert",
  "engine.bind_failed_reason.used",
  "engine.bind_failed_reason.expired",
  "engine.card_done.approve_reschedule",
  "engine.card_done.decline_reschedule",
  "engine.card_done.default",
  "engine.card_stale",
] as const;

export type EngineTextKey = (typeof ENGINE_TEXT_KEYS)[number];

const KNOWN = new Set<string>(ENGINE_TEXT_KEYS);

/** Whether `key` names one of the engine's texts (for keys built at run time, e.g. per card action). */
export function isEngineTextKey(key: string): key is EngineTextKey {
  return KNOWN.has(key);
}

/** The messages handed to the engine lack some of its texts (the loader normally catches this first). */
export class EngineTextsError extends Error {
  override readonly name = "EngineTextsError";
  constructor(readonly missing: readonly string[]) {
    super(`engine texts missing from the messages: ${missing.join(", ")} (add them under engine: in config/messages.zh-CN.yaml)`);
  }
}

/** The engine's texts from the loaded messages, with `{placeholders}` filled. */
export class EngineTexts {
  constructor(private readonly messages: Readonly<Record<string, string>>) {
    const missing = ENGINE_TEXT_KEYS.filter((key) => typeof messages[key] !== "string");
    if (missing.length > 0) throw new EngineTextsError(missing);
  }

  get(key: EngineTextKey, values: Readonly<Record<string, string>> = {}): string {
    const template = this.messages[key]!;
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
