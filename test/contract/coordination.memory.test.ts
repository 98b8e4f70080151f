import { describe, expect, it } from "vitest";
import { CoordinationClosedError, MemoryCoordination } from "../../src/coord/memory.js";
import { coordinationContract } from "./coordination.suite.js";

coordinationContract("memory", async () => new MemoryCoordination());

describe("MemoryCoordination specifics", () => {
  it("expires by the injected clock, and expired entries do not stay in memory", async () => {
    let now = 1_000_000;
    const coord = new MemoryCoordination({ now: () => now });
    await coord.claim("c", 1_000);
    await coord.set("v", "x", 1_000);
    await coord.acquire("l", 1_000);
    await coord.hit("h", 5, 1_000);
    expect(coord.size).toBe(4);
    now += 999;
    expect(await coord.get("v")).toBe("x");
    expect(await coord.claim("c", 1_000)).toBe(false);
    now += 1;
    expect(await coord.get("v")).toBeUndefined();
    coord.sweep();
    expect(coord.size).toBe(0);
    await coord.close();
  });

  it("sweeps on its own timer", async () => {
    let now = 0;
    const coord = new MemoryCoordination({ now: () => now, sweepIntervalMs: 10 });
    for (let i = 0; i < 100; i++) await coord.set(`k${i}`, "v", 50);
    expect(coord.size).toBe(100);
    now = 50;
    await new Promise((r) => setTimeout(r, 40));
    expect(coord.size).toBe(0);
    await coord.close();
  });

  it("a waiting acquire wakes as soon as the holder releases", async () => {
    const coord = new MemoryCoordination();
    const holder = await coord.acquire("w", 10_000);
    const pending = coord.acquire("w", 1_000, { waitMs: 5_000 });
    await holder?.release();
    const started = performance.now();
    expect(await pending).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(20);
    await coord.close();
  });

  it("refuses every call after close with CoordinationClosedError", async () => {
    const coord = new MemoryCoordination();
    const waiting = coord.acquire("x", 1_000).then(() => coord.acquire("x", 1_000, { waitMs: 5_000 }));
    await new Promise((r) => setTimeout(r, 20));
    await coord.close();
    await expect(waiting).rejects.toBeInstanceOf(CoordinationClosedError);
    await expect(coord.get("x")).rejects.toMatchObject({ name: "CoordinationClosedError" });
    await expect(coord.claim("x", 1)).rejects.toBeInstanceOf(CoordinationClosedError);
  });
});
