/**
 * The HR dashboard in a real browser (Debian's Chromium through
 * playwright-core, headless): sign in on a seeded sandbox bot, see every chart
 * drawn with data, candidate names shown as text (never as HTML), a live
 * update arriving over SSE, and a screenshot in test-artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_TOKEN, EVIL_NAME, startSeededBot, type SeededBot } from "../support/seeded-bot.js";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = "test-artifacts";
const CHARTS = ["chart-funnel", "chart-channels", "chart-heatmap", "chart-latency", "chart-cancel", "chart-reminders"];

/** In the page: for each chart, its series, data points and inked canvas pixels (DOM code, so a string). */
const CHART_PROBE = `(${JSON.stringify(CHARTS)}).map(function (id) {
  var chart = window.__dashboard.charts[id];
  var series = chart ? chart.getOption().series : [];
  var points = series.reduce(function (n, s) {
    return n + s.data.filter(function (d) {
      var v = d !== null && typeof d === "object" && "value" in d ? d.value : d;
      return v !== null && v !== "-" && !(Array.isArray(v) && v[2] === "-");
    }).length;
  }, 0);
  var positive = series.reduce(function (n, s) {
    return n + s.data.filter(function (d) {
      var v = d !== null && typeof d === "object" && "value" in d ? d.value : d;
      if (Array.isArray(v)) v = v[v.length - 1];
      return typeof v === "number" && v > 0;
    }).length;
  }, 0);
  var canvas = document.querySelector("#" + id + " canvas");
  var inked = 0;
  if (canvas) {
    var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (var i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked += 1;
  }
  return { id: id, series: series.length, points: points, positive: positive, inked: inked };
})`;
const RENDERS = "window.__dashboard.state.renders";

interface ChartCheck {
  id: string;
  series: number;
  points: number;
  /** Data values above zero: a chart of zeros draws axes but says nothing. */
  positive: number;
  inked: number;
}

describe.skipIf(!existsSync(CHROMIUM))("dashboard in Chromium", () => {
  let bot: SeededBot;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    bot = await startSeededBot({ days: 30, perWorkday: 8 });
    profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await bot?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("signs in, draws every chart with data, escapes names and takes a screenshot", async () => {
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    await page.goto(`${bot.url}/dashboard`);
    await page.fill("#token", "wrong-token-for-sure");
    await page.click("button[type=submit]");
    await expect.poll(() => page.textContent(".error")).toContain("访问令牌不正确");

    await page.fill("#token", DASHBOARD_TOKEN);
    await page.click("button[type=submit]");
    await page.waitForSelector("body[data-ready='1']", { timeout: 30_000 });

    const checks = (await page.evaluate(CHART_PROBE)) as ChartCheck[];
    for (const check of checks) {
      expect(check.series, check.id).toBeGreaterThan(0);
      expect(check.points, check.id).toBeGreaterThan(1);
      expect(check.positive, check.id).toBeGreaterThan(1);
      // The canvas is really drawn (a blank one inks nothing). That the marks carry data is
      // checked above through the series; their ink varies with the day the test runs (the
      // seeded history is relative to today: the reasons chart inked 2,800–4,000 pixels).
      expect(check.inked, check.id).toBeGreaterThan(1_500);
    }
    expect(await page.locator(".kpi").count()).toBeGreaterThan(8);

    // Today's and tomorrow's interviews: risk badges, and the hostile name as plain text.
    expect(await page.locator("#upcoming .badge").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator("#upcoming td", { hasText: "onerror" }).count()).toBeGreaterThan(0);
    expect(await page.locator("#upcoming").innerText()).toContain(EVIL_NAME);
    expect(await page.locator("#upcoming img").count()).toBe(0);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.textContent("#model-note")).toMatch(/风险评分/);

    // A filter narrows the data and keeps every chart alive.
    await page.selectOption("#channel", "内推");
    await page.click("#filters button[type=submit]");
    await expect.poll(() => page.evaluate(RENDERS)).toBeGreaterThan(1);
    expect(page.url()).toContain("channel=");
    await page.selectOption("#channel", "");
    await page.click("#filters button[type=submit]");
    await expect.poll(() => page.evaluate(RENDERS)).toBeGreaterThan(2);

    // Live: a write in the store reaches the page through SSE and redraws it.
    await expect.poll(() => page.getAttribute("#live", "class")).toContain("on");
    const before = (await page.evaluate(RENDERS)) as number;
    await bot.store.logMessage({ direction: "in", channel: "kf", kind: "text", interviewId: bot.evilInterviewId, text: "好的，明天见" });
    await expect
      .poll(() => page.evaluate(RENDERS), { timeout: 20_000 })
      .toBeGreaterThan(before);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.waitForTimeout(600); // let chart animations finish before the picture
    await page.screenshot({ path: join(ARTIFACTS, "dashboard.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
