import type Router from "@koa/router";
import { endpoint, refuse } from "./endpoint.js";
import { ERR } from "./rules.js";
import type { SimState } from "./sim-state.js";

/** `GET /cgi-bin/gettoken?corpid&corpsecret` → {access_token, expires_in: 7200}. */
export function tokenRoutes(router: Router, sim: SimState): void {
  router.get(
    "/cgi-bin/gettoken",
    endpoint(sim, "gettoken", "none", ({ query }) => {
      const corpId = query.get("corpid");
      const secret = query.get("corpsecret");
      if (!corpId) return refuse(ERR.missingCorpId);
      if (corpId !== sim.options.corpId) return refuse(ERR.badCorpId);
      if (!secret) return refuse(ERR.missingSecret);
      const issued = sim.tokens.issue(secret);
      if ("errcode" in issued) return refuse(issued.errcode);
      return { access_token: issued.token, expires_in: issued.expiresIn };
    }),
  );
}
