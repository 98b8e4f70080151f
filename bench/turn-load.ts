/**
 * Load shapes for the conversation-turn benchmark: closed loop (every
 * conversation sends its next message as soon as the reply arrives: the
 * maximum throughput) and open loop (turns start at a fixed rate whatever
 * happens: latency at a given load, without coordinated omission).
 */

/** Runs turns on the conversations of one bot. */
export interface TurnDriver {
  readonly conversations: readonly string[];
  /** One turn on `ext`; its latency in ms, or undefined when no reply came within `timeoutMs`. */
  turn(ext: string, timeoutMs: number): Promise<number | undefined>;
  waitForReplies(ext: string, count: number): Promise<void>;
  /** From now on, count replies relative to what each conversation has already received. */
  resetBaseline(): void;
  /** Replies seen beyond one per turn (a turn that answered twice would understate latency). */
  extraReplies(): number;
}

export interface TurnStats {
  turns: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Turns without a reply within the timeout. */
  unanswered: number;
  /** Open loop only: turns due while every conversation was still busy. */
  skipped: number;
}

/** A turn with no reply after this long is counted as unanswered. */
const TURN_TIMEOUT_MS = 10_000;

export async function closedLoop(driver: TurnDriver, durationMs: number, progress: (done: number, seconds: number) => void): Promise<TurnStats> {
  const latencies: number[] = [];
  let unanswered = 0;
  const started = performance.now();
  const end = started + durationMs;
  const ticker = every(1000, (s) => progress(latencies.length, s));
  await Promise.all(
    driver.conversations.map(async (ext) => {
      while (performance.now() < end) {
        const ms = await driver.turn(ext, TURN_TIMEOUT_MS);
        if (ms === undefined) unanswered += 1;
        else latencies.push(ms);
      }
    }),
  );
  clearInterval(ticker);
  // Turns finish after `end` too: the rate is over the time they really took.
  return stats(latencies, unanswered, 0, performance.now() - started);
}

export async function openLoop(driver: TurnDriver, perSecond: number, durationMs: number, progress: (done: number, seconds: number) => void): Promise<TurnStats> {
  const latencies: number[] = [];
  const idle = [...driver.conversations];
  const running: Array<Promise<void>> = [];
  let unanswered = 0;
  let skipped = 0;
  const started = performance.now();
  const total = Math.round((perSecond * durationMs) / 1000);
  const ticker = every(1000, (s) => progress(latencies.length, s));
  for (let i = 0; i < total; i++) {
    // Turn i is due at a fixed time, however long earlier turns take.
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const ext = idle.shift();
    if (ext === undefined) {
      skipped += 1;
      continue;
    }
    running.push(
      driver.turn(ext, TURN_TIMEOUT_MS).then((ms) => {
        if (ms === undefined) unanswered += 1;
        else latencies.push(ms);
        idle.push(ext);
      }),
    );
  }
  await Promise.all(running);
  clearInterval(ticker);
  return stats(latencies, unanswered, skipped, durationMs);
}

function stats(latencies: number[], unanswered: number, skipped: number, elapsedMs: number): TurnStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number): number => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return {
    turns: sorted.length,
    turnsPerSecond: (sorted.length * 1000) / elapsedMs,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted.at(-1) ?? NaN,
    unanswered,
    skipped,
  };
}

function every(ms: number, tick: (seconds: number) => void): NodeJS.Timeout {
  let seconds = 0;
  return setInterval(() => tick(++seconds), ms);
}
