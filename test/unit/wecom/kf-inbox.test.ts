import { describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/clock.js";
import { KfInbox } from "../../../src/wecom/simulator/kf-inbox.js";
import { randomBytesFromPool, randomIntFromPool, randomToken } from "../../../src/wecom/simulator/random-pool.js";
import { RULES } from "../../../src/wecom/simulator/rules.js";

const text = (content: string) => ({ msgtype: "text" as const, external_userid: "wmA", origin: 3 as const, text: { content } });
type Page = { items: Array<{ msgid: string; text?: { content: string } }>; nextCursor: string; hasMore: boolean };
const contents = (page: Page): string[] => page.items.map((i) => i.text!.content);

describe("simulated kf inbox", () => {
  it("pages from the cursor: each message once, in order, has_more exactly when more are left", () => {
    const clock = new ManualClock("2025-03-03T02:00:00Z");
    const inbox = new KfInbox(clock, "wkA");
    for (let i = 0; i < 5; i++) inbox.append(text(`m${i}`));
    const first = inbox.page(undefined, 2) as Page;
    expect([contents(first), first.hasMore]).toEqual([["m0", "m1"], true]);
    const second = inbox.page(first.nextCursor, 3) as Page;
    expect([contents(second), second.hasMore]).toEqual([["m2", "m3", "m4"], false]);
    const empty = inbox.page(second.nextCursor, 3) as Page;
    expect([contents(empty), empty.hasMore, empty.nextCursor]).toEqual([[], false, second.nextCursor]);
    inbox.append(text("m5"));
    expect(contents(inbox.page(second.nextCursor, 3) as Page)).toEqual(["m5"]);
    expect(new Set([...first.items, ...second.items].map((i) => i.msgid)).size).toBe(5);
  });

  it("skips what is older than 3 days, even right after the cursor", () => {
    const clock = new ManualClock("2025-03-03T02:00:00Z");
    const inbox = new KfInbox(clock, "wkA");
    inbox.append(text("old1"));
    inbox.append(text("old2"));
    clock.advance(RULES.kfHistoryMs - 1000);
    inbox.append(text("new1"));
    clock.advance(2000);
    const page = inbox.page(undefined, 1) as Page;
    expect([contents(page), page.hasMore]).toEqual([["new1"], false]);
  });

  it("refuses a forged cursor", () => {
    const inbox = new KfInbox(new ManualClock("2025-03-03T02:00:00Z"), "wkA");
    expect(inbox.page("forged", 10)).toEqual({ errcode: 40058 });
  });

  it("drops expired sync Tokens as new ones are issued, and honours only live ones", () => {
    const clock = new ManualClock("2025-03-03T02:00:00Z");
    const inbox = new KfInbox(clock, "wkA");
    const early = Array.from({ length: 50 }, () => inbox.issueToken());
    clock.advance(RULES.kfSyncTokenMs / 2);
    const later = inbox.issueToken();
    expect(inbox.tokenCount).toBe(51);
    clock.advance(RULES.kfSyncTokenMs / 2);
    expect(early.some((t) => inbox.tokenValid(t))).toBe(false);
    expect(inbox.tokenValid(later)).toBe(true);
    const fresh = inbox.issueToken();
    expect(inbox.tokenCount).toBe(2);
    expect([inbox.tokenValid(later), inbox.tokenValid(fresh)]).toEqual([true, true]);
  });
});

describe("simulator random pool", () => {
  it("serves distinct bytes across refills and copies them out", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(randomToken(30));
    expect(seen.size).toBe(1000);
    const a = randomBytesFromPool(16);
    const copy = Buffer.from(a);
    for (let i = 0; i < 300; i++) randomBytesFromPool(16);
    expect(a.equals(copy)).toBe(true);
  });

  it("draws integers inside the range", () => {
    const values = Array.from({ length: 2000 }, () => randomIntFromPool(1_000_000_000, 9_999_999_999));
    expect(values.every((v) => Number.isInteger(v) && v >= 1_000_000_000 && v < 9_999_999_999)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(1990);
  });
});
