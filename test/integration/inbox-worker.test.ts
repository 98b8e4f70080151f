import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InboxWorker, laneOfItem } from "../../src/engine/inbox-worker.js";
import { silentLogger } from "../../src/log.js";
import { openStore, type Store } from "../../src/store/index.js";
import type { InboundItem } from "../../src/store/types.js";

describe("inbox worker lanes (real PGlite store)", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: "memory://", logger: silentLogger });
  });
  afterAll(async () => store?.close());

  const accept = (key: string, externalUserId: string) =>
    store.acceptInbound({ dedupKey: key, source: "kf", kind: "kf.text", payload: { external_userid: externalUserId, text: { content: key } }, receivedAt: new Date() });

  it("runs one candidate's items in order and other candidates' items alongside", async () => {
    for (const [key, ext] of [["a1", "wmA"], ["b1", "wmB"], ["a2", "wmA"], ["b2", "wmB"]] as const) await accept(key, ext);
    const order: string[] = [];
    let releaseA1!: () => void;
    const a1Gate = new Promise<void>((resolve) => (releaseA1 = resolve));
    const worker = new InboxWorker({
      store,
      logger: silentLogger,
      handlers: {
        "kf.text": async (item: InboundItem) => {
          const key = (item.payload as { text: { content: string } }).text.content;
          // a1 waits for b2: with one sequential lane this would never finish.
          if (key === "a1") await a1Gate;
          order.push(key);
          if (key === "b2") releaseA1();
        },
      },
    });
    const drained = await Promise.race([worker.drainOnce(), new Promise<string>((resolve) => setTimeout(() => resolve("stuck"), 5000))]);
    expect(drained).toBe(4);
    expect(order.filter((k) => k.startsWith("a"))).toEqual(["a1", "a2"]);
    expect(order.filter((k) => k.startsWith("b"))).toEqual(["b1", "b2"]);
    expect(order.indexOf("b2")).toBeLessThan(order.indexOf("a1"));
    expect(await store.inboundCounts()).toMatchObject({ handled: 4 });
  });

  it("puts kf customers, app members and the rest in separate lanes", () => {
    const item = (source: "kf" | "app", payload: object) => ({ source, payload }) as unknown as InboundItem;
    expect(laneOfItem(item("kf", { external_userid: "wmA", msgtype: "text" }))).toBe("kf:wmA");
    expect(laneOfItem(item("app", { from: "li", type: "text" }))).toBe("app:li");
    expect(laneOfItem(item("kf", { token: "x" }))).toBe("shared");
  });
});
