import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import Koa from "koa";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS as C } from "../../config/settings.js";
import { ManualClock } from "../../src/clock.js";
import type { KfSyncItem } from "../../src/wecom/api/index.js";
import { CallbackCipher } from "../../src/wecom/crypto.js";
import { startSimulator, type Simulator, type SimulatorOptions } from "../../src/wecom/simulator/index.js";

const kfCipher = new CallbackCipher({ token: C.kf.token, encodingAESKey: C.kf.aesKey, receiveId: C.corpId });
const appCipher = new CallbackCipher({ token: C.app.token, encodingAESKey: C.app.aesKey, receiveId: C.corpId });

interface Received {
  path: string;
  rawQuery: string;
  body: string;
  /** Verified and decrypted with CallbackCipher. */
  plaintext: string;
}

/** A stand-in for our server's callback edge: verifies and decrypts every POST with CallbackCipher. */
class Receiver {
  readonly received: Received[] = [];
  /** Decides each answer; default 200 with an empty body. */
  answer: (n: number) => { status: number; body?: string; delayMs?: number } = () => ({ status: 200 });
  private server!: Server;
  url = "";

  async start(): Promise<void> {
    const app = new Koa();
    app.use(async (ctx) => {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString("utf8");
      const q = new Map(ctx.querystring.split("&").map((p) => [p.slice(0, p.indexOf("=")), decodeURIComponent(p.slice(p.indexOf("=") + 1))] as const));
      const cipher = ctx.path === "/wecom/kf/callback" ? kfCipher : appCipher;
      const encrypted = /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(body)?.[1] ?? "";
      cipher.verify(q.get("msg_signature") ?? "", q.get("timestamp") ?? "", q.get("nonce") ?? "", encrypted);
      this.received.push({ path: ctx.path, rawQuery: ctx.querystring, body, plaintext: cipher.decrypt(encrypted) });
      const { status, body: reply = "", delayMs } = this.answer(this.received.length);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      ctx.status = status;
      ctx.body = reply;
    });
    this.server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => this.server.once("listening", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const field = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${name}>`).exec(xml)?.slice(1).find((v) => v !== undefined);

let clock: ManualClock;
let receiver: Receiver;
let sim: Simulator;

async function restart(extra: Partial<SimulatorOptions> = {}): Promise<void> {
  await sim?.stop();
  sim = await startSimulator({ ...C, clock, callbackBase: receiver.url, callbacks: { retryDelayMs: 5, timeoutMs: 1000 }, ...extra });
}

beforeEach(async () => {
  clock = new ManualClock(Date.now());
  receiver = new Receiver();
  await receiver.start();
  sim = undefined as unknown as Simulator;
  await restart();
});

afterEach(async () => {
  await sim.stop();
  await receiver.stop();
});

/** A raw WeCom API call, as any HTTP client would make it. */
async function call(api: string, body?: unknown, query: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const url = `${sim.url}/cgi-bin/${api}?${new URLSearchParams(query).toString()}`;
  const init: RequestInit = body === undefined ? { method: "GET" } : { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) };
  const response = await fetch(url, init);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function tokenFor(scope: "app" | "kf"): Promise<string> {
  const reply = await call("gettoken", undefined, { corpid: C.corpId, corpsecret: C[scope].secret });
  return String(reply["access_token"]);
}

const errcodeOf = async (api: string, body: unknown, scope: "app" | "kf" = "app"): Promise<number> =>
  Number((await call(api, body, { access_token: await tokenFor(scope) }))["errcode"]);

async function sync(token?: string, extra: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return call("kf/sync_msg", { open_kfid: C.kf.openKfId, ...(token ? { token } : {}), ...extra }, { access_token: await tokenFor("kf") });
}

describe("callbacks to our server", () => {
  it("POSTs kf_msg_or_event sealed with the kf key for the corp id; the Token unlocks sync_msg", async () => {
    const entered = await sim.candidateEnters("wmCandidate1", { sceneParam: "bind-Xy7", nickname: "李雷" });
    expect(entered.delivery?.ok).toBe(true);
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.path).toBe("/wecom/kf/callback");
    expect(got.rawQuery).toMatch(/^msg_signature=[0-9a-f]{40}&timestamp=\d{10}&nonce=\d+$/);
    expect(field(got.body, "ToUserName")).toBe(C.corpId);
    expect(got.body).not.toContain("kf_msg_or_event"); // the envelope carries only ciphertext
    expect(() => appCipher.decrypt(field(got.body, "Encrypt")!)).toThrow(); // sealed with the kf key, not the app's

    const xml = got.plaintext;
    expect(field(xml, "ToUserName")).toBe(C.corpId);
    expect(field(xml, "MsgType")).toBe("event");
    expect(field(xml, "Event")).toBe("kf_msg_or_event");
    expect(field(xml, "OpenKfId")).toBe(C.kf.openKfId);
    expect(Number(field(xml, "CreateTime"))).toBe(Math.floor(clock.now().getTime() / 1000));
    expect(field(xml, "Token")).toBe(entered.token);

    const page = await sync(entered.token);
    const [item] = page["msg_list"] as KfSyncItem[];
    expect(item).toMatchObject({
      msgtype: "event",
      origin: 4,
      external_userid: "wmCandidate1",
      event: { event_type: "enter_session", scene_param: "bind-Xy7", welcome_code: entered.welcomeCode },
    });
  });

  it("reports a tapped menu item as text with menu_id", async () => {
    const { token } = await sim.candidateSays("wmA", { menuId: "confirm", text: "确认面试" });
    const [item] = (await sync(token))["msg_list"] as KfSyncItem[];
    expect(item).toMatchObject({ msgtype: "text", origin: 3, text: { content: "确认面试", menu_id: "confirm" } });
  });

  it("serves a candidate's image and voice as media_id items; media opens the window like text", async () => {
    const image = await sim.candidateSendsMedia("wmMedia", "image");
    const voice = await sim.candidateSendsMedia("wmMedia", "voice");
    const items = (await sync(voice.token))["msg_list"] as KfSyncItem[];
    expect(items).toEqual([
      expect.objectContaining({ msgid: image.msgid, msgtype: "image", origin: 3, external_userid: "wmMedia", image: { media_id: image.mediaId } }),
      expect.objectContaining({ msgid: voice.msgid, msgtype: "voice", origin: 3, external_userid: "wmMedia", voice: { media_id: voice.mediaId } }),
    ]);
    expect(image.mediaId).not.toBe(voice.mediaId);
    const reply = { touser: "wmMedia", open_kfid: C.kf.openKfId, msgtype: "text", text: { content: "请发文字" } };
    expect(await errcodeOf("kf/send_msg", reply, "kf")).toBe(0);
  });

  it("POSTs recruiter text to the app callback with a 64-bit MsgId", async () => {
    await sim.recruiterSays("zhangsan", "/stats 本周");
    const xml = receiver.received[0]!.plaintext;
    expect(receiver.received[0]!.path).toBe("/wecom/app/callback");
    expect(field(receiver.received[0]!.body, "AgentID")).toBe(String(C.app.agentId));
    expect(field(xml, "FromUserName")).toBe("zhangsan");
    expect(field(xml, "Content")).toBe("/stats 本周");
    expect(field(xml, "AgentID")).toBe(String(C.app.agentId));
    const msgId = field(xml, "MsgId")!;
    expect(msgId).toMatch(/^\d{19}$/);
    expect(BigInt(msgId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it("reports a card click with a ResponseCode that updates the card once", async () => {
    const card = {
      card_type: "button_interaction",
      main_title: { title: "确认面试" },
      task_id: "task-1",
      button_list: [{ text: "确认", key: "yes" }, { text: "拒绝", key: "no" }],
    };
    const accessToken = await tokenFor("app");
    await call("message/send", { touser: "lisi", msgtype: "template_card", agentid: C.app.agentId, template_card: card }, { access_token: accessToken });
    const click = await sim.recruiterClicks("lisi", { taskId: "task-1", eventKey: "yes" });
    const xml = receiver.received[0]!.plaintext;
    expect([field(xml, "Event"), field(xml, "EventKey"), field(xml, "TaskId"), field(xml, "CardType")]).toEqual(["template_card_event", "yes", "task-1", "button_interaction"]);
    expect(field(xml, "ResponseCode")).toBe(click.responseCode);

    const update = { userids: ["lisi"], agentid: C.app.agentId, response_code: click.responseCode, button: { replace_name: "已确认" } };
    expect((await call("message/update_template_card", update, { access_token: accessToken }))["errcode"]).toBe(0);
    // The sent log names the card both times, although the update request only carries the response_code.
    expect(sim.sent.filter((r) => r.channel === "app").map((r) => [r.api, r.taskId])).toEqual([
      ["message/send", "task-1"],
      ["message/update_template_card", "task-1"],
    ]);
    expect((await call("message/update_template_card", update, { access_token: accessToken }))["errcode"]).toBe(40058);
    await expect(sim.recruiterClicks("lisi", { taskId: "task-1", eventKey: "no" })).rejects.toThrow(/already updated/);
    await expect(sim.recruiterClicks("wangwu", { taskId: "task-1", eventKey: "yes" })).rejects.toThrow(/not sent/);
  });

  it("retries a non-200 answer up to 3 times", async () => {
    receiver.answer = (n) => ({ status: n < 3 ? 500 : 200 });
    const { delivery } = await sim.candidateSays("wmA", "你好");
    expect(delivery?.ok).toBe(true);
    expect(delivery?.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
    // Identical bytes each time: our server must deduplicate on content.
    expect(new Set(receiver.received.map((r) => r.body + r.rawQuery)).size).toBe(1);

    receiver.answer = () => ({ status: 503 });
    const failed = await sim.recruiterSays("zhangsan", "hello");
    expect(failed.delivery?.ok).toBe(false);
    expect(failed.delivery?.attempts).toHaveLength(4);
  });

  it("retries when no answer comes within the timeout", async () => {
    receiver.answer = (n) => ({ status: 200, delayMs: n === 1 ? 1500 : 0 });
    const { delivery } = await sim.candidateSays("wmA", "你好");
    expect(delivery?.attempts[0]?.error).toMatch(/no answer within 1000 ms/);
    expect(delivery?.attempts).toHaveLength(2);
    expect(delivery?.ok).toBe(true);
  });

  it("re-delivers the same callback 4 times on request", async () => {
    const { callback } = await sim.candidateSays("wmA", "你好");
    const attempts = await sim.deliverTimes(callback, 4);
    expect(attempts.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(receiver.received).toHaveLength(5);
    expect(new Set(receiver.received.map((r) => r.plaintext)).size).toBe(1);
  });

  it("opens an encrypted passive reply and logs it as sent", async () => {
    const reply = "<xml><ToUserName><![CDATA[lisi]]></ToUserName><MsgType><![CDATA[update_button]]></MsgType><Button><ReplaceName><![CDATA[已处理]]></ReplaceName></Button></xml>";
    receiver.answer = () => {
      const s = appCipher.seal(reply, "1700000000", "42");
      return { status: 200, body: `<xml><Encrypt><![CDATA[${s.encrypt}]]></Encrypt><MsgSignature><![CDATA[${s.msgSignature}]]></MsgSignature><TimeStamp>${s.timestamp}</TimeStamp><Nonce><![CDATA[${s.nonce}]]></Nonce></xml>` };
    };
    const { delivery } = await sim.recruiterSays("lisi", "hi");
    expect(delivery?.reply).toBe(reply);
    expect(sim.sent).toMatchObject([{ channel: "app", api: "passive_reply", text: reply }]);
  });

  it("reports a bounced kf message as msg_send_fail with a new callback", async () => {
    await sim.candidateSays("wmA", "你好");
    sim.failNextKfDelivery("wmA", 10);
    const sent = await call("kf/send_msg", { touser: "wmA", open_kfid: C.kf.openKfId, msgid: "m1", msgtype: "text", text: { content: "hi" } }, { access_token: await tokenFor("kf") });
    expect(sent).toMatchObject({ errcode: 0, msgid: "m1" });
    const notified = await new Promise<Received>((resolve) => {
      const poll = (): void => void (receiver.received[1] ? resolve(receiver.received[1]) : setTimeout(poll, 5));
      poll();
    });
    const items = (await sync(field(notified.plaintext, "Token")))["msg_list"] as KfSyncItem[];
    expect(items.at(-1)).toMatchObject({ msgtype: "event", event: { event_type: "msg_send_fail", fail_msgid: "m1", fail_type: 10 } });
  });
});

describe("access tokens", () => {
  it("issues 7200 s tokens and refuses bad credentials", async () => {
    const ok = await call("gettoken", undefined, { corpid: C.corpId, corpsecret: C.app.secret });
    expect(ok).toMatchObject({ errcode: 0, expires_in: 7200 });
    expect((await call("gettoken", undefined, { corpid: C.corpId, corpsecret: "nope" }))["errcode"]).toBe(40001);
    expect((await call("gettoken", undefined, { corpid: "wwother", corpsecret: C.app.secret }))["errcode"]).toBe(40013);
    expect((await call("gettoken", undefined, { corpid: C.corpId }))["errcode"]).toBe(41004);
  });

  it("answers 41001 / 40014 / 42001 / 48002 for missing, unknown, expired and wrong-app tokens", async () => {
    const body = { open_kfid: C.kf.openKfId, external_userid: "wmA" };
    expect((await call("kf/service_state/get", body))["errcode"]).toBe(41001);
    expect((await call("kf/service_state/get", body, { access_token: "forged" }))["errcode"]).toBe(40014);
    expect(await errcodeOf("kf/service_state/get", body, "app")).toBe(48002);
    const kfToken = await tokenFor("kf");
    expect((await call("kf/service_state/get", body, { access_token: kfToken }))["errcode"]).toBe(0);
    clock.advance(7200_000);
    expect((await call("kf/service_state/get", body, { access_token: kfToken }))["errcode"]).toBe(42001);
    const fresh = await tokenFor("kf");
    expect(fresh).not.toBe(kfToken);
    sim.revokeTokens();
    expect((await call("kf/service_state/get", body, { access_token: fresh }))["errcode"]).toBe(40014);
  });

  it("answers 47001 for a body that is not JSON", async () => {
    expect((await call("message/send", "{not json", { access_token: await tokenFor("app") }))["errcode"]).toBe(47001);
  });
});

describe("app messages", () => {
  const text = (content: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ touser: "hr1", msgtype: "text", agentid: C.app.agentId, text: { content }, ...extra });

  it("enforces 44004 empty, 45002 over 2048 bytes, 40008 unknown type, 301002 wrong agent", async () => {
    expect(await errcodeOf("message/send", text(""))).toBe(44004);
    expect(await errcodeOf("message/send", text("中".repeat(682) + "ab"))).toBe(0); // exactly 2048 B
    expect(await errcodeOf("message/send", text("中".repeat(683)))).toBe(45002); // 2049 B
    expect(await errcodeOf("message/send", { ...text("x"), msgtype: "voice" })).toBe(40008);
    expect(await errcodeOf("message/send", text("x", { agentid: 999 }))).toBe(301002);
  });

  it("enforces button cards: ≤ 6 buttons and a unique task_id", async () => {
    const card = (taskId: string, buttons: number): Record<string, unknown> => ({
      touser: "hr1",
      msgtype: "template_card",
      agentid: C.app.agentId,
      template_card: { card_type: "button_interaction", main_title: { title: "t" }, task_id: taskId, button_list: Array.from({ length: buttons }, (_, i) => ({ text: `b${i}`, key: `k${i}` })) },
    });
    expect(await errcodeOf("message/send", card("t1", 7))).toBe(40058);
    expect(await errcodeOf("message/send", card("t1", 6))).toBe(0);
    expect(await errcodeOf("message/send", card("t1", 2))).toBe(40058);
    expect(await errcodeOf("message/send", card("bad id", 2))).toBe(40058);
  });

  it("silently drops a member's 31st message in a minute and blocks them for 60 s", async () => {
    const token = await tokenFor("app");
    for (let i = 0; i < 30; i++) {
      expect((await call("message/send", text(`m${i}`), { access_token: token }))["errcode"]).toBe(0);
      clock.advance(1000);
    }
    expect((await call("message/send", text("31st"), { access_token: token }))["errcode"]).toBe(0);
    expect(sim.sent.at(-1)?.droppedFor).toEqual(["hr1"]);
    clock.advance(31_000); // the sliding window has room again, but the block lasts 60 s
    await call("message/send", text("still blocked"), { access_token: token });
    expect(sim.sent.at(-1)?.droppedFor).toEqual(["hr1"]);
    clock.advance(30_000);
    await call("message/send", text("free again"), { access_token: token });
    expect(sim.sent.at(-1)?.droppedFor).toEqual([]);
  });

  it("drops a duplicate within duplicate_check_interval when asked to check", async () => {
    const token = await tokenFor("app");
    const dedup = { enable_duplicate_check: 1, duplicate_check_interval: 60 };
    await call("message/send", text("同一条", dedup), { access_token: token });
    await call("message/send", text("同一条", dedup), { access_token: token });
    expect(sim.sent.map((r) => r.droppedFor)).toEqual([[], ["hr1"]]);
  });
});

describe("微信客服 rules", () => {
  const send = (content: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ touser: "wmA", open_kfid: C.kf.openKfId, msgtype: "text", text: { content }, ...extra });

  it("enforces 95000, 44004, 45002 at 2048 bytes, 95008 and menu id length", async () => {
    await sim.candidateSays("wmA", "你好");
    expect(await errcodeOf("kf/send_msg", send("x", { open_kfid: "wkOther" }), "kf")).toBe(95000);
    expect(await errcodeOf("kf/send_msg", send(""), "kf")).toBe(44004);
    expect(await errcodeOf("kf/send_msg", send("中".repeat(683)), "kf")).toBe(45002);
    const menu = (n: number, id = "a"): Record<string, unknown> => ({
      ...send(""),
      msgtype: "msgmenu",
      msgmenu: { list: Array.from({ length: n }, (_, i) => ({ type: "click", click: { id: `${id}${i}`, content: `选项${i}` } })) },
    });
    expect(await errcodeOf("kf/send_msg", menu(11), "kf")).toBe(95008);
    expect(await errcodeOf("kf/send_msg", menu(1, "x".repeat(64)), "kf")).toBe(40058);
    expect(await errcodeOf("kf/send_msg", menu(10), "kf")).toBe(0);
    expect(sim.kfSession("wmA")?.sentInWindow).toBe(1);
  });

  it("validates service_state/trans: illegal changes 95016, state 3 needs a servicer 95014", async () => {
    await restart({ servicers: ["recruiter1"] });
    const trans = (state: number, extra: Record<string, unknown> = {}): Promise<number> =>
      errcodeOf("kf/service_state/trans", { open_kfid: C.kf.openKfId, external_userid: "wmA", service_state: state, ...extra }, "kf");
    await sim.candidateEnters("wmA");
    expect(await trans(1)).toBe(95016); // 4 (entered, never wrote) allows no API change
    await sim.candidateSays("wmA", "你好");
    expect(await trans(1)).toBe(0);
    expect(await trans(0)).toBe(95016);
    expect(await trans(3)).toBe(95014);
    expect(await trans(3, { servicer_userid: "stranger" })).toBe(95014);
    const queued = await call("kf/service_state/trans", { open_kfid: C.kf.openKfId, external_userid: "wmA", service_state: 2 }, { access_token: await tokenFor("kf") });
    expect(typeof queued["msg_code"]).toBe("string");
    expect(await trans(3, { servicer_userid: "recruiter1" })).toBe(0);
    // The queue code was for state 2 only.
    expect(await errcodeOf("kf/send_msg_on_event", { code: queued["msg_code"], msgtype: "text", text: { content: "排队中" } }, "kf")).toBe(95018);
  });

  it("shows a servicer taking over in the client as session_status_change", async () => {
    await sim.candidateSays("wmA", "人工");
    const { token } = await sim.servicerChangesSession("wmA", { state: 3, servicerUserId: "recruiter1" });
    expect(sim.kfSession("wmA")).toMatchObject({ state: 3, servicerUserId: "recruiter1" });
    const items = (await sync(token))["msg_list"] as KfSyncItem[];
    expect(items.at(-1)).toMatchObject({ event: { event_type: "session_status_change", change_type: 1, new_servicer_userid: "recruiter1" } });
  });

  it("refuses API sends while a human holds the session (95018), after it ended (95013), until the customer writes", async () => {
    await sim.candidateSays("wmA", "人工");
    expect(await errcodeOf("kf/send_msg", send("机器人"), "kf")).toBe(0);
    await sim.servicerChangesSession("wmA", { state: 3, servicerUserId: "recruiter1" });
    expect(await errcodeOf("kf/send_msg", send("机器人插话"), "kf")).toBe(95018);
    await sim.servicerChangesSession("wmA", { state: 4 });
    expect(await errcodeOf("kf/send_msg", send("会话结束后"), "kf")).toBe(95013);
    await sim.candidateSays("wmA", "还在吗");
    expect(sim.kfSession("wmA")?.state).toBe(0);
    expect(await errcodeOf("kf/send_msg", send("在的"), "kf")).toBe(0);
    expect(sim.sent.filter((r) => r.api === "kf/send_msg").map((r) => r.text)).toEqual(["机器人", "在的"]);
  });

  it("pages sync_msg, refuses a forged cursor and serves at most 1000 per page", async () => {
    for (let i = 0; i < 3; i++) await sim.candidateSays("wmA", `m${i}`);
    const first = await sync(undefined, { limit: 2 });
    expect([(first["msg_list"] as unknown[]).length, first["has_more"]]).toEqual([2, 1]);
    const second = await sync(undefined, { limit: 2, cursor: first["next_cursor"] });
    expect([(second["msg_list"] as unknown[]).length, second["has_more"]]).toEqual([1, 0]);
    expect((await sync(undefined, { cursor: "forged" }))["errcode"]).toBe(40058);
    expect((await sync(undefined, { limit: 5000 }))["errcode"]).toBe(0);
  });
});

describe("group robot", () => {
  const post = (body: unknown, key: string = C.robotKey): Promise<Record<string, unknown>> => call("webhook/send", body, { key });

  it("refuses the 21st message in a minute with 45009", async () => {
    for (let i = 0; i < 20; i++) expect((await post({ msgtype: "text", text: { content: `告警${i}` } }))["errcode"]).toBe(0);
    expect((await post({ msgtype: "text", text: { content: "第21条" } }))["errcode"]).toBe(45009);
    clock.advance(60_000);
    expect((await post({ msgtype: "text", text: { content: "一分钟后" } }))["errcode"]).toBe(0);
    expect(sim.sent).toHaveLength(21);
  });

  it("enforces 93000 bad key, 44004 empty and 45002 over 4096 markdown bytes", async () => {
    expect((await post({ msgtype: "text", text: { content: "x" } }, "wrong"))["errcode"]).toBe(93000);
    expect((await post({ msgtype: "text", text: { content: "" } }))["errcode"]).toBe(44004);
    expect((await post({ msgtype: "markdown", markdown: { content: "中".repeat(1365) + "a" } }))["errcode"]).toBe(0); // 4096 B
    expect((await post({ msgtype: "markdown", markdown: { content: "中".repeat(1366) } }))["errcode"]).toBe(45002);
    expect((await post({ msgtype: "text", text: { content: "中".repeat(683) } }))["errcode"]).toBe(45002);
  });
});

it("waitFor resolves on a later send and explains a timeout", async () => {
  const waiting = sim.waitFor((r) => r.channel === "robot" && r.text === "稍后", 1000);
  await call("webhook/send", { msgtype: "text", text: { content: "稍后" } }, { key: C.robotKey });
  expect((await waiting).seq).toBe(1);
  await expect(sim.waitFor((r) => r.text === "never", 50)).rejects.toThrow(/robot webhook\/send/);
});

it("onSent hears every later record until unsubscribed", async () => {
  const heard: string[] = [];
  const off = sim.onSent((r) => heard.push(r.text));
  await call("webhook/send", { msgtype: "text", text: { content: "一" } }, { key: C.robotKey });
  off();
  await call("webhook/send", { msgtype: "text", text: { content: "二" } }, { key: C.robotKey });
  expect(heard).toEqual(["一"]);
});
