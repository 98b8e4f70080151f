import type { BindCode, BindCodeConsumption, NewBindCode } from "../contract/bind-codes.js";
import type { Candidate, CandidateFilter, CandidatePatch, NewCandidate } from "../contract/candidates.js";
import type { Conversation, ConversationUpdate } from "../contract/conversations.js";
import type { DomainEvent, EventFilter, NewDomainEvent } from "../contract/events.js";
import type { AcceptResult, InboundCounts, InboundItem, NewInbound } from "../contract/inbox.js";
import type {
  Interview,
  InterviewFilter,
  InterviewPatch,
  InterviewTransition,
  InterviewWithCandidate,
  NewInterview,
  TransitionFilter,
  TransitionInput,
} from "../contract/interviews.js";
import type { KfAcceptResult, KfPulledMessage, SaveKfBatchOptions } from "../contract/kf-cursors.js";
import type { LoggedMessage, MessageFilter, NewMessage } from "../contract/messages.js";
import type { EventCountRow, MetricsCalendar, MetricsFilter, MetricsGroupRow, ReasonCount, ReminderEffectRow, RiskFact, RiskFactFilter } from "../contract/metrics.js";
import type { NewNudge, Nudge, NudgeStatus } from "../contract/nudges.js";
import type { NewOutboxMessage, OutboxCounts, OutboxMessage } from "../contract/outbox.js";
import type { TurnLoad, TurnLoadRequest, TurnWrite, TurnWritten } from "../contract/turns.js";
import type { StoreOperations } from "../store.js";
import * as bindCodes from "./bind-codes.js";
import * as candidates from "./candidates.js";
import type { PgContext } from "./context.js";
import * as conversations from "./conversations.js";
import * as events from "./events.js";
import * as inbox from "./inbox.js";
import * as interviews from "./interviews.js";
import * as kf from "./kf-cursors.js";
import * as messages from "./messages.js";
import * as metricsDetails from "./metrics-details.js";
import * as rollupDetails from "./metrics-rollup-details.js";
import * as rollupGroups from "./metrics-rollup-groups.js";
import { ROLLUP_REMINDER_WINDOW_MS } from "./metrics-rollup-refresh.js";
import * as nudges from "./nudges.js";
import * as outbox from "./outbox.js";
import * as riskFacts from "./risk-facts.js";
import * as transitions from "./transitions.js";
import * as turnBatches from "./turn-batches.js";
import * as turns from "./turns.js";

/**
 * All store operations bound to one Drizzle handle: the root database
 * (PostgresStore) or an open transaction (the `tx` of `store.transaction`).
 * Each method delegates to the concept module that implements it.
 */
export abstract class PostgresOperations implements StoreOperations {
  // Methods are async so that every failure, even a synchronous one (a bad id,
  // a used-up tx), reaches the caller as a rejected promise.
  /** Where the next call runs; subclasses check here that they are still usable. */
  protected abstract ctx(): PgContext;

  async acceptInbound(item: NewInbound): Promise<AcceptResult> { return inbox.acceptInbound(this.ctx(), item); }
  async acceptInboundMany(items: readonly NewInbound[]): Promise<AcceptResult[]> { return inbox.acceptInboundMany(this.ctx(), items); }
  async claimInbound(limit: number, workerId: string, leaseMs: number): Promise<InboundItem[]> { return inbox.claimInbound(this.ctx(), limit, workerId, leaseMs); }
  async completeInbound(id: string, outcome: "handled" | "failed", error?: string): Promise<void> { return inbox.completeInbound(this.ctx(), id, outcome, error); }
  async completeInboundMany(ids: readonly string[]): Promise<number> { return inbox.completeInboundMany(this.ctx(), ids); }
  async getInbound(id: string): Promise<InboundItem | undefined> { return inbox.getInbound(this.ctx(), id); }
  async inboundCounts(): Promise<InboundCounts> { return inbox.inboundCounts(this.ctx()); }
  async pruneInbound(completedBefore: Date): Promise<number> { return inbox.pruneInbound(this.ctx(), completedBefore); }

