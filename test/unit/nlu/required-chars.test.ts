import { describe, expect, it } from "vitest";
import { requiredCodeUnits } from "../../../src/nlu/regex/required-chars.js";
import { UnitFilter } from "../../../src/nlu/regex/unit-filter.js";

/** The required characters as a sorted string, or null. */
function req(re: RegExp): string | null {
  const units = requiredCodeUnits(re);
  return units === null ? null : String.fromCharCode(...[...units].sort((a, b) => a - b));
}
const sorted = (s: string) => [...s].sort().join("");

describe("requiredCodeUnits: what every match must contain", () => {
  it("a literal needs one of its characters, the rarest", () => {
    expect(req(/兴趣/)).toHaveLength(1);
    // 不 and 了 are common in replies, 辞 is not.
    expect(req(/不辞了/)).toBe("辞");
  });

  it("alternatives are united, sharing a character where they can", () => {
    expect(req(/可以参加|能参加|确定参加/)).toBe("参");
    expect(req(/猫|狗/)).toBe(sorted("猫狗"));
  });

  it("optional elements and zero-minimum quantifiers need nothing", () => {
    expect(req(/(?:没|不)?兴趣/)).not.toContain("没");
    expect(req(/x*y?z{0,3}/)).toBeNull();
    expect(req(/猫{2,}/)).toBe("猫");
    expect(req(/猫+/)).toBe("猫");
    // Outside `u` mode a brace that is no quantifier is a literal brace.
    expect(req(/a{,3}/)).not.toBeNull();
  });

  it("an alternative that needs nothing makes the whole alternation need nothing", () => {
    expect(req(/猫|/)).toBeNull();
    expect(req(/猫|狗?/)).toBeNull();
    expect(req(/(?:猫|狗?)鱼/)).toBe("鱼");
  });

  it("classes are sets; negated, huge and property classes are unbounded", () => {
    expect(req(/[猫狗]/)).toBe(sorted("猫狗"));
    expect(req(/[0-3]/)).toBe("0123");
    expect(req(/\d/)).toBe("0123456789");
    expect(req(/[^猫]/)).toBeNull();
    expect(req(/[\u4e00-\u9fa5]/)).toBeNull();
    expect(req(/\p{Script=Han}/u)).toBeNull();
    expect(req(/./)).toBeNull();
    expect(req(/[\]a]/)).toBe("]a");
    expect(req(/[a\-z]/)).toBe("-az");
    expect(req(/[\b]/)).toBe("\b");
  });

  it("lookarounds and anchors are zero-width: they need nothing", () => {
    expect(req(/(?<!不)猫/)).toBe("猫");
    expect(req(/(?<=不)猫/)).toBe("猫");
    expect(req(/猫(?=狗)/)).toBe("猫");
    expect(req(/猫(?!狗)/)).toBe("猫");
    expect(req(/(?=狗)/)).toBeNull();
    expect(req(/^\b$/)).toBeNull();
  });

  it("the i flag adds the other case of ASCII letters (and ſ / K under iu)", () => {
    expect(req(/x/i)).toBe("Xx");
    expect(req(/s/iu)).toBe("Ss\u017f");
    expect(req(/k/i)).toBe("Kk\u212a");
    expect(req(/[a-b]/i)).toBe("ABab");
    // A cased non-ASCII letter is not modelled.
    expect(req(/é/i)).toBeNull();
    expect(req(/猫/i)).toBe("猫");
  });

  it("escapes stand for their characters", () => {
    expect(req(/\?/)).toBe("?");
    expect(req(/\x41/)).toBe("A");
    expect(req(/\u732b/)).toBe("猫");
    expect(req(/\n/)).toBe("\n");
    expect(req(/\s/)).toContain(" ");
  });

  it("backreferences need nothing of their own; the rest of the pattern still counts", () => {
    expect(req(/(a)?\1/)).toBeNull();
    expect(req(/不(去|来)白不\1/)).toBe("白");
    expect(req(/(?<x>a)?\k<x>/)).toBeNull();
  });

  it("gives up on syntax it does not model", () => {
    expect(req(new RegExp("[a]", "v"))).toBeNull();
  });

  it("astral characters: the high surrogate is required (u mode), code units otherwise", () => {
    expect(requiredCodeUnits(/😀/u)).toEqual(new Set([0xd83d]));
    // Outside `u` mode a quantifier takes only the low surrogate: the high one stays required.
    expect(requiredCodeUnits(/😀?/)).toEqual(new Set([0xd83d]));
    expect(req(/😀?/u)).toBeNull();
  });
});

describe("UnitFilter", () => {
  it("finds any unit of its set, and never misses one", () => {
    const units = [..."兴趣k"].map((c) => c.charCodeAt(0));
    const f = new UnitFilter(units);
    expect(f.occursIn("没兴")).toBe(true);
    expect(f.occursIn("ok")).toBe(true);
    expect(f.occursIn("好的")).toBe(false);
    // Hashed slots may say yes wrongly (16,384 apart), never no wrongly.
    for (let c = 0; c < 0x10000; c += 7) expect(new UnitFilter([c]).occursIn(String.fromCharCode(c))).toBe(true);
  });
});
