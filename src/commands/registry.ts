import { approve } from "./approve.js";
import { cancel } from "./cancel.js";
import { checkin } from "./checkin.js";
import type { Command } from "./command.js";
import { decline } from "./decline.js";
import { done } from "./done.js";
import { handoff } from "./handoff.js";
import { help } from "./help.js";
import { invite } from "./invite.js";
import { list } from "./list.js";
import { noshow } from "./noshow.js";
import { remind } from "./remind.js";
import { reschedule } from "./reschedule.js";
import { stats } from "./stats.js";
import { status } from "./status.js";

/** Every recruiter command. */
export const COMMANDS: readonly Command[] = [invite, list, status, reschedule, cancel, checkin, noshow, done, approve, decline, remind, handoff, stats, help];

const BY_WORD = new Map<string, Command>(COMMANDS.flatMap((c) => [c.name, ...c.aliases].map((w) => [w.toLowerCase(), c] as const)));

/** The command a typed word names (English name or Chinese alias), if any. */
export function commandFor(word: string): Command | undefined {
  return BY_WORD.get(word.toLowerCase());
}
