import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function runCli(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "understand"], {
      cwd: ROOT,
      env: { ...process.env, TZ: "UTC" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("cli understand (real process, TZ=UTC)", () => {
  it("writes one JSON line per input line, in order, and survives malformed lines", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "周四下午3点可以吗" }),
      "{not json",
      JSON.stringify({ id: "b", text: "堵车晚十分钟", now: "2026-11-25T13:45:00+08:00" }),
      JSON.stringify({ id: "c" }),
      JSON.stringify({ id: "d", text: "推迟一小时", scheduledAt: "2026-11-26T10:00:00+08:00" }),
    ].join("\n");
    const { code, stdout } = await runCli(`${input}\n`);
    expect(code).toBe(0);
    const out = stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({
      id: "a",
      intent: "reschedule",
      proposed: { date: "2026-11-26", time: "15:00", partOfDay: "afternoon" },
      cancelReason: null,
      questions: [],
      confidence: expect.any(Number),
    });
    expect(out[1]).toEqual({ id: null, error: expect.any(String) });
    expect(out[2]).toMatchObject({ id: "b", intent: "late" });
    expect(out[3]).toEqual({ id: "c", error: expect.any(String) });
    expect(out[4]).toMatchObject({ id: "d", proposed: { date: "2026-11-26", time: "11:00", partOfDay: "morning" } });
  }, 30_000);
});
