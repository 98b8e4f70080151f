import type { Interview } from "./interviews.js";

/**
 * A one-time code carried as the 微信客服 link's `scene_param`: whoever opens
 * the link first binds their external_userid to the interview.
 */
export interface BindCode {
  code: string;
  interviewId: string;
  expiresAt: Date;
  createdAt: Date;
  usedAt: Date | null;
  /** The external_userid that consumed it. */
  usedBy: string | null;
}

export interface NewBindCode {
  interviewId: string;
  expiresAt: Date;
  /**
   * The code; omitted → a random URL-safe one. scene_param allows at most 128
   * bytes of `[0-9a-zA-Z_-]`.
   */
  code?: string;
}

/**
 * Outcome of consuming a code: the interview exactly once, otherwise why not.
 * A code both used and expired reports `used`.
 */
export type BindCodeConsumption =
  | { ok: true; interview: Interview; bindCode: BindCode }
  | { ok: false; reason: "unknown" }
  | { ok: false; reason: "used" | "expired"; bindCode: BindCode };

export interface BindCodeOperations {
  /** Throws StoreConflictError if the code already exists. */
  createBindCode(input: NewBindCode): Promise<BindCode>;

  /**
   * Marks the code used by `externalUserId` if it is unused and unexpired.
   * Atomic: under concurrent calls exactly one gets `ok: true`.
   */
  consumeBindCode(code: string, externalUserId: string): Promise<BindCodeConsumption>;
}
