import type Router from "@koa/router";
import type { KfServiceState } from "../api/kf-types.js";
import { endpoint, refuse, type Reply } from "./endpoint.js";
import { checkKfMessage } from "./message-checks.js";
import { randomHex } from "./random-pool.js";
import { ERR, RULES } from "./rules.js";
import type { SimState } from "./sim-state.js";

const MSGID = /^[0-9a-zA-Z_-]{1,32}$/;

/** The 微信客服 APIs: sync_msg, send_msg, send_msg_on_event, service_state get/trans, customer/batchget. */
export function kfRoutes(router: Router, sim: SimState): void {
  const post = (api: string, handle: (body: Record<string, unknown>) => Reply): void => {
    router.post(`/cgi-bin/${api}`, endpoint(sim, api, "kf", ({ body }) => handle(body)));
  };
  const wrongAccount = (body: Record<string, unknown>): boolean => body["open_kfid"] !== sim.options.kf.openKfId;

  post("kf/sync_msg", (body) => {
    if (wrongAccount(body)) return refuse(ERR.badOpenKfId);
    const token = body["token"];
    // The token is optional (WeCom then rate-limits hard); when given it must be a live callback Token.
    if (token !== undefined && token !== "" && !sim.kf.inbox.tokenValid(String(token))) return refuse(ERR.badSyncToken);
    // limit: default and maximum 1000; larger values are served as 1000 (unconfirmed whether WeCom refuses them).
    const asked = Number(body["limit"] ?? RULES.kfSyncMaxLimit);
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, RULES.kfSyncMaxLimit) : RULES.kfSyncMaxLimit;
    const page = sim.kf.inbox.page(typeof body["cursor"] === "string" ? body["cursor"] : undefined, limit);
    if ("errcode" in page) return refuse(page.errcode, "invalid cursor");
    return { next_cursor: page.nextCursor, has_more: page.hasMore ? 1 : 0, msg_list: page.items };
  });

  post("kf/send_msg", (body) => {
    if (wrongAccount(body)) return refuse(ERR.badOpenKfId);
    const msgid = body["msgid"];
    if (msgid !== undefined && (typeof msgid !== "string" || !MSGID.test(msgid))) return refuse(ERR.badParam, "invalid msgid");
    // Idempotent retry: the same msgid answers the same result and shows nothing again.
    if (typeof msgid === "string" && sim.kf.msgids.has(msgid)) {
      sim.kf.repeats.set(msgid, (sim.kf.repeats.get(msgid) ?? 0) + 1);
      return { msgid };
    }
    const checked = checkKfMessage(body);
    if (!checked.ok) return refuse(checked.errcode, checked.errmsg);
    const toUser = String(body["touser"] ?? "");
    const errcode = sim.kf.customers.checkSend(toUser);
    if (errcode !== 0) return refuse(errcode);

    sim.kf.customers.recordSend(toUser);
    const id = typeof msgid === "string" ? msgid : randomHex(16);
    sim.kf.msgids.set(id, id);
    sim.sent.add({ at: sim.clock.now(), channel: "kf", api: "kf/send_msg", msgtype: String(body["msgtype"]), to: [toUser], text: checked.text, payload: body, msgid: id, droppedFor: [] });
    reportFailureIfArranged(sim, toUser, id);
    return { msgid: id };
  });

  post("kf/send_msg_on_event", (body) => {
    const msgid = body["msgid"];
    if (msgid !== undefined && (typeof msgid !== "string" || !MSGID.test(msgid))) return refuse(ERR.badParam, "invalid msgid");
    if (typeof msgid === "string" && sim.kf.msgids.has(msgid)) {
      sim.kf.repeats.set(msgid, (sim.kf.repeats.get(msgid) ?? 0) + 1);
      return { msgid };
    }
    const code = sim.kf.codes.usable(String(body["code"] ?? ""));
    if (!code) return refuse(ERR.badCode);
    const checked = checkKfMessage(body);
    if (!checked.ok) return refuse(checked.errcode, checked.errmsg);
    const customer = sim.kf.customers.get(code.externalUserId);
    // Except for the welcome, the message is allowed only while the session is still in the code's state.
    if (code.kind === "state" && customer?.state !== code.state) return refuse(ERR.stateForbidsSend);

    code.used = true;
    if (code.kind === "welcome" && customer) customer.lastWelcomeAt = sim.clock.now().getTime();
    const id = typeof msgid === "string" ? msgid : randomHex(16);
    sim.kf.msgids.set(id, id);
    sim.sent.add({ at: sim.clock.now(), channel: "kf", api: "kf/send_msg_on_event", msgtype: String(body["msgtype"]), to: [code.externalUserId], text: checked.text, payload: body, msgid: id, droppedFor: [] });
    return { msgid: id };
  });

  post("kf/service_state/get", (body) => {
    if (wrongAccount(body)) return refuse(ERR.badOpenKfId);
    const customer = sim.kf.customers.get(String(body["external_userid"] ?? ""));
    return { service_state: customer?.state ?? 4, servicer_userid: customer?.servicerUserId ?? "" };
  });

  post("kf/service_state/trans", (body) => {
    if (wrongAccount(body)) return refuse(ERR.badOpenKfId);
    const to = Number(body["service_state"]);
    if (![0, 1, 2, 3, 4].includes(to)) return refuse(ERR.badParam, "invalid service_state");
    const servicer = typeof body["servicer_userid"] === "string" && body["servicer_userid"] !== "" ? body["servicer_userid"] : undefined;
    const servicers = sim.options.servicers;
    // State 3 needs a servicer who is a 接待人员 of this account (missing → same code, unconfirmed).
    if (to === 3 && (!servicer || (servicers && !servicers.includes(servicer)))) return refuse(ERR.notServicer);
    const externalUserId = String(body["external_userid"] ?? "");
    const result = sim.kf.customers.trans(externalUserId, to as KfServiceState, servicer);
    if ("errcode" in result) return refuse(result.errcode);
    const codes = sim.kf.codes;
    if (to === 2) return { msg_code: codes.issue(externalUserId, "state", RULES.queueCodeMs, 2) };
    if (to === 3 && result.from === 2) return { msg_code: codes.issue(externalUserId, "state", RULES.queueCodeMs, 3) };
    if (to === 4) return { msg_code: codes.issue(externalUserId, "state", RULES.endCodeMs, 4) };
    return {};
  });

  post("kf/customer/batchget", (body) => {
    const ids = Array.isArray(body["external_userid_list"]) ? body["external_userid_list"].map(String) : [];
    if (ids.length < 1 || ids.length > 100) return refuse(ERR.badParam, "external_userid_list must hold 1-100 ids");
    const since = sim.clock.now().getTime() - RULES.kfSessionMs;
    const customerList: Reply[] = [];
    const invalid: string[] = [];
    for (const id of ids) {
      const customer = sim.kf.customers.get(id);
      if (!customer || customer.lastActiveAt < since) {
        invalid.push(id);
        continue;
      }
      const entry: Reply = { external_userid: id, nickname: customer.nickname, avatar: "", gender: 0, unionid: "" };
      if (body["need_enter_session_context"] === 1 && customer.enterContext) entry["enter_session_context"] = customer.enterContext;
      customerList.push(entry);
    }
    return { customer_list: customerList, invalid_external_userid: invalid };
  });
}

/** "Success ≠ delivered": a test may arrange that the next accepted send bounces as msg_send_fail. */
function reportFailureIfArranged(sim: SimState, externalUserId: string, msgid: string): void {
  const customer = sim.kf.customers.get(externalUserId);
  const failType = customer?.failNextSendWith;
  if (!customer || failType === undefined) return;
  customer.failNextSendWith = undefined;
  sim.kf.inbox.append({
    msgtype: "event",
    external_userid: externalUserId,
    origin: 4,
    event: { event_type: "msg_send_fail", open_kfid: sim.options.kf.openKfId, external_userid: externalUserId, fail_msgid: msgid, fail_type: failType },
  });
  sim.notifyKf();
}
