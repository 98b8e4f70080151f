/**
 * Metrics rollups (migration 0003): derived tables that let a dashboard request
 * read a few thousand pre-aggregated rows instead of every interview of a
 * 90-day cohort. Nothing here is a record of business state — every row can be
 * rebuilt from interviews, transitions, nudges and messages, and is, whenever
 * its source changes (see `metrics-rollup-refresh.ts`).
 *
 * - `metrics_dirty`: interviews whose derived rows are out of date. Statement
 *   triggers on interviews, candidates, transitions, nudges and replies add to
 *   it in the writing transaction (so no write path can forget, bulk loads
 *   included); the next metrics read drains it.
 * - `metrics_facts`: one row per interview with everything the metrics read,
 *   the calendar-dependent values (local day, weekday, hour, working-hours
 *   latency) computed once for the calendar in `metrics_rollup_state`.
 * - `metrics_daily*`: per business day (invitation day, local) sums of the facts
 *   by channel × position × recruiter, by scheduled weekday × hour, and the
 *   cohort's transition reasons and reminder answers.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, date, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const day = () => date("day", { mode: "string" }).notNull();
const counter = (name: string) => integer(name).notNull();

/** Which calendar the rollups were computed for (one row, id = 1). */
export const metricsRollupState = pgTable("metrics_rollup_state", {
  id: integer("id").primaryKey(),
  calendar: text("calendar").notNull(),
});

export const metricsDirty = pgTable("metrics_dirty", {
  interviewId: bigint("interview_id", { mode: "bigint" }).primaryKey(),
});

export const metricsFacts = pgTable(
  "metrics_facts",
  {
    interviewId: bigint("interview_id", { mode: "bigint" }).primaryKey(),
    createdAt: at("created_at").notNull(),
    day: day(),
    channel: text("channel").notNull(),
    position: text("position").notNull(),
    recruiter: text("recruiter").notNull(),
    weekday: smallint("wd").notNull(),
    hour: smallint("hr").notNull(),
    /** First-reply latency in seconds, all hours / working hours; null without a reply. */
    lat: doublePrecision("lat"),
    wlat: doublePrecision("wlat"),
    confirmed: boolean("confirmed").notNull(),
    rescheduled: boolean("rescheduled").notNull(),
    cancelled: boolean("cancelled").notNull(),
    completed: boolean("completed").notNull(),
    attendance: text("attendance"),
  },
  (t) => [
    index("metrics_facts_created_idx").on(t.createdAt),
    index("metrics_facts_day_idx").on(t.day),
    // Exact percentiles: "the k-th latency of the cohort (in this group)" is an
    // index walk of k entries, cheaper than sorting a 90-day cohort.
    // The other attributes trail, so a filtered probe still reads the index only.
    index("metrics_facts_lat_idx").on(t.lat, t.createdAt, t.channel, t.position, t.recruiter).where(sql`lat is not null`),
    index("metrics_facts_channel_lat_idx").on(t.channel, t.lat, t.createdAt, t.position, t.recruiter).where(sql`lat is not null`),
    index("metrics_facts_position_lat_idx").on(t.position, t.lat, t.createdAt, t.channel, t.recruiter).where(sql`lat is not null`),
    index("metrics_facts_recruiter_lat_idx").on(t.recruiter, t.lat, t.createdAt, t.channel, t.position).where(sql`lat is not null`),
    index("metrics_facts_wlat_idx").on(t.wlat, t.createdAt, t.channel, t.position, t.recruiter).where(sql`wlat is not null`),
    index("metrics_facts_channel_wlat_idx").on(t.channel, t.wlat, t.createdAt, t.position, t.recruiter).where(sql`wlat is not null`),
    index("metrics_facts_position_wlat_idx").on(t.position, t.wlat, t.createdAt, t.channel, t.recruiter).where(sql`wlat is not null`),
    index("metrics_facts_recruiter_wlat_idx").on(t.recruiter, t.wlat, t.createdAt, t.channel, t.position).where(sql`wlat is not null`),
  ],
);

/** The summable columns of a group: funnel counts, latency sums, histogram. */
function sums() {
  return {
    invited: counter("invited"),
    replied: counter("replied"),
    confirmed: counter("confirmed"),
    rescheduled: counter("rescheduled"),
    cancelled: counter("cancelled"),
    attended: counter("attended"),
    noShow: counter("no_show"),
    completed: counter("completed"),
    latSum: doublePrecision("l_sum"),
    latOver: counter("l_over"),
    wlatSum: doublePrecision("w_sum"),
    wlatOver: counter("w_over"),
    b0: counter("b0"),
    b1: counter("b1"),
    b2: counter("b2"),
    b3: counter("b3"),
    b4: counter("b4"),
    b5: counter("b5"),
    b6: counter("b6"),
  };
}

export const metricsDaily = pgTable(
  "metrics_daily",
  {
    day: day(),
    channel: text("channel").notNull(),
    position: text("position").notNull(),
    recruiter: text("recruiter").notNull(),
    ...sums(),
  },
  (t) => [primaryKey({ columns: [t.day, t.channel, t.position, t.recruiter] })],
);

export const metricsDailySlots = pgTable(
  "metrics_daily_slots",
  {
    day: day(),
    weekday: smallint("wd").notNull(),
    hour: smallint("hr").notNull(),
    ...sums(),
  },
  (t) => [primaryKey({ columns: [t.day, t.weekday, t.hour] })],
);

/** Channel, position and recruiter are null on a day's total row (see metrics-rollup-refresh.ts). */
export const metricsDailyReasons = pgTable(
  "metrics_daily_reasons",
  {
    day: day(),
    channel: text("channel"),
    position: text("position"),
    recruiter: text("recruiter"),
    toStatus: text("to_status").notNull(),
    reason: text("reason"),
    n: counter("n"),
  },
  (t) => [index("metrics_daily_reasons_day_idx").on(t.day)],
);

/** Channel, position and recruiter are null on a day's total row. */
export const metricsDailyReminders = pgTable(
  "metrics_daily_reminders",
  {
    day: day(),
    channel: text("channel"),
    position: text("position"),
    recruiter: text("recruiter"),
    kind: text("kind").notNull(),
    sent: counter("sent"),
    /** Answered within the rollup's reply window (`ROLLUP_REMINDER_WINDOW_MS`). */
    replied: counter("replied"),
  },
  (t) => [index("metrics_daily_reminders_day_idx").on(t.day)],
);
