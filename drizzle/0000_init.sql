CREATE TABLE "bind_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"interview_id" bigint NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" text
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "candidates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"mobile" text,
	"source_channel" text,
	"external_userid" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"open_kfid" text NOT NULL,
	"external_userid" text NOT NULL,
	"interview_id" bigint,
	"flow" text,
	"step" text,
	"slots" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domain_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "domain_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"interview_id" bigint,
	"payload" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dedup_key" text NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"error" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_items_source_ck" CHECK ("inbox_items"."source" in ('app', 'kf')),
	CONSTRAINT "inbox_items_status_ck" CHECK ("inbox_items"."status" in ('pending', 'processing', 'handled', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "interview_transitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_transitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"interview_id" bigint NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"reason" text,
	"details" jsonb NOT NULL,
	CONSTRAINT "interview_transitions_to_ck" CHECK ("interview_transitions"."to_status" in ('invited', 'confirmed', 'reschedule_requested', 'rescheduled', 'cancelled', 'checked_in', 'no_show', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"candidate_id" bigint NOT NULL,
	"position" text NOT NULL,
	"recruiter_userid" text NOT NULL,
	"interviewers" text[] DEFAULT '{}'::text[] NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location_address" text,
	"location_map_url" text,
	"meeting_url" text,
	"materials" text,
	"process" text,
	"notes" text,
	"status" text NOT NULL,
	"reschedule_count" integer DEFAULT 0 NOT NULL,
	"cancel_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "interviews_status_ck" CHECK ("interviews"."status" in ('invited', 'confirmed', 'reschedule_requested', 'rescheduled', 'cancelled', 'checked_in', 'no_show', 'completed')),
	CONSTRAINT "interviews_duration_ck" CHECK ("interviews"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "kf_cursors" (
	"open_kfid" text PRIMARY KEY NOT NULL,
	"cursor" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" bigint,
	"interview_id" bigint,
	"direction" text NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"peer_id" text,
	"text" text,
	"menu_id" text,
	"intent" text,
	"confidence" double precision,
	"wecom_msgid" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "messages_direction_ck" CHECK ("messages"."direction" in ('in', 'out')),
	CONSTRAINT "messages_channel_ck" CHECK ("messages"."channel" in ('kf', 'app', 'robot')),
	CONSTRAINT "messages_kind_ck" CHECK ("messages"."kind" in ('text', 'menu', 'event', 'card'))
);
--> statement-breakpoint
CREATE TABLE "nudges" (
	"id" bigint PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY (sequence name "nudges_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"interview_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "nudges_status_ck" CHECK ("nudges"."status" in ('planned', 'sent', 'skipped', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"idempotency_key" text NOT NULL,
	"channel" text NOT NULL,
	"payload" jsonb NOT NULL,
	"conversation_id" bigint,
	"interview_id" bigint,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"remote_msgid" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_channel_ck" CHECK ("outbox"."channel" in ('kf', 'app', 'robot')),
	CONSTRAINT "outbox_status_ck" CHECK ("outbox"."status" in ('pending', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "bind_codes" ADD CONSTRAINT "bind_codes_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_transitions" ADD CONSTRAINT "interview_transitions_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bind_codes_interview_idx" ON "bind_codes" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "candidates_name_idx" ON "candidates" USING btree ("name");--> statement-breakpoint
CREATE INDEX "candidates_external_userid_idx" ON "candidates" USING btree ("external_userid");--> statement-breakpoint
CREATE INDEX "candidates_mobile_idx" ON "candidates" USING btree ("mobile");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_kf_user_uq" ON "conversations" USING btree ("open_kfid","external_userid");--> statement-breakpoint
CREATE INDEX "conversations_interview_idx" ON "conversations" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "domain_events_type_at_idx" ON "domain_events" USING btree ("type","at");--> statement-breakpoint
CREATE INDEX "domain_events_interview_idx" ON "domain_events" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "domain_events_at_idx" ON "domain_events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_items_dedup_key_uq" ON "inbox_items" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "inbox_items_claimable_idx" ON "inbox_items" USING btree ("id") WHERE status in ('pending', 'processing');--> statement-breakpoint
CREATE INDEX "inbox_items_completed_at_idx" ON "inbox_items" USING btree ("completed_at");--> statement-breakpoint
CREATE INDEX "interview_transitions_interview_idx" ON "interview_transitions" USING btree ("interview_id","id");--> statement-breakpoint
CREATE INDEX "interview_transitions_at_idx" ON "interview_transitions" USING btree ("at");--> statement-breakpoint
CREATE INDEX "interviews_recruiter_scheduled_idx" ON "interviews" USING btree ("recruiter_userid","scheduled_at");--> statement-breakpoint
CREATE INDEX "interviews_status_scheduled_idx" ON "interviews" USING btree ("status","scheduled_at");--> statement-breakpoint
CREATE INDEX "interviews_scheduled_idx" ON "interviews" USING btree ("scheduled_at");--> statement-breakpoint
CREATE INDEX "interviews_candidate_idx" ON "interviews" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "messages_interview_at_idx" ON "messages" USING btree ("interview_id","at");--> statement-breakpoint
CREATE INDEX "messages_conversation_at_idx" ON "messages" USING btree ("conversation_id","at");--> statement-breakpoint
CREATE INDEX "messages_at_idx" ON "messages" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "nudges_interview_kind_uq" ON "nudges" USING btree ("interview_id","kind");--> statement-breakpoint
CREATE INDEX "nudges_planned_due_idx" ON "nudges" USING btree ("due_at") WHERE status = 'planned';--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_idempotency_key_uq" ON "outbox" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_pending_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_sending_lease_idx" ON "outbox" USING btree ("lease_until") WHERE status = 'sending';