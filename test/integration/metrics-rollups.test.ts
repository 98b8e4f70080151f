/**
 * The rollup-backed metrics reads (daily aggregates, facts, percentile
 * probes) equal the direct statements on randomized seeded history, on PGlite
 * and PostgreSQL: after a first build, after late writes for past days (the
 * affected days are rebuilt), and on a database written before migration 0003.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { metricsCalendar } from "../../src/metrics/index.js";
import { generateHistory, writeHistory, type SeedInterview } from "../../src/seed/index.js";
import type { Store } from "../../src/store/index.js";
import type { Db, PgContext } from "../../src/store/postgres/context.js";
import { DEFAULT_MIGRATIONS_FOLDER, openPostgresStore } from "../../src/store/postgres/open.js";
import { expectSameMetrics, randomFilters, writeLate } from "../support/metrics-reference.js";
import { startPostgres } from "../support/postgres-server.js";

const NOW = new Date("2025-06-20T07:30:00Z");
const TZ = "Asia/Shanghai";
const CALENDAR = metricsCalendar(TZ);

function valuesOf(history: readonly SeedInterview[]) {
  const distinct = (xs: Array<string | null>) => [...new Set(xs.map((x) => x ?? ""))];
  return {
    channels: distinct(history.map((h) => h.sourceChannel)),
    positions: distinct(history.map((h) => h.position)),
    recruiters: distinct(history.map((h) => h.recruiterUserId)),
  };
}

async function roundTrip(store: Store, direct: PgContext, clock: ManualClock, seed: number): Promise<void> {
  const history = generateHistory({ days: 35, now: NOW, timeZone: TZ, perWorkday: 6, seed });
  const half = Math.floor(history.length / 2);
  await writeHistory(store, clock, history.slice(0, half));
  clock.set(NOW);
  for (const filter of randomFilters(seed, NOW, valuesOf(history), 20)) await expectSameMetrics(store, direct, filter, CALENDAR);

  // Late arrivals: the rest of the history, then a reply and a cancellation for an old interview.
  await writeHistory(store, clock, history.slice(half));
  clock.set(NOW);
  await writeLate(store, clock);
  for (const filter of randomFilters(seed + 1, NOW, valuesOf(history), 20)) await expectSameMetrics(store, direct, filter, CALENDAR);
}

describe("metrics rollups on PGlite", () => {
  const pglite = new PGlite("memory://");
  afterAll(() => pglite.close());

  it("equal the direct statements on seeded history, also after late writes", async () => {
    const clock = new ManualClock(NOW);
    const store = await openPostgresStore({ connection: { pglite }, logger: silentLogger, clock });
    await roundTrip(store, { db: drizzlePglite({ client: pglite }) as unknown as Db, clock, driver: "pglite" as const, pglite }, clock, 7);
    await store.close();
  }, 180_000);
});

describe("metrics rollups on PostgreSQL", async () => {
  const server = await startPostgres();
  afterAll(() => server?.stop());

  it.skipIf(!server)("equal the direct statements on seeded history, also after late writes", async () => {
    const clock = new ManualClock(NOW);
    const store = await openPostgresStore({ connection: { databaseUrl: server!.url }, logger: silentLogger, clock });
    const pool = new pg.Pool({ connectionString: server!.url, max: 2 });
    // The test database is dropped WITH (FORCE) at teardown; a client still closing on a loaded
    // machine then sees 57P01 (admin termination). That is the teardown working; anything else
    // an idle client reports fails the test.
    let poolError: Error | undefined;
    pool.on("error", (err) => {
      if ((err as { code?: string }).code !== "57P01") poolError = err;
    });
    try {
      await roundTrip(store, { db: drizzlePg({ client: pool }) as unknown as Db, clock, driver: "postgres" as const }, clock, 11);
    } finally {
      await pool.end();
      await store.close();
    }
    expect(poolError).toBeUndefined();
  }, 180_000);
});

describe("a database from before migration 0003", () => {
  const dir = mkdtempSync(join(tmpdir(), "migrations-0002-"));
  const pglite = new PGlite("memory://");
  afterAll(async () => {
    await pglite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gets its rollups built on the first metrics read", async () => {
    // The migrations as they were before 0003: the same files, the journal cut after 0002.
    cpSync(DEFAULT_MIGRATIONS_FOLDER, dir, { recursive: true });
    const journalPath = join(dir, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
    journal.entries = journal.entries.filter((e) => e.tag < "0003");
    writeFileSync(journalPath, JSON.stringify(journal));

    const clock = new ManualClock(NOW);
    const old = await openPostgresStore({ connection: { pglite }, logger: silentLogger, clock, migrationsFolder: dir });
    const history = generateHistory({ days: 20, now: NOW, timeZone: TZ, perWorkday: 6, seed: 3 });
    await writeHistory(old, clock, history);
    await old.close();
    expect((await pglite.query("select to_regclass('metrics_facts') as t")).rows).toEqual([{ t: null }]);

    clock.set(NOW);
    const store = await openPostgresStore({ connection: { pglite }, logger: silentLogger, clock });
    const direct = { db: drizzlePglite({ client: pglite }) as unknown as Db, clock, driver: "pglite" as const, pglite };
    for (const filter of randomFilters(5, NOW, valuesOf(history), 15)) await expectSameMetrics(store, direct, filter, CALENDAR);
    expect((await pglite.query<{ n: number }>("select count(*)::int as n from metrics_facts")).rows[0]!.n).toBe(history.length);
    await store.close();
  }, 120_000);
});
