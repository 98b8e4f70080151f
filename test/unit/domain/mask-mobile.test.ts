import { describe, expect, it } from "vitest";
import { maskMobile, maskMobilesInText } from "../../../src/domain/mask-mobile.js";

describe("maskMobile", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["+86 138-1234-5678", "138****5678"],
    ["010-12345678", "*******5678"],
    ["123", "***"],
    [null, ""],
  ])("%s → %s", (input, expected) => {
    expect(maskMobile(input)).toBe(expected);
  });

  it("masks mobiles inside text but not other digits", () => {
    expect(maskMobilesInText("有事打我13812345678或 139 1234 5678，订单号2026112312345")).toBe("有事打我138****5678或 139****5678，订单号2026112312345");
  });
});
