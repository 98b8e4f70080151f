import { createHash } from "node:crypto";

const PREFIX = "ib_";
const PATTERN = /^ib_([0-9A-Za-z]+)_[0-9A-Za-z_-]+$/;

/**
 * The task_id of a recruiter card: it names the conversation (so a click finds
 * its way back) plus a hash of the flow's card key (WeCom wants task_ids unique
 * per app forever, and at most 128 bytes of `[0-9A-Za-z_-@]`).
 */
export function cardTaskId(conversationId: string, cardKey: string): string {
  const hash = createHash("sha256").update(`${conversationId}\n${cardKey}`).digest("base64url").slice(0, 22);
  return `${PREFIX}${conversationId}_${hash}`;
}

/** The conversation id in a task_id we made, or undefined for anyone else's card. */
export function conversationOfTask(taskId: string): string | undefined {
  return PATTERN.exec(taskId)?.[1];
}
