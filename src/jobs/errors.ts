/** Failures of the job scheduler (`src/jobs/`). */
export class SchedulerError extends Error {
  override readonly name: string = "SchedulerError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Finishing a nudge found it no longer planned under this id: another runner
 * (a second instance, a retried job, `runDue`) finished it first, or it was
 * re-planned. The turn that wanted to send it is rolled back, so nothing goes out twice.
 */
export class NudgeClaimLostError extends SchedulerError {
  override readonly name = "NudgeClaimLostError";
  constructor(readonly nudgeId: string) {
    super(`nudge ${nudgeId} was already finished or re-planned`);
  }
}
