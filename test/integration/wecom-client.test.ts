import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS as C } from "../../config/settings.js";
import { ManualClock } from "../../src/clock.js";
import { MemoryCoordination } from "../../src/coord/memory.js";
import { silentLogger } from "../../src/log.js";
import {
  ChannelNotConfiguredError,
  InvalidRequestError,
  RateLimitedError,
  WecomClient,
  type ButtonInteractionCard,
  type KfSyncItem,
  type WecomClientOptions,
} from "../../src/wecom/api/index.js";
import { WecomApiError } from "../../src/wecom/errors.js";
import { startSimulator, type Simulator } from "../../src/wecom/simulator/index.js";

const HOUR = 3600_000;
const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

let clock: ManualClock;
let sim: Simulator;
let coord: MemoryCoordination;
const coords: MemoryCoordination[] = [];

beforeEach(async () => {
  clock = new ManualClock("2025-03-03T02:00:00Z");
  sim = await startSimulator({ ...C, clock });
  coord = newCoord();
});

afterEach(async () => {
  await sim.stop();
  for (const c of coords.splice(0)) await c.close();
});

/** Coordination on the same (manual) clock as the simulator, unless told otherwise. */
function newCoord(now: () => number = () => clock.now().getTime()): MemoryCoordination {
  const c = new MemoryCoordination({ now });
  coords.push(c);
  return c;
}

function client(overrides: Partial<WecomClientOptions> = {}): WecomClient {
  return new WecomClient({
    apiBase: sim.url,
    corpId: C.corpId,
    coord,
    logger: silentLogger,
    app: { agentId: C.app.agentId, secret: C.app.secret },
    kf: { secret: C.kf.secret, openKfId: C.kf.openKfId },
    robotKey: C.robotKey,
    retry: { busyDelaysMs: [1, 1, 1], rateLimitDelaysMs: [1, 1] },
    rateLimitMaxWaitMs: 0,
    ...overrides,
  });
}

/** The WecomApiError a promise rejects with (anything else fails the test). */
async function apiError(promise: Promise<unknown>): Promise<WecomApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WecomApiError)) throw new Error(`expected a WecomApiError, got ${String(error)}`);
  return error;
}

describe("access tokens", () => {
  it("fetches one token for 20 concurrent calls and keeps using it", async () => {
    const wecom = client();
    await Promise.all(Array.from({ length: 20 }, (_, i) => wecom.app.sendText(`hr${i}`, `第${i}条`)));
    expect(sim.callCount("gettoken")).toBe(1);
    expect(sim.callCount("message/send")).toBe(20);
    await wecom.app.sendText("hr0", "再来一条");
    expect(sim.callCount("gettoken")).toBe(1);
  });

  it("keeps one token per secret: app and kf do not share", async () => {
    const wecom = client();
    await wecom.app.sendText("hr1", "hi");
    await wecom.kf.getServiceState("wmCandidate");
    expect(sim.callCount("gettoken")).toBe(2);
    expect(await wecom.accessToken(C.app.secret)).not.toBe(await wecom.accessToken(C.kf.secret));
  });

  it("refreshes after expiry: 7200 s later the cache has lapsed and a new token is fetched", async () => {
    const wecom = client();
    await wecom.app.sendText("hr1", "hi");
    const first = await wecom.accessToken(C.app.secret);
    clock.advance(7200_000);
    await wecom.app.sendText("hr1", "hi again");
    expect(sim.callCount("gettoken")).toBe(2);
    expect(await wecom.accessToken(C.app.secret)).not.toBe(first);
    expect(sim.callCount("message/send")).toBe(2); // no refused call: refreshed before use
  });

  it("refetches once on 42001 when WeCom expired a token our cache still held", async () => {
    coord = newCoord(() => Date.now()); // the cache does not see the simulator's time jump
    const wecom = client();
    await wecom.app.sendText("hr1", "hi");
    clock.advance(7200_000);
    await wecom.app.sendText("hr1", "after expiry");
    expect(sim.callCount("gettoken")).toBe(2);
    expect(sim.callCount("message/send")).toBe(3); // ok, 42001, retried ok
    expect(sim.sent.map((r) => r.text)).toEqual(["hi", "after expiry"]);
  });

  it("refetches once on 40014 after early revocation, and the retry succeeds", async () => {
    const wecom = client();
    await wecom.app.sendText("hr1", "hi");
    expect(sim.revokeTokens("app")).toBe(1);
    await wecom.app.sendText("hr1", "after revocation");
    expect(sim.callCount("gettoken")).toBe(2);
    expect(sim.callCount("message/send")).toBe(3);
  });

  it("surfaces a second token failure instead of looping", async () => {
    const wecom = client();
    await wecom.app.sendText("hr1", "hi");
    sim.failNext("message/send", 40014, 2);
    const error = await apiError(wecom.app.sendText("hr1", "doomed"));
    expect(error.errcode).toBe(40014);
    expect(error.api).toBe("message/send");
    expect(sim.callCount("gettoken")).toBe(2);
    expect(sim.callCount("message/send")).toBe(3);
  });

  it("turns a bad secret into gettoken 40001", async () => {
    const wecom = client({ app: { agentId: C.app.agentId, secret: "not-the-secret" } });
    const error = await apiError(wecom.app.sendText("hr1", "hi"));
    expect([error.api, error.errcode]).toEqual(["gettoken", 40001]);
    expect(sim.callCount("message/send")).toBe(0);
  });
});

