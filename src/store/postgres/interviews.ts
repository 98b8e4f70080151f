import { and, asc, desc, eq, gte, ilike, inArray, lt, type SQL } from "drizzle-orm";
import { StoreNotFoundError } from "../contract/errors.js";
import type { Interview, InterviewFilter, InterviewPatch, InterviewWithCandidate, NewInterview } from "../contract/interviews.js";
import { toCandidate } from "./candidates.js";
import { atomic, clampLimit, parseId, requireId, likeContains, type PgContext } from "./context.js";
import { patchColumns, toInterview } from "./interview-rows.js";
import { candidates, interviews, interviewTransitions } from "./schema.js";

export function createInterview(ctx: PgContext, input: NewInterview, actor: string): Promise<Interview> {
  return atomic(ctx, async (c) => {
    const now = c.clock.now();
    const [row] = await c.db
      .insert(interviews)
      .values({
        candidateId: requireId("candidate", input.candidateId),
        position: input.position,
        recruiterUserId: input.recruiterUserId,
        interviewers: [...(input.interviewers ?? [])],
        scheduledAt: input.scheduledAt,
        durationMinutes: input.durationMinutes,
        locationAddress: input.location?.address ?? null,
        locationMapUrl: input.location?.mapUrl ?? null,
        meetingUrl: input.meetingUrl ?? null,
        materials: input.materials ?? null,
        process: input.process ?? null,
        notes: input.notes ?? null,
        status: "invited",
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    // The creation is the first history entry, so metrics can start the clock at the invitation.
    await c.db.insert(interviewTransitions).values({
      interviewId: row!.id,
      fromStatus: null,
      toStatus: "invited",
      at: now,
      actor,
      reason: null,
      details: {},
    });
    return toInterview(row!);
  });
}

export async function getInterview(ctx: PgContext, id: string): Promise<Interview | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  const [row] = await ctx.db.select().from(interviews).where(eq(interviews.id, key));
  return row ? toInterview(row) : undefined;
}

export async function updateInterview(ctx: PgContext, id: string, patch: InterviewPatch): Promise<Interview> {
  const [row] = await ctx.db
    .update(interviews)
    .set({ ...patchColumns(patch), updatedAt: ctx.clock.now() })
    .where(eq(interviews.id, requireId("interview", id)))
    .returning();
  if (!row) throw new StoreNotFoundError("interview", id);
  return toInterview(row);
}

export async function findInterviews(ctx: PgContext, filter: InterviewFilter): Promise<InterviewWithCandidate[]> {
  const where: SQL[] = [];
  if (filter.ids !== undefined) {
    const ids = filter.ids.map(parseId).filter((id): id is bigint => id !== undefined);
    if (ids.length === 0) return [];
    where.push(inArray(interviews.id, ids));
  }
  if (filter.candidateId !== undefined) {
    const id = parseId(filter.candidateId);
    if (id === undefined) return [];
    where.push(eq(interviews.candidateId, id));
  }
  if (filter.recruiterUserId !== undefined) where.push(eq(interviews.recruiterUserId, filter.recruiterUserId));
  if (filter.statuses !== undefined) {
    if (filter.statuses.length === 0) return [];
    where.push(inArray(interviews.status, [...filter.statuses]));
  }
  if (filter.scheduledFrom !== undefined) where.push(gte(interviews.scheduledAt, filter.scheduledFrom));
  if (filter.scheduledBefore !== undefined) where.push(lt(interviews.scheduledAt, filter.scheduledBefore));
  if (filter.candidateName !== undefined) where.push(ilike(candidates.name, likeContains(filter.candidateName)));
  const order = filter.order === "desc" ? desc : asc;
  const rows = await ctx.db
    .select({ interview: interviews, candidate: candidates })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .where(and(...where))
    .orderBy(order(interviews.scheduledAt), order(interviews.id))
    .limit(clampLimit(filter.limit, 100));
  return rows.map((r) => ({ interview: toInterview(r.interview), candidate: toCandidate(r.candidate) }));
}
