/**
 * Migration 0002 backfills the metrics facts on `interviews` for data written
 * before it: running its UPDATEs over wiped columns must give back exactly what
 * the store maintained while writing (hand-computed fixture, PGlite).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { DEFAULT_MIGRATIONS_FOLDER, openPostgresStore } from "../../src/store/postgres/open.js";
import { buildMetricsFixture, T0 } from "../fixtures/metrics-fixture.js";

const pglite = await PGlite.create("memory://");
afterAll(() => pglite.close());

it("recomputes first replies, outcome flags and attendance exactly as the store keeps them", async () => {
  const clock = new ManualClock(T0);
  const store = await openPostgresStore({ connection: { pglite }, logger: silentLogger, clock });
  await buildMetricsFixture(store, clock);
  const facts = "select id, first_reply_at, ever_confirmed, ever_rescheduled, ever_cancelled, ever_completed, attendance from interviews order by id";
  const kept = (await pglite.query(facts)).rows;
  expect(kept.map((r) => (r as { attendance: string | null }).attendance)).toEqual(["attended", "no_show", null, "attended", null]);

  await pglite.exec("update interviews set first_reply_at = null, ever_confirmed = false, ever_rescheduled = false, ever_cancelled = false, ever_completed = false, attendance = null");
  const migration = readFileSync(join(DEFAULT_MIGRATIONS_FOLDER, "0002_metrics_facts.sql"), "utf8");
  for (const statement of migration.split("--> statement-breakpoint").filter((s) => /^\s*(--.*\n\s*)*UPDATE/i.test(s))) await pglite.exec(statement);
  expect((await pglite.query(facts)).rows).toEqual(kept);
});
