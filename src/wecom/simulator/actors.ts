import { xmlDocument } from "./callback-xml.js";
import { randomToken } from "./random-pool.js";
import { RULES } from "./rules.js";
import type { SimState } from "./sim-state.js";
import type { ActionResult, EnterResult, KfActionResult } from "./types.js";

/** Seconds since the epoch on the simulator clock, as CreateTime carries it. */
const createTime = (sim: SimState): number => Math.floor(sim.clock.now().getTime() / 1000);

function deliverApp(sim: SimState, xml: string): Promise<ActionResult> {
  const callback = sim.callbacks.seal("app", xml);
  const delivery = sim.options.callbackBase ? sim.callbacks.deliver(callback) : undefined;
  return Promise.resolve(delivery).then((result) => ({ callback, delivery: result }));
}

/**
 * A candidate opens the kf chat (e.g. from our link with `scene_param`): an
 * enter_session event, with a fresh welcome_code when a welcome is due, then a
 * kf_msg_or_event callback. `sceneParam` comes back exactly as given.
 */
export async function candidateEnters(
  sim: SimState,
  externalUserId: string,
  options: { sceneParam?: string; scene?: string; nickname?: string } = {},
): Promise<EnterResult> {
  const context: { scene?: string; scene_param?: string } = {};
  if (options.scene !== undefined) context.scene = options.scene;
  if (options.sceneParam !== undefined) context.scene_param = options.sceneParam;
  const { welcomeDue } = sim.kf.customers.enter(externalUserId, options.nickname, context);
  const welcomeCode = welcomeDue ? sim.kf.codes.issue(externalUserId, "welcome", RULES.welcomeCodeMs) : undefined;
  const item = sim.kf.inbox.append({
    msgtype: "event",
    external_userid: externalUserId,
    origin: 4,
    event: {
      event_type: "enter_session",
      open_kfid: sim.options.kf.openKfId,
      external_userid: externalUserId,
      ...context,
      ...(welcomeCode === undefined ? {} : { welcome_code: welcomeCode }),
    },
  });
  const { token, request, delivery } = sim.notifyKf();
  return { msgid: item.msgid, token, welcomeCode, callback: request, delivery: await delivery };
}

/** A candidate writes (or taps one of our menu items): refills their 5-message window. */
export async function candidateSays(
  sim: SimState,
  externalUserId: string,
  message: string | { menuId: string; text: string },
  options: { nickname?: string } = {},
): Promise<KfActionResult> {
  sim.kf.customers.says(externalUserId, options.nickname);
  const text = typeof message === "string" ? { content: message } : { content: message.text, menu_id: message.menuId };
  const item = sim.kf.inbox.append({ msgtype: "text", external_userid: externalUserId, origin: 3, text });
  const { token, request, delivery } = sim.notifyKf();
  return { msgid: item.msgid, token, callback: request, delivery: await delivery };
}

/** Media a candidate can send from WeChat; sync_msg carries each as `{msgtype, <msgtype>: {media_id}}`. */
export type KfMediaType = "image" | "voice" | "video" | "file";

/**
 * A candidate sends an image, voice message, video or file. WeCom serves it in
 * sync_msg with a media_id (downloadable through media/get for 3 days); like a
 * text it counts as the customer writing, so it refills the 5-message window.
 */
export async function candidateSendsMedia(
  sim: SimState,
  externalUserId: string,
  msgtype: KfMediaType,
  options: { nickname?: string } = {},
): Promise<KfActionResult & { mediaId: string }> {
  sim.kf.customers.says(externalUserId, options.nickname);
  const mediaId = `MEDIA_${randomToken(18)}`;
  const item = sim.kf.inbox.append({ msgtype, external_userid: externalUserId, origin: 3, [msgtype]: { media_id: mediaId } });
  const { token, request, delivery } = sim.notifyKf();
  return { msgid: item.msgid, token, mediaId, callback: request, delivery: await delivery };
}

/**
 * A servicer acts in the WeCom client: takes the session (state 3) or ends it
 * (4). WeCom reports it as session_status_change in sync_msg.
 */
