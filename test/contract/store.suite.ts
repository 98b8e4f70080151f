/**
 * The Store contract: every engine must pass this suite unchanged. An engine's
 * test file supplies a {@link StoreHarness} and calls {@link describeStoreContract}.
 */
import { afterAll, beforeAll, beforeEach, describe } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { Store } from "../../src/store/index.js";
import { bindCodeContract, conversationContract } from "./store.suite.conversations.js";
import { inboxContract, kfCursorContract } from "./store.suite.inbox.js";
import { candidateContract, interviewContract } from "./store.suite.interviews.js";
import { eventContract, messageLogContract } from "./store.suite.messages.js";
import { metricsContract } from "./store.suite.metrics.js";
import { nudgeContract, outboxContract } from "./store.suite.outbox.js";
import { healthContract, transactionContract } from "./store.suite.tx.js";
import { turnContract } from "./store.suite.turns.js";
import { turnBatchContract } from "./store.suite.turn-batches.js";

/** How a test file gives the suite a store of its engine. */
export interface StoreHarness {
  /** Opens the store under test, driven by `clock`. Called once per suite. */
  open(clock: ManualClock): Promise<Store>;
  /** Deletes all data, so every test starts empty. */
  reset(): Promise<void>;
  /** Releases what open() did not (servers, temp dirs); after store.close(). */
  teardown(): Promise<void>;
}

/** What each part of the suite gets: the open store and the clock it runs on. */
export interface SuiteContext {
  store(): Store;
  readonly clock: ManualClock;
}

/** A fixed start so expiries and leases are exact; reset before every test. */
export const T0 = new Date("2025-06-02T01:00:00.000Z");

export function describeStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(name, () => {
    const clock = new ManualClock(T0);
    let harness: StoreHarness | undefined;
    let store: Store | undefined;
    const ctx: SuiteContext = {
      clock,
      store: () => {
        if (!store) throw new Error("store not open (beforeAll failed?)");
        return store;
      },
    };

    beforeAll(async () => {
      harness = await makeHarness();
      store = await harness.open(clock);
    });
    afterAll(async () => {
      await store?.close();
      await harness?.teardown();
    });
    beforeEach(async () => {
      await harness!.reset();
      clock.set(T0);
    });

    describe("inbox", () => inboxContract(ctx));
    describe("kf cursors", () => kfCursorContract(ctx));
    describe("candidates", () => candidateContract(ctx));
    describe("interviews", () => interviewContract(ctx));
    describe("bind codes", () => bindCodeContract(ctx));
    describe("conversations", () => conversationContract(ctx));
    describe("message log", () => messageLogContract(ctx));
    describe("domain events", () => eventContract(ctx));
    describe("outbox", () => outboxContract(ctx));
    describe("nudges", () => nudgeContract(ctx));
    describe("transactions", () => transactionContract(ctx));
    describe("conversation turns", () => turnContract(ctx));
    describe("conversation turn batches", () => turnBatchContract(ctx));
    describe("health", () => healthContract(ctx));
    describe("metrics", () => metricsContract(ctx));
  });
}
