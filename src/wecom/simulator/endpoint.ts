import type { Middleware } from "koa";
import { errmsg } from "./errmsg.js";
import { ERR } from "./rules.js";
import type { SimState } from "./sim-state.js";
import type { TokenScope } from "./token-registry.js";

/** A JSON answer; errcode 0 / errmsg "ok" are filled in when absent. */
export type Reply = Record<string, unknown>;

export interface ApiRequest {
  body: Record<string, unknown>;
  query: URLSearchParams;
}

/** WeCom's refusal for `errcode`. */
export function refuse(errcode: number, detail?: string): Reply {
  return { errcode, errmsg: errmsg(errcode, detail) };
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Wraps one simulated API: counts the call, applies injected latency and
 * faults, parses the JSON body (47001 when it is not JSON), checks the access
 * token for `scope`, and answers HTTP 200 with JSON — as WeCom does for every
 * API-level outcome.
 */
export function endpoint(sim: SimState, api: string, scope: TokenScope | "none", handle: (request: ApiRequest) => Reply | Promise<Reply>): Middleware {
  return async (ctx) => {
    sim.calls.set(api, (sim.calls.get(api) ?? 0) + 1);
    // The whole request is received before WeCom is slow to act on it: a caller
    // that dies while waiting for the answer has still made the call.
    const raw = ctx.method === "POST" ? await readRaw(ctx.req) : "";
    const delay = sim.delays.get(api)?.shift();
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const query = new URLSearchParams(ctx.querystring);
    const answer = async (): Promise<Reply> => {
      const fault = sim.faults.get(api)?.shift();
      if (fault !== undefined) return refuse(fault);
      let body: Record<string, unknown> = {};
      if (ctx.method === "POST") {
        try {
          const parsed: unknown = raw === "" ? {} : JSON.parse(raw);
          if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return refuse(ERR.badJson);
          body = parsed as Record<string, unknown>;
        } catch {
          return refuse(ERR.badJson);
        }
      }
      if (scope !== "none") {
        const errcode = sim.tokens.check(query.get("access_token") ?? undefined, scope);
        if (errcode !== 0) return refuse(errcode);
      }
      return handle({ body, query });
    };
    const reply = await answer();
    ctx.status = 200;
    ctx.type = "application/json";
    ctx.body = JSON.stringify({ errcode: 0, errmsg: "ok", ...reply });
  };
}

async function readRaw(req: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
