/**
 * Bulk demo history for the dashboard bench: `interviews` seeded interviews
 * (the same planner as `npm run cli -- seed`) spread over 90 days, padded with
 * chat messages to `messages` in total, loaded with one `INSERT … SELECT FROM
 * unnest(...)` per table and chunk (tens of thousands of rows per statement).
 */
import { planInterview } from "../src/seed/plan-interview.js";
import { Random } from "../src/seed/random.js";
import type { SeedInterview } from "../src/seed/seed-types.js";

/** Runs one statement with array parameters (pg client or PGlite). */
export type RunSql = (text: string, params: unknown[]) => Promise<unknown>;

const DAY = 86_400_000;
const CHUNK = 5_000;

interface Columns {
  [table: string]: Record<string, unknown[]>;
}

const TABLES: Record<string, Array<[string, string]>> = {
  candidates: [["id", "bigint"], ["name", "text"], ["mobile", "text"], ["source_channel", "text"], ["created_at", "timestamptz"], ["updated_at", "timestamptz"]],
  interviews: [
    ["id", "bigint"], ["candidate_id", "bigint"], ["position", "text"], ["recruiter_userid", "text"], ["scheduled_at", "timestamptz"], ["duration_minutes", "int"],
    ["status", "text"], ["reschedule_count", "int"], ["cancel_reason", "text"], ["created_at", "timestamptz"], ["updated_at", "timestamptz"],
    ["first_reply_at", "timestamptz"], ["ever_confirmed", "bool"], ["ever_rescheduled", "bool"], ["ever_cancelled", "bool"], ["ever_completed", "bool"], ["attendance", "text"],
  ],
  interview_transitions: [["interview_id", "bigint"], ["from_status", "text"], ["to_status", "text"], ["at", "timestamptz"], ["actor", "text"], ["reason", "text"]],
  messages: [["interview_id", "bigint"], ["direction", "text"], ["channel", "text"], ["kind", "text"], ["text", "text"], ["intent", "text"], ["at", "timestamptz"]],
  nudges: [["interview_id", "bigint"], ["kind", "text"], ["due_at", "timestamptz"], ["status", "text"], ["reason", "text"], ["created_at", "timestamptz"], ["updated_at", "timestamptz"]],
  domain_events: [["type", "text"], ["interview_id", "bigint"], ["at", "timestamptz"]],
};
/** Constant columns filled in SQL rather than shipped per row. */
const CONSTANTS: Record<string, string> = { interview_transitions: ", details", domain_events: ", payload" };
const CONSTANT_VALUES: Record<string, string> = { interview_transitions: ", '{}'::jsonb", domain_events: ", '{}'::jsonb" };

function emptyColumns(): Columns {
  return Object.fromEntries(Object.entries(TABLES).map(([t, cols]) => [t, Object.fromEntries(cols.map(([c]) => [c, []]))]));
}

function push(columns: Columns, table: string, row: unknown[]): void {
  const cols = TABLES[table]!;
  for (let i = 0; i < cols.length; i++) columns[table]![cols[i]![0]]!.push(row[i]);
}

