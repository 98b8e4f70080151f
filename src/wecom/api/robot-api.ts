import { createHash } from "node:crypto";
import type { Coordination } from "../../coord/coordination.js";
import type { ApiCaller } from "./call-api.js";
import { InvalidRequestError } from "./errors.js";
import { WECOM_LIMITS } from "./limits.js";
import { takeSlot } from "./rate-limit.js";
import { splitUtf8 } from "./split-utf8.js";

export interface RobotApiOptions {
  caller: ApiCaller;
  coord: Coordination;
  sleep: (ms: number) => Promise<void>;
  key: string;
  rateLimitMaxWaitMs: number;
}

export interface RobotTextOptions {
  /** userids to @-mention, or "@all". Put on the first piece only, so nobody is pinged twice. */
  mentionedList?: readonly string[];
  mentionedMobileList?: readonly string[];
}

const API = "webhook/send";

/**
 * The group robot (群机器人) for HR alerts: send-only, authenticated by its
 * webhook key, no access token. Long content is split on line boundaries.
 * WeCom allows 20 messages a minute per robot; we count them in
 * {@link Coordination.hit} across instances and wait (bounded) or throw
 * RateLimitedError — WeCom would answer 45009 and block the robot.
 */
export class RobotApi {
  constructor(private readonly o: RobotApiOptions) {}

  /** Returns the number of messages sent. */
  async sendText(content: string, options: RobotTextOptions = {}): Promise<number> {
    const pieces = splitUtf8(content, WECOM_LIMITS.robotTextBytes);
    return this.sendPieces(pieces, (piece, index) => {
      const text: Record<string, unknown> = { content: piece };
      if (index === 0 && options.mentionedList?.length) text["mentioned_list"] = options.mentionedList;
      if (index === 0 && options.mentionedMobileList?.length) text["mentioned_mobile_list"] = options.mentionedMobileList;
      return { msgtype: "text", text };
    });
  }

  /** Markdown (`<font color>`, `<@userid>` mentions, quotes…), up to 4096 B per message. */
  sendMarkdown(content: string): Promise<number> {
    const pieces = splitUtf8(content, WECOM_LIMITS.robotMarkdownBytes);
    return this.sendPieces(pieces, (piece) => ({ msgtype: "markdown", markdown: { content: piece } }));
  }

  private async sendPieces(pieces: string[], toBody: (piece: string, index: number) => Record<string, unknown>): Promise<number> {
    if (pieces.length === 0) throw new InvalidRequestError(API, "content", "is empty");
    const robot = createHash("sha256").update(this.o.key).digest("hex").slice(0, 16);
    let sent = 0;
    for (const piece of pieces) {
      await takeSlot(this.o.coord, this.o.sleep, {
        api: API,
        scope: "robot",
        key: `wecom:rate:robot:${robot}`,
        limit: WECOM_LIMITS.robotPerMinute,
        windowMs: 60_000,
        maxWaitMs: this.o.rateLimitMaxWaitMs,
        partsSent: sent,
      });
      await this.o.caller.call(API, { query: { key: this.o.key }, body: toBody(piece, sent) });
      sent += 1;
    }
    return sent;
  }
}
