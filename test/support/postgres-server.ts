/**
 * A real PostgreSQL for tests, from whatever this machine has:
 * 1. DATABASE_URL → a fresh, uniquely named database on that server (dropped on stop),
 *    so suites can run in parallel against one server;
 * 2. otherwise a Debian/Ubuntu install (`/usr/lib/postgresql/<v>/bin/initdb`) → a
 *    throwaway cluster in a temp dir on a free port (as root it runs as `postgres`);
 * 3. otherwise null: the caller skips with a message saying how to enable it.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** postgres:// URL of an empty database this suite may use freely. */
  url: string;
  /** Human-readable origin, for test names and logs. */
  origin: string;
  /** Drops the database / stops the cluster and deletes its files. */
  stop(): Promise<void>;
}

/** Why startPostgres() returned null, for skip messages. */
export const POSTGRES_SKIP_REASON =
  "no PostgreSQL available: set DATABASE_URL=postgres://… or install PostgreSQL (initdb under /usr/lib/postgresql/<version>/bin)";

export async function startPostgres(): Promise<PostgresServer | null> {
  const url = process.env.DATABASE_URL;
  if (url) return freshDatabase(url);
  const bin = findPostgresBin();
  return bin ? startCluster(bin) : null;
}

/** Creates `test_<random>` on the server at `url`; stop() drops it. */
export async function freshDatabase(url: string): Promise<PostgresServer> {
  const name = `test_${randomBytes(6).toString("hex")}`;
  await withClient(url, (c) => c.query(`create database "${name}"`));
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    url: dbUrl.toString(),
    origin: `database ${name} on ${dbUrl.host}`,
    // FORCE: a suite that failed may have left connections open.
    stop: () => withClient(url, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The newest `/usr/lib/postgresql/<v>/bin` that has initdb, or undefined. */
function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin");
}

async function startCluster(bin: string): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "pgtest-"));
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  // PostgreSQL refuses to run as root; hand the directory to the `postgres` user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const ids = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const gids = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (ids.status !== 0) throw new Error("running as root but there is no `postgres` user to run PostgreSQL as");
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
  }
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, cmd), ...args]] as const : [join(bin, cmd), args] as const;
    const result = spawnSync(full[0], full[1], { encoding: "utf8", cwd: dir });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, "utf8") : "";
      throw new Error(`${cmd} failed (${result.status}): ${result.stderr || result.stdout}${serverLog}`);
    }
  };

  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  // Durability off: a test cluster trades crash safety for speed. The unix
  // socket lives in the temp dir so we need no write access to /var/run.
  const serverOptions = [
    `-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1",
    "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200",
  ].join(" ");
  run("pg_ctl", ["-D", data, "-l", log, "-o", serverOptions, "-w", "-t", "60", "start"]);

  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    const args = ["-D", data, "-m", "immediate", "-w", "stop"];
    if (asRoot) spawnSync("runuser", ["-u", "postgres", "--", join(bin, "pg_ctl"), ...args]);
    else spawnSync(join(bin, "pg_ctl"), args);
    rmSync(dir, { recursive: true, force: true });
  };
  // If the test process dies without calling stop(), do not leave a server behind.
  process.once("exit", stopSync);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    origin: `throwaway cluster (${bin}) on port ${port}`,
    stop: async () => {
      process.removeListener("exit", stopSync);
      stopSync();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
