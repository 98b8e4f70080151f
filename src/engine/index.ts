/**
 * The conversation engine: flow runtime (lock, load, step, one-transaction
 * commit), binding candidates to interviews, and the outbox dispatcher.
 */
export { createConversationEngine, type ConversationEngine, type ConversationEngineOptions } from "./engine.js";
export { kfLink, DEFAULT_BIND_CODE_TTL_MS, type CreateInterviewInput, type CreatedInterview, type KfLinkOptions } from "./create-interview.js";
export type { BindOutcome, EnterSession } from "./bind-candidate.js";
export type { TurnOutcome, InboundRef, Loaded } from "./commit-turn.js";
export type { InputSource, RunStepOptions } from "./run-step.js";
export type { EngineHooks } from "./engine-deps.js";
export type { CardClick, ClickOutcome } from "./recruiter-click.js";
export type { SendFailure } from "./send-failure.js";
export type { EngineReply } from "./reply.js";
export { OutboxDispatcher, type DispatcherOptions } from "./dispatcher.js";
export { EngineTexts, EngineTextsError, ENGINE_TEXT_KEYS, isEngineTextKey, type EngineTextKey } from "./engine-texts.js";
export { cardTaskId, conversationOfTask } from "./card-task-id.js";
export { ConversationNotFoundError, TurnConflictError, InterviewNotFoundError } from "./errors.js";
export type { RecruiterActionRequest, RecruiterActionOutcome, RecruiterActionAlso } from "./recruiter-action.js";
