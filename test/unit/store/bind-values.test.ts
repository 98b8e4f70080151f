import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../../src/clock.js";
import { StoreValueError } from "../../../src/store/index.js";
import { MAX_BIND_STRING, toBindParams, type BindValue } from "../../../src/store/postgres/bind-values.js";
import type { Db, PgContext } from "../../../src/store/postgres/context.js";
import { preparePglite, rawQuery, type RawStatement } from "../../../src/store/postgres/raw-query.js";
import { cleanText } from "../../../src/store/postgres/sanitize.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../../support/postgres-server.js";

/** Strings that break naive quoting: quotes, backslashes, array syntax, the word NULL, injection, non-BMP, controls. */
const HOSTILE = [
  "",
  " ",
  "plain",
  "it's",
  "''",
  "\\",
  "\\'",
  "a\\nb",
  '"quoted"',
  '\\"',
  "{a,b}",
  "{",
  "NULL",
  "null",
  "'); drop table t; --",
  "$1 $$ $tag$",
  "地址在哪里？ 😀",
  "line\nbreak\ttab\r\u0001\u001f\u007f",
  "E'\\x41'",
  "a\uFEFF\u200B\u2028\uFFFD\uFFFF",
];

/** One statement per type, as the hot statements cast their parameters. */
const TYPES = ["text", "text_utf8_hex", "text[]", "int", "bigint", "float8", "float8[]", "boolean", "timestamptz", "timestamptz[]", "jsonb"] as const;
const statement = (type: string): RawStatement => ({
  name: `read_back_${type.replace("[]", "_array")}`,
  // The bytes the database holds, independent of how the driver decodes them.
  text: type === "text_utf8_hex" ? "select encode(convert_to($1::text, 'UTF8'), 'hex') as v" : `select $1::${type} as v`,
});

