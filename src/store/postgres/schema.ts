/**
 * The PostgreSQL schema (also used by PGlite). `npm run db:generate` turns
 * changes here into a new SQL migration under `drizzle/`; commit both.
 *
 * Conventions: bigint identity ids (exposed as strings), timestamptz for every
 * time, text for WeCom ids (kf msgids and MsgIds are opaque strings), text +
 * CHECK instead of enum types (adding a status is then a one-line migration).
 */
import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { INTERVIEW_STATUSES } from "../contract/interviews.js";
import type { Json, JsonObject } from "../contract/json.js";

const id = () => bigint("id", { mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity();
const ref = (name: string) => bigint(name, { mode: "bigint" });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** `column IN ('a', 'b')` for CHECK constraints; values are our own constants, never input. */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;
}

export const inboxItems = pgTable(
  "inbox_items",
  {
    id: id(),
    dedupKey: text("dedup_key").notNull(),
    source: text("source").notNull(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Json>().notNull(),
    receivedAt: at("received_at").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    leaseOwner: text("lease_owner"),
    leaseUntil: at("lease_until"),
    error: text("error"),
    completedAt: at("completed_at"),
    createdAt: at("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("inbox_items_dedup_key_uq").on(t.dedupKey),
    // Only unfinished rows are ever claimed; the index stays small as history grows.
    index("inbox_items_claimable_idx").on(t.id).where(sql`status in ('pending', 'processing')`),
    index("inbox_items_completed_at_idx").on(t.completedAt),
    check("inbox_items_source_ck", oneOf(t.source, ["app", "kf"])),
    check("inbox_items_status_ck", oneOf(t.status, ["pending", "processing", "handled", "failed"])),
  ],
);

export const kfCursors = pgTable("kf_cursors", {
  openKfId: text("open_kfid").primaryKey(),
  cursor: text("cursor").notNull(),
  updatedAt: at("updated_at").notNull(),
});

export const candidates = pgTable(
  "candidates",
  {
    id: id(),
    name: text("name").notNull(),
    mobile: text("mobile"),
    sourceChannel: text("source_channel"),
    externalUserId: text("external_userid"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    index("candidates_name_idx").on(t.name),
    index("candidates_external_userid_idx").on(t.externalUserId),
    index("candidates_mobile_idx").on(t.mobile),
  ],
);

export const interviews = pgTable(
  "interviews",
  {
    id: id(),
    candidateId: ref("candidate_id").notNull().references(() => candidates.id),
    position: text("position").notNull(),
    recruiterUserId: text("recruiter_userid").notNull(),
    interviewers: text("interviewers").array().notNull().default(sql`'{}'::text[]`),
    scheduledAt: at("scheduled_at").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    locationAddress: text("location_address"),
    locationMapUrl: text("location_map_url"),
    meetingUrl: text("meeting_url"),
    materials: text("materials"),
    process: text("process"),
    notes: text("notes"),
    status: text("status").notNull(),
    rescheduleCount: integer("reschedule_count").notNull().default(0),
    cancelReason: text("cancel_reason"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    // Metrics facts, kept up to date by logMessage and transitionInterview (and
    // backfilled by migration 0002), so the dashboard aggregates one table
    // instead of probing the message log and history per interview.
    /** The first candidate reply at or after creation (see contract/metrics.ts). */
    firstReplyAt: at("first_reply_at"),
    everConfirmed: boolean("ever_confirmed").notNull().default(false),
    everRescheduled: boolean("ever_rescheduled").notNull().default(false),
    everCancelled: boolean("ever_cancelled").notNull().default(false),
    everCompleted: boolean("ever_completed").notNull().default(false),
    /** The latest of checked_in/completed ("attended") or no_show ("no_show"); null while unknown. */
    attendance: text("attendance"),
  },
  (t) => [
    index("interviews_recruiter_scheduled_idx").on(t.recruiterUserId, t.scheduledAt),
    index("interviews_status_scheduled_idx").on(t.status, t.scheduledAt),
    index("interviews_scheduled_idx").on(t.scheduledAt),
    index("interviews_candidate_idx").on(t.candidateId),
    // Metrics select their cohort by invitation (creation) time.
    index("interviews_created_idx").on(t.createdAt),
    check("interviews_status_ck", oneOf(t.status, INTERVIEW_STATUSES)),
    check("interviews_duration_ck", sql`${t.durationMinutes} > 0`),
  ],
);

export const interviewTransitions = pgTable(
  "interview_transitions",
  {
    id: id(),
    interviewId: ref("interview_id").notNull().references(() => interviews.id),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    at: at("at").notNull(),
    actor: text("actor").notNull(),
    reason: text("reason"),
    details: jsonb("details").$type<JsonObject>().notNull(),
  },
  (t) => [
    index("interview_transitions_interview_idx").on(t.interviewId, t.id),
    index("interview_transitions_at_idx").on(t.at),
    check("interview_transitions_to_ck", oneOf(t.toStatus, INTERVIEW_STATUSES)),
  ],
);

export const bindCodes = pgTable(
  "bind_codes",
  {
    code: text("code").primaryKey(),
    interviewId: ref("interview_id").notNull().references(() => interviews.id),
    expiresAt: at("expires_at").notNull(),
    createdAt: at("created_at").notNull(),
    usedAt: at("used_at"),
    usedBy: text("used_by"),
  },
  (t) => [index("bind_codes_interview_idx").on(t.interviewId)],
);

export const conversations = pgTable(
  "conversations",
  {
    id: id(),
    openKfId: text("open_kfid").notNull(),
    externalUserId: text("external_userid").notNull(),
    interviewId: ref("interview_id").references(() => interviews.id),
    flow: text("flow"),
    step: text("step"),
    slots: jsonb("slots").$type<JsonObject>().notNull(),
    version: integer("version").notNull(),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("conversations_kf_user_uq").on(t.openKfId, t.externalUserId),
    index("conversations_interview_idx").on(t.interviewId),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: id(),
    conversationId: ref("conversation_id").references(() => conversations.id),
    interviewId: ref("interview_id").references(() => interviews.id),
    direction: text("direction").notNull(),
    channel: text("channel").notNull(),
    kind: text("kind").notNull(),
    peerId: text("peer_id"),
    text: text("text"),
    menuId: text("menu_id"),
    intent: text("intent"),
    confidence: doublePrecision("confidence"),
    wecomMsgId: text("wecom_msgid"),
    at: at("at").notNull(),
  },
  (t) => [
    index("messages_interview_at_idx").on(t.interviewId, t.at),
    index("messages_conversation_at_idx").on(t.conversationId, t.at),
    index("messages_at_idx").on(t.at),
    // Candidate replies only: "first reply after t" (metrics, risk) is one probe.
    index("messages_reply_idx").on(t.interviewId, t.at).where(sql`direction = 'in' and channel = 'kf' and kind in ('text', 'menu')`),
    check("messages_direction_ck", oneOf(t.direction, ["in", "out"])),
    check("messages_channel_ck", oneOf(t.channel, ["kf", "app", "robot"])),
    check("messages_kind_ck", oneOf(t.kind, ["text", "menu", "event", "card"])),
  ],
);

export const domainEvents = pgTable(
  "domain_events",
  {
    id: id(),
    type: text("type").notNull(),
    interviewId: ref("interview_id").references(() => interviews.id),
    payload: jsonb("payload").$type<JsonObject>().notNull(),
    at: at("at").notNull(),
  },
  (t) => [
    index("domain_events_type_at_idx").on(t.type, t.at),
    index("domain_events_interview_idx").on(t.interviewId),
    index("domain_events_at_idx").on(t.at),
  ],
);

export const outbox = pgTable(
  "outbox",
  {
    id: id(),
    idempotencyKey: text("idempotency_key").notNull(),
    channel: text("channel").notNull(),
    payload: jsonb("payload").$type<JsonObject>().notNull(),
    conversationId: ref("conversation_id").references(() => conversations.id),
    interviewId: ref("interview_id").references(() => interviews.id),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    leaseUntil: at("lease_until"),
    lastError: text("last_error"),
    remoteMsgId: text("remote_msgid"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    sentAt: at("sent_at"),
  },
  (t) => [
    uniqueIndex("outbox_idempotency_key_uq").on(t.idempotencyKey),
    index("outbox_pending_due_idx").on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index("outbox_sending_lease_idx").on(t.leaseUntil).where(sql`status = 'sending'`),
    check("outbox_channel_ck", oneOf(t.channel, ["kf", "app", "robot"])),
    check("outbox_status_ck", oneOf(t.status, ["pending", "sending", "sent", "failed"])),
  ],
);

export const nudges = pgTable(
  "nudges",
  {
    // By default, not always: re-planning assigns a fresh id in the upsert
    // (SET id = DEFAULT), which Drizzle only lets us write for this kind.
    id: bigint("id", { mode: "bigint" }).primaryKey().generatedByDefaultAsIdentity(),
    interviewId: ref("interview_id").notNull().references(() => interviews.id),
    kind: text("kind").notNull(),
    dueAt: at("due_at").notNull(),
    status: text("status").notNull(),
    reason: text("reason"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("nudges_interview_kind_uq").on(t.interviewId, t.kind),
    index("nudges_planned_due_idx").on(t.dueAt).where(sql`status = 'planned'`),
    check("nudges_status_ck", oneOf(t.status, ["planned", "sent", "skipped", "failed"])),
  ],
);
