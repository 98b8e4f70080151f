/**
 * The "演示" button: the recruiter invites a sample candidate with `/invite`
 * through the app callback, then the candidate opens the link from the reply
 * in the candidate pane. While recruiter commands (#6) are not wired, nothing
 * answers the command; the demo then creates the interview through the engine
 * (as `/invite` will) and says so in the recruiter pane.
 */
import { addDays, atMinutes, wallClock } from "../../domain/business-time.js";
import { weekdayOf } from "../../nlu/time/calendar.js";
import { candidateOpensLink, recruiterSays } from "./actions.js";
import { findInviteLink, INVITE_REPLY_WAIT_MS, inviteCommand, SANDBOX_RECRUITER, sampleCandidate, type SampleCandidate } from "./adapter.js";
import type { SandboxContext } from "./context.js";
import type { SentRecord } from "../../wecom/simulator/index.js";

export interface DemoResult {
  /** `command`: #6 answered `/invite` with the link; `engine`: the sandbox created the interview itself. */
  via: "command" | "engine";
  link: string;
  sceneParam: string;
  externalUserId: string;
  candidateName: string;
}

export async function runDemo(ctx: SandboxContext): Promise<DemoResult> {
  const sample = sampleCandidate(ctx.session.nextDemoNumber());
  const candidate = ctx.session.addCandidate(sample.name);
  const when = demoTime(ctx.clock.now(), ctx.bot.config.businessTimeZone);

  const seqBefore = ctx.simulator.sent.length;
  await recruiterSays(ctx, inviteCommand(sample, when.phrase));
  const linkIn = (r: SentRecord) => findInviteLink(stringsOf(r.payload).join("\n"));
  const answered = await ctx.simulator
    .waitFor((r) => r.seq > seqBefore && r.channel === "app" && (r.to.includes(SANDBOX_RECRUITER.userId) || r.api === "passive_reply") && linkIn(r) !== undefined, INVITE_REPLY_WAIT_MS)
    .then(linkIn, () => undefined);

  let via: DemoResult["via"] = "command";
  let invite = answered;
  if (!invite) {
    via = "engine";
    const created = await createDirectly(ctx, sample, when.at);
    invite = findInviteLink(created)!;
    ctx.session.record("recruiter", "note", { kind: "notice", text: `沙盒提示：/invite 暂无回复（招聘指令待 #6 接入），已由沙盒直接创建面试。候选人链接：${created}` });
  }
  await candidateOpensLink(ctx, { sceneParam: invite.sceneParam });
  ctx.logger.info({ via, candidate: candidate.externalUserId }, "sandbox demo: candidate invited and opened the link");
  return { via, link: invite.link, sceneParam: invite.sceneParam, externalUserId: candidate.externalUserId, candidateName: sample.name };
}

/** Every string inside a payload (texts, markdown, card fields, URLs of card jumps, passive reply XML). */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(stringsOf);
}

/**
 * Two working days ahead at 14:00 business time (skipping the weekend), so the
 * story has room for a reschedule and the T−24 h re-confirmation.
 */
export function demoTime(now: Date, timeZone: string): { at: Date; phrase: string } {
  let day = addDays(wallClock(now, timeZone), 2);
  while (weekdayOf(day) === 0 || weekdayOf(day) === 6) day = addDays(day, 1);
  return { at: atMinutes(day, 14 * 60, timeZone), phrase: `${day.m}月${day.d}日下午2点` };
}

async function createDirectly(ctx: SandboxContext, sample: SampleCandidate, scheduledAt: Date): Promise<string> {
  const created = await ctx.bot.engine.createInterview({
    candidate: { name: sample.name, mobile: sample.mobile, sourceChannel: sample.source },
    interview: {
      position: sample.position,
      recruiterUserId: SANDBOX_RECRUITER.userId,
      interviewers: ["王经理"],
      scheduledAt,
      durationMinutes: 60,
      location: { address: sample.place, mapUrl: null },
      materials: "身份证、纸质简历",
      process: "笔试 30 分钟 + 两轮面试",
    },
    actor: `sandbox:${SANDBOX_RECRUITER.userId}`,
  });
  return created.link;
}
