/** Demo history: `npm run cli -- seed`, tests and benchmarks. */
export { generateHistory, type GenerateOptions } from "./generate-history.js";
export type { SeedAction, SeedInterview } from "./seed-types.js";
export { writeHistory, type WriteResult } from "./write-history.js";
