/**
 * The hot statements of group commit: turns of several conversations in one
 * transaction (the batch forms of LOAD_TURN and WRITE_TURN) and a batch of
 * callbacks into the inbox. Like those, their
 * text never changes — every row travels in parallel arrays through `unnest`,
 * tagged with the number of its turn in the batch.
 */
import { TURN_COLUMNS } from "./hot-statements.js";
import type { RawStatement } from "./raw-query.js";

/**
 * $1 conversation ids, $2 inbound msgids (null: none), in request order; `n`
 * is the 1-based request number. Locks the conversations in ascending id order
 * inside a transaction (the lock is taken as the sorted rows come out), so
 * concurrent batches on other instances cannot deadlock on each other.
 */
export const LOAD_TURNS: RawStatement = {
  name: "turn_load_many",
  text: `
select r.n::int as n, ${TURN_COLUMNS},
  (r.msgid is not null and exists (
    select 1 from messages m where m.conversation_id = c.id and m.direction = 'in' and m.wecom_msgid = r.msgid
  )) as seen
from unnest($1::bigint[], $2::text[]) with ordinality as r(id, msgid, n)
join conversations c on c.id = r.id
left join interviews i on i.id = c.interview_id
left join candidates k on k.id = i.candidate_id
order by c.id
for update of c`,
};

/**
 * $1 now. Conversations $2–$11 (id, expected version, then each field after a
 * flag saying whether it changes); outbox $12–$18, messages $19–$32, events
 * $33–$37, each row led by its turn number (1-based position of its
 * conversation in $2). A turn's rows are written only if its conversation was
 * saved (version check); outbox keys must be distinct across the batch (the
 * caller drops repeats), so an added key names its turn. Returns one row per
 * saved conversation with its turn number and the keys it added.
 */
export const WRITE_TURNS: RawStatement = {
  name: "turn_write_many",
  text: `
with u as (
  select * from unnest($2::bigint[], $3::int[], $4::boolean[], $5::bigint[], $6::boolean[], $7::text[], $8::boolean[], $9::text[],
    $10::boolean[], $11::text[])
    with ordinality as u(id, expected, set_interview, interview_id, set_flow, flow, set_step, step, set_slots, slots, turn)
),
conv as (
  update conversations c set
    interview_id = case when u.set_interview then u.interview_id else c.interview_id end,
    flow = case when u.set_flow then u.flow else c.flow end,
    step = case when u.set_step then u.step else c.step end,
    slots = case when u.set_slots then u.slots::jsonb else c.slots end,
    version = c.version + 1,
    updated_at = $1::timestamptz
  from u
  where c.id = u.id and c.version = u.expected
  returning u.turn::int as turn, c.id, c.open_kfid, c.external_userid, c.interview_id, c.flow, c.step, c.slots, c.version,
    c.created_at, c.updated_at
),
ob_in as (
  select * from unnest($12::int[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::timestamptz[])
    with ordinality as o(turn, key, channel, payload, conversation_id, interview_id, not_before, n)
),
ob as (
  insert into outbox (idempotency_key, channel, payload, conversation_id, interview_id, next_attempt_at, created_at, updated_at)
  select o.key, o.channel, o.payload::jsonb, o.conversation_id::bigint, o.interview_id::bigint,
    coalesce(o.not_before, $1::timestamptz), $1::timestamptz, $1::timestamptz
  from ob_in o
  where o.turn in (select turn from conv)
  order by o.n
  on conflict (idempotency_key) do nothing
  returning idempotency_key
),
added as (
  select o.turn, o.key, o.n from ob join ob_in o on o.key = ob.idempotency_key
),
msg as (
  insert into messages (direction, channel, kind, conversation_id, interview_id, peer_id, text, menu_id, intent, confidence, wecom_msgid, at)
  select m.direction, m.channel, m.kind, m.conversation_id::bigint, m.interview_id::bigint, m.peer_id, m.text, m.menu_id,
    m.intent, m.confidence, m.wecom_msgid, coalesce(m.at, $1::timestamptz)
  from unnest($19::int[], $20::text[], $21::text[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[], $27::text[],
    $28::text[], $29::float8[], $30::text[], $31::timestamptz[], $32::text[])
    with ordinality as m(turn, direction, channel, kind, conversation_id, interview_id, peer_id, text, menu_id, intent, confidence,
      wecom_msgid, at, if_enqueued, n)
  where m.turn in (select turn from conv)
    and (m.if_enqueued is null or exists (select 1 from added a where a.turn = m.turn and a.key = m.if_enqueued))
  order by m.n
  returning direction, channel, kind, interview_id, at
),
reply as (
  -- interviews.first_reply_at, as logMessage keeps it: the earliest candidate reply at or after creation.
  update interviews i set first_reply_at = r.at
  from (
    select m.interview_id, min(m.at) as at from msg m join interviews j on j.id = m.interview_id
    where m.direction = 'in' and m.channel = 'kf' and m.kind in ('text', 'menu') and m.at >= j.created_at
    group by m.interview_id
  ) r
  where i.id = r.interview_id and (i.first_reply_at is null or i.first_reply_at > r.at)
),
ev as (
  insert into domain_events (type, interview_id, payload, at)
  select e.type, e.interview_id::bigint, e.payload::jsonb, coalesce(e.at, $1::timestamptz)
  from unnest($33::int[], $34::text[], $35::text[], $36::text[], $37::timestamptz[])
    with ordinality as e(turn, type, interview_id, payload, at, n)
  where e.turn in (select turn from conv)
  order by e.n
)
select conv.turn, conv.id::text as id, conv.open_kfid, conv.external_userid, conv.interview_id::text as interview_id, conv.flow,
  conv.step, conv.slots, conv.version, conv.created_at, conv.updated_at,
  coalesce((select array_agg(a.key order by a.n) from added a where a.turn = conv.turn), '{}'::text[]) as enqueued
from conv`,
};

/**
 * $1 dedup keys, $2 sources, $3 kinds, $4 payloads (JSON text), $5 received
 * times, $6 now: the inbox items of a batch of callbacks, in order. A key
 * already there is skipped (ON CONFLICT DO NOTHING waits for a concurrent
 * inserter of the same key, so exactly one caller gets the row back). Keys
 * must be distinct within the call.
 */
export const ACCEPT_INBOUND_MANY: RawStatement = {
  name: "inbox_accept_many",
  text: `
insert into inbox_items (dedup_key, source, kind, payload, received_at, created_at)
select i.dedup_key, i.source, i.kind, i.payload::jsonb, i.received_at, $6::timestamptz
from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) with ordinality as i(dedup_key, source, kind, payload, received_at, n)
order by i.n
on conflict (dedup_key) do nothing
returning id::text as id, dedup_key as "dedupKey"`,
};

/** Every statement of this file: prepared when a PGlite store opens, with HOT_STATEMENTS. */
export const BATCH_STATEMENTS: readonly RawStatement[] = [LOAD_TURNS, WRITE_TURNS, ACCEPT_INBOUND_MANY];
