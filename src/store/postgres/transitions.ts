import { and, asc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { StoreConflictError, StoreNotFoundError } from "../contract/errors.js";
import type { Interview, InterviewTransition, TransitionFilter, TransitionInput } from "../contract/interviews.js";
import { atomic, clampLimit, parseId, requireId, type PgContext } from "./context.js";
import { patchColumns, toInterview, toTransition } from "./interview-rows.js";
import { cleanJson } from "./sanitize.js";
import { interviews, interviewTransitions } from "./schema.js";

export function transitionInterview(
  ctx: PgContext,
  input: TransitionInput,
): Promise<{ interview: Interview; transition: InterviewTransition }> {
  return atomic(ctx, async (c) => {
    const id = requireId("interview", input.interviewId);
    // FOR UPDATE: the status we check is the status we replace, even with a concurrent actor.
    const [current] = await c.db
      .select({ status: interviews.status })
      .from(interviews)
      .where(eq(interviews.id, id))
      .for("update");
    if (!current) throw new StoreNotFoundError("interview", input.interviewId);
    if (input.expectedFrom !== undefined) {
      const allowed: readonly string[] = typeof input.expectedFrom === "string" ? [input.expectedFrom] : input.expectedFrom;
      if (!allowed.includes(current.status)) {
        throw new StoreConflictError(
          "interview",
          input.interviewId,
          `interview ${input.interviewId} is ${current.status}, expected ${allowed.join(" or ")}`,
        );
      }
    }
    const now = c.clock.now();
    const [row] = await c.db
      .update(interviews)
      .set({
        ...(input.changes ? patchColumns(input.changes) : {}),
        status: input.to,
        updatedAt: now,
        ...(input.to === "rescheduled" ? { rescheduleCount: sql`${interviews.rescheduleCount} + 1` } : {}),
        ...(input.to === "cancelled" ? { cancelReason: input.reason ?? null } : {}),
        ...metricsFacts(input.to),
      })
      .where(eq(interviews.id, id))
      .returning();
    const [transition] = await c.db
      .insert(interviewTransitions)
      .values({
        interviewId: id,
        fromStatus: current.status,
        toStatus: input.to,
        at: now,
        actor: input.actor,
        reason: input.reason ?? null,
        details: cleanJson(input.details ?? {}),
      })
      .returning();
    return { interview: toInterview(row!), transition: toTransition(transition!) };
  });
}

/** The interview's metrics facts a move to `to` sets (definitions in contract/metrics.ts). */
function metricsFacts(to: TransitionInput["to"]): Partial<typeof interviews.$inferInsert> {
  switch (to) {
    case "confirmed":
      return { everConfirmed: true };
    case "reschedule_requested":
    case "rescheduled":
      return { everRescheduled: true };
    case "cancelled":
      return { everCancelled: true };
    case "checked_in":
      return { attendance: "attended" };
    case "completed":
      return { attendance: "attended", everCompleted: true };
    case "no_show":
      return { attendance: "no_show" };
    default:
      return {};
  }
}

export async function listTransitions(ctx: PgContext, filter: TransitionFilter): Promise<InterviewTransition[]> {
  const where: SQL[] = [];
  if (filter.interviewId !== undefined) {
    const id = parseId(filter.interviewId);
    if (id === undefined) return [];
    where.push(eq(interviewTransitions.interviewId, id));
  }
  if (filter.to !== undefined) {
    if (filter.to.length === 0) return [];
    where.push(inArray(interviewTransitions.toStatus, [...filter.to]));
  }
  if (filter.from !== undefined) where.push(gte(interviewTransitions.at, filter.from));
  if (filter.before !== undefined) where.push(lt(interviewTransitions.at, filter.before));
  const rows = await ctx.db
    .select()
    .from(interviewTransitions)
    .where(and(...where))
    .orderBy(asc(interviewTransitions.at), asc(interviewTransitions.id))
    .limit(clampLimit(filter.limit, 1000));
  return rows.map(toTransition);
}
