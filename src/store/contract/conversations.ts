import type { JsonObject } from "./json.js";

/** The state of one candidate's chat with one kf account. */
export interface Conversation {
  id: string;
  openKfId: string;
  externalUserId: string;
  interviewId: string | null;
  /** Which flow is running, e.g. "invitation"; null when idle. */
  flow: string | null;
  step: string | null;
  /** The flow's collected values. */
  slots: JsonObject;
  /** Starts at 1 and goes up by one on every save (optimistic concurrency). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A save of a conversation read at `expectedVersion`; omitted fields stay. */
export interface ConversationUpdate {
  id: string;
  expectedVersion: number;
  interviewId?: string | null;
  flow?: string | null;
  step?: string | null;
  slots?: JsonObject;
}

export interface ConversationOperations {
  getConversation(openKfId: string, externalUserId: string): Promise<Conversation | undefined>;
  getConversationById(id: string): Promise<Conversation | undefined>;

  /** The conversation of (openKfId, externalUserId), created empty (version 1) if absent. */
  openConversation(openKfId: string, externalUserId: string): Promise<Conversation>;

  /**
   * Writes the update if the stored version is still `expectedVersion` and
   * returns the conversation with version + 1. Throws StoreConflictError when
   * someone saved in between, StoreNotFoundError for an unknown id.
   */
  saveConversation(update: ConversationUpdate): Promise<Conversation>;

  /** Conversations bound to an interview (to reach the candidate for a nudge). */
  findConversationsByInterview(interviewId: string): Promise<Conversation[]>;
}
