import { isMovable, OffsetClock } from "../../clock.js";
import type { InterviewStatus } from "../../store/types.js";
import { dashboardToken, dashboardUrl, jobsOf, SANDBOX_RECRUITER } from "./adapter.js";
import type { SandboxContext } from "./context.js";
import type { SandboxCandidate } from "./session.js";

/** The interview of the candidate the pane plays, as the clock panel shows it. */
export interface InterviewSummary {
  id: string;
  candidateName: string;
  position: string;
  status: InterviewStatus;
  scheduledAt: string;
}

/** Everything on the page besides the bubbles. */
export interface SandboxState {
  now: string;
  /** true: the clock runs with real time between jumps (the page ticks it). */
  ticking: boolean;
  /** false: the bot runs on a clock the sandbox cannot move. */
  movable: boolean;
  timeZone: string;
  candidate: SandboxCandidate;
  candidates: readonly SandboxCandidate[];
  recruiter: { userId: string; name: string };
  interview: InterviewSummary | null;
  /** Agenda jobs (#5) are wired; "next job" works. */
  jobs: boolean;
  nextJobAt: string | null;
  dashboardUrl: string | null;
  /** The token the dashboard's login form asks for (sandbox only; shown next to the link). */
  dashboardToken: string | null;
}

export async function describeState(ctx: SandboxContext): Promise<SandboxState> {
  const { bot, clock, session } = ctx;
  const jobs = jobsOf(bot);
  const next = await jobs.nextDueAt();
  return {
    now: clock.now().toISOString(),
    ticking: clock instanceof OffsetClock,
    movable: isMovable(clock),
    timeZone: bot.config.businessTimeZone,
    candidate: session.candidate,
    candidates: session.knownCandidates,
    recruiter: { ...SANDBOX_RECRUITER },
    interview: await interviewOfCandidate(ctx, session.candidate.externalUserId),
    jobs: jobs !== undefined,
    nextJobAt: next ? next.toISOString() : null,
    dashboardUrl: dashboardUrl(bot) ?? null,
    dashboardToken: dashboardToken(bot) ?? null,
  };
}

/** The interview bound to this WeChat user's kf conversation, if any. */
export async function interviewOfCandidate(ctx: SandboxContext, externalUserId: string): Promise<InterviewSummary | null> {
  const { store, config } = ctx.bot;
  const conversation = await store.getConversation(config.wecom.kf.openKfId, externalUserId);
  if (!conversation?.interviewId) return null;
  const interview = await store.getInterview(conversation.interviewId);
  if (!interview) return null;
  const candidate = await store.getCandidate(interview.candidateId);
  return {
    id: interview.id,
    candidateName: candidate?.name ?? "",
    position: interview.position,
    status: interview.status,
    scheduledAt: interview.scheduledAt.toISOString(),
  };
}
