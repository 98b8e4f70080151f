import { expect } from "vitest";
import type { Bot } from "../../src/bot.js";
import type { CreatedInterview } from "../../src/engine/index.js";
import type { Simulator, SentRecord } from "../../src/wecom/simulator/index.js";

/** Monday 2025-11-24 10:00 in Asia/Shanghai: a working day, so the flows' time rules are predictable. */
export const MONDAY_10AM = new Date("2025-11-24T02:00:00Z");
/** Wednesday 2025-11-26 14:00 Asia/Shanghai. */
export const WEDNESDAY_2PM = new Date("2025-11-26T06:00:00Z");

let counter = 0;

/** A fresh external_userid per test, so tests sharing a bot never see each other's messages. */
export function newExternalUserId(label: string): string {
  counter += 1;
  return `wm${label}${counter}${Date.now().toString(36)}`;
}

/** Creates a candidate + interview through the engine and returns the link's code too. */
export async function inviteCandidate(
  bot: Bot,
  name: string,
  overrides: Partial<CreatedInterview["interview"]> = {},
): Promise<CreatedInterview & { code: string }> {
  const created = await bot.engine.createInterview({
    candidate: { name, mobile: "13800138000", sourceChannel: "BOSS直聘" },
    interview: {
      position: overrides.position ?? "后端工程师",
      recruiterUserId: overrides.recruiterUserId ?? "recruiter_li",
      interviewers: overrides.interviewers ?? ["王经理"],
      scheduledAt: overrides.scheduledAt ?? WEDNESDAY_2PM,
      durationMinutes: overrides.durationMinutes ?? 60,
      location: overrides.location === undefined ? { address: "北京市海淀区中关村大街1号 8层", mapUrl: null } : overrides.location,
      materials: overrides.materials ?? "身份证、纸质简历",
      process: overrides.process ?? "笔试 30 分钟 + 两轮面试",
    },
    actor: "recruiter:recruiter_li",
  });
  const code = new URL(created.link).searchParams.get("scene_param");
  if (!code) throw new Error(`link without scene_param: ${created.link}`);
  return { ...created, code };
}

/** Everything the simulator shows a kf customer, in order. */
export function kfTo(sim: Simulator, externalUserId: string): SentRecord[] {
  return sim.sent.filter((r) => r.channel === "kf" && r.to.includes(externalUserId));
}

/** App messages (texts, cards, card updates) to one recruiter. */
export function appTo(sim: Simulator, userId: string): SentRecord[] {
  return sim.sent.filter((r) => r.channel === "app" && (r.to.includes(userId) || (r.payload["userids"] as string[] | undefined)?.includes(userId)));
}

/** Waits until the candidate has received `count` kf messages and returns them. */
export async function waitForKf(sim: Simulator, externalUserId: string, count: number, timeout = 10_000): Promise<SentRecord[]> {
  await expect.poll(() => kfTo(sim, externalUserId).length, { timeout }).toBeGreaterThanOrEqual(count);
  return kfTo(sim, externalUserId);
}

/** Opens the candidate's link and waits for the invitation; returns it. */
export async function enterWithLink(sim: Simulator, externalUserId: string, code: string): Promise<SentRecord> {
  const before = kfTo(sim, externalUserId).length;
  await sim.candidateEnters(externalUserId, { sceneParam: code });
  const sent = await waitForKf(sim, externalUserId, before + 1);
  return sent[before]!;
}

/** The candidate sends something and waits until `replies` more kf messages arrived. */
export async function say(
  sim: Simulator,
  externalUserId: string,
  message: string | { menuId: string; text: string },
  replies = 1,
): Promise<SentRecord[]> {
  const before = kfTo(sim, externalUserId).length;
  await sim.candidateSays(externalUserId, message);
  const all = await waitForKf(sim, externalUserId, before + replies);
  return all.slice(before);
}

/** Lets in-flight work settle, then asserts nothing more was sent to the candidate. */
export async function settle(ms = 400): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
