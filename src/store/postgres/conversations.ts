import { and, asc, eq, sql } from "drizzle-orm";
import type { Conversation, ConversationUpdate } from "../contract/conversations.js";
import { StoreConflictError, StoreNotFoundError } from "../contract/errors.js";
import { idString, optionalRef, parseId, requireId, type PgContext } from "./context.js";
import { cleanJson } from "./sanitize.js";
import { conversations } from "./schema.js";

type Row = typeof conversations.$inferSelect;

function toConversation(row: Row): Conversation {
  return {
    id: idString(row.id),
    openKfId: row.openKfId,
    externalUserId: row.externalUserId,
    interviewId: row.interviewId === null ? null : idString(row.interviewId),
    flow: row.flow,
    step: row.step,
    slots: row.slots,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function getConversation(ctx: PgContext, openKfId: string, externalUserId: string): Promise<Conversation | undefined> {
  const [row] = await ctx.db
    .select()
    .from(conversations)
    .where(and(eq(conversations.openKfId, openKfId), eq(conversations.externalUserId, externalUserId)));
  return row ? toConversation(row) : undefined;
}

export async function getConversationById(ctx: PgContext, id: string): Promise<Conversation | undefined> {
  const key = parseId(id);
  if (key === undefined) return undefined;
  const [row] = await ctx.db.select().from(conversations).where(eq(conversations.id, key));
  return row ? toConversation(row) : undefined;
}

export async function openConversation(ctx: PgContext, openKfId: string, externalUserId: string): Promise<Conversation> {
  const now = ctx.clock.now();
  const [created] = await ctx.db
    .insert(conversations)
    .values({ openKfId, externalUserId, slots: {}, version: 1, createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: [conversations.openKfId, conversations.externalUserId] })
    .returning();
  if (created) return toConversation(created);
  // Lost the insert race (or it existed): the row is committed by now.
  const existing = await getConversation(ctx, openKfId, externalUserId);
  if (!existing) throw new Error(`conversation ${openKfId}/${externalUserId} neither inserted nor found`);
  return existing;
}

export async function saveConversation(ctx: PgContext, update: ConversationUpdate): Promise<Conversation> {
  const id = requireId("conversation", update.id);
  const set: Partial<typeof conversations.$inferInsert> = { updatedAt: ctx.clock.now() };
  if (update.interviewId !== undefined) set.interviewId = optionalRef("interview", update.interviewId);
  if (update.flow !== undefined) set.flow = update.flow;
  if (update.step !== undefined) set.step = update.step;
  if (update.slots !== undefined) set.slots = cleanJson(update.slots);
  const [row] = await ctx.db
    .update(conversations)
    .set({ ...set, version: sql`${conversations.version} + 1` })
    .where(and(eq(conversations.id, id), eq(conversations.version, update.expectedVersion)))
    .returning();
  if (row) return toConversation(row);
  const current = await getConversationById(ctx, update.id);
  if (!current) throw new StoreNotFoundError("conversation", update.id);
  throw new StoreConflictError(
    "conversation",
    update.id,
    `conversation ${update.id} is at version ${current.version}, not ${update.expectedVersion}`,
  );
}

export async function findConversationsByInterview(ctx: PgContext, interviewId: string): Promise<Conversation[]> {
  const key = parseId(interviewId);
  if (key === undefined) return [];
  const rows = await ctx.db
    .select()
    .from(conversations)
    .where(eq(conversations.interviewId, key))
    .orderBy(asc(conversations.id));
  return rows.map(toConversation);
}
