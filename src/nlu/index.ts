/**
 * Reply understanding for interview invitations (GitHub issue #3).
 *
 * - {@link understand}: intent, proposed time, cancel reason, question topics, confidence.
 * - {@link resolveTime}: the time a text names, usable on its own (e.g. `/invite … 周三下午2点`).
 * - {@link resolutionToDate}: a resolution as a concrete instant in the business zone.
 */
export { understand } from "./understand.js";
export { resolveTime, resolutionToDate, DEFAULT_POD_TIMES } from "./time/resolution.js";
export { normalize } from "./normalize/normalize.js";
/** Calendar arithmetic in the business time zone, shared with the domain's time rules. */
export { addDays, wallClock, zonedInstant, type CivilDate, type WallClock } from "./time/calendar.js";
/** "我到了 / 在前台": the arrival pattern, for flows that tell arrivals from lateness on the interview day. */
export { ARRIVED } from "./lexicon/late.js";
export {
  DEFAULT_CONFIDENCE_THRESHOLD,
  type CancelReason,
  type Intent,
  type PartOfDay,
  type QuestionTopic,
  type TimeContext,
  type TimeResolution,
  type Understanding,
  type UnderstandOptions,
} from "./types.js";
