import { and, desc, eq, ilike, type SQL } from "drizzle-orm";
import type { Candidate, CandidateFilter, CandidatePatch, NewCandidate } from "../contract/candidates.js";
import { StoreNotFoundError } from "../contract/errors.js";
import { clampLimit, idString, likeContains, parseId, requireId, type PgContext } from "./context.js";
import { candidates } from "./schema.js";

type Row = typeof candidates.$inferSelect;

export function toCandidate(row: Row): Candidate {
  return {
    id: idString(row.id),
    name: row.name,
    mobile: row.mobile,
    sourceChannel: row.sourceChannel,
    externalUserId: row.externalUserId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function createCandidate(ctx: PgContext, input: NewCandidate): Promise<Candidate> {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(candidates)
    .values({
      name: input.name,
      mobile: input.mobile ?? null,
      sourceChannel: input.sourceChannel ?? null,
      externalUserId: input.externalUserId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return toCandidate(row!);
}

export async function getCandidate(ctx: PgContext, id: string): Promise<Candidate | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  const [row] = await ctx.db.select().from(candidates).where(eq(candidates.id, key));
  return row ? toCandidate(row) : undefined;
}

export async function updateCandidate(ctx: PgContext, id: string, patch: CandidatePatch): Promise<Candidate> {
  const set: Partial<typeof candidates.$inferInsert> = { updatedAt: ctx.clock.now() };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.mobile !== undefined) set.mobile = patch.mobile;
  if (patch.sourceChannel !== undefined) set.sourceChannel = patch.sourceChannel;
  if (patch.externalUserId !== undefined) set.externalUserId = patch.externalUserId;
  const [row] = await ctx.db
    .update(candidates)
    .set(set)
    .where(eq(candidates.id, requireId("candidate", id)))
    .returning();
  if (!row) throw new StoreNotFoundError("candidate", id);
  return toCandidate(row);
}

export async function findCandidates(ctx: PgContext, filter: CandidateFilter): Promise<Candidate[]> {
  const where: SQL[] = [];
  if (filter.nameContains !== undefined) where.push(ilike(candidates.name, likeContains(filter.nameContains)));
  if (filter.externalUserId !== undefined) where.push(eq(candidates.externalUserId, filter.externalUserId));
  if (filter.mobile !== undefined) where.push(eq(candidates.mobile, filter.mobile));
  const rows = await ctx.db
    .select()
    .from(candidates)
    .where(and(...where))
    .orderBy(desc(candidates.id))
    .limit(clampLimit(filter.limit, 100));
  return rows.map(toCandidate);
}
