import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { PaneItem } from "../../src/web/sandbox/view-model.js";
import type { SandboxState } from "../../src/web/sandbox/state.js";
import { startupLinks } from "../../src/web/startup-links.js";
import { MONDAY_10AM } from "../support/candidate-harness.js";
import { liveEnv, startQuietSimulator, startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;
interface Snapshot {
  state: SandboxState;
  items: PaneItem[];
}

/** One request to the sandbox API: JSON in, status and JSON out. */
async function call(bot: TestBot, path: string, body?: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  const res = await fetch(`${bot.url}${path}`, body === undefined ? {} : { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON (the page, a 404)
  }
  return { status: res.status, json, text, headers: res.headers };
}

const snapshot = async (bot: TestBot): Promise<Snapshot> => (await call(bot, "/sandbox/api/state")).json as unknown as Snapshot;
const texts = (items: PaneItem[]): string[] =>
  items.map((i) => (i.body.kind === "text" || i.body.kind === "notice" ? i.body.text : i.body.kind === "menu" ? i.body.head : i.body.kind === "card" ? i.body.card.title : i.body.kind));

/** Waits until the pane shows an item matching `match`, and returns it. */
async function waitForItem(bot: TestBot, match: (item: PaneItem) => boolean, timeout = 10_000): Promise<PaneItem> {
  let found: PaneItem | undefined;
  await expect
    .poll(
      async () => {
        found = (await snapshot(bot)).items.find(match);
        return found !== undefined;
      },
      { timeout },
    )
    .toBe(true);
  return found!;
}

describe("sandbox API (sandbox mode, PGlite, real HTTP through the simulator)", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock });
  });
  afterAll(async () => bot?.stop());

  it("serves the page with a strict CSP and only its own assets", async () => {
    const page = await call(bot, "/sandbox");
    expect(page.status).toBe(200);
    expect(page.text).toContain("面试机器人 · 沙盒");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect((await call(bot, "/sandbox/static/sandbox.js")).headers.get("content-type")).toContain("javascript");
    expect((await call(bot, "/sandbox/static/..%2Fsandbox%2Fstate.ts")).status).toBe(404);
    expect((await call(bot, "/sandbox/static/secret.env")).status).toBe(404);
    expect(bot.sandboxUrl).toBe(`${bot.url}/sandbox`);
    expect(startupLinks(bot)).toEqual([`沙盒 sandbox:    ${bot.url}/sandbox`, `看板 dashboard:  ${bot.url}/dashboard  （访问令牌 token: ${bot.dashboardToken}）`]);
  });

  it("starts with an empty sandbox on the bot's clock", async () => {
    const { state, items } = await snapshot(bot);
    expect(items).toEqual([]);
    expect(state).toMatchObject({ now: MONDAY_10AM.toISOString(), ticking: false, movable: true, interview: null, jobs: true, dashboardUrl: `${bot.url}/dashboard`, dashboardToken: bot.dashboardToken });
    expect(state.candidate.externalUserId).toBe("wmSandbox001");
  });

  it("plays the reschedule story: demo → menu tap → free text → card approval", async () => {
    const demo = await call(bot, "/sandbox/api/demo", {});
    expect(demo.status).toBe(200);
    // The demo typed /invite in the recruiter pane and opened the link from the bot's answer.
    expect(demo.json).toMatchObject({ via: "command", candidateName: "张三", externalUserId: "wmSandbox002" });
    const ext = demo.json["externalUserId"] as string;

    const invitation = await waitForItem(bot, (i) => i.pane === "candidate" && i.peer === ext && i.body.kind === "menu");
    expect(invitation.body.kind === "menu" && invitation.body.items.map((c) => c.text)).toEqual(["确认参加", "申请改期", "无法参加"]);
    let { state, items } = await snapshot(bot);
    expect(state.candidate).toEqual({ externalUserId: ext, nickname: "张三" });
    expect(state.interview).toMatchObject({ candidateName: "张三", position: "后端工程师", status: "invited", scheduledAt: "2025-11-26T06:00:00.000Z" });
    expect(texts(items.filter((i) => i.pane === "recruiter"))[0]).toBe("/invite 张三 13800138000 后端工程师 11月26日下午2点 科技园A座 BOSS直聘");

    expect((await call(bot, "/sandbox/api/candidate/tap", { menuId: "reschedule" })).status).toBe(200);
    await waitForItem(bot, (i) => i.peer === ext && i.body.kind === "menu" && i.body.head.includes("以下时间"));
    expect((await call(bot, "/sandbox/api/candidate/say", { text: "周四上午10点可以吗" })).status).toBe(200);
    const confirm = await waitForItem(bot, (i) => i.peer === ext && i.body.kind === "menu" && i.body.items.some((c) => c.id === "accept_proposed"));
    expect(confirm.body.kind === "menu" && confirm.body.head).toContain("11月27日（周四）10:00");
    await call(bot, "/sandbox/api/candidate/tap", { menuId: "accept_proposed" });

    // The /invite answer is a card too: wait for the reschedule request's own.
    const card = await waitForItem(bot, (i) => i.pane === "recruiter" && i.body.kind === "card" && i.body.card.title.startsWith("改期申请"));
    if (card.body.kind !== "card") throw new Error("not a card");
    expect(card.body.card.title).toBe("改期申请：张三（后端工程师）");
    expect(card.body.card.buttons.map((b) => b.key)).toEqual(["approve_reschedule", "decline_reschedule"]);

    const click = { taskId: card.body.card.taskId, eventKey: "approve_reschedule" };
    expect((await call(bot, "/sandbox/api/recruiter/click", click)).status).toBe(200);
    await waitForItem(bot, (i) => i.peer === ext && i.body.kind === "text" && i.body.text.includes("面试已改到 11月27日（周四）10:00"));
    await waitForItem(bot, (i) => i.body.kind === "card_update" && i.body.taskId === click.taskId && i.body.label === "已同意改期 · recruiter_li");
    // The buttons are gone, as in WeCom: a second click is one no real user could make.
    const again = await call(bot, "/sandbox/api/recruiter/click", click);
    expect(again.status).toBe(409);
    expect(again.json["message"]).toMatch(/already updated/);

    ({ state, items } = await snapshot(bot));
    expect(state.interview).toMatchObject({ status: "rescheduled", scheduledAt: "2025-11-27T02:00:00.000Z" });
    // The candidate's own bubbles are in order, between the bot's messages.
    expect(items.filter((i) => i.peer === ext && i.side === "out").map((i) => (i.body.kind === "text" ? i.body.text : ""))).toEqual([
      "申请改期",
      "周四上午10点可以吗",
      "确认改到11月27日（周四）10:00",
    ]);
  });

  it("moves the clock: +1 h, to the next job, to 30 minutes before the interview; never backwards", async () => {
    const before = clock.now().getTime();
    const hour = await call(bot, "/sandbox/api/clock", { action: "advance", minutes: 60 });
    expect(hour.json).toEqual({ now: new Date(before + 3_600_000).toISOString(), ranJobs: true });
    // "next job" lands exactly on the earliest planned job and runs it.
    const due = (await snapshot(bot)).state.nextJobAt;
    expect(due).not.toBeNull();
    const next = await call(bot, "/sandbox/api/clock", { action: "next_job" });
    expect(next.json).toEqual({ now: due, ranJobs: true });
    expect((await snapshot(bot)).state.nextJobAt).not.toBe(due);

    const toInterview = await call(bot, "/sandbox/api/clock", { action: "interview", beforeMinutes: 30 });
    expect(toInterview.json["now"]).toBe("2025-11-27T01:30:00.000Z");
    expect((await snapshot(bot)).state.now).toBe("2025-11-27T01:30:00.000Z");
    expect((await call(bot, "/sandbox/api/clock", { action: "advance", minutes: -5 })).status).toBe(400);
    expect((await call(bot, "/sandbox/api/clock", { action: "warp" })).status).toBe(400);
    expect(clock.now().toISOString()).toBe("2025-11-27T01:30:00.000Z");
  });

  it("on the interview day the candidate still reaches the bot (callbacks signed on the moved clock)", async () => {
    const { state } = await snapshot(bot);
    const ext = state.candidate.externalUserId;
    expect((await call(bot, "/sandbox/api/candidate/say", { text: "堵车晚十分钟" })).status).toBe(200);
    const ack = await waitForItem(bot, (i) => i.peer === ext && i.body.kind === "text" && i.body.text.startsWith("收到，路上注意安全"));
    expect(ack.at).toBe("2025-11-27T01:30:00.000Z");
    const late = await bot.store.listEvents({ interviewId: state.interview!.id, types: ["candidate.late"] });
    expect(late).toHaveLength(1);
  });

  it("refuses what WeChat or WeCom would not allow, with a message the page can show", async () => {
    const tap = await call(bot, "/sandbox/api/candidate/tap", { menuId: "no-such-item" });
    expect([tap.status, tap.json["message"]]).toEqual([409, "候选人没有收到 id 为「no-such-item」的菜单项"]);
    expect((await call(bot, "/sandbox/api/candidate/say", { text: "   " })).status).toBe(400);
    expect((await call(bot, "/sandbox/api/candidate/say", { text: "x".repeat(2049) })).status).toBe(400);
    expect((await call(bot, "/sandbox/api/candidate/say", "{not json")).status).toBe(400);
    expect((await call(bot, "/sandbox/api/candidate/say", "text=hi", { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await call(bot, "/sandbox/api/candidate/enter", { link: "https://example.com/x" })).status).toBe(400);
    expect((await call(bot, "/sandbox/api/candidate/switch", { externalUserId: "wmNobody" })).status).toBe(404);
    const click = await call(bot, "/sandbox/api/recruiter/click", { taskId: "ib_1_unknown", eventKey: "approve_reschedule" });
    expect(click.status).toBe(409);
  });

  it("switches the candidate pane between WeChat users and to a new one", async () => {
    expect((await call(bot, "/sandbox/api/candidate/switch", { externalUserId: "wmSandbox001" })).status).toBe(200);
    expect((await snapshot(bot)).state.candidate.externalUserId).toBe("wmSandbox001");
    await call(bot, "/sandbox/api/candidate/switch", {});
    const { state } = await snapshot(bot);
    expect(state.candidate.externalUserId).toBe("wmSandbox003");
    expect(state.interview).toBeNull();
    // A visitor without a link gets the engine's "unbound" answer, through the same path.
    await call(bot, "/sandbox/api/candidate/say", { text: "你好" });
    await waitForItem(bot, (i) => i.peer === "wmSandbox003" && i.side === "in");
  });

  it("streams a snapshot, then every new item, over SSE", async () => {
    const controller = new AbortController();
    const res = await fetch(`${bot.url}/sandbox/api/stream`, { signal: controller.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    const nextEvent = async (name: string): Promise<unknown> => {
      for (;;) {
        const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer);
        if (match) {
          buffer = buffer.slice(match.index + match[0].length);
          return JSON.parse(match[1]!);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${name}`);
        buffer += value;
      }
    };
    const first = (await nextEvent("snapshot")) as Snapshot;
    expect(first.items.length).toBe((await snapshot(bot)).items.length);
    await call(bot, "/sandbox/api/recruiter/say", { text: "/help" });
    const item = (await nextEvent("item")) as PaneItem;
    expect(item).toMatchObject({ pane: "recruiter", side: "out", body: { kind: "text", text: "/help" } });
    const state = (await nextEvent("state")) as SandboxState;
    expect(state.recruiter.userId).toBe("recruiter_li");
    controller.abort();
  });
});

describe("sandbox unavailable", () => {
  it("answers 404 everywhere when real WeCom credentials are configured", async () => {
    const sim = await startQuietSimulator();
    const live = await startTestBot({ env: liveEnv(sim.url) });
    try {
      expect(live.config.wecom.mode).toBe("live");
      expect(live.sandboxUrl).toBeUndefined();
      for (const path of ["/sandbox", "/sandbox/", "/sandbox/static/sandbox.js", "/sandbox/api/state", "/sandbox/api/stream"]) {
        expect((await call(live, path)).status, path).toBe(404);
      }
      expect((await call(live, "/sandbox/api/demo", {})).status).toBe(404);
      expect((await call(live, "/sandbox/api/candidate/say", { text: "hi" })).status).toBe(404);
      expect(startupLinks(live)).toEqual([]);
      expect((await call(live, "/healthz")).status).toBe(200);
    } finally {
      await live.stop();
      await sim.stop();
    }
  });

  it("cannot move a system clock", async () => {
    const plain = await startTestBot();
    try {
      const moved = await call(plain, "/sandbox/api/clock", { action: "advance", minutes: 60 });
      expect([moved.status, moved.json["message"]]).toEqual([409, "机器人使用系统时钟，沙盒无法调整时间"]);
      expect((await snapshot(plain)).state).toMatchObject({ movable: false, ticking: false });
    } finally {
      await plain.stop();
    }
  });
});
