import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, maskMobiles } from "../../src/log.js";

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe("logger", () => {
  it("masks mobile numbers in messages and nested fields", () => {
    const { lines, stream } = capture();
    const logger = createLogger({ destination: stream });
    logger.info({ candidate: { note: "联系 13800138000" }, list: ["+86 13912345678"] }, "call 13700001111 now");
    const line = lines.join("");
    expect(line).not.toMatch(/13800138000|13912345678|13700001111/);
    expect(line).toContain("138****8000");
    expect(line).toContain("137****1111");
  });

  it("redacts secrets by key", () => {
    const { lines, stream } = capture();
    createLogger({ destination: stream }).info({ secret: "s3cr3t", req: { access_token: "tok" }, wecom: { app: { token: "cbtoken" } } }, "x");
    const line = lines.join("");
    expect(line).not.toMatch(/s3cr3t|"tok"|cbtoken/);
    expect(line).toContain("[redacted]");
  });

  it("leaves other digit runs alone", () => {
    expect(maskMobiles("MsgId 4561255354251345929, order 23800138000")).toBe("MsgId 4561255354251345929, order 23800138000");
  });
});
