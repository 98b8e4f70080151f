import type { Clock } from "../clock.js";
import type { Coordination } from "../coord/coordination.js";
import type { ConversationState, FlowSettings, Step } from "../domain/flow.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";
import type { Conversation } from "../store/types.js";
import type { WecomClient } from "../wecom/api/index.js";
import { bindDirect, bindOnEnter, type BindOutcome, type EnterSession } from "./bind-candidate.js";
import type { TurnOutcome } from "./commit-turn.js";
import { ConversationIds } from "./conversation-ids.js";
import { createInterview, type CreatedInterview, type CreateInterviewInput, type KfLinkOptions } from "./create-interview.js";
import { OutboxDispatcher, type DispatcherOptions } from "./dispatcher.js";
import type { EngineDeps, EngineHooks } from "./engine-deps.js";
import { EngineTexts } from "./engine-texts.js";
import { ConversationNotFoundError } from "./errors.js";
import { applyRecruiterAction, type RecruiterActionAlso, type RecruiterActionOutcome, type RecruiterActionRequest } from "./recruiter-action.js";
import { writeMissedAlert } from "./missed-message.js";
import { handleCardClick, type CardClick, type ClickOutcome } from "./recruiter-click.js";
import { sendReply, type EngineReply } from "./reply.js";
import { runStep, type InputSource, type RunStepOptions } from "./run-step.js";
import { reportSendFailure, type SendFailure } from "./send-failure.js";
import { createTurnBatcher } from "./turn-batch.js";

export interface ConversationEngineOptions {
  store: Store;
  coord: Coordination;
  clock: Clock;
  logger: Logger;
  client: WecomClient;
  /** The flows: `candidateStep` and `initialState` from flows/index.ts. */
  step: Step;
  initialState: () => ConversationState;
  settings: FlowSettings;
  timeZone: string;
  openKfId: string;
  /** How kf links look (enc_scene from the account's link). */
  kfLink?: Omit<KfLinkOptions, "openKfId">;
  hooks?: EngineHooks;
  dispatcher?: Omit<DispatcherOptions, "store" | "client" | "clock" | "logger" | "texts" | "timeZone">;
  /**
   * Group commit: plain turns of different conversations that arrive together
   * share one transaction (turn-batch.ts). Default true; false gives every turn
   * its own transaction (for comparison).
   */
  batchTurns?: boolean;
}

/**
 * The conversation engine: runs flow steps under a per-conversation lock,
 * commits each turn in one transaction, and delivers the outbox. Everything a
 * bot needs to drive candidate conversations.
 */
export interface ConversationEngine {
  readonly dispatcher: OutboxDispatcher;
  readonly texts: EngineTexts;
  /** One turn of the conversation (see {@link runStep}). */
  runStep(conversationId: string, input: InputSource, options?: RunStepOptions): Promise<TurnOutcome>;
  /** An engine-level text reply (unbound visitors, media) — see {@link sendReply}. */
  reply(reply: EngineReply): Promise<boolean>;
  /** Candidate + interview + one-time link, in one transaction. */
  createInterview(input: CreateInterviewInput): Promise<CreatedInterview>;
  /** kf enter_session: bind by the link's code and send the invitation. */
  bindOnEnter(enter: EnterSession): Promise<BindOutcome>;
  /** Bind a candidate already chatting with us, without a link. */
  bindDirect(interviewId: string, externalUserId: string): Promise<BindOutcome>;
  /** kf msg_send_fail for a message we sent. */
  reportSendFailure(failure: SendFailure): Promise<boolean>;
  /** A recruiter's click on one of our decision cards. */
  handleCardClick(click: CardClick): Promise<ClickOutcome>;
  /** A recruiter's command on an interview, bound to a candidate conversation or not. */
  applyRecruiterAction(request: RecruiterActionRequest, also?: RecruiterActionAlso): Promise<RecruiterActionOutcome>;
  /** The conversation of a kf customer (created empty when new). */
  conversationOf(externalUserId: string): Promise<Conversation>;
  /** Just its id, remembered after the first time (a turn reads the conversation itself). */
  conversationIdOf(externalUserId: string): Promise<string>;
  start(): void;
  stop(): Promise<void>;
}

export function createConversationEngine(o: ConversationEngineOptions): ConversationEngine {
  const texts = new EngineTexts(o.settings.messages);
  const dispatcher = new OutboxDispatcher({ ...o.dispatcher, store: o.store, client: o.client, clock: o.clock, logger: o.logger.child({ component: "outbox" }), texts, timeZone: o.timeZone });
  const deps: EngineDeps = {
    store: o.store,
    coord: o.coord,
    clock: o.clock,
    logger: o.logger.child({ component: "engine" }),
    step: o.step,
    initialState: o.initialState,
    settings: o.settings,
    timeZone: o.timeZone,
    openKfId: o.openKfId,
    texts,
    // The missed-message path is the engine's own; callers may still replace it.
    hooks: { missed: (tx, missed) => writeMissedAlert(tx, texts, o.timeZone, missed), ...o.hooks },
    wakeDispatcher: () => dispatcher.notify(),
  };
  if (o.batchTurns !== false) deps.turnBatcher = createTurnBatcher(deps);
  const link: KfLinkOptions = { openKfId: o.openKfId, ...o.kfLink };
  // Read first: nearly every message comes from a known customer, and the upsert costs two statements.
  const conversationOf = async (externalUserId: string): Promise<Conversation> =>
    (await o.store.getConversation(o.openKfId, externalUserId)) ?? o.store.openConversation(o.openKfId, externalUserId);
  const ids = new ConversationIds(conversationOf);
  return {
    dispatcher,
    texts,
    runStep: (conversationId, input, options) =>
      runStep(deps, conversationId, input, options).catch((err: unknown) => {
        if (err instanceof ConversationNotFoundError) ids.forget(conversationId);
        throw err;
      }),
    reply: (reply) => sendReply(deps, reply),
    createInterview: (input) => createInterview(o.store, o.clock.now(), link, input),
    bindOnEnter: (enter) => bindOnEnter(deps, enter),
    bindDirect: (interviewId, externalUserId) => bindDirect(deps, interviewId, externalUserId),
    reportSendFailure: (failure) => reportSendFailure(deps, failure),
    handleCardClick: (click) => handleCardClick(deps, click),
    applyRecruiterAction: (request, also) => applyRecruiterAction(deps, request, also),
    conversationOf,
    conversationIdOf: (externalUserId) => ids.of(externalUserId),
    start: () => dispatcher.start(),
    stop: () => dispatcher.stop(),
  };
}
