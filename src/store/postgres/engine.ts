import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { Clock } from "../../clock.js";
import { StoreUsageError } from "../contract/errors.js";
import type { Store, StoreHealth, StoreTx } from "../store.js";
import type { Db, PgContext } from "./context.js";
import type { Driver } from "./driver.js";
import { PostgresOperations } from "./operations.js";
import { TxGate } from "./tx-gate.js";

/** Marks the async context of a running `store.transaction` callback. */
interface TxScope {
  readonly store: PostgresStore;
  open: boolean;
}

const txScope = new AsyncLocalStorage<TxScope>();

const HEALTH_TIMEOUT_MS = 5_000;

/** The `tx` handed to a transaction callback; unusable once the callback returned. */
class TransactionOperations extends PostgresOperations {
  constructor(
    private readonly context: PgContext,
    private readonly scope: TxScope,
  ) {
    super();
  }

  protected ctx(): PgContext {
    if (!this.scope.open) throw new StoreUsageError("this transaction has ended; use the store or a new transaction");
    return this.context;
  }
}

/**
 * The Store on PostgreSQL, through node-postgres (a server) or PGlite
 * (embedded). Both speak the same SQL, so one implementation serves both.
 */
export class PostgresStore extends PostgresOperations implements Store {
  readonly engine: "postgres" | "pglite";
  private readonly root: PgContext;
  private readonly gate: TxGate;

  constructor(
    private readonly driver: Driver,
    clock: Clock,
  ) {
    super();
    this.engine = driver.kind;
    this.root = { db: driver.db, clock, driver: driver.kind, pglite: driver.pglite };
    this.gate = new TxGate(driver.concurrentTransactions, driver.kind === "pglite");
  }

  /** The embedded PGlite (undefined on a server), for the job scheduler on the same database. */
  get pglite(): PGlite | undefined {
    return this.driver.pglite;
  }

  async transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const root = this.ctx();
    // Through the gate: a backlog of transactions must not hold up single statements (tx-gate.ts).
    return this.gate.run(() =>
      root.db.transaction(async (txDb: Db) => {
        const scope: TxScope = { store: this, open: true };
        try {
          return await txScope.run(scope, () => work(new TransactionOperations({ ...root, db: txDb }, scope)));
        } finally {
          scope.open = false;
        }
      }),
    );
  }

  async health(): Promise<StoreHealth> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
      });
      // Through ctx(): inside a transaction this reports misuse instead of waiting on PGlite.
      const answer = this.ctx().db.execute(sql`select current_setting('server_version') as version`);
      const result = (await Promise.race([answer, timeout])) as { rows?: Array<{ version?: unknown }> };
      const version = String(result.rows?.[0]?.version ?? "unknown");
      return { ok: true, engine: this.engine, detail: `PostgreSQL ${version} at ${this.driver.where}` };
    } catch (err) {
      return { ok: false, engine: this.engine, detail: err instanceof Error ? err.message : String(err) };
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  protected ctx(): PgContext {
    const scope = txScope.getStore();
    if (scope?.store === this && scope.open) {
      // On PGlite this call would wait for the very transaction it runs in: a silent deadlock.
      throw new StoreUsageError("inside store.transaction(), use the tx argument instead of the store");
    }
    return this.root;
  }
}
