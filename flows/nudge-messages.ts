/**
 * What each candidate-facing nudge says. Every message is one kf message (a menu
 * carries its text in the head), because each one uses the 5-message window.
 */
import { formatClock } from "../src/domain/business-time.js";
import type { CandidateMessage, FlowContext } from "../src/domain/flow.js";
import type { NudgeKind } from "../src/domain/nudges.js";
import { contact, faqAnswer, placeLine } from "./details.js";
import { mainMenu } from "./invitation.js";
import { render, when } from "./kit.js";

/** Menu ids of the re-confirmation; "reschedule" is the invitation's own id. */
export const RECONFIRM_YES = "reconfirm_yes";
/** Menu ids of the after-interview feedback question. */
export const FEEDBACK_IDS = ["feedback:good", "feedback:ok", "feedback:bad"] as const;

export function isFeedbackId(id: string): boolean {
  return (FEEDBACK_IDS as readonly string[]).includes(id);
}

/** The candidate-facing message of `kind` (undefined for HR alerts). */
export function nudgeMessage(kind: NudgeKind, key: string, ctx: FlowContext): CandidateMessage | undefined {
  const { interview, candidate } = ctx;
  const vars = { name: candidate.name, position: interview.position, time: when(ctx, interview.scheduledAt), place: placeLine(ctx) };
  switch (kind) {
    case "no_reply_followup":
      return { type: "menu", key, head: render(ctx, "nudge.no_reply_head", vars), items: mainMenu(ctx), tail: render(ctx, "nudge.no_reply_tail") };
    case "materials": {
      const lines = [render(ctx, "nudge.materials_head", vars)];
      if (interview.materials) lines.push(render(ctx, "nudge.materials_bring", { materials: interview.materials }));
      if (interview.process) lines.push(render(ctx, "nudge.materials_process", { process: interview.process }));
      lines.push(render(ctx, "nudge.materials_ask"));
      return { type: "text", key, text: lines.join("\n") };
    }
    case "reconfirm":
      return {
        type: "menu",
        key,
        head: render(ctx, "nudge.reconfirm_head", vars),
        items: [
          { id: RECONFIRM_YES, text: render(ctx, "nudge.reconfirm_yes") },
          { id: "reschedule", text: render(ctx, "nudge.reconfirm_reschedule") },
        ],
        tail: render(ctx, "nudge.reconfirm_tail"),
      };
    case "day_of":
      return { type: "text", key, text: dayOfText(ctx) };
    case "after_interview": {
      const days = ctx.settings.reminders?.resultDays ?? 3;
      const [good, ok, bad] = FEEDBACK_IDS;
      return {
        type: "menu",
        key,
        head: render(ctx, "nudge.after_head", { position: interview.position, days }),
        items: [
          { id: good, text: render(ctx, "nudge.feedback_good") },
          { id: ok, text: render(ctx, "nudge.feedback_ok") },
          { id: bad, text: render(ctx, "nudge.feedback_bad") },
        ],
      };
    }
    default:
      return undefined;
  }
}

/** Interview day: when and where, how to get there, arrive 10 minutes early, whom to call. */
function dayOfText(ctx: FlowContext): string {
  const { interview } = ctx;
  const lines = [render(ctx, "nudge.day_of_head", { clock: formatClock(interview.scheduledAt, ctx.timeZone), position: interview.position, place: placeLine(ctx) })];
  if (interview.location) {
    const route = interview.location.mapUrl ? [interview.location.mapUrl, faqAnswer(ctx, "transport")].filter(Boolean).join(" ") : faqAnswer(ctx, "transport");
    if (route) lines.push(render(ctx, "nudge.day_of_route", { route }));
    lines.push(render(ctx, "nudge.day_of_onsite"));
  } else {
    lines.push(render(ctx, "nudge.day_of_online"));
  }
  lines.push(render(ctx, "nudge.day_of_contact", { contact: contact(ctx) }));
  return lines.join("\n");
}

/** The text a candidate would read, as one string (what a recruiter is told they missed). */
export function summarize(message: CandidateMessage): string {
  if (message.type === "text") return message.text;
  return [message.head, ...message.items.map((item) => `[${item.text}]`), ...(message.tail ? [message.tail] : [])].join("\n");
}
