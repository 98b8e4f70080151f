/**
 * Writes generated history through the Store contract (any engine), on a
 * ManualClock that is moved to each action's time so every row carries the
 * time it would have had. Interviews are written in transactions of
 * `batchSize`, which keeps PGlite on disk fast.
 */
import type { ManualClock } from "../clock.js";
import type { Store, StoreTx } from "../store/store.js";
import type { SeedInterview } from "./seed-types.js";

export interface WriteProgress {
  (done: number, total: number): void;
}

export interface WriteResult {
  interviews: number;
  messages: number;
}

/** `store` must run on `clock` (open it with that clock). */
export async function writeHistory(
  store: Store,
  clock: ManualClock,
  history: readonly SeedInterview[],
  options: { batchSize?: number; progress?: WriteProgress } = {},
): Promise<WriteResult> {
  const batchSize = options.batchSize ?? 25;
  const result: WriteResult = { interviews: 0, messages: 0 };
  const restore = clock.now();
  try {
    for (let i = 0; i < history.length; i += batchSize) {
      const batch = history.slice(i, i + batchSize);
      await store.transaction(async (tx) => {
        for (const item of batch) result.messages += await writeOne(tx, clock, item);
      });
      result.interviews += batch.length;
      options.progress?.(result.interviews, history.length);
    }
  } finally {
    clock.set(restore);
  }
  return result;
}

async function writeOne(tx: StoreTx, clock: ManualClock, item: SeedInterview): Promise<number> {
  clock.set(item.createdAt);
  const candidate = await tx.createCandidate({ name: item.candidateName, mobile: item.mobile, sourceChannel: item.sourceChannel });
  const interview = await tx.createInterview(
    {
      candidateId: candidate.id,
      position: item.position,
      recruiterUserId: item.recruiterUserId,
      interviewers: ["面试官"],
      scheduledAt: item.scheduledAt,
      durationMinutes: 60,
      location: { address: "上海市徐汇区漕河泾开发区 1 号楼 5 层", mapUrl: null },
    },
    `recruiter:${item.recruiterUserId}`,
  );
  const nudgeIds = new Map<string, string>();
  for (const n of item.nudges) nudgeIds.set(n.kind, (await tx.planNudge({ interviewId: interview.id, kind: n.kind, dueAt: n.dueAt })).id);
  let messages = 0;
  for (const action of item.actions) {
    clock.set(action.at);
    switch (action.type) {
      case "message":
        messages += 1;
        await tx.logMessage({
          direction: action.direction,
          channel: "kf",
          kind: action.kind,
          interviewId: interview.id,
          peerId: `wmSEED${candidate.id}`,
          text: action.text,
          ...(action.intent ? { intent: action.intent, confidence: 0.95 } : {}),
          at: action.at,
        });
        break;
      case "transition":
        await tx.transitionInterview({
          interviewId: interview.id,
          to: action.to,
          actor: action.actor,
          ...(action.reason ? { reason: action.reason } : {}),
          ...(action.scheduledAt ? { changes: { scheduledAt: action.scheduledAt } } : {}),
        });
        break;
      case "nudge": {
        const id = nudgeIds.get(action.kind);
        if (id) await tx.finishNudge(id, action.status, action.reason);
        break;
      }
      case "event":
        await tx.recordEvent({ type: action.event, interviewId: interview.id, payload: action.payload ?? {}, at: action.at });
        break;
    }
  }
  return messages;
}
