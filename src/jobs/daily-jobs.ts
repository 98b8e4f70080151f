/**
 * Daily jobs at a business-time clock time (e.g. the HR digest at 09:00),
 * through Agenda and the app clock like the nudges. One Agenda job row per
 * name carries the next occurrence's (virtual) due time; an occurrence is
 * claimed by compare-and-set on that time, so it runs at most once whether an
 * instance's Agenda or `runDue()` gets there first.
 */
import type { Job } from "agenda";
import { nextDailyAt } from "../../flows/reminders.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import { SchedulerError } from "./errors.js";
import * as rows from "./job-rows.js";
import type { SqlClient } from "./sql-client.js";
import type { TimeMap } from "./time-map.js";

/** A daily job's work; `at` is the occurrence's (virtual) due time — key idempotent work by it. */
export type DailyHandler = (at: Date) => Promise<void>;

export interface DailyJobsDeps {
  sql: SqlClient;
  clock: Clock;
  time: TimeMap;
  timeZone: string;
  logger: Logger;
  /** This instance's name (written as the job row's last modifier). */
  by: string;
}

export class DailyJobs {
  private readonly handlers = new Map<string, { at: string; handler: DailyHandler }>();
  private live = false;

  constructor(private readonly d: DailyJobsDeps) {}

  /** Registers (and, once started, writes) a daily job; the time of day may change between releases. */
  async register(name: string, at: string, handler: DailyHandler): Promise<void> {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) throw new SchedulerError(`daily job ${name}: time must be HH:MM, got ${at}`);
    this.handlers.set(name, { at, handler });
    if (this.live) await this.write(name, at);
  }

  /** Writes every registered job's row (the schema exists from here on). */
  async start(): Promise<void> {
    this.live = true;
    for (const [name, d] of this.handlers) await this.write(name, d.at);
  }

  /** Runs every occurrence due by the app clock now; returns how many ran here. */
  async runDue(): Promise<number> {
    let ran = 0;
    for (const data of await rows.dueDailies(this.d.sql, this.d.clock.now())) if (await this.run(data)) ran += 1;
    return ran;
  }

  /** The earliest next occurrence (app clock), or null. */
  nextDue(): Promise<Date | null> {
    return this.live ? rows.nextDailyDue(this.d.sql) : Promise.resolve(null);
  }

  /** The Agenda handler: run the occurrence if due, then re-arm at the next one. */
  async runJob(job: Job<rows.DailyJobData>): Promise<void> {
    const data = job.attrs.data;
    if (!this.handlers.has(data.daily)) {
      // Not registered in this instance (yet): another instance, or this one after its start, runs it.
      job.attrs.nextRunAt = new Date(this.d.time.realNow().getTime() + 60_000);
      return;
    }
    await this.run(data);
    const current = await rows.dailyJobOf(this.d.sql, data.daily);
    job.attrs.nextRunAt = this.d.time.toReal(current ? new Date(current.dueAt) : nextDailyAt(this.d.clock.now(), data.at, this.d.timeZone));
  }

  private async write(name: string, at: string): Promise<void> {
    const dueAt = nextDailyAt(this.d.clock.now(), at, this.d.timeZone);
    await rows.writeDailyJob(this.d.sql, { daily: name, at, dueAt: dueAt.toISOString() }, this.d.time.toReal(dueAt), this.d.by);
  }

  /** Claims one due occurrence (compare-and-set on its due time) and runs it; at most once per occurrence. */
  private async run(data: rows.DailyJobData): Promise<boolean> {
    const reg = this.handlers.get(data.daily);
    const due = new Date(data.dueAt);
    const now = this.d.clock.now();
    if (!reg || due.getTime() > now.getTime()) return false;
    const next = nextDailyAt(now, data.at, this.d.timeZone);
    if (!(await rows.claimDaily(this.d.sql, data.daily, data.dueAt, next.toISOString(), this.d.time.toReal(next)))) return false;
    try {
      await reg.handler(due);
    } catch (err) {
      this.d.logger.error({ err, daily: data.daily, at: data.dueAt }, "daily job failed; it runs again at its next time");
    }
    return true;
  }
}
