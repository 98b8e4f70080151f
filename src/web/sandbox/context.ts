import type { Bot } from "../../bot.js";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import type { Simulator } from "../../wecom/simulator/index.js";
import type { SandboxSession } from "./session.js";

/** What every sandbox action works with: the running bot, its clock, its simulator and the session. */
export interface SandboxContext {
  bot: Bot;
  simulator: Simulator;
  clock: Clock;
  session: SandboxSession;
  logger: Logger;
}
