import { existsSync, readFileSync } from "node:fs";
import { parse as parseDotenv } from "dotenv";
import { z } from "zod";

/**
 * The one typed configuration of a running bot, built from the environment by a
 * pure function ({@link readConfig}) so tests can build any Config they need.
 * Defaults live here and nowhere else.
 */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… → a PostgreSQL server; undefined → embedded PGlite in dataDir. */
  databaseUrl: string | undefined;
  /** undefined → in-process coordination (one instance only). */
  redisUrl: string | undefined;
  /** Namespace of our keys in Redis, so deployments can share one server. */
  redisKeyPrefix: string;
  /** Reserved for the MongoDB storage engine. */
  mongodbUrl: string | undefined;
  businessTimeZone: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  nlu: { confidenceThreshold: number };
  wecom: WecomConfig;
  /** Who may use the recruiter slash commands (see {@link RecruiterAccess}). */
  recruiters: RecruiterAccess;
  /** The HR dashboard (`/dashboard`). */
  dashboard: DashboardConfig;
}

export interface DashboardConfig {
  /**
   * The access token HR managers sign in with (DASHBOARD_TOKEN). Undefined:
   * in sandbox mode the bot makes a random one at start and logs it; in live
   * mode the dashboard stays off. There is no default credential.
   */
  token: string | undefined;
}

/**
 * WeCom userids allowed to run recruiter commands. Admins may also act on and
 * list every recruiter's interviews. In sandbox mode an unset list means
 * {@link SANDBOX_RECRUITERS}, so the sandbox works out of the box.
 */
export interface RecruiterAccess {
  recruiters: readonly string[];
  admins: readonly string[];
}

/** The recruiter the sandbox (and its simulator) plays when WECOM_RECRUITERS is unset. */
export const SANDBOX_RECRUITERS: readonly string[] = ["recruiter_li"];

export interface WecomConfig {
  /** `sandbox`: no credentials were given; the local simulator plays WeCom. */
  mode: "live" | "sandbox";
  apiBase: string;
  corpId: string;
  app: { agentId: number; secret: string; token: string; aesKey: string };
  kf: { secret: string; token: string; aesKey: string; openKfId: string };
  /** Group-robot webhook key for HR alerts; undefined → alerts are only logged. */
  robotKey: string | undefined;
}

/** A bad or missing variable; the message names it and says what is expected. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const AES_KEY = z.string().regex(/^[A-Za-z0-9]{43}$/, "must be the 43-character EncodingAESKey");
const nonEmpty = z.string().min(1, "must not be empty");
/** `a,b|c`: WeCom userids (letters, digits, `_ - . @`) separated by commas, pipes or spaces. */
const USERID_LIST = /^[\w.@-]+(?:\s*[,|\s]\s*[\w.@-]+)*$/;

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: nonEmpty.default("0.0.0.0"),
  DATA_DIR: nonEmpty.default("./data"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, "must be 1–64 characters of [A-Za-z0-9_:.-]").default("ib:"),
  MONGODB_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, "must be a mongodb:// URL").optional(),
  BUSINESS_TZ: z.string().refine(isTimeZone, "must be an IANA time zone such as Asia/Shanghai").default("Asia/Shanghai"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NLU_CONFIDENCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
  WECOM_API_BASE: z.url("must be an http(s) URL").default("https://qyapi.weixin.qq.com"),
  WECOM_CORP_ID: nonEmpty.optional(),
  WECOM_APP_AGENT_ID: z.coerce.number().int().positive("must be the numeric AgentId").optional(),
  WECOM_APP_SECRET: nonEmpty.optional(),
  WECOM_APP_TOKEN: nonEmpty.optional(),
  WECOM_APP_AES_KEY: AES_KEY.optional(),
  WECOM_KF_SECRET: nonEmpty.optional(),
  WECOM_KF_TOKEN: nonEmpty.optional(),
  WECOM_KF_AES_KEY: AES_KEY.optional(),
  WECOM_KF_OPEN_KFID: nonEmpty.optional(),
  WECOM_ROBOT_KEY: nonEmpty.optional(),
  WECOM_RECRUITERS: z.string().regex(USERID_LIST, "must be WeCom userids separated by , or |").optional(),
  WECOM_ADMINS: z.string().regex(USERID_LIST, "must be WeCom userids separated by , or |").optional(),
  DASHBOARD_TOKEN: z.string().min(16, "must be at least 16 characters (e.g. openssl rand -base64 24)").regex(/^[\x21-\x7e]+$/, "must be printable ASCII without spaces").optional(),
});

