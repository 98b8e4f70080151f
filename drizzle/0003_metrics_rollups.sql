CREATE TABLE "metrics_daily" (
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"position" text NOT NULL,
	"recruiter" text NOT NULL,
	"invited" integer NOT NULL,
	"replied" integer NOT NULL,
	"confirmed" integer NOT NULL,
	"rescheduled" integer NOT NULL,
	"cancelled" integer NOT NULL,
	"attended" integer NOT NULL,
	"no_show" integer NOT NULL,
	"completed" integer NOT NULL,
	"l_sum" double precision,
	"l_over" integer NOT NULL,
	"w_sum" double precision,
	"w_over" integer NOT NULL,
	"b0" integer NOT NULL,
	"b1" integer NOT NULL,
	"b2" integer NOT NULL,
	"b3" integer NOT NULL,
	"b4" integer NOT NULL,
	"b5" integer NOT NULL,
	"b6" integer NOT NULL,
	CONSTRAINT "metrics_daily_day_channel_position_recruiter_pk" PRIMARY KEY("day","channel","position","recruiter")
);
--> statement-breakpoint
CREATE TABLE "metrics_daily_reasons" (
	"day" date NOT NULL,
	"channel" text,
	"position" text,
	"recruiter" text,
	"to_status" text NOT NULL,
	"reason" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metrics_daily_reminders" (
	"day" date NOT NULL,
	"channel" text,
	"position" text,
	"recruiter" text,
	"kind" text NOT NULL,
	"sent" integer NOT NULL,
	"replied" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metrics_daily_slots" (
	"day" date NOT NULL,
	"wd" smallint NOT NULL,
	"hr" smallint NOT NULL,
	"invited" integer NOT NULL,
	"replied" integer NOT NULL,
	"confirmed" integer NOT NULL,
	"rescheduled" integer NOT NULL,
	"cancelled" integer NOT NULL,
	"attended" integer NOT NULL,
	"no_show" integer NOT NULL,
	"completed" integer NOT NULL,
	"l_sum" double precision,
	"l_over" integer NOT NULL,
	"w_sum" double precision,
	"w_over" integer NOT NULL,
	"b0" integer NOT NULL,
	"b1" integer NOT NULL,
	"b2" integer NOT NULL,
	"b3" integer NOT NULL,
	"b4" integer NOT NULL,
	"b5" integer NOT NULL,
	"b6" integer NOT NULL,
	CONSTRAINT "metrics_daily_slots_day_wd_hr_pk" PRIMARY KEY("day","wd","hr")
);
--> statement-breakpoint
CREATE TABLE "metrics_dirty" (
	"interview_id" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metrics_facts" (
	"interview_id" bigint PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"channel" text NOT NULL,
	"position" text NOT NULL,
	"recruiter" text NOT NULL,
	"wd" smallint NOT NULL,
	"hr" smallint NOT NULL,
	"lat" double precision,
	"wlat" double precision,
	"confirmed" boolean NOT NULL,
	"rescheduled" boolean NOT NULL,
	"cancelled" boolean NOT NULL,
	"completed" boolean NOT NULL,
	"attendance" text
);
--> statement-breakpoint
CREATE TABLE "metrics_rollup_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"calendar" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "metrics_daily_reasons_day_idx" ON "metrics_daily_reasons" USING btree ("day");--> statement-breakpoint
CREATE INDEX "metrics_daily_reminders_day_idx" ON "metrics_daily_reminders" USING btree ("day");--> statement-breakpoint
CREATE INDEX "metrics_facts_created_idx" ON "metrics_facts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "metrics_facts_day_idx" ON "metrics_facts" USING btree ("day");--> statement-breakpoint
CREATE INDEX "metrics_facts_lat_idx" ON "metrics_facts" USING btree ("lat","created_at","channel","position","recruiter") WHERE lat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_channel_lat_idx" ON "metrics_facts" USING btree ("channel","lat","created_at","position","recruiter") WHERE lat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_position_lat_idx" ON "metrics_facts" USING btree ("position","lat","created_at","channel","recruiter") WHERE lat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_recruiter_lat_idx" ON "metrics_facts" USING btree ("recruiter","lat","created_at","channel","position") WHERE lat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_wlat_idx" ON "metrics_facts" USING btree ("wlat","created_at","channel","position","recruiter") WHERE wlat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_channel_wlat_idx" ON "metrics_facts" USING btree ("channel","wlat","created_at","position","recruiter") WHERE wlat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_position_wlat_idx" ON "metrics_facts" USING btree ("position","wlat","created_at","channel","recruiter") WHERE wlat is not null;--> statement-breakpoint
CREATE INDEX "metrics_facts_recruiter_wlat_idx" ON "metrics_facts" USING btree ("recruiter","wlat","created_at","channel","position") WHERE wlat is not null;--> statement-breakpoint
-- Dirty marking, in the writing transaction: statement triggers (one insert per
-- statement, also for bulk loads) add every interview whose derived metrics
-- rows may have changed. The first metrics read after this migration finds no
-- rollup state and rebuilds everything (the backfill for existing databases).
CREATE FUNCTION "metrics_dirty_interviews"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "metrics_dirty" ("interview_id") SELECT DISTINCT "id" FROM "changed" ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "metrics_dirty_by_interview_id"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "metrics_dirty" ("interview_id") SELECT DISTINCT "interview_id" FROM "changed" WHERE "interview_id" IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "metrics_dirty_by_reply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "metrics_dirty" ("interview_id") SELECT DISTINCT "interview_id" FROM "changed"
  WHERE "interview_id" IS NOT NULL AND "direction" = 'in' AND "channel" = 'kf' AND "kind" IN ('text', 'menu') ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "metrics_dirty_by_candidate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "metrics_dirty" ("interview_id") SELECT DISTINCT i."id" FROM "interviews" i JOIN "changed" c ON c."id" = i."candidate_id" ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "interviews_metrics_ins" AFTER INSERT ON "interviews" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_interviews"();--> statement-breakpoint
CREATE TRIGGER "interviews_metrics_upd" AFTER UPDATE ON "interviews" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_interviews"();--> statement-breakpoint
CREATE TRIGGER "candidates_metrics_upd" AFTER UPDATE ON "candidates" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_by_candidate"();--> statement-breakpoint
CREATE TRIGGER "transitions_metrics_ins" AFTER INSERT ON "interview_transitions" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_by_interview_id"();--> statement-breakpoint
CREATE TRIGGER "nudges_metrics_ins" AFTER INSERT ON "nudges" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_by_interview_id"();--> statement-breakpoint
CREATE TRIGGER "nudges_metrics_upd" AFTER UPDATE ON "nudges" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_by_interview_id"();--> statement-breakpoint
CREATE TRIGGER "messages_metrics_ins" AFTER INSERT ON "messages" REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "metrics_dirty_by_reply"();
