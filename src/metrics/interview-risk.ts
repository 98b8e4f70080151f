import type { Clock } from "../clock.js";
import type { Store } from "../store/store.js";
import type { Interview } from "../store/types.js";
import { scoreUpcoming, type RiskModelCache } from "./risk.js";

/**
 * The 0–100 no-show score of one interview, for places that list a few
 * interviews at a time (the HR digest). Uses the shared model cache, so a
 * digest of twenty interviews fits the model at most once.
 */
export function interviewRisk(store: Store, models: RiskModelCache, clock: Clock): (interview: Interview) => Promise<number | undefined> {
  return async (interview) => {
    const now = clock.now();
    const model = await models.get(now);
    const at = interview.scheduledAt.getTime();
    const scored = await scoreUpcoming(store, model, { now, from: new Date(at), before: new Date(at + 1) });
    return scored.find((s) => s.fact.interviewId === interview.id)?.risk.score;
  };
}