describe("retries and transport", () => {
  it("retries -1 up to 3 times, then gives up", async () => {
    const waits: number[] = [];
    const wecom = client({ retry: { busyDelaysMs: [5, 10, 20] }, sleep: async (ms) => void waits.push(ms) });
    sim.failNext("message/send", -1, 3);
    await wecom.app.sendText("hr1", "busy but fine");
    expect(sim.callCount("message/send")).toBe(4);
    expect(waits).toEqual([5, 10, 20]);

    sim.failNext("message/send", -1, 4);
    expect((await apiError(wecom.app.sendText("hr1", "too busy"))).errcode).toBe(-1);
    expect(sim.callCount("message/send")).toBe(8);
  });

  it("backs off on 45009/45033 a bounded number of times, then throws", async () => {
    const waits: number[] = [];
    const wecom = client({ retry: { rateLimitDelaysMs: [100, 300] }, sleep: async (ms) => void waits.push(ms) });
    sim.failNext("kf/service_state/get", 45033, 2);
    await wecom.kf.getServiceState("wmA");
    expect(waits).toEqual([100, 300]);
    sim.failNext("kf/service_state/get", 45009, 3);
    const error = await apiError(wecom.kf.getServiceState("wmA"));
    expect(error.errcode).toBe(45009);
    expect(error.isRateLimit).toBe(true);
    expect(sim.callCount("kf/service_state/get")).toBe(6);
  });

  it("turns a refused connection into errcode -2 with the cause", async () => {
    const wecom = client({ apiBase: "http://127.0.0.1:9" });
    const error = await apiError(wecom.robot.sendText("告警"));
    expect(error.errcode).toBe(-2);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("turns a slow answer into errcode -2 after the timeout", async () => {
    const wecom = client({ timeoutMs: 100 });
    sim.delayNext("webhook/send", 1000);
    const error = await apiError(wecom.robot.sendText("告警"));
    expect(error.errcode).toBe(-2);
    expect(error.errmsg).toBe("no answer in time");
  });
});

describe("app messages", () => {
  it("splits long text on line boundaries into messages WeCom accepts", async () => {
    const lines = Array.from({ length: 80 }, (_, i) => `${i + 1}. 候选人王小明 · 明天 14:00 · 二面（技术）`);
    const text = lines.join("\n");
    expect(bytes(text)).toBeGreaterThan(2048 * 2);
    const results = await client().app.sendText(["hr1", "hr2"], text);
    expect(results.length).toBe(sim.sent.length);
    expect(sim.sent.length).toBeGreaterThanOrEqual(3);
    for (const record of sim.sent) {
      expect(bytes(record.text)).toBeLessThanOrEqual(2048);
      expect(record.to).toEqual(["hr1", "hr2"]);
    }
    expect(sim.sent.map((r) => r.text).join("\n")).toBe(text);
  });

  it("refuses empty text itself rather than letting WeCom answer 44004", async () => {
    await expect(client().app.sendText("hr1", "  \n ")).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.callCount("message/send")).toBe(0);
  });

  it("throws RateLimitedError on a member's 31st message in a minute, and waits when allowed to", async () => {
    const wecom = client();
    for (let i = 0; i < 30; i++) await wecom.app.sendText("hr1", `消息${i}`);
    const error = await wecom.app.sendText("hr1", "第31条").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).scope).toBe("app-member-minute");
    expect((error as RateLimitedError).retryAfterMs).toBe(60_000);
    await wecom.app.sendText("hr2", "another member is fine");

    const patient = client({ rateLimitMaxWaitMs: 60_000, sleep: async (ms) => void clock.advance(ms) });
    await patient.app.sendText("hr1", "第31条，等了一分钟");
    expect(sim.sent.filter((r) => r.to.includes("hr1")).every((r) => r.droppedFor.length === 0)).toBe(true);
    expect(sim.sent.length).toBe(32);
  });

  it("sends a button card, refuses bad ones locally, and updates it once", async () => {
    const wecom = client();
    const card: ButtonInteractionCard = {
      card_type: "button_interaction",
      main_title: { title: "张三 · 明天 10:00 二面", desc: "请确认是否参加" },
      task_id: "iv-123_confirm@1",
      button_list: [
        { text: "确认", style: 1, key: "confirm" },
        { text: "改期", style: 2, key: "reschedule" },
      ],
    };
    const sent = await wecom.app.sendTemplateCard("hr1", card);
    expect(sent.response_code).toBeTruthy();
    expect(sim.card("iv-123_confirm@1")?.to).toEqual(["hr1"]);

    expect((await apiError(wecom.app.sendTemplateCard("hr1", card))).errcode).toBe(40058); // task_id is unique
    const seven = Array.from({ length: 7 }, (_, i) => ({ text: `b${i}`, key: `k${i}` }));
    await expect(wecom.app.sendTemplateCard("hr1", { ...card, task_id: "other", button_list: seven })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(wecom.app.sendTemplateCard("hr1", { ...card, task_id: "bad id!" })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(wecom.app.sendTemplateCard("hr1", { ...card, task_id: "x".repeat(129) })).rejects.toBeInstanceOf(InvalidRequestError);

    await wecom.app.updateTemplateCard({ userids: ["hr1"], responseCode: sent.response_code!, replaceName: "已确认" });
    expect(sim.sent.at(-1)).toMatchObject({ api: "message/update_template_card", msgtype: "update_button", text: "已确认", to: ["hr1"] });
    const reuse = await apiError(wecom.app.updateTemplateCard({ userids: ["hr1"], responseCode: sent.response_code!, replaceName: "再次" }));
    expect(reuse.errcode).toBe(40058);
  });

  it("reports members WeCom does not know as invaliduser", async () => {
    await sim.stop();
    sim = await startSimulator({ ...C, clock, members: ["hr1"] });
    const [result] = await client().app.sendText(["hr1", "ghost"], "hi");
    expect(result?.invaliduser).toBe("ghost");
    expect((await apiError(client().app.sendText("ghost", "hi"))).errcode).toBe(81013);
  });
});

describe("group robot", () => {
  it("splits markdown at 4096 bytes and mentions only on the first text piece", async () => {
    const wecom = client();
    const markdown = Array.from({ length: 120 }, (_, i) => `> **候选人${i}** 未确认面试 <font color="warning">请跟进</font>`).join("\n");
    const parts = await wecom.robot.sendMarkdown(markdown);
    expect(parts).toBe(sim.sent.length);
    expect(parts).toBeGreaterThan(1);
    for (const r of sim.sent) expect(bytes(r.text)).toBeLessThanOrEqual(4096);
    expect(sim.sent.map((r) => r.text).join("\n")).toBe(markdown);

    await wecom.robot.sendText("面试提醒：".repeat(200), { mentionedList: ["lisi"] }); // 3000 B → 2 pieces
    const texts = sim.sent.filter((r) => r.msgtype === "text");
    expect(texts.length).toBe(2);
    expect((texts[0]!.payload["text"] as Record<string, unknown>)["mentioned_list"]).toEqual(["lisi"]);
    expect((texts[1]!.payload["text"] as Record<string, unknown>)["mentioned_list"]).toBeUndefined();
  });

  it("stops itself at 20 messages a minute with RateLimitedError", async () => {
    const wecom = client();
    for (let i = 0; i < 20; i++) await wecom.robot.sendText(`告警${i}`);
    const error = await wecom.robot.sendText("第21条").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(sim.callCount("webhook/send")).toBe(20);
    clock.advance(60_000);
    await wecom.robot.sendText("一分钟后");
    expect(sim.sent.length).toBe(21);
  });

  it("backs off on WeCom's 45009 when another instance used the robot's minute (no shared coordination)", async () => {
    const other = client({ coord: newCoord() });
    for (let i = 0; i < 20; i++) await other.robot.sendText(`告警${i}`);
    const wecom = client();
    const error = await apiError(wecom.robot.sendText("第21条"));
    expect(error.errcode).toBe(45009);
    expect(sim.callCount("webhook/send")).toBe(23);

    const patient = client({ coord: newCoord(), retry: { rateLimitDelaysMs: [30_000, 30_000] }, sleep: async (ms) => void clock.advance(ms) });
    await patient.robot.sendText("等到窗口过去");
    expect(sim.sent.at(-1)?.text).toBe("等到窗口过去");
  });

  it("surfaces a wrong key as 93000", async () => {
    expect((await apiError(client({ robotKey: "wrong" }).robot.sendText("x"))).errcode).toBe(93000);
  });
});

describe("微信客服", () => {
  it("trims long text with an ellipsis into one message instead of burning the window", async () => {
    await sim.candidateSays("wmA", "你好");
    const long = "请携带身份证、学历证明和两张一寸照片前往三楼前台签到。".repeat(40);
    await client().kf.sendText("wmA", long);
    expect(sim.sent).toHaveLength(1);
    expect(bytes(sim.sent[0]!.text)).toBeLessThanOrEqual(2048);
    expect(sim.sent[0]!.text.endsWith("…")).toBe(true);
    expect(sim.kfSession("wmA")?.sentInWindow).toBe(1);
  });

  it("allows 5 messages per customer message (95001), refills when they write, closes after 48 h (95002)", async () => {
    const kf = client().kf;
    await sim.candidateSays("wmA", "在吗");
    for (let i = 0; i < 5; i++) await kf.sendText("wmA", `回复${i}`);
    const sixth = await apiError(kf.sendText("wmA", "第6条"));
    expect(sixth.errcode).toBe(95001);
    expect(sixth.isKfWindowClosed).toBe(true);

    await sim.candidateSays("wmA", "好的");
    await kf.sendText("wmA", "收到");
    clock.advance(48 * HOUR + 1000);
    expect((await apiError(kf.sendText("wmA", "太晚了"))).errcode).toBe(95002);
    expect((await apiError(kf.sendText("wmNeverWrote", "你好"))).errcode).toBe(95002);
  });

  it("makes a retried send with the same msgid idempotent", async () => {
    const kf = client().kf;
    await sim.candidateSays("wmA", "你好");
    const first = await kf.sendText("wmA", "面试在明天", { msgid: "outbox-7" });
    const again = await kf.sendText("wmA", "面试在明天", { msgid: "outbox-7" });
    expect(first).toEqual({ msgid: "outbox-7" });
    expect(again).toEqual(first);
    expect(sim.sent).toHaveLength(1);
    expect(sim.kfSession("wmA")?.sentInWindow).toBe(1);
    await expect(kf.sendText("wmA", "x", { msgid: "有中文" })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it("refuses API sends while a human serves the session (95018)", async () => {
    const kf = client().kf;
    await sim.candidateSays("wmA", "我想找人工");
    await kf.transServiceState("wmA", 3, "recruiter1");
    expect(await kf.getServiceState("wmA")).toEqual({ state: 3, servicerUserId: "recruiter1" });
    expect((await apiError(kf.sendText("wmA", "机器人插话"))).errcode).toBe(95018);
    expect((await apiError(kf.transServiceState("wmA", 1))).errcode).toBe(95016);
    const { msgCode } = await kf.transServiceState("wmA", 4);
    expect(msgCode).toBeTruthy();
    await kf.sendOnEvent(msgCode!, { msgtype: "text", text: { content: "感谢咨询" } });
    await sim.candidateSays("wmA", "我又来了");
    expect((await kf.getServiceState("wmA")).state).toBe(0);
    await kf.sendText("wmA", "欢迎回来");
    await expect(kf.transServiceState("wmA", 3)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it("sends one welcome with the welcome_code within 20 s, once", async () => {
    const kf = client().kf;
    const entered = await sim.candidateEnters("wmA", { sceneParam: "bind-abc123" });
    expect(entered.welcomeCode).toBeTruthy();
    // Entering opens no send_msg window (only writing does): just the welcome may be sent.
    const noWindow = await apiError(kf.sendText("wmA", "你好"));
    expect([noWindow.errcode, noWindow.isKfWindowClosed]).toEqual([95002, true]);
    const menu = { head_content: "请选择：", list: [{ type: "click" as const, click: { id: "confirm", content: "确认面试" } }] };
    await kf.sendOnEvent(entered.welcomeCode!, { msgtype: "msgmenu", msgmenu: menu });
    expect(sim.sent[0]).toMatchObject({ api: "kf/send_msg_on_event", msgtype: "msgmenu", to: ["wmA"] });
    expect((await apiError(kf.sendOnEvent(entered.welcomeCode!, { msgtype: "text", text: { content: "again" } }))).errcode).toBe(40029);

    const late = await sim.candidateEnters("wmB");
    clock.advance(21_000);
    expect((await apiError(kf.sendOnEvent(late.welcomeCode!, { msgtype: "text", text: { content: "too late" } }))).errcode).toBe(40029);
    // Welcomed within 48 h: no new code.
    expect((await sim.candidateEnters("wmA")).welcomeCode).toBeUndefined();
  });

  it("refuses a menu of more than 10 items before WeCom would (95008)", async () => {
    await sim.candidateSays("wmA", "你好");
    const list = Array.from({ length: 11 }, (_, i) => ({ type: "click" as const, click: { id: `t${i}`, content: `选项${i}` } }));
    await expect(client().kf.sendMenu("wmA", { list })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(sim.callCount("kf/send_msg")).toBe(0);
  });

  it("pages sync_msg with has_more and next_cursor, and never returns our own messages", async () => {
    const kf = client().kf;
    let token = "";
    for (let i = 0; i < 25; i++) token = (await sim.candidateSays(`wm${i % 3}`, `消息${i}`)).token;
    await kf.sendText("wm0", "我们发的");
    const sizes: Array<[number, boolean]> = [];
    const items: KfSyncItem[] = [];
    let cursor: string | undefined;
    for await (const page of kf.syncPages({ token, limit: 10 })) {
      sizes.push([page.items.length, page.hasMore]);
      items.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(sizes).toEqual([[10, true], [10, true], [5, false]]);
    expect(items.map((i) => (i.msgtype === "text" ? i.text.content : "?"))).toEqual(Array.from({ length: 25 }, (_, i) => `消息${i}`));
    expect(new Set(items.map((i) => i.msgid)).size).toBe(25);

    await sim.candidateSays("wm1", "新消息");
    const next = await kf.syncMsg({ cursor: cursor!, token });
    expect(next.items.map((i) => i.msgtype === "text" && i.text.content)).toEqual(["新消息"]);
    await expect(kf.syncMsg({ limit: 1001 })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it("refuses a stale or made-up callback token (95007) and serves only the last 3 days", async () => {
    const kf = client().kf;
    const { token } = await sim.candidateSays("wmA", "旧消息");
    expect((await apiError(kf.syncMsg({ token: "ENCmadeup" }))).errcode).toBe(95007);
    clock.advance(10 * 60_000 + 1);
    expect((await apiError(kf.syncMsg({ token }))).errcode).toBe(95007);
    clock.advance(3 * 24 * HOUR);
    const fresh = await sim.candidateSays("wmA", "新消息");
    const page = await kf.syncMsg({ token: fresh.token });
    expect(page.items.map((i) => i.msgtype === "text" && i.text.content)).toEqual(["新消息"]);
  });

  it("answers 95000 for another kf account", async () => {
    const wecom = client({ kf: { secret: C.kf.secret, openKfId: "wkSomeoneElse" } });
    expect((await apiError(wecom.kf.syncMsg())).errcode).toBe(95000);
  });

  it("gives nicknames of customers active in the last 48 h", async () => {
    const kf = client().kf;
    await sim.candidateEnters("wmA", { nickname: "小王", sceneParam: "bind-1" });
    const { customers, invalid } = await kf.batchGetCustomers(["wmA", "wmUnknown"], true);
    expect(customers).toMatchObject([{ external_userid: "wmA", nickname: "小王", enter_session_context: { scene_param: "bind-1" } }]);
    expect(invalid).toEqual(["wmUnknown"]);
    clock.advance(49 * HOUR);
    expect((await kf.batchGetCustomers(["wmA"])).invalid).toEqual(["wmA"]);
  });
});

it("says which channel is missing credentials", () => {
  const bare = new WecomClient({ apiBase: sim.url, corpId: C.corpId, coord, logger: silentLogger });
  expect(() => bare.robot).toThrow(ChannelNotConfiguredError);
  expect(bare.hasRobot).toBe(false);
});
