import type { RecruiterTexts } from "../../config/recruiter-texts.js";
import type { Clock } from "../clock.js";
import type { Coordination } from "../coord/coordination.js";
import type { Logger } from "../log.js";
import { StoreConflictError } from "../store/index.js";
import type { Store } from "../store/store.js";
import type { DomainEvent } from "../store/types.js";
import { RateLimitedError } from "../wecom/api/index.js";
import { WecomApiError } from "../wecom/errors.js";
import { WECOM_LIMITS } from "../wecom/api/limits.js";
import { packAlerts, type RenderedAlert } from "./pack-alerts.js";
import { compareIds, loadCheckpoint, saveCheckpoint, type Checkpoint } from "./relay-checkpoint.js";
import { ALERT_EVENT_TYPES, renderAlert, type AlertSubject } from "./render-alert.js";

/** The digest rides the same queue: an event whose payload is the finished markdown. */
export const DIGEST_EVENT = "hr.daily_digest";

export interface AlertRelayOptions {
  store: Store;
  coord: Coordination;
  clock: Clock;
  logger: Logger;
  texts: RecruiterTexts;
  timeZone: string;
  /** Posts one markdown message to the HR group (the robot webhook); throws on failure. */
  send: (markdown: string) => Promise<void>;
  /**
   * Real time between two group messages. 60 s / 20 messages = 3 s keeps one
   * instance inside the robot's limit, and what arrives meanwhile is merged
   * into the next message.
   */
  paceMs?: number;
  /** Real time between looks when idle (other instances' events; missed wake-ups). */
  pollMs?: number;
  /** An event this much older than now (clock) is assumed committed by everyone before it. */
  settleMs?: number;
  batchSize?: number;
  /** First wait after the robot refused for frequency (45009); doubles up to a minute. Default 10 s. */
  rateLimitBackoffMs?: number;
}

const LOCK_KEY = "hr-alerts:relay";
const TYPES = [...ALERT_EVENT_TYPES, DIGEST_EVENT];

/**
 * The HR group's durable queue is the `events` table itself, read through a
 * stored checkpoint (an event-cursor relay rather than outbox rows): every
 * alert is a domain event committed with the change that caused it, so
 * nothing is lost between the change and the queue. Each round, under a
 * cross-instance lock, the relay reads what is not yet done, merges it in
 * event order into one message of at most 4096 bytes, posts it, and only then
 * advances the checkpoint. A refused post (45009 frequency, busy, network)
 * leaves the checkpoint where it was and is retried with backoff — never
 * dropped; order per interview is event order. A crash between a post and its
 * checkpoint can repeat that one message after restart; nothing else repeats.
 */
export class AlertRelay {
  private readonly paceMs: number;
  private readonly pollMs: number;
  private readonly settleMs: number;
  private readonly batchSize: number;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failures = 0;

  constructor(private readonly o: AlertRelayOptions) {
    this.paceMs = o.paceMs ?? Math.ceil(60_000 / WECOM_LIMITS.robotPerMinute);
    this.pollMs = o.pollMs ?? 2_000;
    this.settleMs = o.settleMs ?? 120_000;
    this.batchSize = o.batchSize ?? 500;
  }

