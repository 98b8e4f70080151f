export { callbackRoutes, type AcceptEvent, type CallbackRoutesOptions } from "./routes.js";
export { dedupKey, type CallbackEvent, type Channel } from "./events.js";
export type * from "./events.js";
