/** Domain rules shared by flows, engine and recruiter commands. */
export * from "./flow.js";
export * from "./records.js";
export { ALLOWED_TRANSITIONS, TERMINAL_STATUSES, canTransition, isTerminal } from "./interview-status.js";
export { maskMobile, maskMobilesInText } from "./mask-mobile.js";
export { formatDateTime, formatDay, formatClock, weekdayName, sameBusinessDay } from "./business-time.js";
export { checkSlot, offerSlots, type OfferOptions, type ReschedulePolicy, type SlotCheck, type SlotRejection } from "./reschedule-policy.js";
export { proposedToDate, type ProposalContext } from "./proposed-time.js";