function addInterview(columns: Columns, id: number, item: SeedInterview, messageBudget: number, rng: Random, now: Date): number {
  const iso = (d: Date) => d.toISOString();
  push(columns, "candidates", [id, item.candidateName, item.mobile, item.sourceChannel, iso(item.createdAt), iso(item.createdAt)]);
  let status = "invited";
  let scheduledAt = item.scheduledAt;
  let reschedules = 0;
  let cancelReason: string | null = null;
  let updatedAt = item.createdAt;
  push(columns, "interview_transitions", [id, null, "invited", iso(item.createdAt), `recruiter:${item.recruiterUserId}`, null]);
  const nudgeState = new Map(item.nudges.map((n) => [n.kind, { dueAt: n.dueAt, status: "planned", reason: null as string | null, updatedAt: item.createdAt }]));
  let messages = 0;
  let lastMessageAt = item.createdAt;
  // The metrics facts the store keeps on each interview (see schema.ts).
  let firstReplyAt: Date | null = null;
  const ever = new Set<string>();
  let attendance: string | null = null;
  for (const a of item.actions) {
    if (a.type === "message") {
      push(columns, "messages", [id, a.direction, "kf", a.kind, a.text, a.intent ?? null, iso(a.at)]);
      messages += 1;
      lastMessageAt = a.at;
      if (a.direction === "in" && firstReplyAt === null) firstReplyAt = a.at;
    } else if (a.type === "transition") {
      ever.add(a.to);
      if (a.to === "checked_in" || a.to === "completed") attendance = "attended";
      if (a.to === "no_show") attendance = "no_show";
      push(columns, "interview_transitions", [id, status, a.to, iso(a.at), a.actor, a.reason ?? null]);
      status = a.to;
      updatedAt = a.at;
      if (a.to === "rescheduled") reschedules += 1;
      if (a.to === "cancelled") cancelReason = a.reason ?? null;
      if (a.scheduledAt) scheduledAt = a.scheduledAt;
    } else if (a.type === "nudge") {
      const n = nudgeState.get(a.kind);
      if (n) Object.assign(n, { status: a.status, reason: a.reason ?? null, updatedAt: a.at });
    } else push(columns, "domain_events", [a.event, id, iso(a.at)]);
  }
  // Pad with small talk (questions and answers) up to this interview's share of
  // messages; a candidate who never replied only gets more messages from us.
  while (messages < messageBudget) {
    const at = new Date(Math.min(now.getTime(), lastMessageAt.getTime() + rng.int(1, 240) * 60_000));
    const inbound = firstReplyAt !== null && at >= firstReplyAt && messages % 2 === 0;
    push(columns, "messages", [id, inbound ? "in" : "out", "kf", "text", inbound ? "请问需要带什么材料？" : "请带身份证和纸质简历。", inbound ? "question" : null, iso(at)]);
    messages += 1;
    lastMessageAt = at;
  }
  push(columns, "interviews", [
    id, id, item.position, item.recruiterUserId, iso(scheduledAt), 60, status, reschedules, cancelReason, iso(item.createdAt), iso(updatedAt),
    firstReplyAt ? iso(firstReplyAt) : null, ever.has("confirmed"), ever.has("reschedule_requested") || ever.has("rescheduled"), ever.has("cancelled"), ever.has("completed"), attendance,
  ]);
  for (const [kind, n] of nudgeState) push(columns, "nudges", [id, kind, iso(n.dueAt), n.status, n.reason, iso(item.createdAt), iso(n.updatedAt)]);
  return messages;
}

async function flush(run: RunSql, columns: Columns): Promise<void> {
  for (const [table, cols] of Object.entries(TABLES)) {
    const names = cols.map(([c]) => c).join(", ");
    const arrays = cols.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    const overriding = table === "candidates" || table === "interviews" ? " overriding system value" : "";
    await run(
      `insert into ${table} (${names}${CONSTANTS[table] ?? ""})${overriding} select *${CONSTANT_VALUES[table] ?? ""} from unnest(${arrays})`,
      cols.map(([c]) => columns[table]![c]),
    );
  }
}

export interface LoadCounts {
  interviews: number;
  messages: number;
}

/** Loads the history and brings sequences and planner statistics up to date. */
export async function loadDashboardData(
  run: RunSql,
  options: { interviews: number; messages: number; now: Date; progress: (line: string) => void },
): Promise<LoadCounts> {
  const rng = new Random(424242);
  const start = options.now.getTime() - 90 * DAY;
  const perInterview = options.messages / options.interviews;
  let columns = emptyColumns();
  let messages = 0;
  const started = Date.now();
  for (let i = 0; i < options.interviews; i++) {
    const createdAt = new Date(start + Math.floor(((i + rng.next()) / options.interviews) * 90 * DAY));
    const item = planInterview({ rng, now: options.now, timeZone: "Asia/Shanghai" }, createdAt, i);
    const budget = Math.round((i + 1) * perInterview) - messages;
    messages += addInterview(columns, i + 1, item, budget, rng, options.now);
    if ((i + 1) % CHUNK === 0 || i + 1 === options.interviews) {
      await flush(run, columns);
      columns = emptyColumns();
      const secs = (Date.now() - started) / 1000;
      options.progress(`  loaded ${i + 1}/${options.interviews} interviews, ${messages} messages (${secs.toFixed(0)} s)`);
    }
  }
  for (const table of ["candidates", "interviews", "interview_transitions", "messages", "nudges", "domain_events"]) {
    await run(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 1))`, []);
  }
  options.progress("  analyze");
  await run("analyze", []);
  return { interviews: options.interviews, messages };
}
