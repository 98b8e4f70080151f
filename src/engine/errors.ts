/** Errors of the conversation engine (one class per failure, STYLE habit 6). */

/** A turn named a conversation (or its interview/candidate) that does not exist. */
export class ConversationNotFoundError extends Error {
  override readonly name = "ConversationNotFoundError";
  constructor(
    readonly conversationId: string,
    detail = "not found",
  ) {
    super(`conversation ${conversationId}: ${detail}`);
  }
}

/**
 * A turn kept losing optimistic races (someone else saved the conversation or
 * moved the interview every time). Nothing was written; the inbox retries it.
 */
export class TurnConflictError extends Error {
  override readonly name = "TurnConflictError";
  constructor(
    readonly what: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(`${what}: gave up after ${attempts} conflicting attempts`, options);
  }
}

/** An interview to bind or invite does not exist. */
export class InterviewNotFoundError extends Error {
  override readonly name = "InterviewNotFoundError";
  constructor(readonly interviewId: string) {
    super(`interview ${interviewId} not found`);
  }
}
