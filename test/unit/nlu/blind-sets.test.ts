/**
 * The spent blind sets (written by independent writers, scored blind once, tuned on
 * afterwards) kept as regression data: each must stay at or above a floor a little under
 * the score reached when they were added, so a rule change that breaks what they cover
 * fails here. See test/fixtures/nlu/README.md for where each file comes from.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadLabeled, scoreSet, topicF1, formatScore } from "../../../bench/nlu-score.js";

interface Floor {
  file: string;
  intent: number;
  proposed: number;
  reason: number;
  topicF1: number;
  /**
   * Critical misses where we disagree with the writer's label, listed in
   * test/fixtures/nlu/README.md; any other critical miss still fails.
   */
  disputed?: string[];
}

// Floors: one to three points under the score reached when the file was added (round 4).
const FLOORS: Floor[] = [
  // Round 4 scores: 100.0% / 99.8% / 100% / 1.000.
  { file: "blind1-tune.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 4 scores: 100.0% / 100.0% / 100% / 1.000.
  { file: "blind1-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 4 scores: 100.0% / 100.0% / 100% / 1.000.
  { file: "blind2-tune.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 5 (third writer; blind before tuning: 97.3% / 98.7% / 78.3% / 0.872), after: 100% / 100% / 100% / 1.000.
  { file: "blind3-tune.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 6 (third writer's final set; blind: 95.8% / 97.5% / 81.3% / 0.842, 2 critical), after: 100% / 100% / 100% / 0.940.
  { file: "blind3-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.9 },
  // Round 7 (fourth writer's final set; blind: 97.0% / 99.3% / 85.0% / 0.942, 0 critical), after: 100% / 100% / 100% / 1.000.
  { file: "blind4-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 9 (sixth writer's final set; blind on round 8: 95.8% / 97.0% / 79.7% / 0.918, 1 critical), after: 100% / 100% / 100% / 1.000.
  { file: "blind6-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 10 (seventh writer's final set; blind on round 9: 98.5% / 99.5% / 89.1% / 0.963, 0 critical), after: see README.
  { file: "blind7-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 11 (eighth writer's final set; blind on round 10: 98.0% / 99.3% / 95.3% / 0.945, 0 critical), after: see README.
  { file: "blind8-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.97 },
  // Round 12 (ninth writer's final set; blind on round 11: 96.0% / 99.3% / 78.1% / 0.879, 1 critical), after: see README.
  { file: "blind9-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.9, topicF1: 0.93 },
  // Round 13 (tenth writer's final set; blind on round 12: 97.8% / 100% / 90.6% / 0.946, 2 critical), after: see README.
  { file: "blind10-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.9, topicF1: 0.93 },
  // Round 14 (eleventh writer's final set; blind on round 13: 97.0% / 99.8% / 85.9% / 0.904, 0 critical), after: see README.
  { file: "blind11-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.9, topicF1: 0.9 },
  // Round 15 (twelfth writer's final set; blind on round 14: 96.5% / 99.0% / 87.5% / 0.922, 0 critical), after: see README.
  { file: "blind12-final.jsonl", intent: 0.97, proposed: 0.98, reason: 0.9, topicF1: 0.9 },
  // Round 16 (thirteenth writer's final set; blind on round 15: 96.8% / 98.3% / 87.5% / 0.891, 3 critical), after: see README.
  { file: "blind13-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.9 },
  // Round 16 (fourteenth writer's final set; blind on round 15: 96.5% / 98.0% / 89.1% / 0.863, 0 critical), after: see README.
  { file: "blind14-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.84 },
  // Round 17 (fifteenth writer's final set; blind on round 16: 95.0% / 97.3% / 67.2% / 0.847, 1 critical), after: see README.
  { file: "blind15-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.88 },
  // Round 17 (sixteenth writer's final set; blind on round 16: 97.3% / 97.3% / 84.4% / 0.919, 0 critical), after: see README.
  { file: "blind16-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.9 },
  // Round 18 (seventeenth writer's final set; blind on round 17: 96.5% / 98.0% / 84.4% / 0.821, 0 critical), after: see README.
  { file: "blind17-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.8 },
  // Round 18 (eighteenth writer's final set; blind on round 17: 97.5% / 98.0% / 90.6% / 0.878, 1 critical), after: see README.
  { file: "blind18-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.93, topicF1: 0.86 },
  // Round 19 (nineteenth writer's final set; blind on round 18: 96.3% / 99.3% / 73.4% / 0.791, 1 critical), after: see README.
  { file: "blind19-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.92, topicF1: 0.78 },
  // Round 19 (twentieth writer's final set; blind on round 18: 98.0% / 97.5% / 81.0% / 0.913, 0 critical), after: see README.
  { file: "blind20-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.9, topicF1: 0.9 },
  // Round 20 (twenty-first writer's final set; blind on round 19: 98.0% / 98.8% / 85.9% / 0.894, 0 critical), after: see README.
  { file: "blind21-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.83, topicF1: 0.86 },
  // Round 20 (twenty-second writer's final set; blind on round 19: 94.5% / 97.5% / 81.3% / 0.861, 1 critical), after: see README.
  // Tuned only on its critical miss and clear families in the last minutes of session 6: a lower floor.
  { file: "blind22-final.jsonl", intent: 0.96, proposed: 0.97, reason: 0.78, topicF1: 0.83 },
  // Round 21 (twenty-third writer's final set; blind on round 20: 96.8% / 98.5% / 85.9% / 0.908, 1 disputed critical), after: see README.
  { file: "blind23-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.9, topicF1: 0.9, disputed: ["b23f-0217"] },
  // Round 21 (twenty-fourth writer's final set; blind on round 20: 97.3% / 98.8% / 78.1% / 0.819, 0 critical), after: see README.
  { file: "blind24-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.87, topicF1: 0.86 },
  // Round 22 (twenty-fifth writer's final set; blind on round 21: 98.8% / 99.0% / 87.5% / 0.741, 0 critical), after: see README.
  { file: "blind25-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.97, topicF1: 0.84 },
  // Round 22 (twenty-sixth writer's final set; blind on round 21: 95.8% / 98.3% / 65.6% / 0.833, 1 critical), after: see README.
  { file: "blind26-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.89, topicF1: 0.86 },
  // Round 23 (twenty-seventh writer's final set; blind on round 22: 96.5% / 95.3% / 82.8% / 0.796, 0 critical), after: see README.
  { file: "blind27-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.94, topicF1: 0.85 },
  // Round 23 (twenty-eighth writer's final set; blind on round 22: 95.3% / 98.5% / 78.1% / 0.771, 0 critical), after: see README.
  { file: "blind28-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.82 },
  // Round 24 (twenty-ninth writer's final set; blind on round 23: 98.5% / 100% / 87.5% / 0.916, 0 critical), after: see README.
  { file: "blind29-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.9 },
  // Round 24 (thirtieth writer's final set; blind on round 23: 96.3% / 98.0% / 82.8% / 0.843, 1 critical), after: see README.
  { file: "blind30-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.94, topicF1: 0.83 },
  // Round 25 (thirty-first writer's final set; blind on round 24: 95.3% / 96.8% / 87.5% / 0.863, 0 critical), after: see README.
  { file: "blind31-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.94, topicF1: 0.86 },
  // Round 25 (thirty-second writer's final set; blind on round 24: 98.5% / 99.8% / 87.5% / 0.946, 0 critical), after: see README.
  { file: "blind32-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.95, topicF1: 0.94 },
  // Round 26 (thirty-third writer's final set; blind on round 25: 98.8% / 99.8% / 93.8% / 0.927, 0 critical), after: see README.
  { file: "blind33-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.93, topicF1: 0.91 },
  // Round 26 (thirty-fourth writer's final set, hard for rules on purpose; blind on round 25: 94.0% / 98.3% / 82.8% / 0.881, 2 critical),
  // tuned on its critical misses and clear families only: a lower reason floor.
  { file: "blind34-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.8, topicF1: 0.88 },
  // Round 27, partly (blind on round 26: blind35 99.3% / 99.8% / 90.6% / 0.950, 0 critical; blind36, a targeted set,
  // 96.0% / 99.3% / 90.6% / 0.776, 1 critical; blind37 98.5% / 99.5% / 84.4% / 0.865, 0 critical): the critical miss and
  // clear families only, in the session's last hour; reasons and topics left.
  { file: "blind35-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.88, topicF1: 0.93 },
  { file: "blind36-final.jsonl", intent: 0.97, proposed: 0.98, reason: 0.88, topicF1: 0.76 },
  { file: "blind37-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.84, topicF1: 0.84 },
  // Round 28, partly (blind on round 27: blind38 98.5% / 99.3% / 87.5% / 0.889, 0 critical; blind39 98.0% / 98.5% / 87.5% / 0.856,
  // 2 critical): the critical misses and clear families in the session's last hour.
  { file: "blind38-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.87, topicF1: 0.87 },
  { file: "blind39-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.87, topicF1: 0.85 },
  // Round 29 (blind on round 28: blind40 99.0% / 99.5% / 100% / 0.929, 0 critical; blind41 99.3% / 99.8% / 93.8% / 0.911,
  // 0 critical), after: blind40 100% / 99.8% / 100% / 0.934, blind41 99.8% / 99.8% / 98.4% / 0.933.
  { file: "blind40-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.9 },
  { file: "blind41-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.9 },
  // Round 30 (blind on round 29: blind42 98.3% / 99.5% / 90.6% / 0.907, 0 critical; blind43 97.5% / 98.3% / 78.1% / 0.662,
  // 1 critical; blind44 98.3% / 98.8% / 78.1% / 0.889, 0 critical), after: blind42 100% / 99.8% / 96.9% / 0.922, blind43
  // 99.8% / 100% / 84.4% / 0.822, blind44 99.8% / 99.8% / 93.8% / 0.894.
  { file: "blind42-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.9 },
  { file: "blind43-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.82, topicF1: 0.8 },
  { file: "blind44-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.87 },
  // Round 31 (blind on round 30: blind45 97.0% / 98.8% / 82.8% / 0.830, 0 critical; blind46 98.8% / 99.0% / 90.6% / 0.912,
  // 1 critical), after: blind45 99.5% / 99.3% / 90.6% / 0.859, blind46 100% / 99.5% / 96.9% / 0.912.
  { file: "blind45-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.88, topicF1: 0.84 },
  { file: "blind46-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.94, topicF1: 0.89 },
  // Round 32 (blind on round 31: blind47 99.0% / 99.0% / 87.5% / 0.888, 0 critical; blind48 98.3% / 99.0% / 79.7% / 0.813,
  // 2 critical; blind49 97.5% / 97.3% / 90.6% / 0.856, 3 critical), after: blind47 100% / 99.8% / 98.4% / 0.882, blind48
  // 100% / 100% / 93.8% / 0.818, blind49 100% / 98.8% / 96.9% / 0.860.
  { file: "blind47-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.86 },
  { file: "blind48-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.91, topicF1: 0.8 },
  { file: "blind49-final.jsonl", intent: 0.985, proposed: 0.97, reason: 0.94, topicF1: 0.84 },
  // Round 33 (blind on round 32: blind50 97.3% / 100% / 89.1% / 0.943, blind51 98.0% / 99.0% / 89.1% / 0.887, blind52
  // 98.8% / 99.3% / 84.4% / 0.689, 0 critical in all three), after: blind50 99.5% / 100% / 98.4% / 0.948, blind51
  // 100% / 99.5% / 98.4% / 0.893, blind52 100% / 100% / 95.3% / 0.765.
  { file: "blind50-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.92 },
  { file: "blind51-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.87 },
  { file: "blind52-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.74 },
  // Round 34 (blind on round 33: blind53 97.8% / 98.8% / 90.6% / 0.859, 1 critical; blind54 97.8% / 98.8% / 84.4% / 0.813,
  // 0 critical; blind55 99.0% / 98.8% / 93.8% / 0.928, 0 critical), after: blind53 100% / 99.5% / 93.8% / 0.874, blind54
  // 99.8% / 99.5% / 85.9% / 0.833, blind55 100% / 99.8% / 95.3% / 0.935.
  { file: "blind53-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.91, topicF1: 0.85 },
  { file: "blind54-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.83, topicF1: 0.8 },
  { file: "blind55-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.93, topicF1: 0.91 },
  // Round 35 (blind on round 34: blind56 97.3% / 99.5% / 87.5% / 0.836, 1 critical; blind57 98.0% / 99.8% / 81.3% / 0.857,
  // 1 critical; blind58 97.0% / 99.8% / 92.2% / 0.936, 0 critical), after: blind56 99.5% / 99.5% / 92.2% / 0.841, blind57
  // 100% / 99.8% / 82.8% / 0.880, blind58 99.0% / 99.8% / 95.3% / 0.953.
  { file: "blind56-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.9, topicF1: 0.82 },
  { file: "blind57-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.8, topicF1: 0.86 },
  { file: "blind58-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.93, topicF1: 0.93 },
  // Round 36, partly (blind on round 35 with perf pass 4: blind59 98.5% / 99.5% / 90.6% / 0.876, 1 critical; blind60 99.3% /
  // 98.5% / 87.5% / 0.915, 0 critical; blind61, hard on purpose, 94.3% / 98.3% / 89.1% / 0.831, 2 critical): the three
  // critical misses only, in the session's last hour; the rest is the next round's.
  { file: "blind59-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.88, topicF1: 0.86 },
  { file: "blind60-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.85, topicF1: 0.9 },
  // Round 37 (blind61's remaining families) lifts it to 99.8% / 98.8% / 98.4% / 0.850.
  { file: "blind61-final.jsonl", intent: 0.985, proposed: 0.975, reason: 0.95, topicF1: 0.82 },
  // Round 37 (blind before any tuning on them: blind62 98.8% / 99.0% / 87.5% / 0.873; blind63 99.3% / 99.5% / 85.9% /
  // 0.859; blind64 98.5% / 99.5% / 96.9% / 0.927; blind65 99.0% / 100% / 92.2% / 0.895; blind66 98.3% / 99.0% / 90.6% /
  // 0.835; blind67 99.3% / 99.5% / 95.3% / 0.837; all 0 critical), after: 99.0–100% intent.
  { file: "blind62-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.9, topicF1: 0.85 },
  { file: "blind63-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.84 },
  { file: "blind64-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.91 },
  { file: "blind65-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.87 },
  { file: "blind66-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.92, topicF1: 0.82 },
  { file: "blind67-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.82 },
  // Scored blind on round 37 (blind68 supermarkets 98.8% / 99.8% / 90.6% / 0.849; blind69 construction 99.3% / 99.5% /
  // 81.3% / 0.857; blind70 several things per message 99.0% / 100% / 85.9% / 0.862; all 0 critical), not yet tuned on.
  { file: "blind68-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.88, topicF1: 0.83 },
  { file: "blind69-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.79, topicF1: 0.84 },
  { file: "blind70-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.84, topicF1: 0.84 },
  // Scored blind on round 37 (blind71 airport ground services 99.0% / 99.3% / 93.8% / 0.847; blind72 a state-owned utility
  // 99.5% / 99.0% / 87.5% / 0.852; both 0 critical). blind73 (mostly English: 92.5%, 2 critical) is round 38's work.
  { file: "blind71-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.91, topicF1: 0.83 },
  { file: "blind72-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.85, topicF1: 0.83 },
  // Round 38 so far (blind: blind73 mostly English 92.5% / 95.0% / 65.6% / 0.809, 2 critical; blind74 gyms and salons
  // 98.5% / 99.0% / 92.2%, 1 critical; blind75 garment factories 97.5% / 99.0% / 75.0% / 0.770, 0 critical; blind76 Hong
  // Kong, Singapore, Malaysia English 91.8% / 94.3% / 78.1% / 0.762, 1 critical): the English time work is still to come.
  { file: "blind73-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.9, topicF1: 0.82 },
  { file: "blind74-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.78 },
  { file: "blind75-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.85, topicF1: 0.76 },
  { file: "blind76-final.jsonl", intent: 0.98, proposed: 0.95, reason: 0.87, topicF1: 0.76 },
  // Scored blind on round 38 with its first English pass (blind77 bakeries and coffee shops 99.3% / 99.3% / 89.1% / 0.867;
  // blind78 an international school's foreign teachers, half in English, 94.8% / 96.3% / 81.3% / 0.815; blind79 software
  // outsourcing in Chengdu and Xi'an 99.3% / 99.5% / 93.8% / 0.900; all 0 critical).
  { file: "blind77-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.87, topicF1: 0.85 },
  { file: "blind78-final.jsonl", intent: 0.985, proposed: 0.95, reason: 0.84, topicF1: 0.81 },
  { file: "blind79-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.88 },
  // Scored blind at the end of round 38 (blind80 insurance, north-east 99.3% / 100% / 93.8% / 0.786, its writer checked
  // exact duplicates against the whole public set; blind81 pharmaceutical manufacturing 99.3% / 99.3% / 93.8% / 0.895;
  // blind82 a multinational's China offices, half in English, 95.0% / 96.3% / 76.6% / 0.822, 1 critical), then tuned on.
  { file: "blind80-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.77 },
  { file: "blind81-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.88 },
  { file: "blind82-final.jsonl", intent: 0.985, proposed: 0.95, reason: 0.8, topicF1: 0.82 },
  // Scored blind at the start of round 39 (blind83 Indian, Gulf and Filipino business English 88.5% / 92.5% / 54.7% / 0.696,
  // 2 critical; blind84 returnees code-switching with pinyin 97.5% / 99.5% / 84.4% / 0.846; blind85 English time changes
  // 95.3% / 95.8% / 81.0% / 0.859, 2 critical; blind86 restaurants 97.5% / 99.5% / 84.4% / 0.844; blind87 e-commerce and
  // live-streaming 98.3% / 99.0% / 87.5% / 0.822; blind88 banks, formal 99.0% / 99.5% / 92.2% / 0.865), then tuned on.
  { file: "blind83-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.75, topicF1: 0.73 },
  { file: "blind84-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.87, topicF1: 0.83 },
  { file: "blind85-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.88, topicF1: 0.85 },
  { file: "blind86-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.84, topicF1: 0.83 },
  { file: "blind87-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.87, topicF1: 0.82 },
  { file: "blind88-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.85 },
  // Scored blind in round 40 (blind89 Taglish and Manglish call-centre English 91.8% / 96.5% / 67.2% / 0.710, 1 critical;
  // blind90 expats' native English 93.5% / 95.5% / 64.1% / 0.758, 1 critical; blind91 Indian IT English, after the first
  // blind90 edits, 94.3% / 96.5% / 60.9% / 0.764, 3 critical; blind92 logistics drivers 98.0% / 99.5% / 90.6% / 0.832,
  // 1 critical; blind93 kindergartens 98.0% / 99.5% / 84.4% / 0.849; blind94 care workers 98.5% / 99.0% / 81.3% / 0.840)
  // and round 41 (blind95 Singapore and Hong Kong English 96.5% / 97.3% / 68.8% / 0.754; blind96 shared-services business
  // English 94.3% / 96.0% / 78.1% / 0.740, 1 critical; blind97 English as a second language 92.0% / 97.8% / 62.5% / 0.791,
  // 1 critical; blind98 factories 98.5% / 98.8% / 90.6% / 0.816, 2 critical; blind99 internet companies 99.5% / 99.5% /
  // 98.4% / 0.872; blind100 hotels and tourism 98.8% / 99.5% / 93.8% / 0.745), then tuned on.
  { file: "blind89-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.95, topicF1: 0.86 },
  { file: "blind90-final.jsonl", intent: 0.97, proposed: 0.95, reason: 0.92, topicF1: 0.88 },
  { file: "blind91-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.95, topicF1: 0.83 },
  { file: "blind92-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.89, topicF1: 0.83 },
  { file: "blind93-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.83, topicF1: 0.83 },
  { file: "blind94-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.8, topicF1: 0.83 },
  { file: "blind95-final.jsonl", intent: 0.985, proposed: 0.97, reason: 0.75, topicF1: 0.74 },
  { file: "blind96-final.jsonl", intent: 0.97, proposed: 0.95, reason: 0.81, topicF1: 0.74 },
  { file: "blind97-final.jsonl", intent: 0.97, proposed: 0.97, reason: 0.83, topicF1: 0.78 },
  { file: "blind98-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.9, topicF1: 0.8 },
  { file: "blind99-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.96, topicF1: 0.86 },
  { file: "blind100-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.92, topicF1: 0.73 },
  // Scored blind in round 42 on 2bf0bd6 (blind101 West and East African English 92.8% / 97.5% / 78.1% / 0.786; blind102
  // Australian, British and American English 95.3% / 95.8% / 71.9% / 0.771; blind103 Chinese candidates writing English
  // 94.0% / 97.8% / 73.4% / 0.772, 1 critical; blind104 county retail 98.3% / 98.5% / 90.6% / 0.800; blind105 state-owned
  // employers, formal 98.8% / 99.3% / 84.4% / 0.864, 2 critical; blind106 technicians in Guangdong 98.5% / 99.3% / 85.9% /
  // 0.795, 2 critical), then tuned on.
  { file: "blind101-final.jsonl", intent: 0.975, proposed: 0.97, reason: 0.8, topicF1: 0.8 },
  { file: "blind102-final.jsonl", intent: 0.985, proposed: 0.95, reason: 0.76, topicF1: 0.77 },
  { file: "blind103-final.jsonl", intent: 0.975, proposed: 0.97, reason: 0.8, topicF1: 0.81 },
  { file: "blind104-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.89, topicF1: 0.78 },
  { file: "blind105-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.86, topicF1: 0.85 },
  { file: "blind106-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.84, topicF1: 0.78 },
  // Scored blind in round 43 on 6cfdb69 (blind107 one global English inbox 94.8% / 95.3% / 82.8% / 0.824; blind108
  // English-dominant code-switching 94.0% / 98.0% / 65.6% / 0.819, 1 critical; blind109 Hong Kong and Macau Cantonese with
  // English 95.8% / 98.0% / 79.7% / 0.771; blind110 a representative inbox across trades 99.5% / 99.8% / 89.1% / 0.917;
  // blind111 sales roles 99.3% / 98.8% / 87.5% / 0.734; blind112 nurses and care 98.3% / 100% / 89.1% / 0.833), then tuned on.
  { file: "blind107-final.jsonl", intent: 0.975, proposed: 0.95, reason: 0.84, topicF1: 0.82 },
  { file: "blind108-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.78, topicF1: 0.81 },
  { file: "blind109-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.82, topicF1: 0.76 },
  { file: "blind110-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.87, topicF1: 0.9 },
  { file: "blind111-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.86, topicF1: 0.72 },
  { file: "blind112-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.87, topicF1: 0.81 },
  // Scored blind in round 44 on 542c766, whose outputs 917803f keeps (blind113 South-east and South Asian English 96.8% /
  // 97.5% / 76.6% / 0.842; blind114 Gen-Z graduates' English 93.8% / 97.5% / 82.8% / 0.795, 1 critical; blind115 senior
  // professionals 96.3% / 96.8% / 76.9% / 0.835; blind116 a representative Chinese inbox 99.0% / 99.3% / 98.4% / 0.889;
  // blind117 older workers 97.3% / 99.3% / 84.4% / 0.814; blind118 students 99.5% / 99.5% / 82.8% / 0.916), then tuned on.
  { file: "blind113-final.jsonl", intent: 0.985, proposed: 0.975, reason: 0.92, topicF1: 0.85 },
  { file: "blind114-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.93, topicF1: 0.86 },
  { file: "blind115-final.jsonl", intent: 0.99, proposed: 0.97, reason: 0.95, topicF1: 0.95 },
  { file: "blind116-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.89 },
  { file: "blind117-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.92, topicF1: 0.8 },
  { file: "blind118-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.96, topicF1: 0.94 },
  // Scored blind in round 45 on df09a53 (blind119 European and Latin American English as a second language 92.0% / 92.8% /
  // 78.1% / 0.732, 1 critical; blind120 Chinese graduates code-switching 97.5% / 95.5% / 92.2% / 0.864; blind121 formal
  // English emails 97.8% / 98.8% / 84.4% / 0.902, 1 critical; blind122 a representative Chinese inbox 98.5% / 100% / 92.2% /
  // 0.902; blind123 manufacturing and construction 96.8% / 98.5% / 85.9% / 0.752, 1 critical; blind124 teaching, design
  // and media, formal and classical Chinese 98.5% / 98.8% / 92.2% / 0.905), then tuned on.
  { file: "blind119-final.jsonl", intent: 0.985, proposed: 0.965, reason: 0.92, topicF1: 0.79 },
  { file: "blind120-final.jsonl", intent: 0.985, proposed: 0.955, reason: 0.94, topicF1: 0.85 },
  { file: "blind121-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.94, topicF1: 0.9 },
  { file: "blind122-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.9 },
  { file: "blind123-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.94, topicF1: 0.82 },
  { file: "blind124-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.97, topicF1: 0.91 },
  // Scored blind in round 46 on 510c10f (blind125 South Asian English to Dubai, Singapore and Shenzhen 96.8% / 98.5% / 75.0% /
  // 0.895; blind126 native English speakers in China 96.5% / 98.3% / 82.8% / 0.834, 2 critical; blind127 bilingual tech
  // workers 98.0% / 98.3% / 90.6% / 0.896; blind128 northern dialects in retail and logistics 97.5% / 98.3% / 92.2% / 0.762;
  // blind129 finance, legal and HR 98.3% / 98.8% / 85.9% / 0.867, 1 critical; blind130 south-western and central dialects
  // 98.3% / 100% / 90.6% / 0.813), then tuned on.
  { file: "blind125-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.91, topicF1: 0.91 },
  { file: "blind126-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.95, topicF1: 0.84 },
  { file: "blind127-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.98, topicF1: 0.9 },
  { file: "blind128-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.97, topicF1: 0.75 },
  { file: "blind129-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.94, topicF1: 0.85 },
  { file: "blind130-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.8 },
  // Scored blind in round 47 on 7233aa1 (blind131 one global English inbox 97.3% / 96.3% / 81.3% / 0.886; blind132
  // overseas Chinese and returnees 97.3% / 98.3% / 87.5% / 0.790, 2 critical; blind133 hospitality and aviation in Hong
  // Kong, Macau, Singapore and Dubai 94.8% / 97.0% / 65.6% / 0.791, 2 critical; blind134 a representative Chinese inbox
  // 98.5% / 100% / 93.8% / 0.950, 1 critical; blind135 healthcare and education 99.5% / 99.5% / 87.5% / 0.945; blind136
  // gig and platform work 97.8% / 99.0% / 89.1% / 0.885), then tuned on.
  { file: "blind131-final.jsonl", intent: 0.99, proposed: 0.965, reason: 0.94, topicF1: 0.88 },
  { file: "blind132-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.95, topicF1: 0.79 },
  { file: "blind133-final.jsonl", intent: 0.985, proposed: 0.97, reason: 0.93, topicF1: 0.79 },
  { file: "blind134-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.94, topicF1: 0.94 },
  { file: "blind135-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.94, topicF1: 0.94 },
  { file: "blind136-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.88 },
  // Scored blind in round 48 on 5b45ecd (blind137 African English and Pidgin 95.3% / 98.8% / 68.8% / 0.735, 1 critical;
  // blind138 Singlish, Manglish and Hong Kong English 95.5% / 95.5% / 73.4% / 0.830; blind139 careful English from East
  // and South-East Asia 95.0% / 96.5% / 78.1% / 0.838; blind140 a representative Chinese inbox 99.5% / 99.8% / 95.3% /
  // 0.939; blind141 sales and service slang 97.8% / 99.5% / 82.8% / 0.832; blind142 parents and caregivers 98.0% / 99.0% /
  // 87.5% / 0.943, 1 critical), then tuned on.
  { file: "blind137-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.92, topicF1: 0.73 },
  { file: "blind138-final.jsonl", intent: 0.985, proposed: 0.975, reason: 0.88, topicF1: 0.83 },
  { file: "blind139-final.jsonl", intent: 0.975, proposed: 0.97, reason: 0.91, topicF1: 0.83 },
  { file: "blind140-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.93 },
  { file: "blind141-final.jsonl", intent: 0.98, proposed: 0.99, reason: 0.82, topicF1: 0.83 },
  { file: "blind142-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.87, topicF1: 0.94 },
  // Scored blind at the end of session 11 on da71682's outputs (blind143 a global English inbox 98.3% / 98.0% / 82.8% /
  // 0.857; blind144 overseas plants, about half its misses in languages we do not read, 87.5% / 96.3% / 46.9% / 0.730,
  // 1 critical; blind145 half English 97.0% / 99.5% / 90.6% / 0.876; blind146 a representative Chinese inbox 99.3% /
  // 98.5% / 96.9% / 0.939; blind147 skilled trades 99.5% / 99.8% / 92.3% / 0.882; blind148 office, finance and
  // education 97.8% / 99.3% / 92.2% / 0.832), then tuned on in round 49. blind144 keeps its lines in Indonesian,
  // Vietnamese, Portuguese, Spanish, Polish, Turkish and Arabic as misses, hence its low floors.
  { file: "blind143-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.93, topicF1: 0.85 },
  { file: "blind144-final.jsonl", intent: 0.935, proposed: 0.975, reason: 0.59, topicF1: 0.75 },
  { file: "blind145-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.95, topicF1: 0.87 },
  { file: "blind146-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.98, topicF1: 0.93 },
  { file: "blind147-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.97, topicF1: 0.87 },
  { file: "blind148-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.95, topicF1: 0.83 },
  // Scored blind in round 50 on ce3fb2c (blind149 native English from the UK, Ireland, Australia and beyond 95.3% /
  // 97.0% / 64.1% / 0.845; blind150 a representative Chinese inbox 99.0% / 99.5% / 93.8% / 0.893; blind151 South Asian
  // English in the Gulf 95.8% / 98.8% / 78.1% / 0.809; blind152 factory and delivery voice input 98.5% / 99.5% / 92.2% /
  // 0.846; blind153 half English 98.3% / 99.0% / 90.6% / 0.864; blind154 Cantonese 98.5% / 98.5% / 89.1% / 0.800; none
  // critical), then tuned on.
  { file: "blind149-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.88, topicF1: 0.86 },
  { file: "blind150-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.96, topicF1: 0.88 },
  { file: "blind151-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.96, topicF1: 0.83 },
  { file: "blind152-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.96, topicF1: 0.85 },
  { file: "blind153-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.96, topicF1: 0.86 },
  { file: "blind154-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.9, topicF1: 0.8 },
  // Scored blind in round 51 on bd68b7d (blind155 a global English inbox 97.0% / 98.0% / 89.1% / 0.823, 1 critical;
  // blind156 a representative Chinese inbox 97.5% / 99.3% / 75.0% / 0.769, 1 critical; blind157 South-East Asian English
  // 97.0% / 98.5% / 84.4% / 0.849, 3 critical; blind158 African and Middle Eastern English 96.8% / 99.0% / 84.4% / 0.851; blind159 European
  // and Latin American second-language English 95.0% / 95.8% / 79.7% / 0.821; blind160 older workers in Chinese and
  // dialects 97.8% / 99.0% / 79.7% / 0.785, 1 critical), then tuned on.
  { file: "blind155-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.89, topicF1: 0.82 },
  { file: "blind156-final.jsonl", intent: 0.975, proposed: 0.985, reason: 0.73, topicF1: 0.76 },
  { file: "blind157-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.89, topicF1: 0.84 },
  { file: "blind158-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.89, topicF1: 0.84 },
  { file: "blind159-final.jsonl", intent: 0.975, proposed: 0.955, reason: 0.86, topicF1: 0.82 },
  { file: "blind160-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.82, topicF1: 0.79 },
  // Scored blind in round 52 on b52c2d8 (blind161 a global English inbox 96.0% / 97.5% / 85.9% / 0.857; blind162 a
  // representative Chinese inbox in retail and logistics 99.0% / 99.3% / 93.8% / 0.947; blind163 returnees, 60% English
  // 98.5% / 98.8% / 89.1% / 0.876; blind164 North American plant workers 96.5% / 96.3% / 84.4% / 0.756; blind165 service
  // jobs with internet slang 97.0% / 99.3% / 82.5% / 0.698, 1 critical; blind166 Australian, New Zealand, British and Irish
  // English 94.3% / 97.8% / 64.1% / 0.769), then tuned on.
  { file: "blind161-final.jsonl", intent: 0.985, proposed: 0.975, reason: 0.89, topicF1: 0.87 },
  { file: "blind162-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.92, topicF1: 0.94 },
  { file: "blind163-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.87, topicF1: 0.87 },
  { file: "blind164-final.jsonl", intent: 0.985, proposed: 0.96, reason: 0.87, topicF1: 0.75 },
  { file: "blind165-final.jsonl", intent: 0.975, proposed: 0.99, reason: 0.82, topicF1: 0.69 },
  { file: "blind166-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.72, topicF1: 0.77 },
  // Scored blind in round 53 on 127613f and held back for a session (blind167 a global English inbox 97.5% / 98.5% / 89.1% /
  // 0.867; blind168 a representative Chinese inbox 99.3% / 99.5% / 90.6% / 0.931; blind169 South Asian and Middle Eastern
  // English 95.8% / 99.3% / 76.6% / 0.838; blind170 young professionals, half English 97.5% / 97.8% / 90.6% / 0.819, 3
  // critical; blind171 native English 95.3% / 96.8% / 78.1% / 0.741, 1 critical; blind172 blue-collar and service jobs,
  // Chinese and dialects 98.0% / 98.3% / 95.3% / 0.816, 1 critical), then tuned on in session 13.
  { file: "blind167-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.93, topicF1: 0.88 },
  { file: "blind168-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.92, topicF1: 0.93 },
  { file: "blind169-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.84, topicF1: 0.84 },
  { file: "blind170-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.92, topicF1: 0.83 },
  { file: "blind171-final.jsonl", intent: 0.995, proposed: 0.98, reason: 0.87, topicF1: 0.76 },
  { file: "blind172-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.98, topicF1: 0.82 },
  // Scored blind in round 54 on 4811256 (blind173 a global English inbox 97.5% / 98.0% / 82.8% / 0.865; blind174 a
  // representative Chinese inbox 98.8% / 99.0% / 90.6% / 0.959, 1 critical; blind175 native English shift workers in
  // healthcare, hospitality and retail 95.5% / 95.8% / 68.8% / 0.651; blind176 campus recruitment 98.5% / 100% / 98.4% /
  // 0.857; blind177 South Asian English in IT, banking and BPO 97.3% / 98.8% / 81.3% / 0.838; blind178 Hong Kong and Taiwan
  // Chinese beside Philippine and Malaysian English 95.8% / 98.0% / 78.1% / 0.759, 1 critical), then tuned on.
  { file: "blind173-final.jsonl", intent: 0.995, proposed: 0.975, reason: 0.9, topicF1: 0.87 },
  { file: "blind174-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.96, topicF1: 0.95 },
  { file: "blind175-final.jsonl", intent: 0.99, proposed: 0.965, reason: 0.9, topicF1: 0.66 },
  { file: "blind176-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.98, topicF1: 0.85 },
  { file: "blind177-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.93, topicF1: 0.84 },
  { file: "blind178-final.jsonl", intent: 0.99, proposed: 0.975, reason: 0.92, topicF1: 0.77 },
  // Scored blind in round 55 on 268435c (blind179 a global English inbox of a logistics company 97.8% / 97.3% / 84.4% /
  // 0.857; blind180 a Chinese factory inbox 98.3% / 98.8% / 93.8% / 0.750; blind181 British and Irish English 93.8% /
  // 95.3% / 70.3% / 0.719, 2 critical; blind182 Singapore and Malaysia, half English 96.5% / 98.8% / 82.8% / 0.768, 1
  // critical; blind183 older workers from the north 97.5% / 99.3% / 82.8% / 0.775; blind184 African English 92.5% / 96.5%
  // / 73.4% / 0.753, 1 critical), then tuned on.
  { file: "blind179-final.jsonl", intent: 0.995, proposed: 0.975, reason: 0.87, topicF1: 0.86 },
  { file: "blind180-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.93, topicF1: 0.75 },
  { file: "blind181-final.jsonl", intent: 0.99, proposed: 0.965, reason: 0.82, topicF1: 0.72 },
  { file: "blind182-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.84, topicF1: 0.77 },
  { file: "blind183-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.82, topicF1: 0.78 },
  { file: "blind184-final.jsonl", intent: 0.99, proposed: 0.97, reason: 0.79, topicF1: 0.76 },
  // Scored blind in round 56 on b88473c (blind185 a global English inbox of an electronics and e-commerce company 97.8% /
  // 98.3% / 93.8% / 0.846; blind186 a representative Chinese inbox 99.8% / 99.5% / 89.1% / 0.906; blind187 US and Canadian
  // English 97.0% / 97.5% / 73.4% / 0.682; blind188 returnees, half English 98.3% / 100% / 87.5% / 0.793, 1 critical;
  // blind189 South and South-East Asian English 96.5% / 97.3% / 84.4% / 0.873, 2 critical; blind190 service and
  // blue-collar Chinese 96.5% / 98.0% / 76.6% / 0.663, 1 critical), then tuned on.
  { file: "blind185-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.94, topicF1: 0.86 },
  { file: "blind186-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.88, topicF1: 0.9 },
  { file: "blind187-final.jsonl", intent: 0.995, proposed: 0.97, reason: 0.77, topicF1: 0.68 },
  { file: "blind188-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.87, topicF1: 0.79 },
  { file: "blind189-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.85, topicF1: 0.87 },
  { file: "blind190-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.78, topicF1: 0.67 },
  // Scored blind in round 57 on 5786e8c (blind191 a global English inbox 99.0% / 99.5% / 84.4% / 0.837; blind192 a
  // representative Chinese inbox 98.5% / 98.8% / 96.9% / 0.936; blind193 native English 95.8% / 97.3% / 87.5% / 0.686, 2
  // critical; blind194 young bilingual professionals, half English 97.3% / 98.3% / 93.8% / 0.875, 1 critical; blind195 South
  // and South-East Asian and Middle Eastern English 97.8% / 98.5% / 84.4% / 0.862; blind196 blue-collar Chinese with dialect
  // 98.5% / 99.0% / 84.4% / 0.872), then tuned on.
  { file: "blind191-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.85, topicF1: 0.84 },
  { file: "blind192-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.96, topicF1: 0.94 },
  { file: "blind193-final.jsonl", intent: 0.985, proposed: 0.975, reason: 0.92, topicF1: 0.7 },
  { file: "blind194-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.96, topicF1: 0.88 },
  { file: "blind195-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.87, topicF1: 0.86 },
  { file: "blind196-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.85, topicF1: 0.88 },
  // Scored blind in round 59 on fde929c (blind203 a hotel group's global English inbox 94.8% / 97.8% / 76.6% / 0.718, 1
  // critical; blind204 an internet company's Chinese inbox 99.5% / 99.8% / 96.9% / 0.931; blind205 British, Irish, Australian
  // and New Zealand English 91.8% / 97.0% / 62.5% / 0.600, 1 critical; blind206 code-switching, half English 98.5% / 99.5% /
  // 84.4% / 0.912, 1 critical; blind207 African and Caribbean English 90.5% / 98.8% / 68.8% / 0.705, 1 critical; blind208
  // blue-collar Chinese 98.3% / 99.8% / 90.6% / 0.776), then tuned on.
  { file: "blind203-final.jsonl", intent: 0.995, proposed: 0.98, reason: 0.9, topicF1: 0.73 },
  { file: "blind204-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.93 },
  { file: "blind205-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.95, topicF1: 0.62 },
  { file: "blind206-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.93, topicF1: 0.91 },
  { file: "blind207-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.98, topicF1: 0.74 },
  { file: "blind208-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.95, topicF1: 0.78 },
  // Scored blind in round 60 on 3f4408e (blind209 a retail chain's global English inbox 95.5% / 94.5% / 79.7% / 0.700, 1
  // critical; blind210 a manufacturer's Chinese inbox 98.8% / 99.8% / 87.5% / 0.807, 2 critical; blind211 US, Canadian and
  // Australian English 94.0% / 99.0% / 71.9% / 0.667, 1 critical; blind212 South Asian English 94.5% / 98.0% / 73.4% / 0.760, 2
  // critical; blind213 code-switching, half English 99.0% / 99.8% / 87.5% / 0.928; blind214 older and blue-collar Chinese with
  // dialect 98.0% / 99.5% / 82.8% / 0.842), then tuned on.
  { file: "blind209-final.jsonl", intent: 0.975, proposed: 0.945, reason: 0.98, topicF1: 0.71 },
  { file: "blind210-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.95, topicF1: 0.8 },
  { file: "blind211-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.99, topicF1: 0.69 },
  { file: "blind212-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.99, topicF1: 0.78 },
  { file: "blind213-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.99, topicF1: 0.93 },
  { file: "blind214-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.86 },
  // Scored blind in round 61 on b2b81c3 (blind215 a logistics company's global English inbox 94.5% / 97.3% / 85.9% / 0.700, 2
  // critical; blind216 a services company's Chinese inbox 99.0% / 98.8% / 85.9% / 0.844; blind217 UK and Irish English 92.8% /
  // 97.3% / 59.4% / 0.643, 1 critical; blind218 African and Filipino English 94.3% / 98.8% / 62.5% / 0.778, 2 critical; blind219
  // code-switching, half English 98.8% / 99.8% / 90.6% / 0.912; blind220 Chinese campus recruitment 98.8% / 99.8% / 81.3% /
  // 0.873), then tuned on.
  { file: "blind215-final.jsonl", intent: 0.975, proposed: 0.97, reason: 0.87, topicF1: 0.71 },
  { file: "blind216-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.85, topicF1: 0.84 },
  { file: "blind217-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.7, topicF1: 0.66 },
  { file: "blind218-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.75, topicF1: 0.77 },
  { file: "blind219-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.9, topicF1: 0.92 },
  { file: "blind220-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.8, topicF1: 0.87 },
  // Scored blind in round 62 on e2522a5 (blind221 a healthcare provider's global English inbox 96.3% / 97.3% / 78.1% / 0.766, 1
  // critical; blind222 a retail company's Chinese inbox 98.5% / 99.3% / 90.6% / 0.925, 1 critical; blind223 native English from
  // five countries 94.5% / 97.8% / 81.3% / 0.710; blind224 South and South-East Asian English 96.3% / 97.0% / 82.8% / 0.806, 1
  // critical; blind225 code-switching, half English 98.5% / 99.8% / 85.9% / 0.875; blind226 blue-collar Chinese 99.3% / 99.3% /
  // 85.9% / 0.847), then tuned on.
  { file: "blind221-final.jsonl", intent: 0.985, proposed: 0.97, reason: 0.8, topicF1: 0.76 },
  { file: "blind222-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.92, topicF1: 0.92 },
  { file: "blind223-final.jsonl", intent: 0.97, proposed: 0.975, reason: 0.84, topicF1: 0.71 },
  { file: "blind224-final.jsonl", intent: 0.985, proposed: 0.97, reason: 0.89, topicF1: 0.81 },
  { file: "blind225-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.9, topicF1: 0.88 },
  { file: "blind226-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.89, topicF1: 0.85 },
  // Scored blind in round 63 on d70e8da, the session's final rules but for the fixes that followed (blind227 a hospitality
  // company's global English inbox 96.5% / 98.3% / 76.6% / 0.837, 1 critical; blind228 a logistics company's Chinese inbox
  // 98.5% / 99.5% / 81.3% / 0.800; blind229 native English from six countries 96.8% / 98.0% / 71.9% / 0.660; blind230 African,
  // South Asian and South-East Asian English 94.5% / 98.5% / 75.0% / 0.781; blind231 code-switching, half English 97.8% / 98.5% /
  // 85.9% / 0.895, 1 critical; blind232 older and blue-collar Chinese with dialect 99.0% / 99.8% / 85.9% / 0.850, 1 critical),
  // then tuned on.
  { file: "blind227-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.85, topicF1: 0.84 },
  { file: "blind228-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.81, topicF1: 0.81 },
  { file: "blind229-final.jsonl", intent: 0.995, proposed: 0.975, reason: 0.79, topicF1: 0.66 },
  { file: "blind230-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.82, topicF1: 0.78 },
  { file: "blind231-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.9, topicF1: 0.89 },
  { file: "blind232-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.87, topicF1: 0.85 },
  // Scored blind in round 64 on ec74b59, session 14's final rules (blind233 a bank's and insurer's global English inbox
  // 97.0% / 98.8% / 79.7% / 0.751; blind234 a car factory's Chinese inbox 98.8% / 99.5% / 90.6% / 0.817, 1 critical; blind235
  // Scottish, Welsh, Northern English, South African and Canadian English 93.8% / 97.8% / 71.9% / 0.754, 2 critical; blind236
  // code-switching, half English 96.8% / 98.3% / 75.0% / 0.731, 3 critical; blind237 African and South Asian English 96.0% /
  // 98.8% / 82.8% / 0.864; blind238 older and blue-collar Chinese with dialect 98.8% / 100% / 85.9% / 0.780, 2 critical),
  // then tuned on.
  { file: "blind233-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.76 },
  { file: "blind234-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.82 },
  { file: "blind235-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.98, topicF1: 0.77 },
  { file: "blind236-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.74 },
  { file: "blind237-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.87 },
  { file: "blind238-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.78 },
  // Scored blind in round 65 on ea0b8fd (blind239 an airline's and airport's global English inbox 98.0% / 98.8% / 78.1% /
  // 0.838; blind240 a hospital's and care home's Chinese inbox 97.5% / 99.8% / 90.6% / 0.824; blind241 Irish, Australian, New
  // Zealand and American English 96.3% / 97.8% / 81.3% / 0.769, 2 critical; blind242 code-switching, half English 98.8% /
  // 99.8% / 84.4% / 0.856, 1 critical; blind243 Nigerian, Ghanaian, Kenyan, Ugandan, Indian and Filipino English 96.8% / 98.5% /
  // 73.4% / 0.833; blind244 young Chinese internet slang 97.8% / 99.0% / 92.2% / 0.892), then tuned on.
  { file: "blind239-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.83 },
  { file: "blind240-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.96, topicF1: 0.82 },
  { file: "blind241-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.93, topicF1: 0.77 },
  { file: "blind242-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.98, topicF1: 0.86 },
  { file: "blind243-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.93, topicF1: 0.85 },
  { file: "blind244-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.89 },
  // Scored blind in round 66 on 558c999 (blind245 a consulting and accounting firm's global English inbox 97.5% / 98.5% /
  // 76.6% / 0.810; blind246 an express-delivery company's Chinese inbox 99.0% / 99.8% / 93.8% / 0.782; blind247 informal native
  // English from five countries 96.0% / 98.5% / 82.8% / 0.802; blind248 code-switching with Singlish and Manglish 98.3% / 99.8% /
  // 93.8% / 0.873; blind249 South and South-East Asian English 96.3% / 97.3% / 76.6% / 0.743; blind250 Chinese retail, restaurant
  // and hotel candidates with traditional characters and Cantonese 97.5% / 99.8% / 84.4% / 0.818, 1 critical), then tuned on.
  { file: "blind245-final.jsonl", intent: 0.995, proposed: 0.98, reason: 0.92, topicF1: 0.81 },
  { file: "blind246-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.96, topicF1: 0.78 },
  { file: "blind247-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.98, topicF1: 0.82 },
  { file: "blind248-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.89 },
  { file: "blind249-final.jsonl", intent: 0.995, proposed: 0.98, reason: 0.96, topicF1: 0.75 },
  { file: "blind250-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.93, topicF1: 0.81 },
  // Scored blind in round 67 on c5e1302, the session's rules before its last round of tuning (blind251 a global tech company's
  // inbox in English as a second language 96.8% / 98.8% / 84.4% / 0.798, 1 critical; blind252 kindergartens and training schools,
  // Chinese 99.5% / 99.8% / 87.5% / 0.817; blind253 older, formal native English 93.8% / 97.8% / 75.0% / 0.724; blind254
  // code-switching with Tagalog and Malay 98.3% / 98.8% / 87.5% / 0.780; blind255 drivers, guards and warehouse workers in broken
  // English 87.5% / 98.0% / 53.1% / 0.704, 2 critical; blind256 factory and construction workers' dialect Chinese 96.3% / 99.5% /
  // 84.4% / 0.787), then tuned on.
  { file: "blind251-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.89, topicF1: 0.805 },
  { file: "blind252-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.89, topicF1: 0.81 },
  { file: "blind253-final.jsonl", intent: 0.975, proposed: 0.98, reason: 0.81, topicF1: 0.74 },
  { file: "blind254-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.9, topicF1: 0.77 },
  { file: "blind255-final.jsonl", intent: 0.96, proposed: 0.98, reason: 0.73, topicF1: 0.715 },
  { file: "blind256-final.jsonl", intent: 0.98, proposed: 0.99, reason: 0.84, topicF1: 0.79 },
  // Scored blind in round 68 on 9efd376, session 15's final rules, and held back until session 16 (blind257 a hotel and
  // restaurant group's global English inbox 96.8% / 98.3% / 82.8% / 0.728; blind258 a bank's and insurer's Chinese inbox 99.0% /
  // 99.5% / 90.6% / 0.916; blind259 native English from five countries 96.0% / 97.5% / 73.4% / 0.765; blind260 code-switching 97.5%
  // / 98.8% / 89.1% / 0.839, 3 critical; blind261 English as a second language 94.3% / 98.3% / 81.3% / 0.802, 1 critical; blind262
  // blue-collar Chinese, voice and dialect 96.8% / 99.5% / 84.4% / 0.830), then tuned on.
  { file: "blind257-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.92, topicF1: 0.74 },
  { file: "blind258-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.89, topicF1: 0.915 },
  { file: "blind259-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.94, topicF1: 0.79 },
  { file: "blind260-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.84 },
  { file: "blind261-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.84, topicF1: 0.835 },
  { file: "blind262-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.84, topicF1: 0.825 },
  // Scored blind in round 69 on 7885495, session 15's final main (blind263 a retail chain's and e-commerce company's global English
  // inbox 97.0% / 99.3% / 79.7% / 0.713, 1 critical; blind264 a restaurant chain's and milk-tea shops' Chinese inbox 98.0% / 99.8% /
  // 92.2% / 0.912; blind265 young North American texters 94.3% / 98.3% / 79.7% / 0.789, 2 critical; blind266 code-switching
  // returnees and tech workers 96.5% / 99.5% / 84.4% / 0.760, 2 critical; blind267 English as a second language from East and
  // South-East Asia 96.8% / 98.5% / 78.1% / 0.865, 1 critical; blind268 white-collar Chinese 98.5% / 99.3% / 85.9% / 0.817), then
  // tuned on.
  { file: "blind263-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.95, topicF1: 0.72 },
  { file: "blind264-final.jsonl", intent: 0.985, proposed: 0.995, reason: 0.9, topicF1: 0.9 },
  { file: "blind265-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.95, topicF1: 0.795 },
  { file: "blind266-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.93, topicF1: 0.79 },
  { file: "blind267-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.92, topicF1: 0.87 },
  { file: "blind268-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.815 },
  // Scored blind in round 70 on 7cf20f0 (blind269 a logistics and air-cargo company's global English inbox 97.0% / 98.8% / 81.3% /
  // 0.752, 2 critical; blind270 a property-management and security company's Chinese inbox 96.8% / 99.3% / 85.9% / 0.717, 1 disputed
  // critical; blind271 older working-class English from Britain and Ireland 87.5% / 97.0% / 51.6% / 0.623, 2 critical; blind272
  // Malaysian and Singaporean code-switching 99.0% / 99.3% / 78.1% / 0.721, 2 critical; blind273 South Asian English 95.5% / 97.8% /
  // 76.6% / 0.780; blind274 Chinese students and graduates 99.3% / 99.8% / 89.1% / 0.881), then tuned on.
  { file: "blind269-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.86, topicF1: 0.755 },
  { file: "blind270-final.jsonl", intent: 0.98, proposed: 0.99, reason: 0.86, topicF1: 0.72, disputed: ["b270-0007"] },
  { file: "blind271-final.jsonl", intent: 0.975, proposed: 0.975, reason: 0.75, topicF1: 0.625 },
  { file: "blind272-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.78, topicF1: 0.72 },
  { file: "blind273-final.jsonl", intent: 0.965, proposed: 0.98, reason: 0.78, topicF1: 0.78 },
  { file: "blind274-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.88, topicF1: 0.88 },
  // Scored blind in round 71 on d4d500a (blind275 a call-centre and outsourcing company's English inbox 96.5% / 98.3% / 81.3% /
  // 0.711; blind276 tourism, airline and hotel staff, Chinese 99.3% / 99.8% / 92.2% / 0.870; blind277 native English from the
  // American South, the Midwest and New York 95.3% / 98.8% / 79.7% / 0.721; blind278 Hong Kong Cantonese and English 97.3% /
  // 98.5% / 79.7% / 0.778, 1 critical; blind279 English as a second language in the Gulf 96.3% / 98.5% / 76.6% / 0.813, 2
  // critical; blind280 mothers returning to work, Chinese 98.0% / 99.0% / 82.8% / 0.876), then tuned on.
  { file: "blind275-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.81, topicF1: 0.72 },
  { file: "blind276-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.92, topicF1: 0.875 },
  { file: "blind277-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.81, topicF1: 0.725 },
  { file: "blind278-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.8, topicF1: 0.775 },
  { file: "blind279-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.81, topicF1: 0.815 },
  { file: "blind280-final.jsonl", intent: 0.985, proposed: 0.995, reason: 0.81, topicF1: 0.87 },
  // Scored blind in round 72 on 1c5d9ab (blind281 a supermarket and pharmacy chain's global English inbox 97.8% / 98.0% / 76.6% /
  // 0.717; blind282 electronics and car-parts factory workers, Chinese 98.5% / 99.5% / 89.1% / 0.845; blind283 native English from
  // hospitals, schools and warehouses 94.5% / 96.8% / 70.3% / 0.625, 1 critical; blind284 Taiwanese and mainland code-switching
  // 95.5% / 97.8% / 75.0% / 0.774; blind285 English as a second language from Latin America, Africa and Eastern Europe 94.3% / 99.5%
  // / 71.9% / 0.730, 1 critical; blind286 customer-service, sales and admin candidates, Chinese 99.5% / 99.8% / 92.2% / 0.936), then
  // tuned on.
  { file: "blind281-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.78, topicF1: 0.72 },
  { file: "blind282-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.89, topicF1: 0.84 },
  { file: "blind283-final.jsonl", intent: 0.98, proposed: 0.97, reason: 0.75, topicF1: 0.665 },
  { file: "blind284-final.jsonl", intent: 0.975, proposed: 0.985, reason: 0.76, topicF1: 0.77 },
  { file: "blind285-final.jsonl", intent: 0.985, proposed: 0.995, reason: 0.76, topicF1: 0.75 },
  { file: "blind286-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.9, topicF1: 0.94 },
  // Scored blind in round 73 on ec55fa2 and held back for a session (blind287 a global bank's and fintech's English inbox 97.5% /
  // 99.0% / 87.5% / 0.726; blind288 logistics and express-delivery workers, Chinese 97.5% / 98.5% / 87.5% / 0.786; blind289 native
  // English from six countries 96.5% / 98.0% / 79.7% / 0.763; blind290 code-switching professionals in Shanghai, Shenzhen and
  // Singapore 97.8% / 99.8% / 87.5% / 0.806; blind291 English as a second language from Africa, South Asia and South-East Asia
  // 95.0% / 98.5% / 73.4% / 0.843, 1 critical; blind292 Chinese from many trades and provinces 99.8% / 100% / 92.2% / 0.916), then
  // tuned on in session 17.
  { file: "blind287-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.98, topicF1: 0.74 },
  { file: "blind288-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.96, topicF1: 0.78 },
  { file: "blind289-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.96, topicF1: 0.76 },
  { file: "blind290-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.98, topicF1: 0.8 },
  { file: "blind291-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.93, topicF1: 0.84 },
  { file: "blind292-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.95, topicF1: 0.91 },
  // Scored blind in round 74 on 23bbafa (blind293 a hospital group's and care-home chain's English inbox 93.8% / 94.3% / 65.6% /
  // 0.682, 2 critical; blind294 construction and renovation workers, Chinese 96.0% / 99.0% / 76.6% / 0.834, 1 critical; blind295
  // native English from Australia and New Zealand 97.3% / 99.0% / 70.3% / 0.809; blind296 code-switching students abroad and
  // returnees 99.3% / 99.0% / 84.4% / 0.855; blind297 English as a second language from the Philippines, Nigeria, Kenya, Ghana and
  // Pakistan 95.0% / 99.8% / 76.6% / 0.815; blind298 teachers, nurses and civil-service applicants, Chinese 98.5% / 100% / 82.8% /
  // 0.860), then tuned on.
  { file: "blind293-final.jsonl", intent: 0.99, proposed: 0.965, reason: 0.93, topicF1: 0.7 },
  { file: "blind294-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.92, topicF1: 0.83 },
  { file: "blind295-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.81 },
  { file: "blind296-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.93, topicF1: 0.85 },
  { file: "blind297-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.83 },
  { file: "blind298-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.96, topicF1: 0.87 },
  // Scored blind in round 75 on 0da2fc6 (blind299 a construction and engineering group's global English inbox 98.0% / 99.0% / 81.3% /
  // 0.784, 2 critical; blind300 gig and platform workers, Chinese 98.8% / 99.5% / 89.1% / 0.831; blind301 young American service
  // workers, Gen-Z texting 93.5% / 98.5% / 75.0% / 0.680; blind302 code-switching employees of foreign companies 97.8% / 99.3% / 85.9%
  // / 0.843, 2 critical; blind303 English as a second language from Eastern Europe, Turkey, Iran and Egypt 93.5% / 98.3% / 75.0% /
  // 0.802; blind304 older workers aged 40 to 60, Chinese 98.8% / 98.8% / 87.5% / 0.782), then tuned on.
  { file: "blind299-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.78 },
  { file: "blind300-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.84 },
  { file: "blind301-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.96, topicF1: 0.68 },
  { file: "blind302-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.98, topicF1: 0.85 },
  { file: "blind303-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.96, topicF1: 0.82 },
  { file: "blind304-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.96, topicF1: 0.78 },
  // Scored blind in round 76 on 2e75051, session 17's final rules, and held back a session (blind305 an airline's, airport's and travel
  // agency's global English inbox 97.3% / 98.3% / 89.1% / 0.764, 1 critical; blind306 nurses, caregivers, beauticians and kindergarten
  // teachers, Chinese 99.3% / 99.5% / 90.6% / 0.850; blind307 native English from the UK and Canada 94.8% / 98.0% / 70.3% / 0.768;
  // blind308 code-switching tech and finance workers 99.3% / 99.8% / 87.5% / 0.875; blind309 English as a second language from Latin
  // America, Spain, Italy and Portugal 91.8% / 95.5% / 64.1% / 0.720, 1 critical; blind310 job seekers from north and northeast China
  // 97.8% / 99.8% / 93.8% / 0.823), then tuned on in session 18.
  { file: "blind305-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.77 },
  { file: "blind306-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.98, topicF1: 0.85 },
  { file: "blind307-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.96, topicF1: 0.77 },
  { file: "blind308-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.94, topicF1: 0.87 },
  { file: "blind309-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.96, topicF1: 0.74 },
  { file: "blind310-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.96, topicF1: 0.82 },
  // Scored blind in round 77 on 8170e29 (blind311 English as a second language from Japan, Korea, Vietnam and Thailand 95.5% / 98.8% /
  // 84.4% / 0.761; blind312 retail and catering staff, Chinese 98.3% / 99.5% / 84.4% / 0.825; blind313 young British and Irish texting
  // 94.8% / 99.5% / 78.1% / 0.589, 1 critical; blind314 code-switching Malaysian and Singaporean applicants 97.5% / 99.0% / 87.5% /
  // 0.812; blind315 a global pharmaceutical and consumer-goods company's English inbox 97.0% / 99.3% / 78.1% / 0.870; blind316 factory
  // workers from Henan, Sichuan, Hunan and Guangxi, Chinese 97.8% / 99.8% / 89.1% / 0.802, 1 critical), then tuned on.
  { file: "blind311-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.96, topicF1: 0.76 },
  { file: "blind312-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.98, topicF1: 0.82 },
  { file: "blind313-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.96, topicF1: 0.59 },
  { file: "blind314-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.96, topicF1: 0.81 },
  { file: "blind315-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.9, topicF1: 0.87 },
  { file: "blind316-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.98, topicF1: 0.8 },
  // Scored blind in round 78 on 445c93d (blind317 English as a second language from Latin America, Spain and Italy 91.3% / 96.3% /
  // 68.8% / 0.782, 3 critical; blind318 hotel, property-management and security staff, Chinese 98.3% / 98.8% / 90.6% / 0.833; blind319
  // young American and Canadian texting 94.0% / 98.8% / 67.2% / 0.771, 2 critical; blind320 code-switching Hong Kong and Macau
  // applicants 98.0% / 100.0% / 81.3% / 0.836; blind321 a global logistics and manufacturing company's English inbox 96.5% / 99.3% /
  // 81.3% / 0.843, 1 critical; blind322 graduates and interns, Chinese 98.8% / 99.0% / 85.9% / 0.899), then tuned on.
  { file: "blind317-final.jsonl", intent: 0.975, proposed: 0.98, reason: 0.9, topicF1: 0.79 },
  { file: "blind318-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.9, topicF1: 0.83 },
  { file: "blind319-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.96, topicF1: 0.77 },
  { file: "blind320-final.jsonl", intent: 0.985, proposed: 0.995, reason: 0.92, topicF1: 0.83 },
  { file: "blind321-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.85 },
  { file: "blind322-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.96, topicF1: 0.89 },
  // Scored blind in round 79 on 24eb8da (blind323 English as a second language from Brazil, Portugal, France and Francophone Africa
  // 94.0% / 98.3% / 76.6% / 0.735; blind324 delivery, warehouse and supermarket staff in Guangdong and Fujian 97.0% / 99.3% / 78.1% /
  // 0.793; blind325 native English from five countries 97.8% / 99.0% / 82.8% / 0.767; blind326 code-switching returnees 98.5% / 98.8% /
  // 92.2% / 0.871; blind327 English as a second language from South Asia 95.3% / 98.3% / 85.9% / 0.807, 3 critical; blind328
  // middle-aged career changers, Chinese 98.5% / 99.5% / 89.1% / 0.870, 1 critical), then tuned on.
  { file: "blind323-final.jsonl", intent: 0.98, proposed: 0.98, reason: 0.96, topicF1: 0.74 },
  { file: "blind324-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.81 },
  { file: "blind325-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.95, topicF1: 0.77 },
  { file: "blind326-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.98, topicF1: 0.87 },
  { file: "blind327-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.98, topicF1: 0.83 },
  { file: "blind328-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.9, topicF1: 0.86 },
  // Scored blind in round 80 on 1263e3b, session 18's final rules, and held back; tuned on in session 19 (blind329 English as a second
  // language from Mexico, Colombia, Argentina, Chile and Peru 93.0% / 98.5% / 76.6% / 0.743; blind330 beauty-salon, gym, tutoring and
  // kindergarten staff in Chengdu, Chongqing and Wuhan 97.5% / 99.8% / 87.5% / 0.753, 1 critical; blind331 young American texting 95.3% /
  // 99.0% / 71.9% / 0.707, 1 critical; blind332 code-switching Taiwanese and overseas-Chinese applicants 97.5% / 100.0% / 90.6% / 0.891,
  // 1 critical; blind333 an international school's and university's English inbox 97.3% / 98.8% / 81.3% / 0.782; blind334 construction,
  // decoration and logistics workers from Shandong, Hebei, Anhui and Jiangxi 97.3% / 99.8% / 85.9% / 0.815).
  { file: "blind329-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.96, topicF1: 0.78 },
  { file: "blind330-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.96, topicF1: 0.79 },
  { file: "blind331-final.jsonl", intent: 0.99, proposed: 0.985, reason: 0.93, topicF1: 0.72 },
  { file: "blind332-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.93, topicF1: 0.89 },
  { file: "blind333-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.93, topicF1: 0.79 },
  { file: "blind334-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.96, topicF1: 0.83 },
  // Scored blind in round 81 on fb95f27 (blind335 English as a second language from Eastern Europe, Russia, Ukraine and Turkey 93.3% /
  // 98.8% / 82.8% / 0.741; blind336 job seekers from Guangxi, Yunnan and Guizhou 98.5% / 99.8% / 95.3% / 0.821; blind337 young Australian
  // and New Zealand texting 96.5% / 99.0% / 79.7% / 0.763; blind338 code-switching returnees in Guangzhou and Shenzhen 97.8% / 99.0% /
  // 85.9% / 0.772, 1 critical; blind339 English as a second language from Spain, Italy, Mexico and Brazil 93.8% / 98.5% / 79.7% / 0.737,
  // 1 critical; blind340 bank, insurance, call-centre and office staff in Tianjin, Dalian and Qingdao 98.3% / 99.0% / 92.2% / 0.885,
  // 3 critical), then tuned on.
  { file: "blind335-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.98, topicF1: 0.76 },
  { file: "blind336-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.98, topicF1: 0.82 },
  { file: "blind337-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.96, topicF1: 0.76 },
  { file: "blind338-final.jsonl", intent: 0.985, proposed: 0.985, reason: 0.95, topicF1: 0.77 },
  { file: "blind339-final.jsonl", intent: 0.975, proposed: 0.99, reason: 0.98, topicF1: 0.77 },
  { file: "blind340-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.89 },
  // Scored blind in round 82 on 1f4aeb9 and held back for a session (blind341 English as a second language from the Middle East and
  // North Africa 95.0% / 98.0% / 78.1% / 0.729, 1 critical; blind342 job seekers from Hebei, Shanxi and Inner Mongolia 98.5% / 99.3% /
  // 85.9% / 0.814; blind343 young British texting 97.0% / 98.5% / 89.1% / 0.744; blind344 code-switching Singaporean and Malaysian
  // Chinese applicants 97.0% / 98.3% / 76.6% / 0.732, 3 critical; blind345 English as a second language from Brazil, Colombia, Peru and
  // Venezuela 93.5% / 96.0% / 70.3% / 0.721, 1 critical; blind346 restaurant, hotel and retail staff in Guangdong 97.5% / 99.3% / 82.8% /
  // 0.692), then tuned on in session 20.
  { file: "blind341-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.93, topicF1: 0.75 },
  { file: "blind342-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.96, topicF1: 0.81 },
  { file: "blind343-final.jsonl", intent: 0.98, proposed: 0.985, reason: 0.98, topicF1: 0.75 },
  { file: "blind344-final.jsonl", intent: 0.995, proposed: 0.98, reason: 0.98, topicF1: 0.74 },
  { file: "blind345-final.jsonl", intent: 0.985, proposed: 0.97, reason: 0.93, topicF1: 0.75 },
  { file: "blind346-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.7 },
  // Scored blind in round 83 on 43c6ee6 (blind347 English as a second language from South Asia 94.8% / 98.8% / 79.7% / 0.825, 1
  // critical; blind348 job seekers from Heilongjiang, Jilin and Liaoning 96.8% / 99.8% / 92.2% / 0.740, 1 critical; blind349 young
  // Canadian and American texting 95.8% / 98.3% / 81.3% / 0.798, 1 critical; blind350 code-switching Hong Kong applicants 95.8% / 98.5% /
  // 65.6% / 0.627, 1 critical; blind351 English as a second language from Southeast Asia 95.3% / 98.5% / 76.6% / 0.754; blind352 factory
  // and warehouse workers in Jiangsu and Zhejiang 97.5% / 99.5% / 79.7% / 0.778), then tuned on.
  { file: "blind347-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.98, topicF1: 0.83 },
  { file: "blind348-final.jsonl", intent: 0.98, proposed: 0.995, reason: 0.99, topicF1: 0.75 },
  { file: "blind349-final.jsonl", intent: 0.97, proposed: 0.98, reason: 0.95, topicF1: 0.8 },
  { file: "blind350-final.jsonl", intent: 0.995, proposed: 0.985, reason: 0.96, topicF1: 0.63 },
  { file: "blind351-final.jsonl", intent: 0.985, proposed: 0.98, reason: 0.93, topicF1: 0.77 },
  { file: "blind352-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.79 },
  // Scored blind in round 84 on 63f7e88 and held back in session 20 (blind353 English as a second language from Nigeria, Kenya, Ghana,
  // Egypt and Ethiopia 96.5% / 97.8% / 84.4% / 0.776; blind354 job seekers from Fujian and Zhejiang 98.3% / 99.8% / 79.7% / 0.846;
  // blind355 young Irish and Scottish texting 94.5% / 99.0% / 78.1% / 0.682, 2 critical; blind356 code-switching office workers in
  // Shanghai and Beijing 98.5% / 99.3% / 90.6% / 0.915, 1 critical; blind357 English as a second language from Japan and Korea 96.8% /
  // 98.0% / 79.7% / 0.760, 3 critical; blind358 middle-aged job seekers and parents from Henan, Hubei and Hunan 97.3% / 99.8% / 93.8% /
  // 0.849), then tuned on in session 21.
  { file: "blind353-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.98, topicF1: 0.79 },
  { file: "blind354-final.jsonl", intent: 0.995, proposed: 0.995, reason: 0.98, topicF1: 0.84 },
  { file: "blind355-final.jsonl", intent: 0.985, proposed: 0.99, reason: 0.98, topicF1: 0.68 },
  { file: "blind356-final.jsonl", intent: 0.99, proposed: 0.99, reason: 0.95, topicF1: 0.91 },
  { file: "blind357-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.96, topicF1: 0.76 },
  { file: "blind358-final.jsonl", intent: 0.985, proposed: 0.995, reason: 0.98, topicF1: 0.87 },
  // Scored blind in round 85 on 4a24bea (blind359 English as a second language from Russia, Ukraine, Poland, Romania and Turkey 93.0% /
  // 97.8% / 68.8% / 0.839, 2 critical; blind360 job seekers from Sichuan, Chongqing, Yunnan and Guizhou 98.3% / 99.8% / 93.8% / 0.854;
  // blind361 young Australian and New Zealand texting 96.3% / 98.0% / 76.6% / 0.785, 1 critical; blind362 code-switching Taiwanese
  // applicants 96.3% / 98.0% / 82.8% / 0.782; blind363 English as a second language from Germany, France, Italy, Spain and Portugal
  // 96.3% / 97.8% / 76.6% / 0.774, 2 critical; blind364 new graduates and interns from Shaanxi, Gansu, Shandong and Henan 98.5% / 99.3% /
  // 90.6% / 0.880), then tuned on.
  { file: "blind359-final.jsonl", intent: 0.97, proposed: 0.975, reason: 0.98, topicF1: 0.84 },
  { file: "blind360-final.jsonl", intent: 0.99, proposed: 0.995, reason: 0.99, topicF1: 0.85 },
  { file: "blind361-final.jsonl", intent: 0.975, proposed: 0.975, reason: 0.96, topicF1: 0.78 },
  { file: "blind362-final.jsonl", intent: 0.98, proposed: 0.975, reason: 0.99, topicF1: 0.79 },
  { file: "blind363-final.jsonl", intent: 0.99, proposed: 0.98, reason: 0.98, topicF1: 0.78 },
  { file: "blind364-final.jsonl", intent: 0.995, proposed: 0.99, reason: 0.96, topicF1: 0.88 },
];

describe.each(FLOORS)("spent blind set $file", (floor) => {
  it("stays above its floors, with zero critical errors", () => {
    const set = loadLabeled(fileURLToPath(new URL(`../../fixtures/nlu/${floor.file}`, import.meta.url)));
    const s = scoreSet(set);
    const report = formatScore(s, { title: floor.file, details: true });
    expect(s.critical.filter((m) => !floor.disputed?.includes(m.r.id)).map((m) => m.r.id), report).toEqual([]);
    expect(s.intentOk / s.n, report).toBeGreaterThanOrEqual(floor.intent);
    expect(s.proposedOk / s.proposedN, report).toBeGreaterThanOrEqual(floor.proposed);
    expect(s.reasonOk / s.reasonN, report).toBeGreaterThanOrEqual(floor.reason);
    expect(topicF1(s).f1, report).toBeGreaterThanOrEqual(floor.topicF1);
  });
});
