import { and, asc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { NewNudge, Nudge, NudgeStatus } from "../contract/nudges.js";
import { clampLimit, idString, parseId, requireId, type PgContext } from "./context.js";
import { nudges } from "./schema.js";

type Row = typeof nudges.$inferSelect;

function toNudge(row: Row): Nudge {
  return {
    id: idString(row.id),
    interviewId: idString(row.interviewId),
    kind: row.kind,
    dueAt: row.dueAt,
    status: row.status as NudgeStatus,
    reason: row.reason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function planNudge(ctx: PgContext, nudge: NewNudge): Promise<Nudge> {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(nudges)
    .values({
      interviewId: requireId("interview", nudge.interviewId),
      kind: nudge.kind,
      dueAt: nudge.dueAt,
      status: "planned",
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [nudges.interviewId, nudges.kind],
      // A fresh id makes the old plan's id stale, so a job finishing it changes nothing.
      set: { id: sql`default`, dueAt: nudge.dueAt, status: "planned", reason: null, createdAt: now, updatedAt: now },
    })
    .returning();
  return toNudge(row!);
}

export async function finishNudge(
  ctx: PgContext,
  id: string,
  status: Exclude<NudgeStatus, "planned">,
  reason?: string,
): Promise<boolean> {
  const key = parseId(id);
  if (key === undefined) return false;
  const rows = await ctx.db
    .update(nudges)
    .set({ status, reason: reason ?? null, updatedAt: ctx.clock.now() })
    .where(and(eq(nudges.id, key), eq(nudges.status, "planned")))
    .returning({ id: nudges.id });
  return rows.length > 0;
}

export async function skipNudges(ctx: PgContext, interviewId: string, reason: string, kinds?: readonly string[]): Promise<number> {
  const key = parseId(interviewId);
  if (key === undefined) return 0;
  const where: SQL[] = [eq(nudges.interviewId, key), eq(nudges.status, "planned")];
  if (kinds !== undefined) {
    if (kinds.length === 0) return 0;
    where.push(inArray(nudges.kind, [...kinds]));
  }
  const rows = await ctx.db
    .update(nudges)
    .set({ status: "skipped", reason, updatedAt: ctx.clock.now() })
    .where(and(...where))
    .returning({ id: nudges.id });
  return rows.length;
}

export async function listDueNudges(ctx: PgContext, limit: number, asOf?: Date): Promise<Nudge[]> {
  const rows = await ctx.db
    .select()
    .from(nudges)
    .where(and(eq(nudges.status, "planned"), lte(nudges.dueAt, asOf ?? ctx.clock.now())))
    .orderBy(asc(nudges.dueAt), asc(nudges.id))
    .limit(clampLimit(limit, 100));
  return rows.map(toNudge);
}

export async function listNudges(ctx: PgContext, interviewId: string): Promise<Nudge[]> {
  const key = parseId(interviewId);
  if (key === undefined) return [];
  const rows = await ctx.db.select().from(nudges).where(eq(nudges.interviewId, key)).orderBy(asc(nudges.dueAt), asc(nudges.id));
  return rows.map(toNudge);
}
