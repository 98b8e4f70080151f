/**
 * The dashboard over real HTTP on a seeded sandbox bot: access control, the
 * JSON API, CSV exports (with injection escaping) and live updates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MetricsReport } from "../../src/metrics/index.js";
import type { UpcomingReport } from "../../src/web/upcoming.js";
import { DASHBOARD_TOKEN, EVIL_NAME, startSeededBot, type SeededBot } from "../support/seeded-bot.js";

describe("dashboard HTTP API", () => {
  let bot: SeededBot;
  const bearer = { authorization: `Bearer ${DASHBOARD_TOKEN}` };
  beforeAll(async () => {
    bot = await startSeededBot({ days: 14, perWorkday: 6 });
  }, 180_000);
  afterAll(() => bot?.stop());

  it("shows a login form, refuses a wrong token, and signs in with an HttpOnly SameSite cookie", async () => {
    const page = await fetch(`${bot.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('action="/dashboard/login"');
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");

    const login = (token: string) =>
      fetch(`${bot.url}/dashboard/login`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ token }) });
    const wrong = await login("not-the-token-at-all");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("访问令牌不正确");

    const ok = await login(DASHBOARD_TOKEN);
    expect(ok.status).toBe(303);
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^ib_dashboard=v1\.\d+\.[\w-]{43}; path=\/dashboard; .*samesite=strict; httponly/i);
    const session = cookie.split(";")[0]!;
    const signedIn = await fetch(`${bot.url}/dashboard`, { headers: { cookie: session } });
    expect(await signedIn.text()).toContain('id="chart-heatmap"');
    const api = await fetch(`${bot.url}/dashboard/api/metrics?days=7`, { headers: { cookie: session } });
    expect(api.status).toBe(200);
    const forged = await fetch(`${bot.url}/dashboard/api/metrics`, { headers: { cookie: session.replace(/.$/, (c) => (c === "A" ? "B" : "A")) } });
    expect(forged.status).toBe(401);
  });

  it("answers the API only when signed in, and explains bad queries", async () => {
    expect((await fetch(`${bot.url}/dashboard/api/metrics`)).status).toBe(401);
    expect((await fetch(`${bot.url}/dashboard/api/metrics`, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
    const bad = await fetch(`${bot.url}/dashboard/api/metrics?days=abc`, { headers: bearer });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "bad_request", message: expect.stringContaining("not a number of days") });
    const reversed = await fetch(`${bot.url}/dashboard/api/metrics?from=2025-06-10&to=2025-06-01`, { headers: bearer });
    expect(reversed.status).toBe(400);
  });

  it("reports metrics of the seeded window with every breakdown filled", async () => {
    const report = (await (await fetch(`${bot.url}/dashboard/api/metrics?days=14`, { headers: bearer })).json()) as MetricsReport;
    expect(report.overall.counts.invited).toBeGreaterThan(40);
    expect(report.funnel).toHaveLength(5);
    expect(report.breakdowns.channel.map((c) => c.label)).toEqual(expect.arrayContaining(["BOSS直聘", "猎聘", "智联招聘"]));
    expect(report.heatmap.length).toBeGreaterThan(5);
    expect(report.reminders.length).toBeGreaterThan(2);
    const filtered = (await (await fetch(`${bot.url}/dashboard/api/metrics?days=14&channel=${encodeURIComponent("猎聘")}`, { headers: bearer })).json()) as MetricsReport;
    expect(filtered.overall.counts.invited).toBe(report.breakdowns.channel.find((c) => c.key === "猎聘")!.counts.invited);
  });

  it("lists today's and tomorrow's interviews with nudges and risk", async () => {
    const upcoming = (await (await fetch(`${bot.url}/dashboard/api/upcoming`, { headers: bearer })).json()) as UpcomingReport;
    const evil = upcoming.items.find((i) => i.interviewId === bot.evilInterviewId)!;
    expect(evil).toMatchObject({ candidateName: EVIL_NAME, day: "tomorrow", status: "invited", replied: false });
    expect(evil.risk!.score).toBeGreaterThan(0);
    expect(evil.risk!.reasons).toContain("邀约发出后尚未回复");
    expect(upcoming.model.trainedOn).toBeGreaterThan(0);
  });

  it("exports CSV with formula-looking cells neutralised", async () => {
    const now = new Date();
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const res = await fetch(`${bot.url}/dashboard/export/interviews.csv?from=${day(now)}&to=${day(new Date(now.getTime() + 3 * 86_400_000))}`, { headers: bearer });
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain("interviews.csv");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFF面试ID,候选人")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")<img src=x onerror=""window.__pwned=1"">"`);
    const metrics = await fetch(`${bot.url}/dashboard/export/metrics.csv?days=30`, { headers: bearer });
    expect((await metrics.text()).split("\r\n")[1]).toMatch(/^全部,全部,\d+,/);
  });

  it("pushes an update event over SSE when something is written", async () => {
    const controller = new AbortController();
    const res = await fetch(`${bot.url}/dashboard/api/stream`, { headers: bearer, signal: controller.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${pattern}`);
        text += decoder.decode(value);
      }
    };
    await until(/event: hello\ndata: \{"version":"[\d.]+"\}/);
    await bot.store.logMessage({ direction: "in", channel: "kf", kind: "text", interviewId: bot.evilInterviewId, text: "好的" });
    await until(/event: update\ndata: \{"version":"[\d.]+"\}/);
    controller.abort();
  });
});