  async getKfCursor(openKfId: string): Promise<string | undefined> { return kf.getKfCursor(this.ctx(), openKfId); }
  async saveKfBatch(openKfId: string, nextCursor: string, msgs: readonly KfPulledMessage[], options?: SaveKfBatchOptions): Promise<KfAcceptResult[]> {
    return kf.saveKfBatch(this.ctx(), openKfId, nextCursor, msgs, options);
  }

  async createCandidate(input: NewCandidate): Promise<Candidate> { return candidates.createCandidate(this.ctx(), input); }
  async getCandidate(id: string): Promise<Candidate | undefined> { return candidates.getCandidate(this.ctx(), id); }
  async updateCandidate(id: string, patch: CandidatePatch): Promise<Candidate> { return candidates.updateCandidate(this.ctx(), id, patch); }
  async findCandidates(filter: CandidateFilter): Promise<Candidate[]> { return candidates.findCandidates(this.ctx(), filter); }

  async createInterview(input: NewInterview, actor: string): Promise<Interview> { return interviews.createInterview(this.ctx(), input, actor); }
  async getInterview(id: string): Promise<Interview | undefined> { return interviews.getInterview(this.ctx(), id); }
  async updateInterview(id: string, patch: InterviewPatch): Promise<Interview> { return interviews.updateInterview(this.ctx(), id, patch); }
  async findInterviews(filter: InterviewFilter): Promise<InterviewWithCandidate[]> { return interviews.findInterviews(this.ctx(), filter); }
  async transitionInterview(input: TransitionInput): Promise<{ interview: Interview; transition: InterviewTransition }> {
    return transitions.transitionInterview(this.ctx(), input);
  }
  async listTransitions(filter: TransitionFilter): Promise<InterviewTransition[]> { return transitions.listTransitions(this.ctx(), filter); }

  async createBindCode(input: NewBindCode): Promise<BindCode> { return bindCodes.createBindCode(this.ctx(), input); }
  async consumeBindCode(code: string, externalUserId: string): Promise<BindCodeConsumption> { return bindCodes.consumeBindCode(this.ctx(), code, externalUserId); }

  async getConversation(openKfId: string, externalUserId: string): Promise<Conversation | undefined> { return conversations.getConversation(this.ctx(), openKfId, externalUserId); }
  async getConversationById(id: string): Promise<Conversation | undefined> { return conversations.getConversationById(this.ctx(), id); }
  async openConversation(openKfId: string, externalUserId: string): Promise<Conversation> { return conversations.openConversation(this.ctx(), openKfId, externalUserId); }
  async saveConversation(update: ConversationUpdate): Promise<Conversation> { return conversations.saveConversation(this.ctx(), update); }
  async findConversationsByInterview(interviewId: string): Promise<Conversation[]> { return conversations.findConversationsByInterview(this.ctx(), interviewId); }

  async logMessage(message: NewMessage): Promise<LoggedMessage> { return messages.logMessage(this.ctx(), message); }
  async listMessages(filter: MessageFilter): Promise<LoggedMessage[]> { return messages.listMessages(this.ctx(), filter); }

  async recordEvent(event: NewDomainEvent): Promise<DomainEvent> { return events.recordEvent(this.ctx(), event); }
  async listEvents(filter: EventFilter): Promise<DomainEvent[]> { return events.listEvents(this.ctx(), filter); }

