import type { InterviewStatus, MessageKind, NudgeStatus } from "../store/types.js";

/** Something that happens to a seeded interview at `at`, written in time order. */
export type SeedAction =
  | { at: Date; type: "message"; direction: "in" | "out"; kind: MessageKind; text: string; intent?: string }
  | { at: Date; type: "transition"; to: InterviewStatus; actor: string; reason?: string; scheduledAt?: Date }
  | { at: Date; type: "nudge"; kind: string; status: Exclude<NudgeStatus, "planned">; reason?: string }
  | { at: Date; type: "event"; event: string; payload?: Record<string, string> };

/** One interview of the demo history, with everything that happened to it up to `now`. */
export interface SeedInterview {
  candidateName: string;
  mobile: string;
  sourceChannel: string;
  position: string;
  recruiterUserId: string;
  createdAt: Date;
  /** The first scheduled time (a reschedule action moves it). */
  scheduledAt: Date;
  /** Nudges planned at creation: kind and due time (actions finish some of them). */
  nudges: Array<{ kind: string; dueAt: Date }>;
  actions: SeedAction[];
}
