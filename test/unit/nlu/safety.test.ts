/**
 * Safety: when a reply might take its assent back, the bot must ask rather than book.
 * A confirm whose last clause (after 但是/不过/but) neither agrees nor asks is unsure.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "../../../src/nlu/index.js";
import { u } from "./helpers.js";

describe("assent followed by a contrast", () => {
  it.each(["可以，但是我最近比较忙", "好的，不过我这周状态不太好", "OK but things are a bit complicated"])("%s is not a confident confirm", (text) => {
    const r = u(text);
    expect(r.intent === "confirm" && r.confidence >= DEFAULT_CONFIDENCE_THRESHOLD).toBe(false);
  });

  it.each(["行吧，虽然时间有点赶，但我会尽量准时到", "好的，不过想问下要带简历吗", "好的，不过可能会晚到几分钟"])("%s stays a confident confirm", (text) => {
    const r = u(text);
    expect(r.intent).toBe("confirm");
    expect(r.confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
  });
});

describe("conditions decide nothing", () => {
  it.each([
    ["如果太远的话我可能就不去了", "other"],
    ["要是薪资太低，就算了，请问薪资多少", "question"],
  ])("%s → %s", (text, intent) => {
    expect(u(text).intent).toBe(intent);
  });
});

describe("softened assent asks back", () => {
  it.each(["周三应该能去吧", "应该没问题吧", "I think it should be fine"])("%s is not a confident confirm", (text) => {
    const r = u(text);
    expect(r.intent === "confirm" && r.confidence >= DEFAULT_CONFIDENCE_THRESHOLD).toBe(false);
  });

  it.each(["应该没问题，到时候准时到", "1，可能会晚到几分钟"])("%s stays a confident confirm", (text) => {
    expect(u(text).confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
  });
});