  async enqueueOutbox(message: NewOutboxMessage): Promise<{ enqueued: boolean; id: string }> { return outbox.enqueueOutbox(this.ctx(), message); }
  async claimOutbox(limit: number, leaseMs: number): Promise<OutboxMessage[]> { return outbox.claimOutbox(this.ctx(), limit, leaseMs); }
  async markSent(id: string, remoteMsgId?: string): Promise<void> { return outbox.markSent(this.ctx(), id, remoteMsgId); }
  async markSentMany(sent: ReadonlyArray<{ id: string; remoteMsgId?: string | undefined }>): Promise<number> { return outbox.markSentMany(this.ctx(), sent); }
  async markFailed(id: string, error: string, retryAt: Date | null): Promise<void> { return outbox.markFailed(this.ctx(), id, error, retryAt); }
  async getOutbox(id: string): Promise<OutboxMessage | undefined> { return outbox.getOutbox(this.ctx(), id); }
  async outboxCounts(): Promise<OutboxCounts> { return outbox.outboxCounts(this.ctx()); }

  async planNudge(nudge: NewNudge): Promise<Nudge> { return nudges.planNudge(this.ctx(), nudge); }
  async finishNudge(id: string, status: Exclude<NudgeStatus, "planned">, reason?: string): Promise<boolean> { return nudges.finishNudge(this.ctx(), id, status, reason); }
  async skipNudges(interviewId: string, reason: string, kinds?: readonly string[]): Promise<number> { return nudges.skipNudges(this.ctx(), interviewId, reason, kinds); }
  async listDueNudges(limit: number, asOf?: Date): Promise<Nudge[]> { return nudges.listDueNudges(this.ctx(), limit, asOf); }
  async listNudges(interviewId: string): Promise<Nudge[]> { return nudges.listNudges(this.ctx(), interviewId); }

  async loadTurn(conversationId: string, options?: { inboundMsgId?: string }): Promise<TurnLoad | undefined> { return turns.loadTurn(this.ctx(), conversationId, options); }
  async writeTurn(write: TurnWrite): Promise<TurnWritten> { return turnBatches.writeTurn(this.ctx(), write); }
  async loadTurns(requests: readonly TurnLoadRequest[]): Promise<Array<TurnLoad | undefined>> { return turnBatches.loadTurns(this.ctx(), requests); }
  async writeTurns(writes: readonly TurnWrite[]): Promise<Array<TurnWritten | undefined>> { return turnBatches.writeTurns(this.ctx(), writes); }
  // Dashboard reads come from the rollups (metrics-rollup-*.ts); metrics-groups.ts and
  // metrics-details.ts keep the direct statements, the definitions the rollups are tested against.
  async metricsGroups(filter: MetricsFilter, calendar: MetricsCalendar): Promise<MetricsGroupRow[]> { return rollupGroups.metricsGroupsFromRollups(this.ctx(), filter, calendar); }
  async metricsReasons(filter: MetricsFilter, calendar?: MetricsCalendar): Promise<ReasonCount[]> {
    return calendar ? rollupDetails.metricsReasonsFromRollups(this.ctx(), filter, calendar) : metricsDetails.metricsReasons(this.ctx(), filter);
  }
  async metricsReminders(filter: MetricsFilter, withinMs: number, calendar?: MetricsCalendar): Promise<ReminderEffectRow[]> {
    return calendar && withinMs === ROLLUP_REMINDER_WINDOW_MS
      ? rollupDetails.metricsRemindersFromRollups(this.ctx(), filter, calendar, withinMs)
      : metricsDetails.metricsReminders(this.ctx(), filter, withinMs);
  }
  async metricsEventCounts(filter: MetricsFilter, types: readonly string[]): Promise<EventCountRow[]> { return metricsDetails.metricsEventCounts(this.ctx(), filter, types); }
  async riskFacts(filter: RiskFactFilter): Promise<RiskFact[]> { return riskFacts.riskFacts(this.ctx(), filter); }
  async nudgesOf(interviewIds: readonly string[]): Promise<Nudge[]> { return metricsDetails.nudgesOf(this.ctx(), interviewIds); }
  async metricsVersion(): Promise<string> { return metricsDetails.metricsVersion(this.ctx()); }
}
