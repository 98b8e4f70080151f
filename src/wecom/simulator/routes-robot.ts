import type Router from "@koa/router";
import { endpoint, refuse } from "./endpoint.js";
import { checkContent, type Checked } from "./message-checks.js";
import { ERR, RULES } from "./rules.js";
import type { SimState } from "./sim-state.js";

/**
 * `POST /cgi-bin/webhook/send?key=KEY`: the group robot. No access token. 20
 * messages per minute per robot; the 21st is refused with 45009 (the code is
 * unconfirmed for robots; 45009 is WeCom's frequency code elsewhere).
 */
export function robotRoutes(router: Router, sim: SimState): void {
  router.post(
    "/cgi-bin/webhook/send",
    endpoint(sim, "webhook/send", "none", ({ body, query }) => {
      const key = query.get("key");
      if (!key || key !== sim.options.robotKey) return refuse(ERR.badRobotKey);
      const msgtype = body["msgtype"];
      let checked: Checked;
      if (msgtype === "text") checked = checkContent(body["text"], RULES.robotTextBytes);
      else if (msgtype === "markdown" || msgtype === "markdown_v2") checked = checkContent(body[msgtype], RULES.robotMarkdownBytes);
      else return refuse(ERR.badMsgType);
      if (!checked.ok) return refuse(checked.errcode, checked.errmsg);
      if (sim.robot.perMinute.count(key) >= RULES.robotPerMinute) return refuse(ERR.frequency);
      sim.robot.perMinute.add(key);
      sim.sent.add({
        at: sim.clock.now(),
        channel: "robot",
        api: "webhook/send",
        msgtype,
        to: [],
        text: checked.text,
        payload: body,
        droppedFor: [],
      });
      return {};
    }),
  );
}
