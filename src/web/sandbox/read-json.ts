import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { SandboxError } from "./errors.js";

const LIMIT = 16 * 1024;

/**
 * The JSON body of a sandbox action, validated by `schema`. Insisting on
 * `application/json` means another site cannot post to the sandbox with a
 * plain form: browsers would have to ask first (CORS), and we never allow it.
 */
export async function readJson<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  if (!String(req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json")) {
    throw new SandboxError(415, "请求须为 application/json");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > LIMIT) throw new SandboxError(413, "请求内容过大");
    chunks.push(chunk as Buffer);
  }
  let raw: unknown;
  try {
    raw = chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (err) {
    throw new SandboxError(400, "请求不是有效的 JSON", { cause: err });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SandboxError(400, `参数 ${issue.path.join(".") || "body"} 无效：${issue.message}`);
  }
  return parsed.data;
}
