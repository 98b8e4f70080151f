/**
 * What the sandbox's users can do, each played through the simulator's actors
 * so it reaches our server exactly as WeCom would deliver it: signed,
 * encrypted, to the real callback URL. The sandbox only records the user's own
 * bubble; every answer shows up because the bot sent it through WeCom's API.
 */
import type { ActionResult } from "../../wecom/simulator/index.js";
import { findInviteLink, SANDBOX_RECRUITER } from "./adapter.js";
import type { SandboxContext } from "./context.js";
import { SandboxError } from "./errors.js";
import type { MenuChoice } from "./view-model.js";

/** How an action reached our server. */
export interface Delivered {
  /** Our callback endpoint acknowledged it (within WeCom's retries). */
  delivered: boolean;
}

function delivered(result: ActionResult): Delivered {
  const ok = result.delivery?.ok ?? false;
  if (!ok) {
    const last = result.delivery?.attempts.at(-1);
    throw new SandboxError(502, `回调未被服务器确认（${last?.status ?? last?.error ?? "无响应"}）`);
  }
  return { delivered: ok };
}

/**
 * The candidate opens a 微信客服 link: enter_session carrying the link's
 * scene_param (or none, like opening the account without a link).
 */
export async function candidateOpensLink(ctx: SandboxContext, input: { link?: string | undefined; sceneParam?: string | undefined }): Promise<Delivered & { sceneParam: string | null }> {
  let sceneParam = input.sceneParam;
  if (input.link !== undefined) {
    const found = findInviteLink(input.link);
    if (!found) throw new SandboxError(400, "这不是带 scene_param 的微信客服链接");
    sceneParam = found.sceneParam;
  }
  const { externalUserId, nickname } = ctx.session.candidate;
  ctx.session.record("candidate", "note", { kind: "notice", text: sceneParam ? `${nickname} 打开了面试链接` : `${nickname} 打开了客服会话` }, externalUserId);
  const result = await ctx.simulator.candidateEnters(externalUserId, { nickname, ...(sceneParam ? { sceneParam } : {}) });
  return { ...delivered(result), sceneParam: sceneParam ?? null };
}

/** The candidate types a message in WeChat. */
export async function candidateSays(ctx: SandboxContext, text: string): Promise<Delivered> {
  const { externalUserId, nickname } = ctx.session.candidate;
  ctx.session.record("candidate", "out", { kind: "text", text, mentions: [] }, externalUserId);
  return delivered(await ctx.simulator.candidateSays(externalUserId, text, { nickname }));
}

/**
 * The candidate taps a menu item. Only items the bot actually sent to this
 * candidate can be tapped, as in WeChat; the tap sends the item's text with
 * its menu_id.
 */
export async function candidateTaps(ctx: SandboxContext, menuId: string): Promise<Delivered> {
  const { externalUserId, nickname } = ctx.session.candidate;
  const choice = lastMenuChoice(ctx, externalUserId, menuId);
  if (!choice) throw new SandboxError(409, `候选人没有收到 id 为「${menuId}」的菜单项`);
  ctx.session.record("candidate", "out", { kind: "text", text: choice.text, mentions: [] }, externalUserId);
  return delivered(await ctx.simulator.candidateSays(externalUserId, { menuId, text: choice.text }, { nickname }));
}

function lastMenuChoice(ctx: SandboxContext, externalUserId: string, menuId: string): MenuChoice | undefined {
  for (let i = ctx.session.items.length - 1; i >= 0; i--) {
    const item = ctx.session.items[i]!;
    if (item.pane !== "candidate" || item.peer !== externalUserId || item.side !== "in" || item.body.kind !== "menu") continue;
    const choice = item.body.items.find((c) => c.id === menuId);
    if (choice) return choice;
  }
  return undefined;
}

/** The recruiter types to the self-built app (slash commands go to #6's recruiter bot). */
export async function recruiterSays(ctx: SandboxContext, text: string): Promise<Delivered> {
  ctx.session.record("recruiter", "out", { kind: "text", text, mentions: [] });
  return delivered(await ctx.simulator.recruiterSays(SANDBOX_RECRUITER.userId, text));
}

/**
 * The recruiter taps a card button. The simulator refuses clicks no real user
 * could make (unknown card, buttons already replaced): that is a 409 here.
 */
export async function recruiterClicks(ctx: SandboxContext, click: { taskId: string; eventKey: string }): Promise<Delivered> {
  let result;
  try {
    result = await ctx.simulator.recruiterClicks(SANDBOX_RECRUITER.userId, click);
  } catch (err) {
    throw new SandboxError(409, `无法点击：${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return delivered(result);
}

/** Makes another candidate current, or a brand-new WeChat user when `externalUserId` is absent. */
export function switchCandidate(ctx: SandboxContext, externalUserId: string | undefined): void {
  if (externalUserId === undefined) {
    ctx.session.addCandidate();
    return;
  }
  if (!ctx.session.switchTo(externalUserId)) throw new SandboxError(404, "没有这个候选人");
}