/** Every credential a live deployment needs; the robot key is optional. */
const LIVE_VARIABLES = [
  "WECOM_CORP_ID",
  "WECOM_APP_AGENT_ID",
  "WECOM_APP_SECRET",
  "WECOM_APP_TOKEN",
  "WECOM_APP_AES_KEY",
  "WECOM_KF_SECRET",
  "WECOM_KF_TOKEN",
  "WECOM_KF_AES_KEY",
  "WECOM_KF_OPEN_KFID",
] as const;

/**
 * Fixed, obviously fake credentials for sandbox mode. They are not secret: the
 * simulator and our server both run on this machine and only sign for each other.
 */
export const SANDBOX_CREDENTIALS = {
  corpId: "wwsandbox0000000001",
  app: { agentId: 1000002, secret: "sandbox-app-secret", token: "sandboxAppToken", aesKey: "c2FuZGJveGFwcGFlc2tleTAwMDAwMDAwMDAwMDAwMDA" },
  kf: { secret: "sandbox-kf-secret", token: "sandboxKfToken", aesKey: "c2FuZGJveGtmYWVza2V5MDAwMDAwMDAwMDAwMDAwMDA", openKfId: "wkSANDBOX0000000000000001" },
  robotKey: "sandbox-robot-key",
} as const;

/** Builds and validates the Config from an environment. Throws {@link ConfigError}. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // Treat empty strings like unset ones: `FOO=` in a .env file means "not configured".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    mongodbUrl: e.MONGODB_URL,
    businessTimeZone: e.BUSINESS_TZ,
    logLevel: e.LOG_LEVEL,
    nlu: { confidenceThreshold: e.NLU_CONFIDENCE_THRESHOLD },
    wecom: readWecom(e),
    recruiters: readRecruiters(e),
    dashboard: { token: e.DASHBOARD_TOKEN },
  };
}

function userIds(list: string | undefined): string[] {
  return list === undefined ? [] : [...new Set(list.split(/[,|\s]+/).filter((u) => u !== ""))];
}

function readRecruiters(e: z.infer<typeof schema>): RecruiterAccess {
  const admins = userIds(e.WECOM_ADMINS);
  const listed = userIds(e.WECOM_RECRUITERS);
  const sandbox = LIVE_VARIABLES.every((name) => e[name] === undefined);
  const recruiters = listed.length === 0 && admins.length === 0 && sandbox ? [...SANDBOX_RECRUITERS] : listed;
  return { recruiters, admins };
}

function readWecom(e: z.infer<typeof schema>): WecomConfig {
  const given = LIVE_VARIABLES.filter((name) => e[name] !== undefined);
  if (given.length === 0) {
    return { mode: "sandbox", apiBase: e.WECOM_API_BASE, ...SANDBOX_CREDENTIALS };
  }
  const missing = LIVE_VARIABLES.find((name) => e[name] === undefined);
  if (missing) {
    throw new ConfigError(missing, `is required once any WeCom credential is set (found ${given.join(", ")}); unset them all for sandbox mode`);
  }
  return {
    mode: "live",
    apiBase: e.WECOM_API_BASE.replace(/\/+$/, ""),
    corpId: e.WECOM_CORP_ID!,
    app: { agentId: e.WECOM_APP_AGENT_ID!, secret: e.WECOM_APP_SECRET!, token: e.WECOM_APP_TOKEN!, aesKey: e.WECOM_APP_AES_KEY! },
    kf: { secret: e.WECOM_KF_SECRET!, token: e.WECOM_KF_TOKEN!, aesKey: e.WECOM_KF_AES_KEY!, openKfId: e.WECOM_KF_OPEN_KFID! },
    robotKey: e.WECOM_ROBOT_KEY,
  };
}

/** process.env over an optional `.env` file (the real environment wins). */
export function loadConfig(envFile = ".env", env: NodeJS.ProcessEnv = process.env): Config {
  const fromFile = existsSync(envFile) ? parseDotenv(readFileSync(envFile)) : {};
  return readConfig({ ...fromFile, ...env });
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
