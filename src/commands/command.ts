/**
 * The contract of one recruiter slash command and what it may use. Commands
 * live one per file in this directory; `bots/recruiter.ts` routes app text to
 * them. A command answers through {@link CommandContext.reply}, which writes the
 * answer to the outbox — in the same transaction as the command's changes when
 * it changes something, so an interview is never changed without the recruiter
 * hearing of it, and a redelivered command changes nothing twice.
 */
import type { RecruiterTexts } from "../../config/recruiter-texts.js";
import type { Clock } from "../clock.js";
import type { ConversationEngine } from "../engine/index.js";
import type { Store, StoreTx } from "../store/store.js";
import type { ButtonInteractionCard } from "../wecom/api/index.js";

/** `/stats` numbers as markdown; the metrics module may provide a richer one. */
export type StatsProvider = (window: { days: number }) => Promise<string>;

/** What a command answers: markdown (split at 2048 B when longer), maybe a decision card. */
export interface CommandAnswer {
  markdown: string;
  card?: ButtonInteractionCard;
  /** The interview the answer is about (kept on the outbox rows). */
  interviewId?: string;
}

export interface CommandContext {
  store: Store;
  engine: ConversationEngine;
  clock: Clock;
  timeZone: string;
  texts: RecruiterTexts;
  /** The recruiter who sent the command. */
  userId: string;
  /** Admins see and act on every recruiter's interviews in lists. */
  admin: boolean;
  /** WeCom's MsgId of the command: the answer's idempotency key. */
  msgId: string;
  /** When the command was sent. */
  at: Date;
  stats: StatsProvider;
  /**
   * Writes the answer to the outbox, through `tx` when given. Throws
   * {@link AlreadyAnsweredError} when this command was answered before (a
   * redelivered item): inside a transaction that rolls the command back.
   */
  reply(answer: CommandAnswer, tx?: StoreTx): Promise<void>;
}

export interface Command {
  /** The English name, e.g. "invite" (typed as `/invite`). */
  name: string;
  /** Chinese aliases, e.g. ["邀约"]. */
  aliases: readonly string[];
  /** Arguments after the command word, split on whitespace; `rest` is the raw text after the word. */
  run(ctx: CommandContext, args: readonly string[], rest: string): Promise<void>;
}

/** The command's answer is already in the outbox: it was carried out before. */
export class AlreadyAnsweredError extends Error {
  override readonly name = "AlreadyAnsweredError";
  constructor(readonly msgId: string) {
    super(`command ${msgId} was already answered`);
  }
}
