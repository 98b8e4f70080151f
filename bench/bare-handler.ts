import Koa from "koa";
import type { CallbackSecrets } from "../src/wecom/crypto.js";
import { CallbackCipher } from "../src/wecom/crypto.js";

/**
 * The benchmark's yardstick: a Koa handler that only verifies the signature,
 * decrypts and answers `success` — no parsing, dedup, storage or worker. Our
 * real endpoints are measured against it in the same run.
 */
export function bareHandler(secrets: CallbackSecrets): Koa {
  const cipher = new CallbackCipher(secrets);
  const app = new Koa();
  app.use(async (ctx) => {
    const q = ctx.query as Record<string, string>;
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const encrypted = /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(body)?.[1] ?? "";
    try {
      cipher.verify(q["msg_signature"] ?? "", q["timestamp"] ?? "", q["nonce"] ?? "", encrypted);
      cipher.decrypt(encrypted);
      ctx.body = "success";
    } catch {
      ctx.status = 401;
    }
  });
  return app;
}
