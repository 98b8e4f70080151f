/**
 * The sandbox in a real browser: plays the story pane by pane through
 * the page (every action goes through the simulator, i.e. our real signed and
 * encrypted callbacks) and asserts what each pane shows. Screenshots of each
 * pane go to test-artifacts/.
 */
import { mkdir } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_REMINDER_SCHEDULE } from "../../config/reminders.js";
import { OffsetClock } from "../../src/clock.js";
import type { SandboxState } from "../../src/web/sandbox/state.js";
import { MONDAY_10AM } from "../support/candidate-harness.js";
import { launchChromium } from "../support/chromium.js";
import { startTestBot } from "../support/test-bot.js";

const ARTIFACTS = "test-artifacts";
type TestBot = Awaited<ReturnType<typeof startTestBot>>;

describe("sandbox page (Debian chromium, headless)", () => {
  // The sandbox clock as `npm start` uses it: real time plus jumps, from a Monday morning.
  const clock = new OffsetClock({ start: MONDAY_10AM });
  let bot: TestBot;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    bot = await startTestBot({ clock });
    browser = await launchChromium();
    page = browser.page;
    page.on("pageerror", (err) => pageErrors.push(err.message));
    page.on("console", (msg) => {
      if (msg.type() === "error") pageErrors.push(msg.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  const pane = (name: "candidate" | "recruiter" | "hr") => page.locator(`[data-pane="${name}"]`);
  /** Waits until the pane's chat shows `text` (substring or pattern). */
  const shows = (name: "candidate" | "recruiter" | "hr", text: string | RegExp, timeout = 20_000) =>
    pane(name).locator(".chat-body").getByText(text).first().waitFor({ timeout });
  const state = async (): Promise<SandboxState> => ((await (await fetch(`${bot.url}/sandbox/api/state`)).json()) as { state: SandboxState }).state;
  const clockText = () => page.locator("#clock-now").textContent();

  it("plays the story: invite → link → 申请改期 → new time → approval → clock → late", async () => {
    await page.goto(bot.sandboxUrl!);
    await page.locator("body[data-ready=true]").waitFor();
    expect(await page.title()).toBe("面试机器人 · 沙盒");
    expect(await pane("candidate").locator(".empty").textContent()).toContain("演示");
    const s = await state();
    expect([s.jobs, s.dashboardUrl]).toEqual([true, `${bot.url}/dashboard`]);

    // 演示: the recruiter runs /invite (app callback), the candidate opens the link (enter_session).
    await page.getByRole("button", { name: "演示" }).click();
    await shows("recruiter", "/invite 张三 13800138000 后端工程师 11月26日下午2点");
    await shows("candidate", "张三您好！诚邀您参加【后端工程师】岗位的面试");
    await assertInviteAnswered();
    const invitation = pane("candidate").locator(".msg.in").filter({ hasText: "诚邀您参加" });
    expect(await invitation.locator("button.menu-item").allTextContents()).toEqual(["确认参加", "申请改期", "无法参加"]);
    expect(await page.locator("#candidate-select option:checked").textContent()).toContain("张三");

    // The candidate taps 申请改期 and names a time in free text.
    await invitation.locator("button.menu-item", { hasText: "申请改期" }).click();
    await shows("candidate", "以下时间可以为您安排");
    expect(await pane("candidate").locator(".msg.out .bubble").last().textContent()).toBe("申请改期");
    await page.locator("#candidate-input").fill("周四上午10点可以吗");
    await page.locator("#candidate-input").press("Enter");
    await shows("candidate", "您希望把面试改到 11月27日（周四）10:00");
    await pane("candidate").locator("button.menu-item", { hasText: "确认改到11月27日（周四）10:00" }).click();
    await shows("candidate", "我已转给招聘负责人确认");

    // The recruiter approves on the card; the card's buttons give way to the outcome.
    const card = pane("recruiter").locator(".card").filter({ hasText: "改期申请：张三（后端工程师）" });
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator(".card-sub").textContent()).toContain("申请改到：11月27日（周四）10:00");
    expect(await card.locator("button.card-btn").allTextContents()).toEqual(["同意改期", "不同意"]);
    await card.locator("button.card-btn", { hasText: "同意改期" }).click();
    await shows("candidate", "好消息！面试已改到 11月27日（周四）10:00");
    await card.locator(".card-done", { hasText: "已同意改期" }).waitFor();
    expect(await card.locator("button.card-btn").count()).toBe(0);
    await page.locator("#interview-info", { hasText: "已改期" }).waitFor();
    expect(await page.locator("#interview-info").textContent()).toContain("11月27日（周四）10:00");

    // The clock: +1 h, then job by job to the T−24 h re-confirmation.
    expect(await clockText()).toMatch(/^11月24日（周一） 10:0\d:\d\d$/);
    await page.getByRole("button", { name: "+1 小时" }).click();
    await page.locator("#clock-now", { hasText: /11月24日（周一） 11:0\d/ }).waitFor();
    await playReconfirmation();

    // Interview day: 30 minutes before, the candidate is stuck in traffic.
    await page.getByRole("button", { name: "到面试前 30 分钟" }).click();
    await page.locator("#clock-now", { hasText: /11月27日（周四） 09:3\d/ }).waitFor();
    await page.locator("#candidate-input").fill("堵车晚十分钟");
    await page.locator("#candidate-input").press("Enter");
    await shows("candidate", "收到，路上注意安全，我已告知面试官");
    await playLateAlert();
    await pane("hr").locator(".mention", { hasText: "@李娜" }).first().waitFor();

    await playCheckin();
    await playDashboard();

    await screenshots();
    expect(pageErrors).toEqual([]);
  });

  it("shows what people typed as text, never as markup", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
    await page.locator("#recruiter-input").fill(hostile);
    await page.locator("#recruiter-input").press("Enter");
    const bubble = pane("recruiter").locator(".msg.out .bubble").last();
    await bubble.filter({ hasText: "onerror" }).waitFor();
    expect(await bubble.textContent()).toBe(hostile);
    expect(await page.locator("img, script:not([src])").count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("plays a new WeChat user without a link: they can still chat, and there is no interview to jump to", async () => {
    await page.locator("#candidate-select").selectOption("");
    await expect.poll(() => page.locator("#candidate-select").inputValue()).toBe("wmSandbox003");
    expect(await pane("candidate").locator(".empty").count()).toBe(1);
    await expect.poll(() => page.getByRole("button", { name: "到面试前 30 分钟" }).isDisabled()).toBe(true);
    await page.locator("#candidate-input").fill("你好");
    await page.locator("#candidate-input").press("Enter");
    await pane("candidate").locator(".msg.in").first().waitFor({ timeout: 20_000 });
    expect(await pane("candidate").locator(".msg.out .bubble").allTextContents()).toEqual(["你好"]);
    // Back to 张三: their chat is still there.
    await page.locator("#candidate-select").selectOption("wmSandbox002");
    await shows("candidate", "好消息！面试已改到");
  });

  // ---- story steps -------------------------------------------------------------

  /** The /invite command answers with the 微信客服 link; the sandbox did not have to create the interview itself. */
  async function assertInviteAnswered(): Promise<void> {
    await shows("recruiter", /scene_param=/);
    expect(await pane("recruiter").locator(".note", { hasText: "沙盒提示：/invite 暂无回复" }).count()).toBe(0);
  }

  /**
   * #5: "next job" until the clock reaches the T−24 h re-confirmation; the candidate confirms.
   * Each jump waits for the clock to land before the next, and none goes past the
   * re-confirmation: judging by the bubbles instead raced the event stream under load
   * and jumped on to the T−4 h check before the menu showed.
   */
  async function playReconfirmation(): Promise<void> {
    const confirmMenus = pane("candidate").locator(".msg.in").filter({ has: page.locator("button.menu-item", { hasText: "确认参加" }) });
    const menusBefore = await confirmMenus.count();
    const { interview } = await state();
    const reconfirmAt = Date.parse(interview!.scheduledAt) - DEFAULT_REMINDER_SCHEDULE.reconfirmBeforeHours * 3_600_000;
    for (let s = await state(); Date.parse(s.now) < reconfirmAt; s = await state()) {
      expect(s.nextJobAt).not.toBeNull();
      const due = Date.parse(s.nextJobAt!);
      expect(due).toBeLessThanOrEqual(reconfirmAt);
      await page.getByRole("button", { name: "下一个任务" }).click();
      await expect.poll(async () => Date.parse((await state()).now), { timeout: 20_000 }).toBeGreaterThanOrEqual(due);
    }
    await expect.poll(() => confirmMenus.count(), { timeout: 20_000 }).toBeGreaterThan(menusBefore);
    await page.locator("#clock-now", { hasText: /11月26日（周三）/ }).waitFor();
    await confirmMenus.last().locator("button.menu-item", { hasText: "确认参加" }).click();
    await page.locator("#interview-info", { hasText: "已确认" }).waitFor({ timeout: 20_000 });
  }

  /** #6: the late notice reaches the HR group, @-mentioning the recruiter. */
  async function playLateAlert(): Promise<void> {
    // Earlier alerts (the reschedule request) also name 张三: wait for the late one itself.
    const alert = pane("hr").locator(".msg.in").filter({ hasText: "张三" }).filter({ hasText: /迟到|晚到/ }).last();
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain("@李娜");
  }

  /** #6: the recruiter checks the candidate in with /checkin; the interview shows as checked in. */
  async function playCheckin(): Promise<void> {
    const { interview } = await state();
    await page.locator("#recruiter-input").fill(`/checkin ${interview!.id}`);
    await page.locator("#recruiter-input").press("Enter");
    await page.locator("#interview-info", { hasText: "已签到" }).waitFor({ timeout: 20_000 });
  }

  /** #7: the dashboard link opens the dashboard on the same data, showing the interview checked in. */
  async function playDashboard(): Promise<void> {
    const [dashboard] = await Promise.all([page.context().waitForEvent("page"), page.locator("#dashboard-link").click()]);
    // The dashboard asks for its access token; the sandbox shows it next to the link.
    const token = (await page.locator("#dashboard-token").textContent())!.replace("访问令牌：", "");
    expect(token).toBe(bot.dashboardToken);
    await dashboard.locator("input[name=token]").fill(token);
    await dashboard.locator("input[name=token]").press("Enter");
    await dashboard.getByText("张三").first().waitFor({ timeout: 20_000 });
    await dashboard.getByText("已签到").first().waitFor({ timeout: 20_000 });
    await dashboard.screenshot({ path: `${ARTIFACTS}/sandbox-dashboard.png`, fullPage: true });
    await dashboard.close();
  }

  async function screenshots(): Promise<void> {
    for (const name of ["candidate", "recruiter", "hr"] as const) {
      await pane(name).locator(".phone").screenshot({ path: `${ARTIFACTS}/sandbox-${name}.png` });
    }
    await page.screenshot({ path: `${ARTIFACTS}/sandbox.png` });
    // And each whole conversation, unscrolled (styles set through the DOM: the page's CSP forbids inline <style>).
    type Styled = { style: Record<string, string> };
    await page.locator(".phone").evaluateAll((phones: Styled[]) => phones.forEach((p) => Object.assign(p.style, { height: "auto", maxHeight: "none" })));
    await page.locator(".chat-body").evaluateAll((bodies: Styled[]) => bodies.forEach((b) => Object.assign(b.style, { overflow: "visible" })));
    for (const name of ["candidate", "recruiter", "hr"] as const) {
      await pane(name).locator(".phone").screenshot({ path: `${ARTIFACTS}/sandbox-${name}-full.png` });
    }
    await page.reload();
    await page.locator("body[data-ready=true]").waitFor();
  }
});
