/**
 * The Store contract on a real PostgreSQL server (DATABASE_URL, or a throwaway
 * cluster from the local install), plus what only a server can show:
 * instances starting together migrate safely, and a dead server fails fast.
 * Skips with a message when no PostgreSQL is available.
 */
import pg from "pg";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.js";
import { openStore, StoreOpenError } from "../../src/store/index.js";
import { DEFAULT_MIGRATIONS_FOLDER } from "../../src/store/postgres/open.js";
import { freshDatabase, POSTGRES_SKIP_REASON, startPostgres } from "../support/postgres-server.js";
import { truncateAll } from "./store.reset.js";
import { describeStoreContract } from "./store.suite.js";

const server = await startPostgres();

if (!server) {
  describe("Store contract on PostgreSQL", () => {
    it.skip(`skipped: ${POSTGRES_SKIP_REASON}`, () => {});
  });
} else {
  afterAll(() => server.stop());

  describeStoreContract(`Store contract on PostgreSQL (${server.origin})`, async () => {
    const db = await freshDatabase(server.url);
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    return {
      open: (clock) => openStore({ databaseUrl: db.url, dataDir: "unused", logger: silentLogger, clock }),
      reset: () => truncateAll(async (text) => (await admin.query(text)).rows as Array<Record<string, unknown>>),
      teardown: async () => {
        await admin.end();
        await db.stop();
      },
    };
  });

  describe("PostgreSQL store startup", () => {
    it("migrates once when several instances start at the same time", async () => {
      const db = await freshDatabase(server.url);
      try {
        const stores = await Promise.all(
          Array.from({ length: 5 }, () => openStore({ databaseUrl: db.url, dataDir: "unused", logger: silentLogger })),
        );
        try {
          for (const store of stores) expect(await store.health()).toMatchObject({ ok: true, engine: "postgres" });
          expect((await stores[0]!.createCandidate({ name: "并发" })).id).toBe("1");
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }
        const journal = JSON.parse(readFileSync(`${DEFAULT_MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
          expect(rows[0]!.n).toBe(journal.entries.length);
        } finally {
          await client.end();
        }
      } finally {
        await db.stop();
      }
    });

    it("reports the server version in health", async () => {
      const db = await freshDatabase(server.url);
      const store = await openStore({ databaseUrl: db.url, dataDir: "unused", logger: silentLogger });
      try {
        expect((await store.health()).detail).toMatch(/^PostgreSQL \d+/);
      } finally {
        await store.close();
        await db.stop();
      }
    });

    it("fails with StoreOpenError when the server is unreachable", async () => {
      const unreachable = "postgres://postgres@127.0.0.1:1/none";
      await expect(openStore({ databaseUrl: unreachable, dataDir: "unused", logger: silentLogger })).rejects.toBeInstanceOf(StoreOpenError);
    });
  });
}
