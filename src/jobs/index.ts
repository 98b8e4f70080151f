/**
 * Timed nudges on Agenda 6 (`@agendajs/postgres-backend`) on the bot's own
 * database: the scheduler, its connection, and the time mapping.
 */
export { NudgeScheduler, type SchedulerOptions } from "./scheduler.js";
export type { DailyHandler } from "./daily-jobs.js";
export { pglitePool, serverPool, type SchedulerPool, type SqlClient } from "./sql-client.js";
export { NudgeClaimLostError, SchedulerError } from "./errors.js";
export { TimeMap } from "./time-map.js";
export type { FireOutcome } from "./fire-nudge.js";
