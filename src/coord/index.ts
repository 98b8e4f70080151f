import type { Logger } from "../log.js";
import type { Coordination } from "./coordination.js";
import { MemoryCoordination } from "./memory.js";
import { RedisCoordination } from "./redis.js";

export type { Coordination, Lock } from "./coordination.js";
export { withLock, LockTimeoutError } from "./coordination.js";
export { MemoryCoordination, CoordinationClosedError } from "./memory.js";
export { RedisCoordination } from "./redis.js";

/** Redis was configured but could not be reached at startup. */
export class CoordinationUnavailableError extends Error {
  override readonly name = "CoordinationUnavailableError";
  constructor(
    readonly redisUrl: string,
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`REDIS_URL ${redisUrl} is unreachable (${reason}); fix it or unset REDIS_URL to run a single in-memory instance`, options);
  }
}

/**
 * The process's coordination backend: Redis when `redisUrl` (REDIS_URL) is set —
 * connected and pinged now, so a bad URL fails at startup rather than on the
 * first callback — otherwise in-memory, which is only correct for one instance.
 */
export async function createCoordination(
  redisUrl: string | undefined,
  logger: Logger,
  options: { keyPrefix?: string } = {},
): Promise<Coordination> {
  if (!redisUrl) {
    logger.info({ coordination: "memory" }, "no REDIS_URL: coordinating in memory (run a single instance only)");
    return new MemoryCoordination();
  }
  const coord = new RedisCoordination(redisUrl, { keyPrefix: options.keyPrefix ?? "ib:", logger });
  try {
    await coord.connect();
  } catch (error) {
    await coord.close();
    throw new CoordinationUnavailableError(redactUrl(redisUrl), { cause: error });
  }
  logger.info({ coordination: "redis", redis: redactUrl(redisUrl) }, "coordinating through Redis");
  return coord;
}

/** The URL without its password, fit for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable REDIS_URL>";
  }
}
