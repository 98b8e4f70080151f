import Router from "@koa/router";
import type { Context } from "koa";
import { z } from "zod";
import { candidateOpensLink, candidateSays, candidateTaps, recruiterClicks, recruiterSays, switchCandidate } from "./actions.js";
import { moveClock } from "./clock-actions.js";
import type { SandboxContext } from "./context.js";
import { runDemo } from "./demo.js";
import { SandboxError } from "./errors.js";
import { readJson } from "./read-json.js";
import { openSse, type SseStream } from "./sse.js";
import { describeState } from "./state.js";
import { staticAsset } from "./static-assets.js";

/** Longest text a sandbox user may type (WeChat allows 2048 characters in kf chats). */
const TEXT = z.string().trim().min(1, "不能为空").max(2048, "最多 2048 个字符");
const ID = z.string().min(1).max(128);

const schemas = {
  enter: z.object({ link: z.string().max(2048).optional(), sceneParam: z.string().regex(/^[0-9A-Za-z_-]{1,128}$/, "须为 1–128 个 [0-9A-Za-z_-]").optional() }),
  say: z.object({ text: TEXT }),
  tap: z.object({ menuId: ID }),
  switch: z.object({ externalUserId: ID.optional() }),
  click: z.object({ taskId: ID, eventKey: ID }),
  clock: z.discriminatedUnion("action", [
    z.object({ action: z.literal("advance"), minutes: z.number().int().min(1).max(60 * 24 * 30) }),
    z.object({ action: z.literal("next_job") }),
    z.object({ action: z.literal("interview"), beforeMinutes: z.number().int().min(0).max(24 * 60).default(30) }),
  ]),
};

/** Pause before pushing the state after a burst of changes (one query per burst). */
const STATE_DEBOUNCE_MS = 100;

/**
 * `/sandbox` (the page and its assets) and `/sandbox/api/*`: JSON actions,
 * the state, and an SSE stream of every pane item. `target()` is undefined
 * until the bot finished starting (503 meanwhile).
 */
export function sandboxRoutes(target: () => SandboxContext | undefined, streams: Set<SseStream>): Router {
  const router = new Router({ prefix: "/sandbox" });
  router.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (!(err instanceof SandboxError)) throw err;
      ctx.status = err.status;
      ctx.body = { error: "sandbox", message: err.message };
    }
  });
  const need = (): SandboxContext => {
    const t = target();
    if (!t) throw new SandboxError(409, "沙盒还在启动，请稍候");
    return t;
  };
  const act = (handler: (ctx: Context, sandbox: SandboxContext) => Promise<unknown>) => async (ctx: Context) => {
    const sandbox = need();
    ctx.body = (await handler(ctx, sandbox)) ?? { ok: true };
  };

  router.get("/", (ctx) => staticAsset(ctx, "index.html"));
  router.get("/static/:file", (ctx) => staticAsset(ctx, ctx.params["file"] ?? ""));
  router.get("/api/state", act(async (_ctx, s) => ({ state: await describeState(s), items: s.session.items })));
  router.get("/api/stream", (ctx) => stream(ctx, need(), streams));

  router.post("/api/candidate/enter", act(async (ctx, s) => candidateOpensLink(s, await readJson(ctx.req, schemas.enter))));
  router.post("/api/candidate/say", act(async (ctx, s) => candidateSays(s, (await readJson(ctx.req, schemas.say)).text)));
  router.post("/api/candidate/tap", act(async (ctx, s) => candidateTaps(s, (await readJson(ctx.req, schemas.tap)).menuId)));
  router.post("/api/candidate/switch", act(async (ctx, s) => switchCandidate(s, (await readJson(ctx.req, schemas.switch)).externalUserId)));
  router.post("/api/recruiter/say", act(async (ctx, s) => recruiterSays(s, (await readJson(ctx.req, schemas.say)).text)));
  router.post("/api/recruiter/click", act(async (ctx, s) => recruiterClicks(s, await readJson(ctx.req, schemas.click))));
  router.post("/api/clock", act(async (ctx, s) => moveClock(s, await readJson(ctx.req, schemas.clock))));
  router.post("/api/demo", act(async (_ctx, s) => runDemo(s)));
  return router;
}

/** A snapshot first, then every new item and (debounced) every state change. */
function stream(ctx: Context, sandbox: SandboxContext, streams: Set<SseStream>): void {
  let timer: NodeJS.Timeout | undefined;
  const pushState = (): void => {
    describeState(sandbox).then(
      (state) => sse.send("state", state),
      (err: unknown) => sandbox.logger.debug({ err }, "sandbox state not available (shutting down?)"),
    );
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(pushState, STATE_DEBOUNCE_MS);
  };
  const off = sandbox.session.subscribe((event) => {
    if (event.type === "item") sse.send("item", event.item);
    later();
  });
  const sse: SseStream = openSse(ctx, () => {
    off();
    clearTimeout(timer);
    streams.delete(sse);
  });
  streams.add(sse);
  describeState(sandbox).then(
    (state) => sse.send("snapshot", { state, items: sandbox.session.items }),
    (err: unknown) => sandbox.logger.warn({ err }, "sandbox snapshot failed"),
  );
}
