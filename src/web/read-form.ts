import type { IncomingMessage } from "node:http";

/** A login form is a few dozen bytes. */
const MAX_FORM_BYTES = 4096;

/**
 * Reads an `application/x-www-form-urlencoded` body of at most 4 KiB;
 * undefined for another content type or a larger body.
 */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  if (!(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
