/**
 * The Store contract on embedded PGlite (always runs), plus what is specific to
 * it: files under `<DATA_DIR>/pglite` survive a restart.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { openStore } from "../../src/store/index.js";
import { openPostgresStore } from "../../src/store/postgres/open.js";
import { truncateAll } from "./store.reset.js";
import { describeStoreContract } from "./store.suite.js";

describeStoreContract("Store contract on PGlite", async () => {
  // The test owns the PGlite instance so it can empty the tables between tests.
  const pglite = await PGlite.create("memory://");
  return {
    open: (clock) => openPostgresStore({ connection: { pglite }, logger: silentLogger, clock }),
    reset: () => truncateAll(async (text) => (await pglite.query<Record<string, unknown>>(text)).rows),
    teardown: () => pglite.close(),
  };
});

describe("PGlite store on disk", () => {
  it("keeps data in <dataDir>/pglite across a restart, migrating only once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "store-pglite-"));
    try {
      const clock = new ManualClock("2025-06-02T01:00:00Z");
      const first = await openStore({ dataDir, logger: silentLogger, clock });
      expect(first.engine).toBe("pglite");
      const candidate = await first.createCandidate({ name: "持久化" });
      await first.acceptInbound({ dedupKey: "app:persist", source: "app", kind: "text", payload: {}, receivedAt: clock.now() });
      await first.close();

      const second = await openStore({ dataDir, logger: silentLogger, clock });
      try {
        expect(await second.getCandidate(candidate.id)).toEqual(candidate);
        const again = await second.acceptInbound({ dedupKey: "app:persist", source: "app", kind: "text", payload: {}, receivedAt: clock.now() });
        expect(again.accepted).toBe(false);
        expect(await second.health()).toMatchObject({ ok: true, engine: "pglite" });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("opens an in-memory store for dataDir memory://", async () => {
    const store = await openStore({ dataDir: "memory://", logger: silentLogger });
    try {
      expect((await store.health()).ok).toBe(true);
      expect(await store.inboundCounts()).toEqual({ pending: 0, processing: 0, handled: 0, failed: 0 });
    } finally {
      await store.close();
    }
  });
});
