import { createHash } from "node:crypto";
import type { Coordination } from "../../coord/coordination.js";
import type { AppSendOptions, AppSendResult, ButtonInteractionCard, CardUpdate } from "./app-types.js";
import type { ApiCaller } from "./call-api.js";
import { InvalidRequestError } from "./errors.js";
import { TASK_ID_PATTERN, WECOM_LIMITS } from "./limits.js";
import { takeSlot } from "./rate-limit.js";
import { splitUtf8, utf8Bytes } from "./split-utf8.js";

export interface AppApiOptions {
  caller: ApiCaller;
  coord: Coordination;
  sleep: (ms: number) => Promise<void>;
  corpId: string;
  agentId: number;
  secret: string;
  rateLimitMaxWaitMs: number;
}

const SEND = "message/send";
const UPDATE = "message/update_template_card";

/**
 * The self-built app (recruiters): text, markdown and button cards to members.
 * Long text is split into several messages on line boundaries (WeCom refuses
 * content over 2048 B with 45002). Each recipient's 30/min and 1000/h limits are
 * taken from {@link Coordination.hit} before sending, because WeCom silently
 * drops the excess instead of telling us.
 */
export class AppApi {
  constructor(private readonly o: AppApiOptions) {}

  /** Sends `content` as one or more text messages; one result per message sent. */
  sendText(touser: string | readonly string[], content: string, options: AppSendOptions = {}): Promise<AppSendResult[]> {
    return this.sendPieces(touser, "text", splitUtf8(content, WECOM_LIMITS.appTextBytes), options);
  }

  /** Sends WeCom markdown (a subset: headings, bold, links, quotes, `<font color>`), split like text. */
  sendMarkdown(touser: string | readonly string[], content: string, options: AppSendOptions = {}): Promise<AppSendResult[]> {
    return this.sendPieces(touser, "markdown", splitUtf8(content, WECOM_LIMITS.appMarkdownBytes), options);
  }

  /** Sends a button card. Its `response_code` allows one update after a click. */
  async sendTemplateCard(touser: string | readonly string[], card: ButtonInteractionCard, options: AppSendOptions = {}): Promise<AppSendResult> {
    assertCard(card);
    const recipients = toList(touser);
    await this.takeSlots(recipients, 0);
    return this.send(recipients, "template_card", { template_card: card }, options);
  }

  /** Updates a card once with the response_code from the click (or from message/send). */
  async updateTemplateCard(update: CardUpdate): Promise<void> {
    const body: Record<string, unknown> = {
      userids: update.userids,
      agentid: this.o.agentId,
      response_code: update.responseCode,
    };
    if ("card" in update) {
      assertCard(update.card);
      body["template_card"] = update.card;
    } else {
      body["button"] = { replace_name: update.replaceName };
    }
    await this.o.caller.call(UPDATE, { secret: this.o.secret, body });
  }

  private async sendPieces(
    touser: string | readonly string[],
    msgtype: "text" | "markdown",
    pieces: string[],
    options: AppSendOptions,
  ): Promise<AppSendResult[]> {
    if (pieces.length === 0) throw new InvalidRequestError(SEND, `${msgtype}.content`, "is empty");
    const recipients = toList(touser);
    const results: AppSendResult[] = [];
    for (const content of pieces) {
      await this.takeSlots(recipients, results.length);
      results.push(await this.send(recipients, msgtype, { [msgtype]: { content } }, options));
    }
    return results;
  }

  private async send(recipients: string[], msgtype: string, payload: Record<string, unknown>, options: AppSendOptions): Promise<AppSendResult> {
    const body: Record<string, unknown> = { touser: recipients.join("|"), msgtype, agentid: this.o.agentId, ...payload };
    if (options.enableDuplicateCheck) {
      body["enable_duplicate_check"] = 1;
      body["duplicate_check_interval"] = options.duplicateCheckIntervalSeconds ?? 1800;
    }
    const reply = await this.o.caller.call<Partial<AppSendResult> & Record<string, unknown>>(SEND, { secret: this.o.secret, body });
    const result: AppSendResult = { msgid: String(reply.msgid ?? "") };
    if (reply.invaliduser) result.invaliduser = reply.invaliduser;
    if (reply.unlicenseduser) result.unlicenseduser = reply.unlicenseduser;
    if (reply.response_code) result.response_code = reply.response_code;
    return result;
  }

  /** One minute slot and one hour slot per member; "@all" cannot be counted per member. */
  private async takeSlots(recipients: string[], partsSent: number): Promise<void> {
    for (const userid of recipients) {
      if (userid === "@all") continue;
      const member = createHash("sha256").update(userid).digest("hex").slice(0, 16);
      const base = `wecom:rate:app:${this.o.corpId}:${this.o.agentId}:${member}`;
      const common = { api: SEND, maxWaitMs: this.o.rateLimitMaxWaitMs, partsSent };
      await takeSlot(this.o.coord, this.o.sleep, { ...common, scope: "app-member-minute", key: `${base}:m`, limit: WECOM_LIMITS.appPerMemberPerMinute, windowMs: 60_000 });
      await takeSlot(this.o.coord, this.o.sleep, { ...common, scope: "app-member-hour", key: `${base}:h`, limit: WECOM_LIMITS.appPerMemberPerHour, windowMs: 3_600_000 });
    }
  }
}

function toList(touser: string | readonly string[]): string[] {
  const list = (typeof touser === "string" ? touser.split("|") : [...touser]).map((u) => u.trim()).filter((u) => u !== "");
  if (list.length === 0) throw new InvalidRequestError(SEND, "touser", "names no recipient");
  if (list.length > 1000) throw new InvalidRequestError(SEND, "touser", "names more than 1000 members");
  return list;
}

/** The card rules WeCom enforces, checked here so a bad card is a bug report, not an errcode. */
export function assertCard(card: ButtonInteractionCard): void {
  if (!TASK_ID_PATTERN.test(card.task_id) || utf8Bytes(card.task_id) > WECOM_LIMITS.templateCardTaskIdBytes) {
    throw new InvalidRequestError(SEND, "template_card.task_id", "must be 1–128 bytes of [0-9A-Za-z_-@]");
  }
  const n = card.button_list.length;
  if (n < 1 || n > WECOM_LIMITS.templateCardButtons) {
    throw new InvalidRequestError(SEND, "template_card.button_list", `must hold 1–${WECOM_LIMITS.templateCardButtons} buttons, got ${n}`);
  }
  const keys = new Set(card.button_list.map((b) => b.key));
  if (keys.size !== n || [...keys].some((k) => k === "" || utf8Bytes(k) > 1024)) {
    throw new InvalidRequestError(SEND, "template_card.button_list", "keys must be unique, non-empty and ≤ 1024 bytes");
  }
}
