import type { RecruiterTextKey } from "../../config/recruiter-texts.js";
import { isTerminal } from "../domain/interview-status.js";
import type { RecruiterAction } from "../domain/flow.js";
import type { RecruiterActionOutcome } from "../engine/index.js";
import type { StoreTx } from "../store/store.js";
import type { Candidate, Interview } from "../store/types.js";
import type { CommandContext } from "./command.js";
import { plain, statusName, whenText } from "./describe.js";
import { findInterview } from "./find-interview.js";

type Decided = Exclude<RecruiterActionOutcome, { status: "not_found" }>;

/** Actions whose outcome the candidate would be told about (so an unbound interview needs a phone call). */
const TELLS_CANDIDATE = new Set<RecruiterAction["type"]>(["reschedule", "cancel", "approve_reschedule", "decline_reschedule"]);

/** What the recruiter reads after an action: done, or why nothing changed. */
export function outcomeText(ctx: Pick<CommandContext, "texts" | "timeZone">, action: RecruiterAction, outcome: Decided, candidate: Candidate): string {
  const { texts } = ctx;
  const i = outcome.interview;
  const what = texts.get(`action.what.${action.type}` as RecruiterTextKey);
  const vars = { id: i.id, name: plain(candidate.name), time: whenText(i.scheduledAt, ctx.timeZone), status: statusName(texts, i.status), what };
  if (outcome.status === "handled") {
    const done = texts.get(`action.done.${action.type}` as RecruiterTextKey, vars);
    return !outcome.bound && TELLS_CANDIDATE.has(action.type) ? `${done}\n${texts.get("action.unbound_note")}` : done;
  }
  if (outcome.reason === "already_with_human") return texts.get("action.handoff_done_already", vars);
  if (outcome.reason === "same_status") return texts.get("action.ignored.same_status", vars);
  if (isTerminal(i.status)) return texts.get("action.closed", vars);
  const specific = texts.maybe(`action.ignored.${outcome.reason}`, vars);
  return specific ?? texts.get("action.ignored.other", { ...vars, reason: outcome.reason });
}

/**
 * Finds the interview named by `query` and runs `action` on it through the
 * engine; `respond` writes the recruiter's answer in the same transaction.
 * Returns false when the interview was not found (the answer said so).
 */
export async function actOn(
  ctx: CommandContext,
  query: string,
  action: RecruiterAction | ((interview: Interview) => RecruiterAction),
  before?: (interview: Interview, candidate: Candidate) => Promise<string | undefined>,
): Promise<void> {
  const found = await findInterview(ctx, query);
  if (!found.ok) {
    await ctx.reply({ markdown: found.markdown });
    return;
  }
  const { interview, candidate } = found;
  const refusal = await before?.(interview, candidate);
  if (refusal !== undefined) {
    await ctx.reply({ markdown: refusal, interviewId: interview.id });
    return;
  }
  const chosen = typeof action === "function" ? action(interview) : action;
  const outcome = await ctx.engine.applyRecruiterAction(
    { interviewId: interview.id, userId: ctx.userId, action: chosen, at: ctx.at },
    async (tx: StoreTx, decided) => {
      await ctx.reply({ markdown: outcomeText(ctx, chosen, decided, candidate), interviewId: interview.id }, tx);
      return true;
    },
  );
  if (outcome.status === "not_found") await ctx.reply({ markdown: ctx.texts.get("find.not_found", { query: plain(query) }) });
}
