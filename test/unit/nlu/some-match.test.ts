import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { execAll } from "../../../src/nlu/regex/exec-all.js";
import { someMatch } from "../../../src/nlu/regex/some-match.js";
import { FOUND_JOB, reportsNewJob, WITHDRAW } from "../../../src/nlu/lexicon/withdrawal.js";
import { normalize } from "../../../src/nlu/normalize/normalize.js";

/** The replies of the public fixture sets, normalised as understand() reads them. */
const replies = ["blind190-final.jsonl", "blind196-final.jsonl", "blind1-tune.jsonl"].flatMap((file) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/nlu/${file}`, import.meta.url)), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => normalize((JSON.parse(line) as { text: string }).text).text),
);

/** Where `accept` first holds among the matches a global copy of `re` finds: what someMatch stands for. */
function firstAccepted(text: string, re: RegExp, accept: (m: RegExpExecArray) => boolean): number {
  for (const m of execAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`), text)) if (accept(m)) return m.index;
  return -1;
}

describe("someMatch visits the matches a global regex finds, in order", () => {
  // The positions it is asked about, recorded, tell the order and the matches themselves apart.
  const visited = (text: string, re: RegExp) => {
    const seen: Array<[number, string]> = [];
    someMatch(text, re, (m) => (seen.push([m.index, m[0]]), false));
    return seen;
  };
  const expected = (text: string, re: RegExp) => execAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`), text).map((m): [number, string] => [m.index, m[0]]);

  it("through the first-character dispatch (FOUND_JOB, WITHDRAW) and on the Han variant of Chinese replies", () => {
    expect(replies.length).toBeGreaterThan(100);
    for (const t of replies) {
      expect(visited(t, FOUND_JOB), t).toEqual(expected(t, FOUND_JOB));
      expect(visited(t, WITHDRAW), t).toEqual(expected(t, WITHDRAW));
    }
  });

  it("through a plain global copy, stepping past empty matches", () => {
    for (const [re, t] of [
      [/不|没/, "我不去了，没空"],
      [/a*/, "baac"],
      [/(?<=好)|\s*/, "好 的 好"],
      [/x/g, "axbx"],
    ] as Array<[RegExp, string]>) {
      expect(visited(t, re), `${re} ${t}`).toEqual(expected(t, re));
    }
  });

  it("stops at the first accepted match", () => {
    const seen: number[] = [];
    expect(someMatch("a1b2c3", /\d/, (m) => (seen.push(m.index), m[0] === "2"))).toBe(true);
    expect(seen).toEqual([1, 3]);
    expect(someMatch("abc", /\d/, () => true)).toBe(false);
  });
});

describe("reportsNewJob", () => {
  // Its rule, read as written before it went through someMatch: some FOUND_JOB match that is
  // neither pending after it (还没, 在谈) nor negated just before it (没有, 不是).
  const pendingAfter = /^[^,.!?。\s]{0,3}(?:还没|没|未|不|还在|在谈|待定)/;
  const negatedBefore = /(?:没有?|未|还没|并没有?|不是)\s*$/;
  const rule = (t: string) => firstAccepted(t, FOUND_JOB, (m) => !pendingAfter.test(t.slice(m.index + m[0].length)) && !negatedBefore.test(t.slice(Math.max(0, m.index - 4), m.index))) !== -1;

  it("holds exactly when some match is neither pending nor negated, on fixture replies", () => {
    let found = 0;
    for (const t of replies) {
      expect(reportsNewJob(t), t).toBe(rule(t));
      if (reportsNewJob(t)) found++;
    }
    expect(found).toBeGreaterThan(0);
  });

  it("reads our own examples", () => {
    expect(reportsNewJob("我已经入职了")).toBe(true);
    expect(reportsNewJob("还没有拿到别的offer")).toBe(false);
    expect(reportsNewJob("offer还在谈")).toBe(false);
    expect(reportsNewJob("好的周三见")).toBe(false);
  });
});
