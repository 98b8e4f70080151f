import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FlowSettingsError, loadFlowSettings } from "../../../config/flow-settings.js";
import { MESSAGE_KEYS } from "../../../flows/message-keys.js";
import { ENGINE_TEXT_KEYS, EngineTexts, EngineTextsError } from "../../../src/engine/engine-texts.js";

const CONFIG = join(dirname(fileURLToPath(import.meta.url)), "../../../config");

function dirWith(messages: (s: string) => string, faq: (s: string) => string = (s) => s): string {
  const dir = mkdtempSync(join(tmpdir(), "flow-settings-"));
  writeFileSync(join(dir, "messages.zh-CN.yaml"), messages(readFileSync(join(CONFIG, "messages.zh-CN.yaml"), "utf8")));
  writeFileSync(join(dir, "faq.zh-CN.yaml"), faq(readFileSync(join(CONFIG, "faq.zh-CN.yaml"), "utf8")));
  return dir;
}

describe("loadFlowSettings", () => {
  it("loads every message key, the FAQ and the policy defaults", () => {
    const s = loadFlowSettings({ confidenceThreshold: 0.7 });
    expect(Object.keys(s.messages).sort()).toEqual([...MESSAGE_KEYS, ...ENGINE_TEXT_KEYS].sort());
    expect(s).toMatchObject({ confidenceThreshold: 0.7, maxReschedules: 2, minNoticeHours: 24, workingWeekdays: [1, 2, 3, 4, 5] });
    expect(s.faq).toMatchObject({ default: { contact: expect.any(String) }, positions: { 前端工程师: { job: expect.stringContaining("https://") } } });
  });

  it("a missing message names its key", () => {
    const dir = dirWith((s) => s.replace(/^ {4}weekday: .*$/m, ""));
    expect(() => loadFlowSettings({ dir })).toThrow("messages.zh-CN.yaml: reschedule.rejected.weekday: missing");
  });

  it("a misspelled message key is refused", () => {
    const dir = dirWith((s) => s.replace("  closing:", "  closng:"));
    expect(() => loadFlowSettings({ dir })).toThrow(/invitation\.closng: unknown key/);
  });

  it("takes the engine's own texts from the file (edited there, not in code)", () => {
    const dir = dirWith((s) => s.replace(/^ {2}media_reply: .*$/m, '  media_reply: "请发文字，{name}"'));
    const texts = new EngineTexts(loadFlowSettings({ dir }).messages);
    expect(texts.get("engine.media_reply", { name: "小王" })).toBe("请发文字，小王");
    expect(new EngineTexts(loadFlowSettings().messages).get("engine.card_done.default")).toBe("已处理");
  });

  it("a missing engine text names its key", () => {
    const dir = dirWith((s) => s.replace(/^ {2}card_stale: .*$/m, ""));
    expect(() => loadFlowSettings({ dir })).toThrow("messages.zh-CN.yaml: engine.card_stale: missing");
  });

  it("an unknown engine text key is refused", () => {
    const dir = dirWith((s) => s.replace("  unbound_reply:", "  unbond_reply:"));
    expect(() => loadFlowSettings({ dir })).toThrow(/engine\.unbond_reply: unknown key/);
  });

  it("the engine refuses messages without its texts, naming them", () => {
    const { messages } = loadFlowSettings();
    const partial = Object.fromEntries(Object.entries(messages).filter(([k]) => k !== "engine.missed_alert"));
    expect(() => new EngineTexts(partial)).toThrow(EngineTextsError);
    expect(() => new EngineTexts(partial)).toThrow(/engine\.missed_alert/);
  });

  it("an unknown FAQ topic is refused with its key", () => {
    const dir = dirWith((s) => s, (s) => s.replace("  salary:", "  salery:"));
    expect(() => loadFlowSettings({ dir })).toThrow(FlowSettingsError);
    expect(() => loadFlowSettings({ dir })).toThrow(/faq\.zh-CN\.yaml: default\.salery/);
  });

  it("a bad policy override names the field", () => {
    expect(() => loadFlowSettings({ policy: { workingHours: { start: "9am", end: "18:00" } } })).toThrow(/workingHours\.start/);
  });
});
