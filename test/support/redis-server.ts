/**
 * A real Redis for tests: the one named by REDIS_URL, or a throwaway
 * `redis-server` on a free local port, or null when neither exists (suites then
 * skip with a message instead of failing on a fresh machine).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, constants } from "node:fs";
import { createConnection, createServer } from "node:net";
import { delimiter, join } from "node:path";
import { Redis } from "ioredis";

export interface TestRedis {
  url: string;
  /** True when we started the server ourselves (and `stop` kills it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

/** Random per test process, so parallel suites and repeated runs never share keys. */
const RUN_ID = `${process.pid.toString(36)}${randomBytes(3).toString("hex")}`;
const RUN_PREFIX = `ibtest:${RUN_ID}:`;
let prefixCounter = 0;

/**
 * A key prefix unique to this test process and call, e.g. `ibtest:k3x9a1b2c:coord:7:`.
 * Everything under it is removed by `stop()` when testing against a shared REDIS_URL.
 */
export function testKeyPrefix(label = "t"): string {
  prefixCounter += 1;
  return `${RUN_PREFIX}${label}:${prefixCounter}:`;
}

/** Starts (or borrows) a Redis for this test file; null when none is available. */
export async function startRedis(): Promise<TestRedis | null> {
  const external = process.env.REDIS_URL;
  if (external) return { url: external, owned: false, stop: () => forgetRunKeys(external) };
  const bin = findOnPath("redis-server");
  if (!bin) return null;
  // A free port can be taken between probing and binding; try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await launch(bin, await freePort());
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`could not start ${bin}`, { cause: lastError });
}

async function launch(bin: string, port: number): Promise<TestRedis> {
  const child = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-2000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error) => reject(new Error(`redis-server failed to spawn`, { cause: error })));
    child.once("exit", (code) => reject(new Error(`redis-server exited early (code ${code}): ${output}`)));
  });
  exited.catch(() => undefined); // observed below; avoid an unhandled rejection after success
  try {
    await Promise.race([waitForPong(port, 10_000), exited]);
  } catch (error) {
    await kill(child);
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, owned: true, stop: () => kill(child) };
}

async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await pingOnce(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** One raw RESP PING, so the helper does not depend on the code under test. */
function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    let reply = "";
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) finish(reply.startsWith("+PONG"));
    });
  });
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 2_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** On a shared server, remove only what this test process wrote. */
async function forgetRunKeys(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${RUN_PREFIX}*`, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) await client.unlink(...keys);
    } while (cursor !== "0");
  } finally {
    client.disconnect();
  }
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}
