import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** What a test can ask the bot in the child process to do. */
export type BotCommand =
  /** Creates `count` interviews (candidates `${name}0…`) and returns their one-time link codes. */
  | { cmd: "invite"; name: string; count: number; recruiterUserId: string; scheduledAt: string }
  /** Stops the outbox dispatcher: turns still commit, nothing is sent. */
  | { cmd: "pauseDispatcher" }
  | { cmd: "outboxCounts" }
  /** Database statements and Redis commands sent so far by kind (needs BENCH_COUNT_STATEMENTS=1); `reset` starts over. */
  | { cmd: "statements"; reset?: boolean }
  /** A graceful stop (the process exits afterwards). */
  | { cmd: "stop" };

export type BotReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** A bot in its own process (see bot-process-entry.ts). */
export interface BotProcess {
  readonly url: string;
  readonly child: ChildProcess;
  send<T>(command: BotCommand): Promise<T>;
  /** SIGKILL: the process dies on the spot, mid-whatever it was doing. Resolves once it is gone. */
  kill(): Promise<void>;
  /** Graceful stop, then waits for the exit. */
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL("./bot-process-entry.ts", import.meta.url));

/**
 * Forks the bot with `env` (the bot's configuration variables, e.g. from
 * `liveEnv(sim.url)` plus PORT, DATA_DIR or DATABASE_URL) and waits until it
 * listens. Rejects with the child's exit code if it dies while starting.
 */
export function startBotProcess(env: Record<string, string>, options: { timeoutMs?: number } = {}): Promise<BotProcess> {
  const child = fork(ENTRY, [], {
    // The bot's storage comes from `env` only: CI exports DATABASE_URL / REDIS_URL for the
    // suites that want them, and a PGlite bot must not quietly inherit them ("" = unset).
    env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", MONGODB_URL: "", LOG_LEVEL: "silent", ...env },
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the bot, written when it stops gracefully.
    execArgv: [...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), "--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", (code, signal) => {
    for (const w of waiting.values()) w.reject(new Error(`bot process exited (${signal ?? code})`));
    waiting.clear();
  });
  child.on("message", (reply: BotReply) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.result);
    else w.reject(new Error(`bot process: ${reply.error}`));
  });
  const ready = new Promise<{ url: string }>((resolve, reject) => {
    waiting.set(0, { resolve: (v) => resolve(v as { url: string }), reject });
    setTimeout(() => reject(new Error("bot process did not start in time")), options.timeoutMs ?? 60_000).unref();
  });
  const send = <T>(command: BotCommand): Promise<T> => {
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: (v) => resolve(v as T), reject });
      child.send({ id, command });
    });
  };
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  return ready.then(
    ({ url }): BotProcess => ({
      url,
      child,
      send,
      async kill() {
        if (alive()) child.kill("SIGKILL");
        await exited;
      },
      async stop() {
        if (!alive()) return;
        await send({ cmd: "stop" }).catch(() => undefined);
        await exited;
      },
    }),
    (err: unknown) => {
      child.kill("SIGKILL");
      throw err;
    },
  );
}
