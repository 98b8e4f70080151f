/**
 * The store's record types as the flows see them. flows/ may not import
 * src/store (lint rule: flows stay pure), so the shapes they read come through
 * here as type-only re-exports.
 */
export type { Candidate } from "../store/contract/candidates.js";
export type { Interview, InterviewLocation, InterviewPatch, InterviewStatus } from "../store/contract/interviews.js";
export type { Json, JsonObject } from "../store/contract/json.js";
