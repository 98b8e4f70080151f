import { readFile } from "node:fs/promises";
import type { Context } from "koa";
import { SandboxError } from "./errors.js";

/** The page's files: a fixed list, so no path from the URL ever reaches the file system. */
const ASSETS: Readonly<Record<string, string>> = {
  "index.html": "text/html; charset=utf-8",
  "sandbox.css": "text/css; charset=utf-8",
  "sandbox.js": "text/javascript; charset=utf-8",
};

const DIR = new URL("../static/sandbox/", import.meta.url);
const cache = new Map<string, Buffer>();

/**
 * Serves one of the page's files with a strict Content-Security-Policy: only
 * our own script and styles run, so even a rendering mistake could not
 * execute what a candidate typed.
 */
export async function staticAsset(ctx: Context, name: string): Promise<void> {
  const type = ASSETS[name];
  if (!type) throw new SandboxError(404, "没有这个文件");
  let body = cache.get(name);
  if (!body) {
    body = await readFile(new URL(name, DIR));
    cache.set(name, body);
  }
  ctx.set({
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  });
  ctx.type = type;
  ctx.body = body;
}
