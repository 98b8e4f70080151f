import type Router from "@koa/router";
import { endpoint, refuse, type Reply } from "./endpoint.js";
import { checkCard, checkContent, type Checked } from "./message-checks.js";
import { ERR, RULES } from "./rules.js";
import type { SimState } from "./sim-state.js";
import { randomToken } from "./random-pool.js";

const SEND = "message/send";
const UPDATE = "message/update_template_card";

/** message/send and message/update_template_card of the self-built app. */
export function appRoutes(router: Router, sim: SimState): void {
  router.post(`/cgi-bin/${SEND}`, endpoint(sim, SEND, "app", ({ body }) => send(sim, body)));
  router.post(`/cgi-bin/${UPDATE}`, endpoint(sim, UPDATE, "app", ({ body }) => update(sim, body)));
}

function send(sim: SimState, body: Record<string, unknown>): Reply {
  if (Number(body["agentid"]) !== sim.options.app.agentId) return refuse(ERR.badAgentId);
  const requested = String(body["touser"] ?? "").split("|").filter((u) => u !== "");
  const known = sim.options.members;
  const valid = requested.filter((u) => u === "@all" || !known || known.includes(u));
  const invalid = requested.filter((u) => !valid.includes(u));
  if (valid.length === 0) return refuse(ERR.allRecipientsInvalid);

  const msgtype = String(body["msgtype"]);
  let checked: Checked;
  if (msgtype === "text" || msgtype === "markdown") checked = checkContent(body[msgtype], RULES.appTextBytes);
  else if (msgtype === "template_card") checked = checkCard(asObject(body["template_card"]));
  else return refuse(ERR.badMsgType);
  if (!checked.ok) return refuse(checked.errcode, checked.errmsg);

  const card = msgtype === "template_card" ? asObject(body["template_card"]) : undefined;
  const taskId = typeof card?.["task_id"] === "string" ? card["task_id"] : undefined;
  // task_id is unique per app for good: re-using one is refused (code unconfirmed).
  if (taskId !== undefined && sim.app.cards.has(taskId)) return refuse(ERR.badParam, "task_id already exists");

  const now = sim.clock.now().getTime();
  const dedupSeconds = Number(body["duplicate_check_interval"] ?? 1800);
  const droppedFor = valid.filter((userid) => {
    if (userid === "@all") return false;
    if (body["enable_duplicate_check"] === 1) {
      const key = `${userid}\n${msgtype}\n${JSON.stringify(body[msgtype])}`;
      const last = sim.app.recent.get(key);
      sim.app.recent.set(key, now);
      if (last !== undefined && now - last < dedupSeconds * 1000) return true;
    }
    return !admitForMember(sim, userid, now);
  });

  const msgid = randomToken(24);
  const reply: Reply = { invaliduser: invalid.join("|"), msgid };
  if (taskId !== undefined && card) {
    sim.app.cards.set(taskId, { taskId, to: valid, card, updates: [], updatedFor: new Set() });
    if (card["card_type"] === "button_interaction") {
      const code = randomToken(24);
      sim.app.responseCodes.set(code, { taskId, userId: undefined, expiresAt: now + RULES.responseCodeMs, used: false });
      reply["response_code"] = code;
    }
  }
  sim.sent.add({ at: sim.clock.now(), channel: "app", api: SEND, msgtype, to: valid, text: checked.text, payload: body, msgid, droppedFor, ...(taskId === undefined ? {} : { taskId }) });
  return reply;
}

/**
 * One app → one member: 30 messages a minute and 1000 an hour. WeCom answers
 * errcode 0 for the excess but never shows it, and a member who hit the minute
 * limit stays blocked for 60 s.
 */
function admitForMember(sim: SimState, userid: string, now: number): boolean {
  if ((sim.app.blockedUntil.get(userid) ?? 0) > now) return false;
  if (sim.app.perMinute.count(userid) >= RULES.appPerMemberPerMinute) {
    sim.app.blockedUntil.set(userid, now + RULES.appBlockMs);
    return false;
  }
  if (sim.app.perHour.count(userid) >= RULES.appPerMemberPerHour) return false;
  sim.app.perMinute.add(userid);
  sim.app.perHour.add(userid);
  return true;
}

function update(sim: SimState, body: Record<string, unknown>): Reply {
  if (Number(body["agentid"]) !== sim.options.app.agentId) return refuse(ERR.badAgentId);
  const code = sim.app.responseCodes.get(String(body["response_code"] ?? ""));
  // Unknown, used or expired response_code (errcode unconfirmed).
  if (!code || code.used || code.expiresAt <= sim.clock.now().getTime()) return refuse(ERR.badParam, "invalid response_code");
  const card = sim.app.cards.get(code.taskId);
  if (!card) return refuse(ERR.badParam, "invalid response_code");

  let text: string;
  let msgtype: string;
  const button = asObject(body["button"]);
  if (body["template_card"] !== undefined) {
    const replacement = asObject(body["template_card"]);
    const checked = checkCard(replacement);
    if (!checked.ok) return refuse(checked.errcode, checked.errmsg);
    if (replacement["task_id"] !== card.taskId) return refuse(ERR.badParam, "task_id does not match the card");
    text = checked.text;
    msgtype = "template_card";
  } else if (typeof button["replace_name"] === "string" && button["replace_name"] !== "") {
    text = button["replace_name"];
    msgtype = "update_button";
  } else {
    return refuse(ERR.badParam, "button.replace_name or template_card required");
  }

  const userids = Array.isArray(body["userids"]) ? body["userids"].map(String) : [];
  const targets = userids.length > 0 ? userids.filter((u) => card.to.includes(u)) : code.userId ? [code.userId] : card.to;
  code.used = true;
  card.updates.push(body);
  for (const userid of targets) card.updatedFor.add(userid);
  sim.sent.add({ at: sim.clock.now(), channel: "app", api: UPDATE, msgtype, to: targets, text, payload: body, droppedFor: [], taskId: card.taskId });
  return { invaliduser: userids.filter((u) => !card.to.includes(u)) };
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
