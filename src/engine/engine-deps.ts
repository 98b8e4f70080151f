import type { Clock } from "../clock.js";
import type { Coordination } from "../coord/coordination.js";
import type { ConversationState, FlowSettings, Step } from "../domain/flow.js";
import type { Logger } from "../log.js";
import type { Store, StoreTx } from "../store/store.js";
import type { Interview } from "../store/types.js";
import type { EngineTexts } from "./engine-texts.js";
import type { MissedMessage } from "./missed-message.js";
import type { TurnBatcher } from "./turn-batch.js";

/**
 * Extension points for other parts of the product, called inside the step's
 * transaction (so what they write commits with the step, or not at all).
 */
export interface EngineHooks {
  /**
   * A step asked to (re)plan the interview's nudges (`replan_nudges`). Without
   * a hook the engine records a `nudges.replan_requested` event that the nudge
   * planner can consume instead.
   */
  replanNudges?: (tx: StoreTx, interview: Interview) => Promise<void>;
  /**
   * A step could not reach the candidate (`missed` effect, e.g. a nudge with the
   * kf window used up). The engine's default writes the recruiter note and the
   * domain event ({@link writeMissedAlert}); returns whether it enqueued a message.
   */
  missed?: (tx: StoreTx, missed: MissedMessage) => Promise<boolean>;
}

/** Everything the engine's functions share; built once by `createConversationEngine`. */
export interface EngineDeps {
  store: Store;
  coord: Coordination;
  clock: Clock;
  logger: Logger;
  step: Step;
  initialState: () => ConversationState;
  settings: FlowSettings;
  timeZone: string;
  /** The 微信客服 account we serve. */
  openKfId: string;
  texts: EngineTexts;
  hooks: EngineHooks;
  /** Wakes the outbox dispatcher after a commit that enqueued something. */
  wakeDispatcher: () => void;
  /** Group commit of plain turns across conversations (see run-step.ts); without it every turn has its own transaction. */
  turnBatcher?: TurnBatcher | undefined;
}