  /**
   * Creates the checkpoint on the very first start, at the newest event: the
   * history before the relay existed is not replayed. Await it before events
   * can be recorded, so nothing recorded after start is taken for history.
   */
  async init(): Promise<void> {
    const { checkpoint } = await loadCheckpoint(this.o.store);
    if (checkpoint) return;
    await this.save(null, { after: await this.latestEventId(), done: [] });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Something was recorded: look now if idle (a pause between posts is kept: it is how bursts merge). */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let wait: { ms: number; wakeable: boolean };
      try {
        wait = await this.round();
        this.failures = 0;
      } catch (err) {
        this.failures += 1;
        wait = { ms: this.backoff(err), wakeable: false };
        this.o.logger.warn({ err, retryInMs: wait.ms }, "HR group alert not posted; it stays queued and is retried");
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait.ms);
        this.wake = () => {
          if (!wait.wakeable && this.running) return;
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private backoff(err: unknown): number {
    if (err instanceof RateLimitedError) return Math.max(err.retryAfterMs, 1000);
    // A robot that hit its limit is blocked for up to a minute.
    if (err instanceof WecomApiError && err.isRateLimit) return Math.min((this.o.rateLimitBackoffMs ?? 10_000) * 2 ** (this.failures - 1), 60_000);
    return Math.min(1000 * 2 ** Math.min(this.failures, 8), 5 * 60_000);
  }

  /** One post at most. Returns how long to wait before the next round. */
  async round(): Promise<{ ms: number; wakeable: boolean }> {
    const idle = { ms: this.pollMs, wakeable: true };
    const lock = await this.o.coord.acquire(LOCK_KEY, 60_000, { waitMs: 0 });
    if (!lock) return idle;
    try {
      const { raw, checkpoint } = await loadCheckpoint(this.o.store);
      if (!checkpoint) {
        await this.init();
        return { ms: 0, wakeable: true };
      }
      const events = await this.o.store.listEvents({ types: TYPES, ...(checkpoint.after ? { afterId: checkpoint.after } : {}), limit: this.batchSize });
      const done = new Set(checkpoint.done);
      const pending = events.filter((e) => !done.has(e.id));
      if (pending.length === 0) {
        const compacted = this.compact(checkpoint, events);
        if (compacted.after !== checkpoint.after) await this.save(raw, compacted);
        return idle;
      }
      const { alerts, silent } = await this.render(pending);
      const [message] = packAlerts(alerts, WECOM_LIMITS.robotMarkdownBytes, (count) => this.o.texts.get("alert.merged_head", { count }));
      let handled = silent;
      if (message) {
        // Events that render into no alert and come before the message's last one are done with it.
        const last = message.eventIds.at(-1)!;
        handled = [...message.eventIds, ...silent.filter((id) => compareIds(id, last) < 0)];
        await this.o.send(message.markdown);
        this.o.logger.info({ events: message.eventIds.length }, "HR group alert posted");
      }
      await this.save(raw, this.compact({ after: checkpoint.after, done: [...new Set([...checkpoint.done, ...handled])] }, events));
      return message ? { ms: this.paceMs, wakeable: false } : { ms: 0, wakeable: true };
    } finally {
      await lock.release().catch(() => false);
    }
  }

  private async save(expected: string | null, next: Checkpoint): Promise<void> {
    try {
      await saveCheckpoint(this.o.store, expected, next);
    } catch (err) {
      // Another instance moved it (its lock expired under us): re-read next round.
      if (!(err instanceof StoreConflictError)) throw err;
      this.o.logger.warn("HR relay checkpoint moved under us; re-reading");
    }
  }

  /** Moves `after` over the leading events that are done and settled. */
  private compact(checkpoint: Checkpoint, events: readonly DomainEvent[]): Checkpoint {
    const done = new Set(checkpoint.done);
    let after = checkpoint.after;
    const settledBefore = this.o.clock.now().getTime() - this.settleMs;
    for (const e of events) {
      if (!done.has(e.id) || e.at.getTime() > settledBefore) break;
      after = e.id;
      done.delete(e.id);
    }
    return { after, done: [...done].filter((id) => after === null || compareIds(id, after) > 0).sort(compareIds) };
  }

  private async render(events: readonly DomainEvent[]): Promise<{ alerts: RenderedAlert[]; silent: string[] }> {
    const subjects = new Map<string, AlertSubject | undefined>();
    const alerts: RenderedAlert[] = [];
    const silent: string[] = [];
    for (const e of events) {
      if (e.type === DIGEST_EVENT) {
        const markdown = typeof e.payload["markdown"] === "string" ? e.payload["markdown"] : "";
        if (markdown) alerts.push({ eventIds: [e.id], markdown });
        else silent.push(e.id);
        continue;
      }
      if (e.interviewId !== null && !subjects.has(e.interviewId)) {
        const interview = await this.o.store.getInterview(e.interviewId);
        const candidate = interview && (await this.o.store.getCandidate(interview.candidateId));
        subjects.set(e.interviewId, interview && candidate ? { interview, candidate } : undefined);
      }
      const markdown = renderAlert(this.o.texts, this.o.timeZone, e, e.interviewId === null ? undefined : subjects.get(e.interviewId));
      if (markdown) alerts.push({ eventIds: [e.id], markdown });
      else silent.push(e.id);
    }
    return { alerts, silent };
  }

  private async latestEventId(): Promise<string | null> {
    let after: string | null = null;
    for (;;) {
      const page = await this.o.store.listEvents({ ...(after ? { afterId: after } : {}), limit: 1000 });
      if (page.length === 0) return after;
      after = page.at(-1)!.id;
    }
  }
}
