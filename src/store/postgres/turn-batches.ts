import { StoreConflictError, StoreNotFoundError, StoreUsageError } from "../contract/errors.js";
import type { TurnLoad, TurnLoadRequest, TurnWrite, TurnWritten } from "../contract/turns.js";
import type { BindValue } from "./bind-values.js";
import { optionalRef, parseId, requireId, type PgContext } from "./context.js";
import { LOAD_TURNS, WRITE_TURNS } from "./hot-batch-statements.js";
import { rawQuery } from "./raw-query.js";
import { getConversationById } from "./conversations.js";
import { cleanJson, cleanText } from "./sanitize.js";
import { toConversation, toTurnLoad, type ConversationRow, type LoadRow } from "./turns.js";

/** loadTurn for many conversations: one statement, locks taken in id order (LOAD_TURNS). */
export async function loadTurns(ctx: PgContext, requests: readonly TurnLoadRequest[]): Promise<Array<TurnLoad | undefined>> {
  const results: Array<TurnLoad | undefined> = requests.map(() => undefined);
  const ids: string[] = [];
  const msgids: Array<string | null> = [];
  const positions: number[] = [];
  requests.forEach((r, i) => {
    const id = parseId(r.conversationId);
    if (id === undefined) return; // names no row
    ids.push(id.toString());
    msgids.push(r.inboundMsgId ?? null);
    positions.push(i);
  });
  if (ids.length === 0) return results;
  const rows = await rawQuery<LoadRow & { n: number }>(ctx, LOAD_TURNS, [ids, msgids]);
  for (const row of rows) results[positions[row.n - 1]!] = toTurnLoad(row);
  return results;
}

/** writeTurn for turns of distinct conversations: one statement (WRITE_TURNS). */
export async function writeTurns(ctx: PgContext, writes: readonly TurnWrite[]): Promise<Array<TurnWritten | undefined>> {
  if (writes.length === 0) return [];
  const ref = (entity: string, value: string | null | undefined): string | null => optionalRef(entity, value)?.toString() ?? null;
  const iso = (d: Date | undefined): string | null => (d === undefined ? null : d.toISOString());
  const ids = new Set<string>();
  const conv = new Columns(10);
  const outbox = new Columns(7);
  const messages = new Columns(14);
  const events = new Columns(5);
  // First come, first added: a later turn's repeat of a key is already known, as with sequential calls.
  const keys = new Set<string>();
  writes.forEach((write, i) => {
    const turn = i + 1;
    const c = write.conversation;
    const id = requireId("conversation", c.id).toString();
    if (ids.has(id)) throw new StoreUsageError(`writeTurns: conversation ${c.id} appears twice in one batch`);
    ids.add(id);
    conv.add(id, c.expectedVersion, c.interviewId !== undefined, ref("interview", c.interviewId), c.flow !== undefined, c.flow ?? null,
      c.step !== undefined, c.step ?? null, c.slots !== undefined, c.slots === undefined ? null : JSON.stringify(cleanJson(c.slots)));
    for (const o of write.outbox ?? []) {
      if (keys.has(o.idempotencyKey)) continue;
      keys.add(o.idempotencyKey);
      outbox.add(turn, o.idempotencyKey, o.channel, JSON.stringify(cleanJson(o.payload)), ref("conversation", o.conversationId), ref("interview", o.interviewId), iso(o.notBefore));
    }
    for (const m of write.messages ?? []) {
      messages.add(turn, m.direction, m.channel, m.kind, ref("conversation", m.conversationId), ref("interview", m.interviewId), m.peerId ?? null,
        cleanText(m.text ?? null), m.menuId ?? null, m.intent ?? null, m.confidence ?? null, m.wecomMsgId ?? null, iso(m.at), m.ifEnqueued ?? null);
    }
    for (const e of write.events ?? []) {
      events.add(turn, e.type, ref("interview", e.interviewId), JSON.stringify(cleanJson(e.payload ?? {})), iso(e.at));
    }
  });
  const values: BindValue[] = [ctx.clock.now().toISOString(), ...conv.arrays, ...outbox.arrays, ...messages.arrays, ...events.arrays];
  const rows = await rawQuery<ConversationRow & { turn: number; enqueued: string[] }>(ctx, WRITE_TURNS, values);
  const results: Array<TurnWritten | undefined> = writes.map(() => undefined);
  for (const row of rows) results[row.turn - 1] = { conversation: toConversation(row), enqueued: row.enqueued };
  return results;
}

/** Rows as parallel column arrays, the shape `unnest` takes them in. */
class Columns {
  readonly arrays: Array<Array<string | number | boolean | null>>;

  constructor(width: number) {
    this.arrays = Array.from({ length: width }, () => []);
  }

  add(...row: Array<string | number | boolean | null>): void {
    row.forEach((value, i) => this.arrays[i]!.push(value));
  }
}

/**
 * One turn's write: the batch statement ({@link writeTurns}) with a single turn, so one text
 * of the statement serves both paths. No row back means the version check failed.
 */
export async function writeTurn(ctx: PgContext, write: TurnWrite): Promise<TurnWritten> {
  const update = write.conversation;
  const [written] = await writeTurns(ctx, [write]);
  if (written) return written;
  const current = await getConversationById(ctx, update.id);
  if (!current) throw new StoreNotFoundError("conversation", update.id);
  throw new StoreConflictError("conversation", update.id, `conversation ${update.id} is at version ${current.version}, not ${update.expectedVersion}`);
}
