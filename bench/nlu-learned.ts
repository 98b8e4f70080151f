/**
 * Offline experiment: does a learned intent scorer (multinomial logistic regression over
 * hashed character 1–3-grams, {@link ./../src/nlu/learned/softmax.ts}) help the rules?
 *
 * `npx tsx bench/nlu-learned.ts [--rules <checkout>] [--write <weights.json>]`
 *
 * Reports, with k-fold cross-validation so no reply is scored by a model that saw it:
 * the model alone on all owned data; rules alone vs rules + model on the tuning set and
 * on the public set. The combination only ever replaces an unrecognised "other" (the
 * rules matched nothing), so the rules keep their safety behaviour. `--rules` scores
 * another checkout's rules (e.g. the pre-tuning commit) for a "what if we had had it"
 * check. `--target <file.jsonl>` cross-validates on that file alone (the model trains on
 * everything else owned, never on the file). `--changes` lists the replies the
 * combination changes on the tuning set.
 * `--write src/nlu/learned/intent-weights.json` trains on everything and writes the weights.
 */
import { writeFileSync } from "node:fs";
import { loadOwnedData } from "./nlu-data.js";
import { INTENTS, loadLabeled, optionsOf, scoreSet, type Labeled } from "./nlu-score.js";
import { ngramFeatures } from "../src/nlu/learned/features.js";
import { createModel, predict, trainStep, type SoftmaxModel } from "../src/nlu/learned/softmax.js";
import { encodeWeights } from "../src/nlu/learned/weights-file.js";
import type { Understanding, UnderstandOptions } from "../src/nlu/index.js";

const BUCKETS = 1 << Number(process.env.NLU_BUCKET_BITS ?? 12);
const EPOCHS = 25;
const args = process.argv.slice(2);
const argOf = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const rulesDir = argOf("--rules") ?? new URL("../", import.meta.url).pathname;
const dir = rulesDir.replace(/\/$/, "");
const index = (await import(`${dir}/src/nlu/index.js`)) as {
  understand: (t: string, o: UnderstandOptions) => Understanding;
  normalize: (t: string) => { text: string };
};
// Rules only: checkouts that already ship the fallback expose understandWith(…, null).
const withFallback = (await import(`${dir}/src/nlu/understand.js`)) as { understandWith?: (t: string, o: UnderstandOptions, g: null) => Understanding };
const nlu = {
  normalize: index.normalize,
  understand: withFallback.understandWith ? (t: string, o: UnderstandOptions) => withFallback.understandWith!(t, o, null) : index.understand,
};

function featuresOf(text: string): number[] {
  return ngramFeatures(nlu.normalize(text).text, BUCKETS);
}

/** Deterministic shuffle (seeded LCG) so runs are comparable. */
function shuffled<T>(xs: T[], seed = 7): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function train(rows: Labeled[]): SoftmaxModel {
  const model = createModel(INTENTS, BUCKETS);
  const data = rows.map((r) => ({ f: featuresOf(r.text), y: INTENTS.indexOf(r.intent) }));
  for (let e = 0; e < EPOCHS; e++) {
    const rate = 0.2 / (1 + e * 0.2);
    for (const d of shuffled(data, e + 1)) trainStep(model, d.f, d.y, rate, 1e-4);
  }
  return model;
}

interface Combo {
  /** Minimum model probability to replace an unrecognised "other". */
  tau: number;
  /** Whether the model may produce confirm (a booking) on its own. */
  allowConfirm: boolean;
}

function combined(model: SoftmaxModel, combo: Combo) {
  return (r: Labeled): Understanding => {
    const rules = nlu.understand(r.text, optionsOf(r));
    if (rules.intent !== "other" || rules.confidence >= 0.5) return rules;
    // As shipped (src/nlu/learned/guess-intent.ts): Chinese replies only.
    if ((nlu.normalize(r.text).text.match(/\p{Script=Han}/gu) ?? []).length < 2) return rules;
    const p = predict(model, featuresOf(r.text));
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    const intent = INTENTS[best]!;
    if (p[best]! < combo.tau || intent === "other" || (intent === "confirm" && !combo.allowConfirm)) return rules;
    return { ...rules, intent, confidence: Math.min(p[best]!, 0.55), cancelReason: intent === "cancel" ? "unknown" : null };
  };
}

