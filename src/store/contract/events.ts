import type { JsonObject } from "./json.js";

/** Something that happened, for HR alerts and metrics (e.g. "interview.cancelled"). */
export interface DomainEvent {
  id: string;
  type: string;
  interviewId: string | null;
  payload: JsonObject;
  at: Date;
}

export interface NewDomainEvent {
  type: string;
  interviewId?: string | null;
  payload?: JsonObject;
  /** Default: the store clock's now. */
  at?: Date;
}

/** Event queries; filters combine with AND, time range is [from, before). */
export interface EventFilter {
  types?: readonly string[];
  interviewId?: string;
  from?: Date;
  before?: Date;
  /**
   * Only events with a larger id, oldest first: a poller's position. Ids are
   * allocated at insert, not commit, so a poller should re-read a short
   * overlap rather than trust the last id alone.
   */
  afterId?: string;
  /** Default 1000. */
  limit?: number;
}

export interface EventOperations {
  recordEvent(event: NewDomainEvent): Promise<DomainEvent>;
  /** Oldest first. */
  listEvents(filter: EventFilter): Promise<DomainEvent[]>;
}
