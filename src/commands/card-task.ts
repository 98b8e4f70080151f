/**
 * task_ids of the cards the recruiter bot sends (`rc_<interviewId>_<tag>`):
 * the interview comes back with the click. Conversation cards made by the
 * engine use `ib_` (src/engine/card-task-id.ts) and are routed there.
 */
const PATTERN = /^rc_(\d+)_[0-9A-Za-z_-]+$/;

/** `tag` makes the id unique per card (WeCom wants task_ids unique per app for good). */
export function recruiterCardTaskId(interviewId: string, tag: string): string {
  return `rc_${interviewId}_${tag.replace(/[^0-9A-Za-z_-]/g, "")}`.slice(0, 128);
}

export function interviewOfCardTask(taskId: string): string | undefined {
  return PATTERN.exec(taskId)?.[1];
}