function readBackSuite(name: string, open: () => Promise<{ ctx: PgContext; close: () => Promise<void> }>): void {
  describe(`bound parameters read back by ${name}`, () => {
    let ctx: PgContext;
    let close: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      ({ ctx, close } = await open());
    });
    afterAll(async () => close?.());
    const readBack = async (value: BindValue, type: (typeof TYPES)[number]): Promise<unknown> =>
      (await rawQuery<{ v: unknown }>(ctx, statement(type), [value]))[0]!.v;

    it("reads every string back exactly, alone and as array elements", async () => {
      for (const s of HOSTILE) expect(await readBack(s, "text")).toBe(s);
      // A leading U+FEFF is stored too; PGlite's result decoder (TextDecoder) drops it on the way back, so compare bytes.
      for (const s of [...HOSTILE, "\uFEFFbom first"]) expect(await readBack(s, "text_utf8_hex")).toBe(Buffer.from(s, "utf8").toString("hex"));
      expect(await readBack([...HOSTILE, null, undefined], "text[]")).toEqual([...HOSTILE, null, null]);
      expect(await readBack([], "text[]")).toEqual([]);
    });

    it("reads scalars back: null, booleans, integers, bigints, floats, dates, JSON text", async () => {
      expect(await readBack(null, "text")).toBeNull();
      expect(await readBack(undefined, "int")).toBeNull();
      expect(await readBack(true, "boolean")).toBe(true);
      expect(await readBack(false, "boolean")).toBe(false);
      expect(await readBack(-2147483648, "int")).toBe(-2147483648);
      expect(String(await readBack(9223372036854775807n, "bigint"))).toBe("9223372036854775807");
      for (const x of [0.93, 0.1 + 0.2, 1e21, 5e-324, Number.MAX_VALUE, -1.5]) expect(await readBack(x, "float8")).toBe(x);
      expect(Object.is(await readBack(-0, "float8"), -0)).toBe(true);
      expect(await readBack([1.5, null, -2], "float8[]")).toEqual([1.5, null, -2]);
      const at = new Date("2025-06-02T01:00:00.123Z");
      expect(await readBack(at, "timestamptz")).toEqual(at);
      expect(await readBack([at.toISOString(), null, at], "timestamptz[]")).toEqual([at, null, at]);
      const json = { text: HOSTILE, n: [1, null, 2.5], nested: { "k'ey": "\\u0000 is text here" } };
      expect(await readBack(JSON.stringify(json), "jsonb")).toEqual(json);
    });

    it("a number the column cannot read is the database's error, not a different value", async () => {
      await expect(readBack(1.5, "int")).rejects.toThrow();
      await expect(readBack(2 ** 31, "int")).rejects.toThrow();
      // The connection is still usable afterwards.
      expect(await readBack("after", "text")).toBe("after");
    });

    it("refuses, before sending, what cannot be sent exactly", async () => {
      const refused: BindValue[] = [
        Number.NaN,
        Number.POSITIVE_INFINITY,
        [Number.NEGATIVE_INFINITY],
        "a\u0000b",
        ["ok", "a\u0000b"],
        "lone \uD83D half",
        "\uDE00 low half",
        ["😀", "\uD800"],
        new Date(Number.NaN),
        { a: 1 } as unknown as BindValue,
        [["nested"]] as unknown as BindValue,
        (() => 1) as unknown as BindValue,
        Symbol("s") as unknown as BindValue,
        "x".repeat(MAX_BIND_STRING + 1),
      ];
      for (const value of refused) {
        const label = typeof value === "string" ? JSON.stringify(value.slice(0, 20)) : typeof value;
        await expect(readBack(value, "text"), label).rejects.toBeInstanceOf(StoreValueError);
      }
      expect(() => toBindParams(["ok", ["x", "\uD800"]])).toThrow(/parameter 2\[2\]/);
    });

    it("the store's text cleaning makes outside text storable: NUL and lone surrogates become U+FFFD", async () => {
      const dirty = "a\u0000b\uD83Dc\uDE00d😀";
      expect(await readBack(cleanText(dirty), "text")).toBe("a\uFFFDb\uFFFDc\uFFFDd😀");
    });

    it("carries a big string (1 MiB of awkward text) exactly", async () => {
      const big = "引号'\\\"{,}".repeat((1024 * 1024) / 8);
      expect(await readBack(big, "text")).toBe(big);
      expect(await readBack([big, "x"], "text[]")).toEqual([big, "x"]);
    });
  });
}

readBackSuite("PGlite (prepared statement, protocol-level Bind)", async () => {
  const db = await PGlite.create("memory://");
  await preparePglite(db, TYPES.map(statement));
  const ctx: PgContext = { db: drizzlePglite({ client: db }) as unknown as Db, clock: systemClock, driver: "pglite", pglite: db };
  return { ctx, close: () => db.close() };
});

let poolError: Error | undefined;

describe("on a PostgreSQL server", async () => {
  const server: PostgresServer | null = await startPostgres();
  if (!server) console.warn(`bound parameters on a PostgreSQL server skipped: ${POSTGRES_SKIP_REASON}`);
  afterAll(async () => server?.stop());
  describe.skipIf(!server)("node-postgres", () =>
    readBackSuite("PostgreSQL (named statement)", async () => {
      const pool = new pg.Pool({ connectionString: server!.url, max: 1 });
      // Dropping the test database at teardown (WITH (FORCE)) terminates any connection still
      // idle on a loaded machine (57P01); that is the teardown working, not a failure. Anything
      // else an idle client reports is re-raised on the next query.
      pool.on("error", (err) => {
        if ((err as { code?: string }).code !== "57P01") poolError = err;
      });
      const ctx: PgContext = { db: drizzlePg({ client: pool }) as unknown as Db, clock: systemClock, driver: "postgres" };
      return {
        ctx,
        close: async () => {
          await pool.end();
          if (poolError) throw poolError;
        },
      };
    }),
  );
});
