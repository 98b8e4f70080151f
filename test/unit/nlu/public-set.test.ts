import { describe, expect, it } from "vitest";
import { loadPublicSet, measureNlu } from "../../../bench/nlu.js";

const set = loadPublicSet();
if (!set) console.warn("[nlu] ../shared/nlu/replies.public.jsonl not found: skipping the public-set target test");

describe.skipIf(!set)("public labeled set meets the targets", () => {
  it("intent ≥ 99%, zero critical errors, proposed exact ≥ 97%", async () => {
    const r = await measureNlu(set);
    expect(r.criticalErrors, r.report).toBe(0);
    expect(r.intentAccuracy, r.report).toBeGreaterThanOrEqual(0.99);
    expect(r.proposedExact, r.report).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
