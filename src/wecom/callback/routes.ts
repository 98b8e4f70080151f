import Router from "@koa/router";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import type { CallbackCipher } from "../crypto.js";
import type { CallbackEvent, Channel } from "./events.js";
import { openEchostr, openEnvelope } from "./open-envelope.js";
import { parseWecomXml } from "./parse-xml.js";
import { assertFresh, readSignedQuery } from "./query.js";
import { readBody } from "./read-body.js";
import { toEvent } from "./to-event.js";

/**
 * Receives a verified event and makes it durable (or recognises a duplicate).
 * It must be quick: WeCom waits at most 5 s for the acknowledgement. Throwing
 * makes us answer 503 so that WeCom delivers the callback again.
 */
export type AcceptEvent = (event: CallbackEvent) => Promise<"accepted" | "duplicate">;

export interface CallbackRoutesOptions {
  ciphers: Record<Channel, CallbackCipher>;
  accept: AcceptEvent;
  clock: Clock;
  logger: Logger;
}

/**
 * `GET|POST /wecom/app/callback` and `/wecom/kf/callback`: the whole WeCom edge
 * for inbound traffic. Verify, decrypt, parse, hand one typed event inward, ack.
 */
export function callbackRoutes({ ciphers, accept, clock, logger }: CallbackRoutesOptions): Router {
  const router = new Router();
  for (const channel of ["app", "kf"] as const) {
    const cipher = ciphers[channel];
    const path = `/wecom/${channel}/callback`;

    router.get(path, (ctx) => {
      const query = readSignedQuery(ctx.querystring);
      assertFresh(query.timestamp, clock.now());
      ctx.type = "text/plain";
      ctx.body = openEchostr(query, cipher);
      logger.info({ channel }, "callback URL verified");
    });

    router.post(path, async (ctx) => {
      const query = readSignedQuery(ctx.querystring);
      assertFresh(query.timestamp, clock.now());
      const body = await readBody(ctx.req);
      const inner = openEnvelope(body, query, cipher);
      const event = toEvent(channel, await parseWecomXml(inner));
      let outcome: "accepted" | "duplicate";
      try {
        outcome = await accept(event);
      } catch (err) {
        // Not acknowledged, so WeCom re-sends: the event is delayed, never lost.
        logger.error({ err, channel, type: event.type }, "could not record callback; answering 503 so WeCom retries");
        ctx.status = 503;
        ctx.body = "";
        return;
      }
      logger.debug({ channel, type: event.type, outcome }, "callback acknowledged");
      // 200 with an empty body = "received, no passive reply" (doc 90238).
      ctx.status = 200;
      ctx.body = "";
    });
  }
  return router;
}
