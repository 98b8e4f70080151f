ALTER TABLE "interviews" ADD COLUMN "first_reply_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "ever_confirmed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "ever_rescheduled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "ever_cancelled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "ever_completed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "attendance" text;--> statement-breakpoint
-- Backfill the metrics facts of interviews that existed before this migration.
UPDATE "interviews" i SET "first_reply_at" = r.first_at
FROM (
  SELECT m.interview_id, min(m.at) AS first_at
  FROM "messages" m JOIN "interviews" i2 ON i2.id = m.interview_id
  WHERE m.direction = 'in' AND m.channel = 'kf' AND m.kind IN ('text', 'menu') AND m.at >= i2.created_at
  GROUP BY m.interview_id
) r
WHERE r.interview_id = i.id;--> statement-breakpoint
UPDATE "interviews" i SET
  "ever_confirmed" = t.confirmed,
  "ever_rescheduled" = t.rescheduled,
  "ever_cancelled" = t.cancelled,
  "ever_completed" = t.completed,
  "attendance" = CASE WHEN t.last_attendance IS NULL THEN NULL WHEN t.last_attendance = 'no_show' THEN 'no_show' ELSE 'attended' END
FROM (
  SELECT tr.interview_id,
    bool_or(tr.to_status = 'confirmed') AS confirmed,
    bool_or(tr.to_status IN ('reschedule_requested', 'rescheduled')) AS rescheduled,
    bool_or(tr.to_status = 'cancelled') AS cancelled,
    bool_or(tr.to_status = 'completed') AS completed,
    (array_agg(tr.to_status ORDER BY tr.id DESC) FILTER (WHERE tr.to_status IN ('checked_in', 'no_show', 'completed')))[1] AS last_attendance
  FROM "interview_transitions" tr
  GROUP BY tr.interview_id
) t
WHERE t.interview_id = i.id;
