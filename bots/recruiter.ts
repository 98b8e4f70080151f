/**
 * The recruiter bot: members of the self-built app type slash commands
 * (`/invite`, `/list`, `/status`, …, Chinese aliases too) and click buttons on
 * the cards it sends. Only members listed as recruiters or admins in config
 * are served; anyone else gets a polite refusal. Every answer goes through the
 * outbox keyed by the command's MsgId, written in the same transaction as the
 * command's changes: a command redelivered after a crash answers once and
 * changes nothing twice, and a command that fails changes nothing at all.
 */
import type { RecruiterAccess } from "../config/settings.js";
import { loadRecruiterTexts, type RecruiterTexts } from "../config/recruiter-texts.js";
import type { Clock } from "../src/clock.js";
import { handleRecruiterCardClick } from "../src/commands/card-click.js";
import { AlreadyAnsweredError, type CommandAnswer, type CommandContext, type StatsProvider } from "../src/commands/command.js";
import { helpText } from "../src/commands/help.js";
import { parseCommandText } from "../src/commands/parse-command.js";
import { commandFor } from "../src/commands/registry.js";
import type { ConversationEngine } from "../src/engine/index.js";
import type { InboundHandler } from "../src/engine/inbox-worker.js";
import { toOutboxJson } from "../src/engine/outbox-payload.js";
import type { Logger } from "../src/log.js";
import type { Store, StoreTx } from "../src/store/store.js";
import type { InboundItem } from "../src/store/types.js";
import type { AppTextEvent, TemplateCardClickEvent, UnsupportedEvent } from "../src/wecom/callback/index.js";

export interface RecruiterBotOptions {
  store: Store;
  engine: ConversationEngine;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  access: RecruiterAccess;
  texts?: RecruiterTexts;
  /** `/stats` as markdown (src/metrics' statsMarkdown in the bot). */
  stats: StatsProvider;
}

/** Inbox handlers by kind, to merge into the bot's worker (after the candidate bot's: clicks route here first). */
export function recruiterBot(o: RecruiterBotOptions): Record<string, InboundHandler> {
  const texts = o.texts ?? loadRecruiterTexts();
  const { stats } = o;
  const admins = new Set(o.access.admins);
  const allowed = new Set([...o.access.recruiters, ...o.access.admins]);
  if (allowed.size === 0) o.logger.warn("no recruiters configured (WECOM_RECRUITERS / WECOM_ADMINS): every command will be refused");

  const reply = async (userId: string, msgId: string, answer: CommandAnswer, tx?: StoreTx): Promise<void> => {
    const write = async (w: StoreTx): Promise<void> => {
      const refs = { channel: "app" as const, interviewId: answer.interviewId ?? null };
      const text = await w.enqueueOutbox({ ...refs, idempotencyKey: `app:reply:${msgId}`, payload: toOutboxJson({ kind: "app_markdown", touser: userId, content: answer.markdown }) });
      if (!text.enqueued) throw new AlreadyAnsweredError(msgId);
      if (answer.card) {
        const payload = toOutboxJson({ kind: "app_card", touser: userId, card: answer.card, summary: answer.card.main_title.title });
        await w.enqueueOutbox({ ...refs, idempotencyKey: `app:reply:${msgId}:card`, payload });
      }
    };
    if (tx) await write(tx);
    else await o.store.transaction(write);
  };

  /** Answers outside a command's own transaction; a repeated answer is silently skipped. */
  const answer = async (userId: string, msgId: string, markdown: string): Promise<void> => {
    await reply(userId, msgId, { markdown }).catch((err: unknown) => {
      if (!(err instanceof AlreadyAnsweredError)) throw err;
    });
    o.engine.dispatcher.notify();
  };

  const onText: InboundHandler = async (inbox) => {
    const event = payload<AppTextEvent>(inbox);
    const userId = event.from;
    const log = o.logger.child({ user: userId, msgId: event.msgId });
    if (!allowed.has(userId)) {
      log.info("command from a member who is not a recruiter; refused");
      await answer(userId, event.msgId, texts.get("command.refused", { user: userId }));
      return;
    }
    const parsed = parseCommandText(event.content);
    if (parsed.kind === "not_command") {
      await answer(userId, event.msgId, `${texts.get("command.not_command")}\n\n${helpText(texts)}`);
      return;
    }
    const command = commandFor(parsed.word);
    if (!command) {
      await answer(userId, event.msgId, `${texts.get("command.unknown", { command: Array.from(`/${parsed.word}`).slice(0, 40).join("") })}\n\n${helpText(texts)}`);
      return;
    }
    const ctx: CommandContext = {
      store: o.store,
      engine: o.engine,
      clock: o.clock,
      timeZone: o.timeZone,
      texts,
      userId,
      admin: admins.has(userId),
      msgId: event.msgId,
      at: new Date(event.createTime * 1000),
      stats,
      reply: (a, tx) => reply(userId, event.msgId, a, tx),
    };
    try {
      await command.run(ctx, parsed.args, parsed.rest);
      log.info({ command: command.name }, "recruiter command handled");
    } catch (err) {
      if (err instanceof AlreadyAnsweredError) {
        log.info({ command: command.name }, "command was already carried out (redelivered); nothing done twice");
      } else {
        // The command's transaction rolled back: say so rather than leave the recruiter guessing.
        log.error({ err, command: command.name }, "recruiter command failed; nothing was changed");
        await reply(userId, `${event.msgId}:failed`, { markdown: texts.get("command.failed") }).catch(() => undefined);
      }
    }
    o.engine.dispatcher.notify();
  };

  const onCardClick: InboundHandler = async (inbox) => {
    const event = payload<TemplateCardClickEvent>(inbox);
    const click = { userId: event.from, taskId: event.taskId, eventKey: event.eventKey, responseCode: event.responseCode, at: new Date(event.createTime * 1000) };
    if (!allowed.has(click.userId)) {
      o.logger.warn({ user: click.userId, taskId: click.taskId }, "card click from a member who is not a recruiter; ignored");
      return;
    }
    const mine = await handleRecruiterCardClick({ engine: o.engine, texts }, click);
    if (mine === "not_ours") {
      // A conversation card (reschedule approval): the engine runs it in the candidate's conversation.
      const outcome = await o.engine.handleCardClick(click);
      if (outcome.status !== "done") o.logger.info({ taskId: click.taskId, outcome: outcome.status }, "card click matches no card of ours");
    } else if (mine === "unknown_button") {
      o.logger.warn({ taskId: click.taskId, eventKey: click.eventKey }, "card click with a button key we never sent");
    }
    o.engine.dispatcher.notify();
  };

  const onOther: InboundHandler = async (inbox) => {
    const event = payload<UnsupportedEvent>(inbox);
    // Images, voice, files from members: answer once (MsgId) with the help; app events without MsgId are ignored.
    if (event.channel !== "app" || event.msgId === undefined) return;
    const text = allowed.has(event.from) ? `${texts.get("command.media")}\n\n${helpText(texts)}` : texts.get("command.refused", { user: event.from });
    await answer(event.from, event.msgId, text);
  };

  return { text: onText, template_card_event: onCardClick, unsupported: onOther };
}

function payload<T>(item: InboundItem): T {
  return item.payload as unknown as T;
}
