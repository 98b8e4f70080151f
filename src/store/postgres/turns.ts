import type { Conversation } from "../contract/conversations.js";
import type { InterviewStatus } from "../contract/interviews.js";
import type { JsonObject } from "../contract/json.js";
import type { TurnLoad } from "../contract/turns.js";
import { parseId, type PgContext } from "./context.js";
import { rawQuery } from "./raw-query.js";
import { LOAD_TURN } from "./hot-statements.js";

/** A row of LOAD_TURN_SQL: c_ conversation, i_ interview, k_ candidate columns. */
export type LoadRow = Record<string, unknown> & { seen: boolean };

export type ConversationRow = {
  id: string; open_kfid: string; external_userid: string; interview_id: string | null; flow: string | null;
  step: string | null; slots: JsonObject; version: number; created_at: Date; updated_at: Date;
};

export async function loadTurn(ctx: PgContext, conversationId: string, options: { inboundMsgId?: string } = {}): Promise<TurnLoad | undefined> {
  const id = parseId(conversationId);
  if (id === undefined) return undefined;
  const [row] = await rawQuery<LoadRow>(ctx, LOAD_TURN, [id.toString(), options.inboundMsgId ?? null]);
  return row ? toTurnLoad(row) : undefined;
}

/** A row of LOAD_TURN or LOAD_TURNS as the turn it describes. */
export function toTurnLoad(row: LoadRow): TurnLoad {
  const v = (prefix: string, column: string): never => row[`${prefix}_${column}`] as never;
  const conversation = toConversation({
    id: v("c", "id"), open_kfid: v("c", "open_kfid"), external_userid: v("c", "external_userid"), interview_id: v("c", "interview_id"),
    flow: v("c", "flow"), step: v("c", "step"), slots: v("c", "slots"), version: v("c", "version"), created_at: v("c", "created_at"), updated_at: v("c", "updated_at"),
  });
  const interview =
    row["i_id"] === null
      ? undefined
      : {
          id: v("i", "id"),
          candidateId: v("i", "candidate_id"),
          position: v("i", "position"),
          recruiterUserId: v("i", "recruiter_userid"),
          interviewers: v("i", "interviewers"),
          scheduledAt: v("i", "scheduled_at"),
          durationMinutes: v("i", "duration_minutes"),
          location: row["i_location_address"] === null ? null : { address: v("i", "location_address"), mapUrl: v("i", "location_map_url") },
          meetingUrl: v("i", "meeting_url"),
          materials: v("i", "materials"),
          process: v("i", "process"),
          notes: v("i", "notes"),
          status: v("i", "status") as InterviewStatus,
          rescheduleCount: v("i", "reschedule_count"),
          cancelReason: v("i", "cancel_reason"),
          createdAt: v("i", "created_at"),
          updatedAt: v("i", "updated_at"),
        };
  const candidate =
    row["k_id"] === null
      ? undefined
      : {
          id: v("k", "id"),
          name: v("k", "name"),
          mobile: v("k", "mobile"),
          sourceChannel: v("k", "source_channel"),
          externalUserId: v("k", "external_userid"),
          createdAt: v("k", "created_at"),
          updatedAt: v("k", "updated_at"),
        };
  return { conversation, interview, candidate, inboundSeen: row.seen === true };
}

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    openKfId: row.open_kfid,
    externalUserId: row.external_userid,
    interviewId: row.interview_id,
    flow: row.flow,
    step: row.step,
    slots: row.slots,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
