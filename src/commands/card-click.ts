import type { RecruiterTexts, RecruiterTextKey } from "../../config/recruiter-texts.js";
import type { RecruiterAction } from "../domain/flow.js";
import type { ConversationEngine } from "../engine/index.js";
import { toOutboxJson } from "../engine/outbox-payload.js";
import type { StoreTx } from "../store/store.js";
import type { CardClick } from "../engine/index.js";
import { interviewOfCardTask } from "./card-task.js";
import { statusName } from "./describe.js";

/** Buttons the recruiter bot's cards carry (keys are action types). */
const ACTIONS: Record<string, RecruiterAction> = {
  check_in: { type: "check_in" },
  no_show: { type: "no_show" },
  approve_reschedule: { type: "approve_reschedule" },
  decline_reschedule: { type: "decline_reschedule" },
  cancel: { type: "cancel" },
};

export type RecruiterClickOutcome = "not_ours" | "unknown_button" | "done";

/**
 * A click on one of the recruiter bot's cards (`rc_` task ids): runs the
 * button's action through the engine and, in the same transaction, enqueues
 * the card update (response_code) showing what was done and by whom — or,
 * when nothing changed (a second click, a decision someone already made), the
 * interview's current status. The update's key is per card and member, so a
 * second click never updates twice and never applies twice.
 */
export async function handleRecruiterCardClick(
  deps: { engine: ConversationEngine; texts: RecruiterTexts },
  click: CardClick,
): Promise<RecruiterClickOutcome> {
  const interviewId = interviewOfCardTask(click.taskId);
  if (interviewId === undefined) return "not_ours";
  const action = ACTIONS[click.eventKey];
  if (!action) return "unknown_button";
  const { texts } = deps;
  await deps.engine.applyRecruiterAction({ interviewId, userId: click.userId, action, at: click.at }, async (tx: StoreTx, outcome) => {
    const what = texts.get(`action.what.${action.type}` as RecruiterTextKey);
    const label =
      outcome.status === "handled"
        ? texts.get("action.card_done", { what, user: click.userId })
        : texts.get("action.card_stale", { status: statusName(texts, outcome.interview.status), user: click.userId });
    const { enqueued } = await tx.enqueueOutbox({
      idempotencyKey: `app:cardupdate:${click.taskId}:${click.userId}`,
      channel: "app",
      payload: toOutboxJson({ kind: "app_card_update", userids: [click.userId], responseCode: click.responseCode, replaceName: label }),
      interviewId,
    });
    return enqueued;
  });
  return "done";
}
