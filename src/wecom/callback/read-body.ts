import type { IncomingMessage } from "node:http";
import { CallbackError } from "../errors.js";

/** WeCom callbacks are a few hundred bytes; anything near this is not WeCom. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

/** Reads the request body as UTF-8, refusing (413) as soon as it exceeds the limit. */
export async function readBody(req: IncomingMessage, limit = MAX_CALLBACK_BYTES): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) {
      // Stop reading; the connection is closed after the 413 is sent.
      req.unpipe();
      throw tooLarge();
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(): CallbackError {
  return new CallbackError("body_too_large", `body exceeds ${MAX_CALLBACK_BYTES} bytes`, 413);
}
