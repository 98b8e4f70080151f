/**
 * The recruiter bot's and HR alerts' texts (`config/recruiter.zh-CN.yaml`),
 * validated at start like the candidate texts: a missing or misspelled key
 * stops the bot with a message naming the file and the key.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { FlowSettingsError } from "./flow-settings.js";

/** Every key the recruiter bot and the HR alerts render. */
export const RECRUITER_TEXT_KEYS = [
  "command.refused",
  "command.not_command",
  "command.unknown",
  "command.media",
  "command.failed",
  "command.help_head",
  "command.help_foot",
  "help.invite",
  "help.list",
  "help.status",
  "help.reschedule",
  "help.cancel",
  "help.checkin",
  "help.noshow",
  "help.done",
  "help.approve",
  "help.decline",
  "help.remind",
  "help.handoff",
  "help.stats",
  "help.help",
  "usage.invite",
  "usage.id",
  "usage.reschedule",
  "usage.decline",
  "usage.list",
  "usage.stats",
  "time.missing",
  "time.unreadable",
  "time.no_day",
  "time.no_clock",
  "time.past",
  "time.example",
  "invite.bad_mobile",
  "invite.card_title",
  "invite.card_desc",
  "invite.link",
  "invite.clash",
  "list.head",
  "list.empty",
  "list.line",
  "list.never",
  "list.no_nudge",
  "list.range_today",
  "list.range_tomorrow",
  "list.range_week",
  "list.range_upcoming",
  "status.head",
  "status.unbound",
  "status.timeline",
  "status.transition",
  "status.message_in",
  "status.message_out",
  "status.message_app",
  "status.nudge",
  "status.more",
  "status.card_title",
  "status.card_desc",
  "find.not_found",
  "find.suggestions",
  "find.suggestion",
  "find.none",
  "find.ambiguous",
  "action.closed",
  "action.done.reschedule",
  "action.done.cancel",
  "action.done.check_in",
  "action.done.no_show",
  "action.done.complete",
  "action.done.approve_reschedule",
  "action.done.decline_reschedule",
  "action.done.remind",
  "action.done.handoff",
  "action.unbound_note",
  "action.ignored.no_pending_reschedule",
  "action.ignored.not_checked_in",
  "action.ignored.same_status",
  "action.ignored.not_allowed",
  "action.ignored.same_time",
  "action.ignored.other",
  "action.what.reschedule",
  "action.what.cancel",
  "action.what.check_in",
  "action.what.no_show",
  "action.what.complete",
  "action.what.approve_reschedule",
  "action.what.decline_reschedule",
  "action.what.remind",
  "action.what.handoff",
  "action.unbound_only",
  "action.window_exhausted",
  "action.window_since_silent",
  "action.window_since_count",
  "action.handoff_done_already",
  "action.card_button.check_in",
  "action.card_button.no_show",
  "action.card_button.approve_reschedule",
  "action.card_button.decline_reschedule",
  "action.card_done",
  "action.card_stale",
  "status_name.invited",
  "status_name.confirmed",
  "status_name.reschedule_requested",
  "status_name.rescheduled",
  "status_name.cancelled",
  "status_name.checked_in",
  "status_name.no_show",
  "status_name.completed",
  "alert.essentials",
  "alert.cancelled",
  "alert.reschedule_requested",
  "alert.no_reply",
  "alert.reconfirm_unanswered",
  "alert.not_checked_in",
  "alert.late",
  "alert.arrived",
  "alert.handed_off",
  "alert.opted_out",
  "alert.window_exhausted",
  "alert.bind_failed",
  "alert.high_risk",
  "alert.merged_head",
  "alert.missed",
  "alert.risk_score",
  "alert.reason.handoff.reschedule_cap",
  "alert.reason.handoff.no_slots",
  "alert.reason.handoff.recruiter",
  "alert.reason.handoff.unanswered_question",
  "alert.reason.handoff.unclear",
  "alert.reason.bind.used",
  "alert.reason.bind.expired",
  "alert.reason.bind.unknown",
  "alert.no_interview",
  "digest.head",
  "digest.empty",
  "digest.line",
  "digest.risk",
  "digest.foot",
] as const;

export type RecruiterTextKey = (typeof RECRUITER_TEXT_KEYS)[number];

const FILE = "recruiter.zh-CN.yaml";
const HERE = dirname(fileURLToPath(import.meta.url));

/** Rendered texts for recruiters and the HR group; `{name}` placeholders. */
export class RecruiterTexts {
  constructor(private readonly texts: Readonly<Record<RecruiterTextKey, string>>) {}

  /** Fills `{placeholders}`; an unknown one stays visible rather than vanishing. */
  get(key: RecruiterTextKey, vars: Readonly<Record<string, string | number>> = {}): string {
    return this.texts[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  }

  /** For keys built at run time (`action.done.${type}`): undefined when there is no such text. */
  maybe(key: string, vars: Readonly<Record<string, string | number>> = {}): string | undefined {
    return (RECRUITER_TEXT_KEYS as readonly string[]).includes(key) ? this.get(key as RecruiterTextKey, vars) : undefined;
  }
}

/** Reads and validates `config/recruiter.zh-CN.yaml` (or the same file in `dir`). Throws FlowSettingsError. */
export function loadRecruiterTexts(dir: string = HERE): RecruiterTexts {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(join(dir, FILE), "utf8")) ?? {};
  } catch (cause) {
    throw new FlowSettingsError(FILE, "", `cannot read or parse ${join(dir, FILE)}`, { cause });
  }
  const flat: Record<string, unknown> = {};
  const walk = (value: unknown, prefix: string): void => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else flat[prefix] = value;
  };
  walk(raw, "");
  const known = new Set<string>(RECRUITER_TEXT_KEYS);
  const unknown = Object.keys(flat).find((k) => !known.has(k));
  if (unknown) throw new FlowSettingsError(FILE, unknown, "unknown key (a typo?)");
  for (const key of RECRUITER_TEXT_KEYS) {
    const text = flat[key];
    if (typeof text !== "string" || text === "") throw new FlowSettingsError(FILE, key, text === undefined ? "missing" : "must be non-empty text");
  }
  return new RecruiterTexts(flat as Record<RecruiterTextKey, string>);
}