function modelOnly(model: SoftmaxModel) {
  return (r: Labeled): Understanding => {
    const p = predict(model, featuresOf(r.text));
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return { intent: INTENTS[best]!, proposed: null, cancelReason: null, questions: [], confidence: p[best]! };
  };
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const data = loadOwnedData();
const all = [...data.public, ...data.heldout, ...data.tune];
const K = 5;
const combos: Combo[] = [0.5, 0.6, 0.7, 0.8].flatMap((tau) => [{ tau, allowConfirm: false }, { tau, allowConfirm: true }]);

/** k-fold over `target`; the model trains on `rest` plus the other folds. */
function crossValidate(target: Labeled[], rest: Labeled[]) {
  const folds = shuffled(target).map((r, i) => ({ r, k: i % K }));
  let modelOk = 0;
  let rulesOk = 0;
  let rulesCritical = 0;
  const comboOk = combos.map(() => ({ ok: 0, critical: 0 }));
  for (let k = 0; k < K; k++) {
    const test = folds.filter((x) => x.k === k).map((x) => x.r);
    const model = train([...rest, ...folds.filter((x) => x.k !== k).map((x) => x.r)]);
    modelOk += scoreSet(test, modelOnly(model)).intentOk;
    const rules = scoreSet(test, (r) => nlu.understand(r.text, optionsOf(r)));
    rulesOk += rules.intentOk;
    rulesCritical += rules.critical.length;
    combos.forEach((c, i) => {
      const s = scoreSet(test, combined(model, c));
      if (process.env.NLU_SHOW && c.tau === 0.6 && !c.allowConfirm) for (const m of s.intentMisses) process.stderr.write(`  miss: want ${m.r.intent} got ${m.got.intent}  ${m.r.text}\n`);
      comboOk[i]!.ok += s.intentOk;
      comboOk[i]!.critical += s.critical.length;
    });
    process.stderr.write(`  fold ${k + 1}/${K}\n`);
  }
  const n = target.length;
  const lines = [`  model alone        ${pct(modelOk, n)}`, `  rules alone        ${pct(rulesOk, n)}  critical ${rulesCritical}`];
  combos.forEach((c, i) => lines.push(`  rules + model τ=${c.tau}${c.allowConfirm ? " +confirm" : "         "} ${pct(comboOk[i]!.ok, n)}  critical ${comboOk[i]!.critical}`));
  return lines.join("\n");
}

process.stderr.write(`owned data: ${data.public.length} public, ${data.heldout.length} held-out, ${data.tune.length} tune; rules from ${rulesDir}\n`);
if (argOf("--write")) {
  const model = train(all);
  writeFileSync(argOf("--write")!, `${JSON.stringify(encodeWeights(model, `${all.length} replies: public ${data.public.length}, held-out ${data.heldout.length}, tune ${data.tune.length}`))}\n`);
  process.stderr.write(`wrote ${argOf("--write")}\n`);
} else if (argOf("--target")) {
  const target = loadLabeled(argOf("--target")!);
  const texts = new Set(target.map((r) => r.text));
  const rest = all.filter((r) => !texts.has(r.text));
  console.log(`${argOf("--target")} (${target.length}), ${K}-fold; model also trains on the other ${rest.length} owned replies:`);
  console.log(crossValidate(target, rest));
} else if (!args.includes("--changes")) {
  console.log(`tune set (${data.tune.length}), ${K}-fold; model also trains on public + held-out:`);
  console.log(crossValidate(data.tune, [...data.public, ...data.heldout]));
  console.log(`public set (${data.public.length}), ${K}-fold; model also trains on held-out + tune:`);
  console.log(crossValidate(data.public, [...data.heldout, ...data.tune]));
}
if (args.includes("--changes")) {
  const target = args.includes("--public") ? data.public : data.tune;
  const foldOf = new Map(shuffled(target).map((r, i) => [r, i % K]));
  for (let k = 0; k < K; k++) {
    const model = train([...all.filter((r) => !target.includes(r)), ...target.filter((r) => foldOf.get(r) !== k)]);
    const read = combined(model, { tau: 0.6, allowConfirm: false });
    for (const r of target.filter((x) => foldOf.get(x) === k)) {
      const a = nlu.understand(r.text, optionsOf(r)).intent;
      const b = read(r).intent;
      if (a !== b) console.log(`${r.intent === b ? "GAIN" : r.intent === a ? "LOSS" : "SWAP"} want ${r.intent} rules ${a} combo ${b}  ${r.text}`);
    }
  }
}
