/** The store's record, input and filter types, re-exported from one place. */
export * from "./contract/json.js";
export * from "./contract/inbox.js";
export * from "./contract/kf-cursors.js";
export * from "./contract/candidates.js";
export * from "./contract/interviews.js";
export * from "./contract/bind-codes.js";
export * from "./contract/conversations.js";
export * from "./contract/messages.js";
export * from "./contract/events.js";
export * from "./contract/outbox.js";
export * from "./contract/nudges.js";
export * from "./contract/turns.js";
export * from "./contract/metrics.js";
