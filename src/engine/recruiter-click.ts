import type { RecruiterAction } from "../domain/flow.js";
import { conversationOfTask } from "./card-task-id.js";
import type { TurnOutcome } from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { isEngineTextKey } from "./engine-texts.js";
import { toOutboxJson } from "./outbox-payload.js";
import { runStep } from "./run-step.js";

/** A recruiter tapped a button on one of our cards (template_card_event). */
export interface CardClick {
  userId: string;
  taskId: string;
  eventKey: string;
  /** One card update, valid 24 h. */
  responseCode: string;
  at: Date;
}

/** Card button keys that are actions without parameters (the flows use the action type as the key). */
const SIMPLE_ACTIONS = new Set<RecruiterAction["type"]>([
  "approve_reschedule",
  "decline_reschedule",
  "check_in",
  "no_show",
  "complete",
  "handoff",
  "remind",
  "cancel",
]);

export function actionOfKey(key: string): RecruiterAction | undefined {
  return SIMPLE_ACTIONS.has(key as RecruiterAction["type"]) ? ({ type: key } as RecruiterAction) : undefined;
}

export type ClickOutcome = { status: "not_ours" } | { status: "unknown_button" } | { status: "done"; turn: TurnOutcome };

/**
 * Runs the clicked decision as a `recruiter` input on the card's conversation
 * and, in the same transaction, enqueues the card update that replaces its
 * buttons with what happened ("已同意改期" / "已失效"), using the click's
 * response_code. Cards that are not ours (other task_ids) are left alone.
 */
export async function handleCardClick(deps: EngineDeps, click: CardClick): Promise<ClickOutcome> {
  const conversationId = conversationOfTask(click.taskId);
  if (conversationId === undefined) return { status: "not_ours" };
  const action = actionOfKey(click.eventKey);
  if (!action) {
    deps.logger.warn({ taskId: click.taskId, eventKey: click.eventKey }, "card click with a button key no flow handles");
    return { status: "unknown_button" };
  }
  const turn = await runStep(
    deps,
    conversationId,
    { kind: "recruiter", at: click.at, userId: click.userId, action },
    {
      also: async (tx, outcome) => {
        const specific = `engine.card_done.${action.type}`;
        const what = deps.texts.get(outcome.status !== "handled" ? "engine.card_stale" : isEngineTextKey(specific) ? specific : "engine.card_done.default");
        // Who clicked: several recruiters may see a card, and the label is what they read afterwards.
        const label = `${what} · ${click.userId}`;
        const { enqueued } = await tx.enqueueOutbox({
          idempotencyKey: `app:cardupdate:${click.taskId}:${click.userId}`,
          channel: "app",
          payload: toOutboxJson({ kind: "app_card_update", userids: [click.userId], responseCode: click.responseCode, replaceName: label }),
          conversationId,
        });
        return enqueued;
      },
    },
  );
  return { status: "done", turn };
}
