import { and, eq, inArray } from "drizzle-orm";
import { StoreConflictError } from "../contract/errors.js";
import type { KfAcceptResult, KfPulledMessage, SaveKfBatchOptions } from "../contract/kf-cursors.js";
import { atomic, idString, type PgContext } from "./context.js";
import { jsonbParam } from "./sanitize.js";
import { inboxItems, kfCursors } from "./schema.js";

/** Rows per INSERT: well under PostgreSQL's 65535 bind parameters. */
const CHUNK = 500;

export async function getKfCursor(ctx: PgContext, openKfId: string): Promise<string | undefined> {
  const [row] = await ctx.db.select({ cursor: kfCursors.cursor }).from(kfCursors).where(eq(kfCursors.openKfId, openKfId));
  return row?.cursor;
}

export function saveKfBatch(
  ctx: PgContext,
  openKfId: string,
  nextCursor: string,
  messages: readonly KfPulledMessage[],
  options: SaveKfBatchOptions = {},
): Promise<KfAcceptResult[]> {
  return atomic(ctx, async (c) => {
    // Cursor first: its row lock serialises concurrent pullers of one account.
    await moveCursor(c, openKfId, nextCursor, options.expectedCursor);
    return insertMessages(c, messages);
  });
}

async function moveCursor(ctx: PgContext, openKfId: string, nextCursor: string, expected: string | null | undefined): Promise<void> {
  const now = ctx.clock.now();
  if (expected === undefined) {
    await ctx.db
      .insert(kfCursors)
      .values({ openKfId, cursor: nextCursor, updatedAt: now })
      .onConflictDoUpdate({ target: kfCursors.openKfId, set: { cursor: nextCursor, updatedAt: now } });
    return;
  }
  const moved =
    expected === null
      ? await ctx.db
          .insert(kfCursors)
          .values({ openKfId, cursor: nextCursor, updatedAt: now })
          .onConflictDoNothing({ target: kfCursors.openKfId })
          .returning({ id: kfCursors.openKfId })
      : await ctx.db
          .update(kfCursors)
          .set({ cursor: nextCursor, updatedAt: now })
          .where(and(eq(kfCursors.openKfId, openKfId), eq(kfCursors.cursor, expected)))
          .returning({ id: kfCursors.openKfId });
  if (moved.length === 0) {
    throw new StoreConflictError("kf_cursor", openKfId, `kf cursor of ${openKfId} is no longer ${expected ?? "unset"}`);
  }
}

async function insertMessages(ctx: PgContext, messages: readonly KfPulledMessage[]): Promise<KfAcceptResult[]> {
  const now = ctx.clock.now();
  const acceptedKeys = new Set<string>();
  const ids = new Map<string, string>();
  for (let start = 0; start < messages.length; start += CHUNK) {
    const chunk = messages.slice(start, start + CHUNK);
    const inserted = await ctx.db
      .insert(inboxItems)
      .values(
        chunk.map((m) => ({
          dedupKey: `kf:${m.msgid}`,
          source: "kf",
          kind: m.kind,
          payload: jsonbParam(m.payload),
          receivedAt: m.receivedAt,
          createdAt: now,
        })),
      )
      .onConflictDoNothing({ target: inboxItems.dedupKey })
      .returning({ id: inboxItems.id, dedupKey: inboxItems.dedupKey });
    for (const row of inserted) {
      acceptedKeys.add(row.dedupKey);
      ids.set(row.dedupKey, idString(row.id));
    }
    const missing = chunk.map((m) => `kf:${m.msgid}`).filter((key) => !ids.has(key));
    if (missing.length > 0) {
      const existing = await ctx.db
        .select({ id: inboxItems.id, dedupKey: inboxItems.dedupKey })
        .from(inboxItems)
        .where(inArray(inboxItems.dedupKey, missing));
      for (const row of existing) ids.set(row.dedupKey, idString(row.id));
    }
  }
  // A msgid repeated inside one batch is accepted at its first occurrence only.
  return messages.map((m) => {
    const key = `kf:${m.msgid}`;
    const id = ids.get(key);
    if (id === undefined) throw new Error(`inbox item ${key} neither inserted nor found`);
    return { msgid: m.msgid, id, accepted: acceptedKeys.delete(key) };
  });
}
