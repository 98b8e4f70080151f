import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { StoreNotFoundError } from "../contract/errors.js";
import type { AcceptResult, InboundCounts, InboundItem, InboundSource, InboundStatus, NewInbound } from "../contract/inbox.js";
import { idString, parseId, requireId, type PgContext } from "./context.js";
import { ACCEPT_INBOUND_MANY } from "./hot-batch-statements.js";
import { CLAIM_INBOUND, COMPLETE_INBOUND_MANY } from "./hot-statements.js";
import { rawQuery } from "./raw-query.js";
import { cleanJson, cleanText, jsonbParam } from "./sanitize.js";
import { inboxItems } from "./schema.js";

type Row = typeof inboxItems.$inferSelect;

function toItem(row: Row): InboundItem {
  return {
    id: idString(row.id),
    dedupKey: row.dedupKey,
    source: row.source as InboundSource,
    kind: row.kind,
    payload: row.payload,
    receivedAt: row.receivedAt,
    status: row.status as InboundStatus,
    attempts: row.attempts,
    leaseOwner: row.leaseOwner,
    leaseUntil: row.leaseUntil,
    error: row.error,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
  };
}

export async function acceptInbound(ctx: PgContext, item: NewInbound): Promise<AcceptResult> {
  // ON CONFLICT DO NOTHING waits for a concurrent inserter of the same key to
  // finish, so exactly one caller sees its row come back. The loop covers the
  // rare case where the existing row was pruned between the two statements.
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await ctx.db
      .insert(inboxItems)
      .values({
        dedupKey: item.dedupKey,
        source: item.source,
        kind: item.kind,
        payload: jsonbParam(item.payload),
        receivedAt: item.receivedAt,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing({ target: inboxItems.dedupKey })
      .returning({ id: inboxItems.id });
    if (inserted[0]) return { accepted: true, id: idString(inserted[0].id) };
    const [existing] = await ctx.db
      .select({ id: inboxItems.id })
      .from(inboxItems)
      .where(eq(inboxItems.dedupKey, item.dedupKey));
    if (existing) return { accepted: false, id: idString(existing.id) };
  }
  throw new Error(`inbox item ${item.dedupKey} neither inserted nor found`);
}

/**
 * Many items in one statement: the group commit behind callback acceptance.
 * Duplicates inside the batch resolve to the first occurrence.
 */
export async function acceptInboundMany(ctx: PgContext, items: readonly NewInbound[]): Promise<AcceptResult[]> {
  if (items.length === 0) return [];
  const unique = new Map<string, NewInbound>();
  for (const item of items) if (!unique.has(item.dedupKey)) unique.set(item.dedupKey, item);
  const rows = [...unique.values()];
  // One prepared statement whatever the batch size (a VALUES list would be parsed anew for every size).
  const inserted = await rawQuery<{ id: string; dedupKey: string }>(ctx, ACCEPT_INBOUND_MANY, [
    rows.map((i) => i.dedupKey),
    rows.map((i) => i.source),
    rows.map((i) => i.kind),
    rows.map((i) => JSON.stringify(cleanJson(i.payload))),
    rows.map((i) => i.receivedAt.toISOString()),
    ctx.clock.now().toISOString(),
  ]);
  const fresh = new Map(inserted.map((r) => [r.dedupKey, r.id]));
  const missing = [...unique.keys()].filter((k) => !fresh.has(k));
  const existing = new Map<string, string>();
  if (missing.length > 0) {
    const rows = await ctx.db
      .select({ id: inboxItems.id, dedupKey: inboxItems.dedupKey })
      .from(inboxItems)
      .where(inArray(inboxItems.dedupKey, missing));
    for (const r of rows) existing.set(r.dedupKey, idString(r.id));
  }
  const claimed = new Set<string>();
  return items.map((item) => {
    const id = fresh.get(item.dedupKey);
    if (id !== undefined && !claimed.has(item.dedupKey)) {
      claimed.add(item.dedupKey);
      return { accepted: true, id };
    }
    const other = id ?? existing.get(item.dedupKey);
    // Pruned between the two statements: vanishingly rare; the single-item path retries.
    if (other === undefined) throw new Error(`inbox item ${item.dedupKey} neither inserted nor found`);
    return { accepted: false, id: other };
  });
}

export async function claimInbound(ctx: PgContext, limit: number, workerId: string, leaseMs: number): Promise<InboundItem[]> {
  if (limit <= 0) return [];
  const now = ctx.clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  const rows = await rawQuery<InboundItem>(ctx, CLAIM_INBOUND, [Math.floor(limit), workerId, leaseUntil, now.toISOString()]);
  // Ids are decimal strings: order by length, then text, is numeric order.
  return rows.sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
}

export async function completeInbound(
  ctx: PgContext,
  id: string,
  outcome: "handled" | "failed",
  error?: string,
): Promise<void> {
  const rows = await ctx.db
    .update(inboxItems)
    .set({ status: outcome, error: cleanText(error ?? null), completedAt: ctx.clock.now(), leaseUntil: null })
    .where(eq(inboxItems.id, requireId("inbox item", id)))
    .returning({ id: inboxItems.id });
  if (rows.length === 0) throw new StoreNotFoundError("inbox item", id);
}

/** Marks many items handled in one statement (the worker's batch); unknown ids are ignored. */
export async function completeInboundMany(ctx: PgContext, ids: readonly string[]): Promise<number> {
  const keys = ids.flatMap((id) => parseId(id)?.toString() ?? []);
  if (keys.length === 0) return 0;
  return (await rawQuery(ctx, COMPLETE_INBOUND_MANY, [keys, ctx.clock.now().toISOString()])).length;
}

export async function getInbound(ctx: PgContext, id: string): Promise<InboundItem | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  const [row] = await ctx.db.select().from(inboxItems).where(eq(inboxItems.id, key));
  return row ? toItem(row) : undefined;
}

export async function inboundCounts(ctx: PgContext): Promise<InboundCounts> {
  const rows = await ctx.db
    .select({ status: inboxItems.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(inboxItems)
    .groupBy(inboxItems.status);
  const counts: InboundCounts = { pending: 0, processing: 0, handled: 0, failed: 0 };
  for (const row of rows) counts[row.status as InboundStatus] = row.n;
  return counts;
}

export async function pruneInbound(ctx: PgContext, completedBefore: Date): Promise<number> {
  const rows = await ctx.db
    .delete(inboxItems)
    .where(and(inArray(inboxItems.status, ["handled", "failed"]), lt(inboxItems.completedAt, completedBefore)))
    .returning({ id: inboxItems.id });
  return rows.length;
}
