import { and, asc, eq, gt, gte, inArray, lt, type SQL } from "drizzle-orm";
import type { DomainEvent, EventFilter, NewDomainEvent } from "../contract/events.js";
import { clampLimit, idString, optionalRef, parseId, type PgContext } from "./context.js";
import { cleanJson } from "./sanitize.js";
import { domainEvents } from "./schema.js";

type Row = typeof domainEvents.$inferSelect;

function toEvent(row: Row): DomainEvent {
  return {
    id: idString(row.id),
    type: row.type,
    interviewId: row.interviewId === null ? null : idString(row.interviewId),
    payload: row.payload,
    at: row.at,
  };
}

export async function recordEvent(ctx: PgContext, event: NewDomainEvent): Promise<DomainEvent> {
  const [row] = await ctx.db
    .insert(domainEvents)
    .values({
      type: event.type,
      interviewId: optionalRef("interview", event.interviewId),
      payload: cleanJson(event.payload ?? {}),
      at: event.at ?? ctx.clock.now(),
    })
    .returning();
  return toEvent(row!);
}

export async function listEvents(ctx: PgContext, filter: EventFilter): Promise<DomainEvent[]> {
  const where: SQL[] = [];
  if (filter.types !== undefined) {
    if (filter.types.length === 0) return [];
    where.push(inArray(domainEvents.type, [...filter.types]));
  }
  if (filter.interviewId !== undefined) {
    const id = parseId(filter.interviewId);
    if (id === undefined) return [];
    where.push(eq(domainEvents.interviewId, id));
  }
  if (filter.from !== undefined) where.push(gte(domainEvents.at, filter.from));
  if (filter.before !== undefined) where.push(lt(domainEvents.at, filter.before));
  if (filter.afterId !== undefined) {
    const id = parseId(filter.afterId);
    if (id === undefined) return [];
    where.push(gt(domainEvents.id, id));
  }
  // A poller (afterId) walks ids; everyone else reads by time.
  const orderBy = filter.afterId !== undefined ? [asc(domainEvents.id)] : [asc(domainEvents.at), asc(domainEvents.id)];
  const rows = await ctx.db
    .select()
    .from(domainEvents)
    .where(and(...where))
    .orderBy(...orderBy)
    .limit(clampLimit(filter.limit, 1000));
  return rows.map(toEvent);
}
