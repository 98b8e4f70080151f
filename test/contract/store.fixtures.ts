/** Small builders for the Store contract suite. */
import type { Interview, NewInterview, Store } from "../../src/store/index.js";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

let seq = 0;
/** A value unique within this test process, for keys and names. */
export function unique(prefix: string): string {
  seq += 1;
  return `${prefix}-${seq}`;
}

/** Creates a candidate and an interview for them; `overrides` win. */
export async function makeInterview(
  store: Pick<Store, "createCandidate" | "createInterview">,
  overrides: Partial<NewInterview> & { candidateName?: string } = {},
): Promise<Interview> {
  const { candidateName, ...fields } = overrides;
  const candidate = await store.createCandidate({ name: candidateName ?? "张三", sourceChannel: "BOSS直聘" });
  return store.createInterview(
    {
      candidateId: candidate.id,
      position: "后端工程师",
      recruiterUserId: "hr-li",
      interviewers: ["wang", "zhao"],
      scheduledAt: new Date("2025-06-05T06:00:00.000Z"),
      durationMinutes: 60,
      location: { address: "上海市徐汇区漕河泾开发区 1 号楼 5 层", mapUrl: "https://map.qq.com/x" },
      ...fields,
    },
    "recruiter:hr-li",
  );
}

/** Runs `n` calls at once and waits for all (results or errors). */
export function concurrently<T>(n: number, fn: (i: number) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => fn(i)));
}

export function fulfilled<T>(results: PromiseSettledResult<T>[]): T[] {
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}

export function rejected<T>(results: PromiseSettledResult<T>[]): unknown[] {
  return results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
}
