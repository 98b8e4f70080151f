import { pino, type Logger, type LoggerOptions } from "pino";

export type { Logger };

/** Keys whose values never reach a log line, at any of the first three levels. */
const SECRET_KEYS = [
  "secret", "corpsecret", "token", "access_token", "aesKey", "encodingAESKey",
  "password", "authorization", "cookie", "mobile", "phone", "robotKey", "key",
];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

/** Mainland mobile numbers: keep the first 3 and last 4 digits, as HR tools display them. */
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export function maskMobiles(text: string): string {
  return text.replace(MOBILE, "$1****$2");
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === "string") return maskMobiles(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
  return out;
}

/**
 * The process logger: JSON lines on stdout, secrets redacted by key and mobile
 * numbers masked wherever they appear (candidates type them into free text).
 */
export function createLogger(options: { level?: LoggerOptions["level"]; destination?: pino.DestinationStream } = {}): Logger {
  const opts: LoggerOptions = {
    level: options.level ?? "info",
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    formatters: { log: (obj) => scrub(obj, 0) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === "string" ? maskMobiles(a) : a));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
  return options.destination ? pino(opts, options.destination) : pino(opts);
}

/** A logger that drops everything, for tests and benchmarks. */
export const silentLogger: Logger = pino({ level: "silent" });
