import { and, asc, desc, eq, gte, isNull, lt, lte, or, gt, type SQL } from "drizzle-orm";
import type { LoggedMessage, MessageChannel, MessageDirection, MessageFilter, MessageKind, NewMessage } from "../contract/messages.js";
import { clampLimit, idString, optionalRef, parseId, type PgContext } from "./context.js";
import { cleanText } from "./sanitize.js";
import { interviews, messages } from "./schema.js";

type Row = typeof messages.$inferSelect;

function toMessage(row: Row): LoggedMessage {
  return {
    id: idString(row.id),
    direction: row.direction as MessageDirection,
    channel: row.channel as MessageChannel,
    kind: row.kind as MessageKind,
    conversationId: row.conversationId === null ? null : idString(row.conversationId),
    interviewId: row.interviewId === null ? null : idString(row.interviewId),
    peerId: row.peerId,
    text: row.text,
    menuId: row.menuId,
    intent: row.intent,
    confidence: row.confidence,
    wecomMsgId: row.wecomMsgId,
    at: row.at,
  };
}

export async function logMessage(ctx: PgContext, message: NewMessage): Promise<LoggedMessage> {
  const [row] = await ctx.db
    .insert(messages)
    .values({
      direction: message.direction,
      channel: message.channel,
      kind: message.kind,
      conversationId: optionalRef("conversation", message.conversationId),
      interviewId: optionalRef("interview", message.interviewId),
      peerId: message.peerId ?? null,
      text: cleanText(message.text ?? null),
      menuId: message.menuId ?? null,
      intent: message.intent ?? null,
      confidence: message.confidence ?? null,
      wecomMsgId: message.wecomMsgId ?? null,
      at: message.at ?? ctx.clock.now(),
    })
    .returning();
  const logged = toMessage(row!);
  if (logged.interviewId !== null && logged.direction === "in" && logged.channel === "kf" && (logged.kind === "text" || logged.kind === "menu")) {
    await noteReply(ctx, row!.interviewId!, logged.at);
  }
  return logged;
}

/**
 * Keeps `interviews.first_reply_at` (a metrics fact) at the earliest reply at
 * or after the interview's creation. Only the first reply writes the row.
 */
async function noteReply(ctx: PgContext, interviewId: bigint, at: Date): Promise<void> {
  await ctx.db
    .update(interviews)
    .set({ firstReplyAt: at })
    .where(and(eq(interviews.id, interviewId), lte(interviews.createdAt, at), or(isNull(interviews.firstReplyAt), gt(interviews.firstReplyAt, at))));
}

export async function listMessages(ctx: PgContext, filter: MessageFilter): Promise<LoggedMessage[]> {
  const where: SQL[] = [];
  if (filter.conversationId !== undefined) {
    const id = parseId(filter.conversationId);
    if (id === undefined) return [];
    where.push(eq(messages.conversationId, id));
  }
  if (filter.interviewId !== undefined) {
    const id = parseId(filter.interviewId);
    if (id === undefined) return [];
    where.push(eq(messages.interviewId, id));
  }
  if (filter.direction !== undefined) where.push(eq(messages.direction, filter.direction));
  if (filter.channel !== undefined) where.push(eq(messages.channel, filter.channel));
  if (filter.wecomMsgId !== undefined) where.push(eq(messages.wecomMsgId, filter.wecomMsgId));
  if (filter.from !== undefined) where.push(gte(messages.at, filter.from));
  if (filter.before !== undefined) where.push(lt(messages.at, filter.before));
  const order = filter.order === "desc" ? desc : asc;
  const rows = await ctx.db
    .select()
    .from(messages)
    .where(and(...where))
    .orderBy(order(messages.at), order(messages.id))
    .limit(clampLimit(filter.limit, 1000));
  return rows.map(toMessage);
}
