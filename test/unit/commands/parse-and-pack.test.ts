import { describe, expect, it } from "vitest";
import { loadRecruiterTexts } from "../../../config/recruiter-texts.js";
import { packAlerts } from "../../../src/alerts/pack-alerts.js";
import { parseCommandText } from "../../../src/commands/parse-command.js";
import { parseCommandTime } from "../../../src/commands/parse-time.js";
import { commandFor } from "../../../src/commands/registry.js";

const texts = loadRecruiterTexts();
const NOW = new Date("2025-11-24T02:00:00Z");

describe("command parsing", () => {
  it("reads slashes, full-width slashes and spaces, and case", () => {
    expect(parseCommandText("/List 今天")).toEqual({ kind: "command", word: "list", args: ["今天"], rest: "今天" });
    expect(parseCommandText("／邀约\u3000张三  138")).toMatchObject({ word: "邀约", args: ["张三", "138"] });
    expect(parseCommandText("hello")).toEqual({ kind: "not_command" });
    expect(parseCommandText("/")).toMatchObject({ kind: "command", word: "" });
  });

  it("maps every Chinese alias to its command", () => {
    expect(commandFor("邀约")?.name).toBe("invite");
    expect(commandFor("签到")?.name).toBe("checkin");
    expect(commandFor("转人工")?.name).toBe("handoff");
    expect(commandFor("nope")).toBeUndefined();
  });

  it("takes the fewest words that name a complete future time", () => {
    const ok = parseCommandTime(["11月28日", "15:00", "科技园"], NOW, "Asia/Shanghai", texts);
    expect(ok).toMatchObject({ ok: true, used: 2 });
    expect(ok.ok && ok.at.toISOString()).toBe("2025-11-28T07:00:00.000Z");
    expect(parseCommandTime(["明天下午"], NOW, "Asia/Shanghai", texts)).toMatchObject({ ok: false });
    expect(parseCommandTime([], NOW, "Asia/Shanghai", texts)).toMatchObject({ ok: false });
  });
});

describe("packAlerts", () => {
  it("merges in order under the byte limit, with a count header only when merged", () => {
    const alerts = Array.from({ length: 10 }, (_, i) => ({ eventIds: [String(i)], markdown: `alert ${i} ${"x".repeat(90)}` }));
    const packed = packAlerts(alerts, 400, (n) => `HEAD ${n}`);
    expect(packed.flatMap((p) => p.eventIds)).toEqual(alerts.map((a) => a.eventIds[0]));
    for (const p of packed) expect(Buffer.byteLength(p.markdown)).toBeLessThanOrEqual(400);
    expect(packed[0]!.markdown.startsWith("HEAD 3")).toBe(true);
    expect(packAlerts([alerts[0]!], 400, () => "H")[0]!.markdown).toBe(alerts[0]!.markdown);
    const long = packAlerts([{ eventIds: ["x"], markdown: "长".repeat(500) }], 100, () => "H");
    expect(Buffer.byteLength(long[0]!.markdown)).toBeLessThanOrEqual(100);
  });
});
