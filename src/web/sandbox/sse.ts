import { PassThrough } from "node:stream";
import type { Context } from "koa";

/** One open Server-Sent Events response. */
export interface SseStream {
  send(event: string, data: unknown): void;
  close(): void;
}

/** Keeps proxies and browsers from timing the stream out. */
const HEARTBEAT_MS = 15_000;

/**
 * Turns the response into an SSE stream. `onClose` runs once, whether the
 * browser went away or the server closed the stream (shutdown).
 */
export function openSse(ctx: Context, onClose: () => void): SseStream {
  const body = new PassThrough();
  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  ctx.set({ "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" });
  ctx.status = 200;
  ctx.body = body;

  let closed = false;
  const heartbeat = setInterval(() => body.write(": keep-alive\n\n"), HEARTBEAT_MS);
  heartbeat.unref();
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    body.end();
    onClose();
  };
  // The response's close (not the request's): fires when the browser goes away.
  ctx.res.on("close", close);
  body.write("retry: 1000\n\n");
  return {
    send(event, data) {
      if (!closed) body.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close,
  };
}
