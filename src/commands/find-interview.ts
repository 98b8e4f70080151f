import { isTerminal } from "../domain/interview-status.js";
import type { Candidate, Interview, InterviewWithCandidate } from "../store/types.js";
import type { CommandContext } from "./command.js";
import { plain, suggestionLine } from "./describe.js";

export type Found = { ok: true; interview: Interview; candidate: Candidate } | { ok: false; markdown: string };

const NUMERIC_ID = /^#?(\d{1,18})$/;

/**
 * An interview by id (`12`, `#12`) or by candidate name (`张三`). An unknown id
 * or name answers with suggestions: the recruiter's upcoming interviews, or
 * the interviews whose candidate names match; several matches for a name list
 * them with their ids (only one that is still open is taken without asking).
 */
export async function findInterview(ctx: CommandContext, query: string): Promise<Found> {
  const q = query.trim();
  const numeric = NUMERIC_ID.exec(q);
  if (numeric) {
    const interview = await ctx.store.getInterview(numeric[1]!);
    const candidate = interview && (await ctx.store.getCandidate(interview.candidateId));
    if (interview && candidate) return { ok: true, interview, candidate };
    return notFound(ctx, q, await upcoming(ctx));
  }
  const own = ctx.admin ? undefined : ctx.userId;
  let matches = await ctx.store.findInterviews({ candidateName: q, order: "desc", limit: 20, ...(own ? { recruiterUserId: own } : {}) });
  if (matches.length === 0 && own) matches = await ctx.store.findInterviews({ candidateName: q, order: "desc", limit: 20 });
  if (matches.length === 1) return { ok: true, ...matches[0]! };
  const open = matches.filter((m) => !isTerminal(m.interview.status));
  if (open.length === 1) return { ok: true, ...open[0]! };
  if (matches.length === 0) return notFound(ctx, q, await upcoming(ctx));
  const lines = matches.slice(0, 8).map((m) => suggestionLine(ctx.texts, ctx.timeZone, m.interview, m.candidate));
  return { ok: false, markdown: [ctx.texts.get("find.ambiguous", { count: matches.length, query: plain(q) }), ...lines].join("\n") };
}

/** The recruiter's interviews from today on: what they most likely meant. */
async function upcoming(ctx: CommandContext): Promise<InterviewWithCandidate[]> {
  const startOfDay = new Date(ctx.at.getTime() - 24 * 3600_000);
  return ctx.store.findInterviews({ scheduledFrom: startOfDay, limit: 5, ...(ctx.admin ? {} : { recruiterUserId: ctx.userId }) });
}

function notFound(ctx: CommandContext, query: string, suggestions: InterviewWithCandidate[]): Found {
  const head = ctx.texts.get("find.not_found", { query: plain(query) });
  if (suggestions.length === 0) return { ok: false, markdown: `${head}\n${ctx.texts.get("find.none")}` };
  const lines = suggestions.map((m) => suggestionLine(ctx.texts, ctx.timeZone, m.interview, m.candidate));
  return { ok: false, markdown: [head, ctx.texts.get("find.suggestions"), ...lines].join("\n") };
}
