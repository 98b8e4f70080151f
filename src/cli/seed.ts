/**
 * `npm run cli -- seed [--days 90] [--per-day 25] [--seed N] [--append]`:
 * writes realistic demo history (channels, positions, slots, reply latencies,
 * outcomes with the no-show patterns the dashboard is meant to reveal) into
 * the configured store (DATABASE_URL, or PGlite under DATA_DIR).
 */
import { loadConfig } from "../../config/settings.js";
import { ManualClock, systemClock } from "../clock.js";
import { createLogger } from "../log.js";
import { generateHistory, writeHistory } from "../seed/index.js";
import { openStore } from "../store/index.js";
import { progressBar } from "./progress-bar.js";

export const summary = "write demo history (--days 90 --per-day 25 --seed N --append) into the configured store";

interface SeedArgs {
  days: number;
  perDay: number;
  seed: number;
  append: boolean;
}

/** Parses the flags; throws with a usage hint on anything unknown or malformed. */
export function parseSeedArgs(args: readonly string[]): SeedArgs {
  const out: SeedArgs = { days: 90, perDay: 25, seed: 20250602, append: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    if (flag === "--append") {
      out.append = true;
      continue;
    }
    const value = args[i + 1];
    const number = Number(value);
    const keys: Record<string, "days" | "perDay" | "seed"> = { "--days": "days", "--per-day": "perDay", "--seed": "seed" };
    const key = keys[flag];
    if (!key) throw new Error(`unknown option ${flag} (options: --days N, --per-day N, --seed N, --append)`);
    const [min, max] = key === "seed" ? [0, 2 ** 32] : [1, 3650];
    if (value === undefined || !Number.isInteger(number) || number < min || number > max) {
      throw new Error(`${flag} needs a whole number from ${min} to ${max}, got ${value ?? "nothing"}`);
    }
    out[key] = number;
    i += 1;
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  let parsed: SeedArgs;
  try {
    parsed = parseSeedArgs(args);
  } catch (err) {
    process.stderr.write(`seed: ${(err as Error).message}\n`);
    return 2;
  }
  const config = loadConfig();
  const now = systemClock.now();
  const clock = new ManualClock(now);
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger: createLogger({ level: "warn" }), clock });
  try {
    if (!parsed.append && (await store.findInterviews({ limit: 1 })).length > 0) {
      process.stderr.write("seed: the store already has interviews; pass --append to add demo history anyway\n");
      return 1;
    }
    const history = generateHistory({ days: parsed.days, now, timeZone: config.businessTimeZone, perWorkday: parsed.perDay, seed: parsed.seed });
    process.stderr.write(`seed: ${history.length} interviews over ${parsed.days} days into ${store.engine}\n`);
    const written = await writeHistory(store, clock, history, { progress: progressBar("seed") });
    process.stdout.write(`seeded ${written.interviews} interviews and ${written.messages} messages (${store.engine})\n`);
    return 0;
  } finally {
    await store.close();
  }
}
