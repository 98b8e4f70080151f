/**
 * Counts the database statements and Redis commands this process sends, by
 * kind ("select conversations", "insert messages", "begin", "redis get"…), for
 * the turns bench: round trips per turn are what a turn costs the database and
 * what bounds its latency. Installed by hooking the drivers' lowest public
 * send methods (node-postgres `Client.query`, PGlite's protocol messages,
 * ioredis `sendCommand`); our own code runs unchanged. Bench use only.
 */
import { PGlite } from "@electric-sql/pglite";
import { Redis } from "ioredis";
import pg from "pg";

const counts = new Map<string, number>();
let installed = false;

function add(kind: string): void {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
}

/** "select conversations", "insert outbox", "with conversations", "begin" … from a statement's text. */
export function statementKind(text: string): string {
  const head = text.trimStart().slice(0, 400).toLowerCase();
  const verb = /^[a-z]+/.exec(head)?.[0] ?? "?";
  const table = /\b(?:from|into|update)\s+"?([a-z_]+)"?/.exec(head)?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** Starts counting (idempotent). */
export function installStatementCounter(): void {
  if (installed) return;
  installed = true;
  const pgQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === "string" ? config : (config as { text?: string } | undefined)?.text;
    if (typeof text === "string") add(statementKind(text));
    return pgQuery.apply(this, args);
  } as typeof pg.Client.prototype.query;

  // PGlite runs each statement as protocol messages: Parse ('P') for a query with
  // parameters, Query ('Q') for plain text (BEGIN, COMMIT). One of them = one statement.
  const proto = PGlite.prototype as unknown as { execProtocolStream: (message: Uint8Array, ...rest: unknown[]) => unknown };
  const exec = proto.execProtocolStream;
  const decoder = new TextDecoder();
  proto.execProtocolStream = function (this: unknown, message: Uint8Array, ...rest: unknown[]) {
    const type = message[0];
    if (type === 0x50 || type === 0x51) {
      // P: int32 length, statement name (cstring), query (cstring). Q: int32 length, query.
      let start = 5;
      if (type === 0x50) while (start < message.length && message[start] !== 0) start++;
      if (type === 0x50) start++;
      let end = start;
      while (end < message.length && end < start + 400 && message[end] !== 0) end++;
      add(statementKind(decoder.decode(message.subarray(start, end))));
    }
    return exec.call(this, message, ...rest);
  };

  // Hot statements (src/store/postgres/raw-query.ts) go through execProtocol as Bind ('B') to a
  // prepared statement: int32 length, portal name (cstring), statement name (cstring), …
  const protoExec = PGlite.prototype as unknown as { execProtocol: (message: Uint8Array, ...rest: unknown[]) => unknown };
  const execProtocol = protoExec.execProtocol;
  protoExec.execProtocol = function (this: unknown, message: Uint8Array, ...rest: unknown[]) {
    if (message[0] === 0x42) {
      let start = 5;
      while (start < message.length && message[start] !== 0) start++;
      let end = ++start;
      while (end < message.length && message[end] !== 0) end++;
      add(`execute ${decoder.decode(message.subarray(start, end))}`);
    }
    return execProtocol.call(this, message, ...rest);
  };

  const redisProto = Redis.prototype as unknown as { sendCommand: (command: { name: string }, ...rest: unknown[]) => unknown };
  const send = redisProto.sendCommand;
  redisProto.sendCommand = function (this: unknown, command: { name: string }, ...rest: unknown[]) {
    add(`redis ${command.name}`);
    return send.call(this, command, ...rest);
  };
}

/** What was counted since the last reset, by kind. */
export function statementCounts(reset = false): Record<string, number> {
  const snapshot = Object.fromEntries(counts);
  if (reset) counts.clear();
  return snapshot;
}
