import { and, eq, ne, sql } from "drizzle-orm";
import { StoreNotFoundError } from "../contract/errors.js";
import type { MessageChannel } from "../contract/messages.js";
import type { NewOutboxMessage, OutboxCounts, OutboxMessage, OutboxStatus } from "../contract/outbox.js";
import { idString, optionalRef, parseId, requireId, type PgContext } from "./context.js";
import { CLAIM_OUTBOX, MARK_SENT_MANY } from "./hot-statements.js";
import { rawQuery } from "./raw-query.js";
import { cleanJson, cleanText } from "./sanitize.js";
import { outbox } from "./schema.js";

type Row = typeof outbox.$inferSelect;

function toOutbox(row: Row): OutboxMessage {
  return {
    id: idString(row.id),
    idempotencyKey: row.idempotencyKey,
    channel: row.channel as MessageChannel,
    payload: row.payload,
    conversationId: row.conversationId === null ? null : idString(row.conversationId),
    interviewId: row.interviewId === null ? null : idString(row.interviewId),
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    leaseUntil: row.leaseUntil,
    lastError: row.lastError,
    remoteMsgId: row.remoteMsgId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sentAt: row.sentAt,
  };
}

export async function enqueueOutbox(ctx: PgContext, message: NewOutboxMessage): Promise<{ enqueued: boolean; id: string }> {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(outbox)
    .values({
      idempotencyKey: message.idempotencyKey,
      channel: message.channel,
      payload: cleanJson(message.payload),
      conversationId: optionalRef("conversation", message.conversationId),
      interviewId: optionalRef("interview", message.interviewId),
      nextAttemptAt: message.notBefore ?? now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .returning({ id: outbox.id });
  if (row) return { enqueued: true, id: idString(row.id) };
  const [existing] = await ctx.db
    .select({ id: outbox.id })
    .from(outbox)
    .where(eq(outbox.idempotencyKey, message.idempotencyKey));
  if (!existing) throw new Error(`outbox message ${message.idempotencyKey} neither inserted nor found`);
  return { enqueued: false, id: idString(existing.id) };
}

export async function claimOutbox(ctx: PgContext, limit: number, leaseMs: number): Promise<OutboxMessage[]> {
  if (limit <= 0) return [];
  const now = ctx.clock.now();
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  const rows = await rawQuery<OutboxMessage>(ctx, CLAIM_OUTBOX, [Math.floor(limit), leaseUntil, now.toISOString()]);
  // Oldest due first, as picked (the update leaves next_attempt_at alone); ids are decimal strings.
  return rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
}

export async function markSent(ctx: PgContext, id: string, remoteMsgId?: string): Promise<void> {
  const now = ctx.clock.now();
  const rows = await ctx.db
    .update(outbox)
    .set({ status: "sent", sentAt: now, updatedAt: now, leaseUntil: null, remoteMsgId: remoteMsgId ?? null })
    .where(eq(outbox.id, requireId("outbox message", id)))
    .returning({ id: outbox.id });
  if (rows.length === 0) throw new StoreNotFoundError("outbox message", id);
}

export async function markSentMany(ctx: PgContext, sent: ReadonlyArray<{ id: string; remoteMsgId?: string | undefined }>): Promise<number> {
  const known = sent.flatMap((s) => {
    const id = parseId(s.id);
    return id === undefined ? [] : [{ id: id.toString(), remoteMsgId: s.remoteMsgId ?? null }];
  });
  if (known.length === 0) return 0;
  const values = [known.map((s) => s.id), known.map((s) => s.remoteMsgId), ctx.clock.now().toISOString()];
  const rows = await rawQuery<{ id: string }>(ctx, MARK_SENT_MANY, values);
  return new Set(rows.map((r) => r.id)).size;
}

export async function markFailed(ctx: PgContext, id: string, error: string, retryAt: Date | null): Promise<void> {
  const key = requireId("outbox message", id);
  const now = ctx.clock.now();
  const rows = await ctx.db
    .update(outbox)
    .set({
      status: retryAt ? "pending" : "failed",
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
      leaseUntil: null,
      lastError: cleanText(error),
      updatedAt: now,
    })
    // A late failure report (lease expired, someone else delivered it) must not un-send.
    .where(and(eq(outbox.id, key), ne(outbox.status, "sent")))
    .returning({ id: outbox.id });
  if (rows.length === 0 && !(await getOutbox(ctx, id))) throw new StoreNotFoundError("outbox message", id);
}

export async function getOutbox(ctx: PgContext, id: string): Promise<OutboxMessage | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  const [row] = await ctx.db.select().from(outbox).where(eq(outbox.id, key));
  return row ? toOutbox(row) : undefined;
}

export async function outboxCounts(ctx: PgContext): Promise<OutboxCounts> {
  const rows = await ctx.db
    .select({ status: outbox.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(outbox)
    .groupBy(outbox.status);
  const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.status as OutboxStatus] = row.n;
  return counts;
}
