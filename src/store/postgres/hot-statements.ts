/**
 * The statements on the hot path of a conversation turn, run through
 * {@link rawQuery} as prepared statements. Their text is fixed — rows travel
 * as parallel arrays through `unnest` — so the database parses them once per
 * connection instead of on every call.
 */
import type { RawStatement } from "./raw-query.js";

/** The columns of a turn's read: c_ conversation, i_ interview, k_ candidate (see turns.ts toTurnLoad). */
export const TURN_COLUMNS = `c.id::text as c_id, c.open_kfid as c_open_kfid, c.external_userid as c_external_userid,
  c.interview_id::text as c_interview_id, c.flow as c_flow, c.step as c_step, c.slots as c_slots,
  c.version as c_version, c.created_at as c_created_at, c.updated_at as c_updated_at,
  i.id::text as i_id, i.candidate_id::text as i_candidate_id, i.position as i_position,
  i.recruiter_userid as i_recruiter_userid, i.interviewers as i_interviewers, i.scheduled_at as i_scheduled_at,
  i.duration_minutes as i_duration_minutes, i.location_address as i_location_address,
  i.location_map_url as i_location_map_url, i.meeting_url as i_meeting_url, i.materials as i_materials,
  i.process as i_process, i.notes as i_notes, i.status as i_status, i.reschedule_count as i_reschedule_count,
  i.cancel_reason as i_cancel_reason, i.created_at as i_created_at, i.updated_at as i_updated_at,
  k.id::text as k_id, k.name as k_name, k.mobile as k_mobile, k.source_channel as k_source_channel,
  k.external_userid as k_external_userid, k.created_at as k_created_at, k.updated_at as k_updated_at`;

/** $1 conversation id, $2 inbound msgid or null. Locks the conversation row inside a transaction. */
export const LOAD_TURN: RawStatement = {
  name: "turn_load",
  text: `
select ${TURN_COLUMNS},
  ($2::text is not null and exists (
    select 1 from messages m where m.conversation_id = c.id and m.direction = 'in' and m.wecom_msgid = $2::text
  )) as seen
from conversations c
left join interviews i on i.id = c.interview_id
left join candidates k on k.id = i.candidate_id
where c.id = $1::bigint
for update of c`,
};

/** $1 outbox ids, $2 their remote msgids (null: none), $3 now; returns the ids it found. */
export const MARK_SENT_MANY: RawStatement = {
  name: "outbox_sent_many",
  text: `
update outbox set status = 'sent', sent_at = $3::timestamptz, updated_at = $3::timestamptz, lease_until = null, remote_msgid = v.remote_msgid
from unnest($1::bigint[], $2::text[]) as v(id, remote_msgid)
where outbox.id = v.id
returning outbox.id::text as id`,
};


/** inbox_items columns as InboundItem fields. */
const INBOX_ITEM = `id::text as id, dedup_key as "dedupKey", source, kind, payload, received_at as "receivedAt", status, attempts,
  lease_owner as "leaseOwner", lease_until as "leaseUntil", error, completed_at as "completedAt", created_at as "createdAt"`;

/**
 * $1 limit, $2 worker id, $3 lease end, $4 now. One statement: SKIP LOCKED
 * passes over rows another claimer is taking right now instead of waiting for
 * them, so concurrent workers split the work.
 */
export const CLAIM_INBOUND: RawStatement = {
  name: "inbox_claim",
  text: `
update inbox_items set status = 'processing', lease_owner = $2::text, lease_until = $3::timestamptz, attempts = attempts + 1
where id in (
  select id from inbox_items
  where status = 'pending' or (status = 'processing' and lease_until <= $4::timestamptz)
  order by id limit $1::int
  for update skip locked
)
returning ${INBOX_ITEM}`,
};

/** $1 ids, $2 now; returns the ids it found. */
export const COMPLETE_INBOUND_MANY: RawStatement = {
  name: "inbox_complete_many",
  text: `
update inbox_items set status = 'handled', error = null, completed_at = $2::timestamptz, lease_until = null
where id = any($1::bigint[])
returning id::text as id`,
};

/** $1 limit, $2 lease end, $3 now. Oldest due first; SKIP LOCKED: concurrent dispatchers split the due rows. */
export const CLAIM_OUTBOX: RawStatement = {
  name: "outbox_claim",
  text: `
update outbox set status = 'sending', lease_until = $2::timestamptz, attempts = attempts + 1, updated_at = $3::timestamptz
where id in (
  select id from outbox
  where (status = 'pending' and next_attempt_at <= $3::timestamptz) or (status = 'sending' and lease_until <= $3::timestamptz)
  order by next_attempt_at, id limit $1::int
  for update skip locked
)
returning id::text as id, idempotency_key as "idempotencyKey", channel, payload, conversation_id::text as "conversationId",
  interview_id::text as "interviewId", status, attempts, next_attempt_at as "nextAttemptAt", lease_until as "leaseUntil",
  last_error as "lastError", remote_msgid as "remoteMsgId", created_at as "createdAt", updated_at as "updatedAt", sent_at as "sentAt"`,
};

/** Every statement of this file: prepared when a PGlite store opens. */
export const HOT_STATEMENTS: readonly RawStatement[] = [LOAD_TURN, MARK_SENT_MANY, CLAIM_INBOUND, COMPLETE_INBOUND_MANY, CLAIM_OUTBOX];
