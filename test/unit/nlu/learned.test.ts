/**
 * The learned fallback (src/nlu/learned/): it only speaks when the rules recognised
 * nothing, never books, and always stays below the clarifying threshold.
 */
import { describe, expect, it } from "vitest";
import weightsFile from "../../../src/nlu/learned/intent-weights.json" with { type: "json" };
import { DEFAULT_CONFIDENCE_THRESHOLD, normalize } from "../../../src/nlu/index.js";
import { guessIntent, GUESS_MAX_CONFIDENCE } from "../../../src/nlu/learned/guess-intent.js";
import { ngramFeatures } from "../../../src/nlu/learned/features.js";
import { predict } from "../../../src/nlu/learned/softmax.js";
import { decodeWeights, type WeightsFile } from "../../../src/nlu/learned/weights-file.js";
import { understandWith } from "../../../src/nlu/understand.js";
import { loadOwnedData } from "../../../bench/nlu-data.js";
import { INTENTS } from "../../../bench/nlu-score.js";
import { NOW, SCHEDULED, TZ, u } from "./helpers.js";

const opts = { now: NOW, scheduledAt: SCHEDULED, timeZone: TZ };

describe("learned intent fallback", () => {
  it("the committed weights decode to the six intents", () => {
    const model = decodeWeights(weightsFile as WeightsFile);
    expect(model.classes).toEqual(INTENTS);
    expect(model.weights.length).toBe(model.buckets * INTENTS.length);
  });

  it("the committed weights still fit the data they were trained on (features or normalisation unchanged)", () => {
    const model = decodeWeights(weightsFile as WeightsFile);
    const { public: pub, heldout } = loadOwnedData();
    const rows = [...pub, ...heldout];
    let ok = 0;
    for (const r of rows) {
      const p = predict(model, ngramFeatures(normalize(r.text).text, model.buckets));
      if (INTENTS[p.indexOf(Math.max(...p))] === r.intent) ok++;
    }
    expect(ok / rows.length).toBeGreaterThan(0.9);
  });

  it("guesses a reply the rules do not recognise, below the clarifying threshold", () => {
    // (The example changes when retraining moves the model: "确认不了那天的时间" fell below the
    // guessing floor after round 26, and "那天时间对不上" after round 57 (对不上 is now a rule).)
    const text = "周三那天凑不齐时间";
    expect(understandWith(text, opts, null)).toMatchObject({ intent: "other" });
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.confidence).toBeLessThanOrEqual(GUESS_MAX_CONFIDENCE);
    expect(r.confidence).toBeLessThan(DEFAULT_CONFIDENCE_THRESHOLD);
  });

  it("never guesses confirm or other, and stays out of non-Chinese text", () => {
    for (const text of ["好的没问题", "谢谢", "asdfghjkl", "ok"]) {
      const g = guessIntent(normalize(text).text);
      expect(g === null || (g.intent as string) !== "confirm").toBe(true);
    }
    expect(guessIntent("asdfghjkl")).toBeNull();
    expect(guessIntent("x")).toBeNull();
  });

  it("leaves what the rules decided alone, including an undecided condition", () => {
    for (const text of ["如果太远的话我可能就不去了", "应该可以吧，我确认一下再回您", "收到", "不是不行"]) {
      expect(u(text)).toEqual(understandWith(text, opts, null));
    }
  });
});
