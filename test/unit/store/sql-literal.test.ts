import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlLiteral } from "../../../src/store/postgres/sql-literal.js";

/** Strings that break naive quoting: quotes, backslashes, array syntax, the word NULL, injection, NUL, non-BMP. */
const HOSTILE = [
  "",
  "plain",
  "it's",
  "''",
  "\\",
  "\\'",
  "a\\nb",
  '"quoted"',
  "{a,b}",
  "NULL",
  "null",
  "'); drop table t; --",
  "$1 $$ $tag$",
  "地址在哪里？ 😀",
  "line\nbreak\ttab\r",
  "E'\\x41'",
];

describe("sqlLiteral (read back by PostgreSQL)", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create("memory://");
  });
  afterAll(async () => {
    await db.close();
  });
  const readBack = async (literal: string, type: string): Promise<unknown> => (await db.exec(`select ${literal}::${type} as v`))[0]!.rows[0]!["v"];

  it("reads every string back exactly", async () => {
    for (const s of HOSTILE) expect(await readBack(sqlLiteral(s), "text")).toBe(s);
  });

  it("reads arrays back element by element, NULL elements included", async () => {
    expect(await readBack(sqlLiteral([...HOSTILE, null]), "text[]")).toEqual([...HOSTILE, null]);
    expect(await readBack(sqlLiteral([]), "text[]")).toEqual([]);
    expect(await readBack(sqlLiteral([1.5, null, -2]), "float8[]")).toEqual([1.5, null, -2]);
    expect(await readBack(sqlLiteral(["12", "9223372036854775807"]), "bigint[]::text[]")).toEqual(["12", "9223372036854775807"]);
    expect(await readBack(sqlLiteral(["2025-06-02T01:00:00.000Z", null]), "timestamptz[]")).toEqual([new Date("2025-06-02T01:00:00.000Z"), null]);
  });

  it("writes scalars and NULL; NUL, which text cannot hold, becomes U+FFFD", async () => {
    expect(await readBack(sqlLiteral(null), "text")).toBeNull();
    expect(await readBack(sqlLiteral(undefined), "int")).toBeNull();
    expect(await readBack(sqlLiteral(true), "boolean")).toBe(true);
    expect(await readBack(sqlLiteral(false), "boolean")).toBe(false);
    expect(await readBack(sqlLiteral(42), "int")).toBe(42);
    expect(await readBack(sqlLiteral(0.93), "float8")).toBe(0.93);
    expect(await readBack(sqlLiteral("a\u0000b"), "text")).toBe("a\uFFFDb");
    expect(await readBack(sqlLiteral(["a\u0000b"]), "text[]")).toEqual(["a\uFFFDb"]);
  });

  it("refuses numbers SQL cannot read back", () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => sqlLiteral([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});