export async function servicerChangesSession(
  sim: SimState,
  externalUserId: string,
  change: { state: 3; servicerUserId: string } | { state: 4 },
): Promise<KfActionResult> {
  const before = sim.kf.customers.get(externalUserId);
  const from = before?.state ?? 4;
  const oldServicer = before?.servicerUserId;
  sim.kf.customers.force(externalUserId, change.state, change.state === 3 ? change.servicerUserId : undefined);
  const changeType = change.state === 4 ? 3 : from === 3 ? 2 : from === 4 ? 4 : 1;
  const event = {
    event_type: "session_status_change" as const,
    open_kfid: sim.options.kf.openKfId,
    external_userid: externalUserId,
    change_type: changeType as 1 | 2 | 3 | 4,
    ...(oldServicer ? { old_servicer_userid: oldServicer } : {}),
    ...(change.state === 3 ? { new_servicer_userid: change.servicerUserId } : {}),
    ...(change.state === 4 ? { msg_code: sim.kf.codes.issue(externalUserId, "state", RULES.endCodeMs, 4) } : {}),
  };
  const item = sim.kf.inbox.append({ msgtype: "event", external_userid: externalUserId, origin: 4, event });
  const { token, request, delivery } = sim.notifyKf();
  return { msgid: item.msgid, token, callback: request, delivery: await delivery };
}

let msgIdCounter = 0n;

/** A recruiter types to the app. MsgId is a 64-bit integer beyond 2^53, so it must be kept as a string. */
export function recruiterSays(sim: SimState, userId: string, text: string): Promise<ActionResult> {
  msgIdCounter += 1n;
  const msgId = (7_300_000_000_000_000_000n + BigInt(Date.now()) * 1000n + msgIdCounter).toString();
  return deliverApp(
    sim,
    xmlDocument([
      ["ToUserName", sim.options.corpId],
      ["FromUserName", userId],
      ["CreateTime", createTime(sim)],
      ["MsgType", "text"],
      ["Content", text],
      ["MsgId", msgId],
      ["AgentID", sim.options.app.agentId],
    ]),
  );
}

/**
 * A recruiter taps a button on a card we sent them: template_card_event with a
 * fresh ResponseCode (one update, valid 24 h). Throws for a click no real user
 * could make (unknown card, not a recipient, unknown key, card already updated).
 */
export async function recruiterClicks(
  sim: SimState,
  userId: string,
  click: { taskId: string; eventKey: string },
): Promise<ActionResult & { responseCode: string }> {
  const card = sim.app.cards.get(click.taskId);
  if (!card) throw new Error(`no card with task_id ${click.taskId} was sent`);
  if (!card.to.includes(userId) && !card.to.includes("@all")) throw new Error(`card ${click.taskId} was not sent to ${userId}`);
  if (card.updatedFor.has(userId)) throw new Error(`card ${click.taskId} was already updated for ${userId}; its buttons are gone`);
  const buttons = Array.isArray(card.card["button_list"]) ? (card.card["button_list"] as Array<{ key?: unknown }>) : [];
  if (!buttons.some((b) => b.key === click.eventKey)) throw new Error(`card ${click.taskId} has no button ${click.eventKey}`);

  const responseCode = randomToken(24);
  sim.app.responseCodes.set(responseCode, { taskId: click.taskId, userId, expiresAt: sim.clock.now().getTime() + RULES.responseCodeMs, used: false });
  const result = await deliverApp(
    sim,
    xmlDocument([
      ["ToUserName", sim.options.corpId],
      ["FromUserName", userId],
      ["CreateTime", createTime(sim)],
      ["MsgType", "event"],
      ["Event", "template_card_event"],
      ["EventKey", click.eventKey],
      ["TaskId", click.taskId],
      ["CardType", String(card.card["card_type"])],
      ["ResponseCode", responseCode],
      ["AgentID", sim.options.app.agentId],
    ]),
  );
  return { ...result, responseCode };
}

