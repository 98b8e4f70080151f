/**
 * The clock panel: moving the bot's clock forward. Jobs due by the new time
 * run (#5 also fires them on the clock's onChange; `runDue` is idempotent, so
 * asking again here only makes sure they ran before the answer returns).
 */
import { isMovable, type MovableClock } from "../../clock.js";
import { jobsOf } from "./adapter.js";
import type { SandboxContext } from "./context.js";
import { SandboxError } from "./errors.js";
import { interviewOfCandidate } from "./state.js";

export type ClockMove = { action: "advance"; minutes: number } | { action: "next_job" } | { action: "interview"; beforeMinutes: number };

export interface ClockMoved {
  now: string;
  /** Due jobs were run after the move. */
  ranJobs: boolean;
}

export async function moveClock(ctx: SandboxContext, move: ClockMove): Promise<ClockMoved> {
  const clock = movable(ctx);
  const now = clock.now().getTime();
  const jobs = jobsOf(ctx.bot);
  let target: number;
  switch (move.action) {
    case "advance":
      target = now + move.minutes * 60_000;
      break;
    case "next_job": {
      const next = await jobs.nextDueAt();
      if (!next) throw new SandboxError(409, "没有待执行的定时任务");
      target = Math.max(now, next.getTime());
      break;
    }
    case "interview": {
      const interview = await interviewOfCandidate(ctx, ctx.session.candidate.externalUserId);
      if (!interview) throw new SandboxError(409, "当前候选人还没有面试");
      const start = Date.parse(interview.scheduledAt);
      if (start <= now) throw new SandboxError(409, "面试时间已经过了");
      target = Math.max(now, start - move.beforeMinutes * 60_000);
      break;
    }
  }
  clock.set(target);
  await jobs.runDue();
  ctx.logger.info({ move, now: clock.now().toISOString() }, "sandbox clock moved");
  return { now: clock.now().toISOString(), ranJobs: true };
}

function movable(ctx: SandboxContext): MovableClock {
  if (!isMovable(ctx.clock)) throw new SandboxError(409, "机器人使用系统时钟，沙盒无法调整时间");
  return ctx.clock;
}
