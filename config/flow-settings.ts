/**
 * Loads what the candidate flows need besides code: the texts
 * (`messages.zh-CN.yaml`), the FAQ (`faq.zh-CN.yaml`) and the reschedule policy,
 * validated once at start so a typo stops the bot with a message naming the key
 * instead of sending a broken message to a candidate later.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { FlowSettings } from "../src/domain/flow.js";
import { FAQ_TOPICS, MESSAGE_KEYS } from "../flows/message-keys.js";
import { ENGINE_TEXT_KEYS } from "../src/engine/engine-texts.js";

/** The reschedule policy and caps; defaults live here and nowhere else. */
export const DEFAULT_FLOW_POLICY = {
  confidenceThreshold: 0.6,
  maxReschedules: 2,
  workingHours: { start: "09:00", end: "18:00" },
  /** 0 = Sunday … 6 = Saturday. */
  workingWeekdays: [1, 2, 3, 4, 5],
  minNoticeHours: 24,
} as const;

export type FlowPolicy = Omit<FlowSettings, "messages" | "faq">;

export interface LoadFlowSettingsOptions {
  /** Directory holding the YAML files; default: this `config/` directory. */
  dir?: string;
  /** Usually `Config.nlu.confidenceThreshold`. */
  confidenceThreshold?: number;
  /** Overrides of the reschedule policy. */
  policy?: Partial<FlowPolicy>;
}

/** A bad or missing entry in a flow config file; the message names file and key. */
export class FlowSettingsError extends Error {
  override readonly name = "FlowSettingsError";
  constructor(
    readonly file: string,
    readonly key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${key ? `${key}: ` : ""}${message}`, options);
  }
}

const CLOCK = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM");

const policySchema = z.object({
  confidenceThreshold: z.number().min(0).max(1),
  maxReschedules: z.number().int().min(0),
  workingHours: z
    .object({ start: CLOCK, end: CLOCK })
    .refine((h) => h.start < h.end, { message: "start must be before end", path: ["start"] }),
  workingWeekdays: z.array(z.number().int().min(0).max(6)).min(1),
  minNoticeHours: z.number().min(0),
});

/** Every key the flows and the engine render; the file must hold exactly these. */
export const REQUIRED_MESSAGE_KEYS: readonly string[] = [...MESSAGE_KEYS, ...ENGINE_TEXT_KEYS];

const messagesSchema = z.strictObject(Object.fromEntries(REQUIRED_MESSAGE_KEYS.map((k) => [k, z.string().min(1, "must not be empty")])));

const topics = z.strictObject(Object.fromEntries(FAQ_TOPICS.map((t) => [t, z.string().min(1).optional()])));
const faqSchema = z.strictObject({
  default: topics,
  positions: z.record(z.string(), topics).default({}),
});

const HERE = dirname(fileURLToPath(import.meta.url));

export function loadFlowSettings(options: LoadFlowSettingsOptions = {}): FlowSettings {
  const dir = options.dir ?? HERE;
  const messageFile = "messages.zh-CN.yaml";
  const messages = validate(messageFile, messagesSchema, flatten(messageFile, readYaml(dir, messageFile)));
  const faqFile = "faq.zh-CN.yaml";
  const faq = validate(faqFile, faqSchema, readYaml(dir, faqFile));
  const policy = validate("flow policy", policySchema, {
    ...DEFAULT_FLOW_POLICY,
    workingWeekdays: [...DEFAULT_FLOW_POLICY.workingWeekdays],
    ...(options.confidenceThreshold !== undefined ? { confidenceThreshold: options.confidenceThreshold } : {}),
    ...options.policy,
  });
  return {
    ...policy,
    messages: messages as Record<string, string>,
    faq: JSON.parse(JSON.stringify(faq)) as FlowSettings["faq"],
  };
}

function readYaml(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), "utf8");
  } catch (cause) {
    throw new FlowSettingsError(file, "", `cannot read ${join(dir, file)}`, { cause });
  }
  try {
    return parseYaml(text) ?? {};
  } catch (cause) {
    throw new FlowSettingsError(file, "", `not valid YAML: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Nested YAML → `{"a.b.c": "text"}`; a leaf that is not text is reported by its key. */
function flatten(file: string, value: unknown, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(file, v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = typeof value === "number" ? String(value) : value;
  } else {
    throw new FlowSettingsError(file, "", "must be a mapping of message keys");
  }
  return out;
}

function validate<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A misspelled key shows up as "unknown" plus "missing": name the typo first, then the rest.
  const problems = result.error.issues
    .flatMap((issue) => {
      if (issue.code === "unrecognized_keys") return issue.keys.map((k) => ({ key: [...issue.path, k].join("."), message: "unknown key (a typo?)", rank: 0 }));
      const missing = issue.code === "invalid_type" && issue.input === undefined;
      return [{ key: issue.path.join("."), message: missing ? "missing" : issue.message, rank: 1 }];
    })
    .sort((a, b) => a.rank - b.rank);
  const [first, ...rest] = problems;
  const more = rest.length > 0 ? `; also ${rest.map((p) => `${p.key}: ${p.message}`).join("; ")}` : "";
  throw new FlowSettingsError(file, first?.key ?? "", `${first?.message ?? "invalid"}${more}`);
}
