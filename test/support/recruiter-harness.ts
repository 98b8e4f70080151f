import { expect } from "vitest";
import type { Simulator, SentRecord } from "../../src/wecom/simulator/index.js";
import { xmlDocument } from "../../src/wecom/simulator/callback-xml.js";
import { SANDBOX_CREDENTIALS } from "../../config/settings.js";
import { appTo } from "./candidate-harness.js";

/** Recruiters and an admin the recruiter tests configure. */
export const RECRUITER_ENV = {
  WECOM_RECRUITERS: "recruiter_li,recruiter_wang,recruiter_zhao,recruiter_a,recruiter_b,recruiter_c,recruiter_d,recruiter_e,recruiter_f,recruiter_g",
  WECOM_ADMINS: "hr_admin",
} as const;

/** New messages (markdown, cards) sent to `userId` by message/send. */
export function appMessagesTo(sim: Simulator, userId: string): SentRecord[] {
  return appTo(sim, userId).filter((r) => r.api === "message/send");
}

/**
 * A recruiter types `text` to the app; waits for `count` new app messages to
 * them (markdown pieces, cards) and returns them in order.
 */
export async function ask(sim: Simulator, userId: string, text: string, count = 1, timeout = 10_000): Promise<SentRecord[]> {
  const before = appMessagesTo(sim, userId).length;
  await sim.recruiterSays(userId, text);
  await expect.poll(() => appMessagesTo(sim, userId).length, { timeout }).toBeGreaterThanOrEqual(before + count);
  return appMessagesTo(sim, userId).slice(before);
}

/** The markdown text of an answer (cards excluded). */
export function markdownOf(records: readonly SentRecord[]): string {
  return records.filter((r) => r.msgtype === "markdown").map((r) => r.text).join("\n");
}

/** The card among an answer's messages. */
export function cardOf(records: readonly SentRecord[]): { taskId: string; keys: string[]; title: string } | undefined {
  const card = records.find((r) => r.msgtype === "template_card");
  if (!card) return undefined;
  const tc = card.payload["template_card"] as { task_id: string; button_list: Array<{ key: string }>; main_title: { title: string } };
  return { taskId: tc.task_id, keys: tc.button_list.map((b) => b.key), title: tc.main_title.title };
}

/**
 * A second click WeCom delivers before our card update reached the member
 * (a double tap): a template_card_event with a fresh ResponseCode that the
 * simulator itself would not produce once the card is updated.
 */
export async function clickAgain(sim: Simulator, userId: string, taskId: string, eventKey: string, createTime: number): Promise<void> {
  const xml = xmlDocument([
    ["ToUserName", SANDBOX_CREDENTIALS.corpId],
    ["FromUserName", userId],
    ["CreateTime", createTime],
    ["MsgType", "event"],
    ["Event", "template_card_event"],
    ["EventKey", eventKey],
    ["TaskId", taskId],
    ["CardType", "button_interaction"],
    ["ResponseCode", `second-click-${createTime}`],
    ["AgentID", SANDBOX_CREDENTIALS.app.agentId],
  ]);
  const result = await sim.deliver(sim.sealCallback("app", xml));
  expect(result.ok).toBe(true);
}
