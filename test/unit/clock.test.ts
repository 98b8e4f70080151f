import { describe, expect, it } from "vitest";
import { isMovable, ManualClock, OffsetClock, systemClock } from "../../src/clock.js";

/** A fake real time the test moves by hand, so assertions are exact. */
function fakeSource(start: number) {
  const source = { ms: start, read: () => source.ms };
  return source;
}

describe("OffsetClock", () => {
  it("starts at real time and ticks with it", () => {
    const real = fakeSource(1_000_000);
    const clock = new OffsetClock({ source: real.read });
    expect(clock.now().getTime()).toBe(1_000_000);
    real.ms += 1500;
    expect(clock.now().getTime()).toBe(1_001_500);
    expect(clock.offset).toBe(0);
  });

  it("can start at a chosen time and keeps ticking from there", () => {
    const real = fakeSource(1_000_000);
    const clock = new OffsetClock({ start: "2025-11-24T02:00:00Z", source: real.read });
    expect(clock.now().toISOString()).toBe("2025-11-24T02:00:00.000Z");
    real.ms += 60_000;
    expect(clock.now().toISOString()).toBe("2025-11-24T02:01:00.000Z");
  });

  it("advances by an offset that persists while real time goes on", () => {
    const real = fakeSource(0);
    const clock = new OffsetClock({ start: 10_000, source: real.read });
    expect(clock.advance(3_600_000).getTime()).toBe(3_610_000);
    real.ms += 5;
    expect(clock.now().getTime()).toBe(3_610_005);
    expect(clock.offset).toBe(3_610_000);
  });

  it("set jumps forward to an exact time", () => {
    const real = fakeSource(0);
    const clock = new OffsetClock({ start: "2025-11-24T02:00:00Z", source: real.read });
    clock.set("2025-11-25T06:00:00Z");
    expect(clock.now().toISOString()).toBe("2025-11-25T06:00:00.000Z");
  });

  it("refuses to move backwards or by nonsense, and stays where it was", () => {
    const real = fakeSource(0);
    const clock = new OffsetClock({ start: 50_000, source: real.read });
    expect(() => clock.set(49_999)).toThrow(/only moves forward/);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => clock.set("not a date")).toThrow(/invalid time/);
    expect(() => new OffsetClock({ start: "garbage" })).toThrow(/invalid time/);
    expect(clock.now().getTime()).toBe(50_000);
  });

  it("tells listeners about every move, until they unsubscribe", () => {
    const real = fakeSource(0);
    const clock = new OffsetClock({ start: 0, source: real.read });
    const heard: number[] = [];
    const off = clock.onChange((now) => heard.push(now.getTime()));
    clock.advance(1000);
    clock.set(5000);
    off();
    clock.advance(1000);
    expect(heard).toEqual([1000, 5000]);
  });
});

describe("isMovable", () => {
  it("recognises the clocks the sandbox can move", () => {
    expect(isMovable(new OffsetClock())).toBe(true);
    expect(isMovable(new ManualClock())).toBe(true);
    expect(isMovable(systemClock)).toBe(false);
  });
});
