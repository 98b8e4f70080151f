/**
 * A sandbox bot whose store already holds seeded demo history (written by the
 * seed generator before the bot starts, on a ManualClock), plus one candidate
 * whose name is an HTML/CSV injection attempt with an interview tomorrow.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "../../src/bot.js";
import { ManualClock } from "../../src/clock.js";
import { addDays, atMinutes, wallClock } from "../../src/domain/business-time.js";
import { silentLogger } from "../../src/log.js";
import { generateHistory, writeHistory } from "../../src/seed/index.js";
import { openStore } from "../../src/store/index.js";
import { startTestBot } from "./test-bot.js";

export const DASHBOARD_TOKEN = "test-dashboard-token-0123456789";
export const EVIL_NAME = `=HYPERLINK("http://x")<img src=x onerror="window.__pwned=1">`;

/** 15:00 tomorrow in the business zone: "tomorrow" whatever time of day the test runs. */
function tomorrowAt(now: Date, hour: number): Date {
  return atMinutes(addDays(wallClock(now, "Asia/Shanghai"), 1), hour * 60, "Asia/Shanghai");
}

export interface SeededBot extends Bot {
  dataDir: string;
  evilInterviewId: string;
}

export async function startSeededBot(options: { days?: number; perWorkday?: number; env?: Record<string, string> } = {}): Promise<SeededBot> {
  const dataDir = await mkdtemp(join(tmpdir(), "seeded-bot-"));
  const now = new Date();
  const clock = new ManualClock(now);
  const store = await openStore({ dataDir, logger: silentLogger, clock });
  let evilInterviewId: string;
  try {
    await writeHistory(store, clock, generateHistory({ days: options.days ?? 21, now, timeZone: "Asia/Shanghai", perWorkday: options.perWorkday ?? 8, seed: 11 }), { batchSize: 100 });
    const candidate = await store.createCandidate({ name: EVIL_NAME, sourceChannel: "官网" });
    const interview = await store.createInterview(
      { candidateId: candidate.id, position: "<b>岗位</b>", recruiterUserId: "hr-li", scheduledAt: tomorrowAt(now, 15), durationMinutes: 60 },
      "recruiter:hr-li",
    );
    evilInterviewId = interview.id;
  } finally {
    await store.close();
  }
  const bot = await startTestBot({ env: { DATA_DIR: dataDir, DASHBOARD_TOKEN, ...options.env } });
  return {
    ...bot,
    dataDir,
    evilInterviewId,
    async stop() {
      await bot.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
