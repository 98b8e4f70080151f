/**
 * The invitation, sent once when the candidate binds: everything needed to show
 * up (what, when with weekday, where or which link, who, what to bring, how it
 * runs, whom to ask), then the three choices. The time is stated as a plan, not
 * asked as a question.
 */
import type { FlowContext } from "../src/domain/flow.js";
import { render, sendMenu, sendText, when, type MenuItem, type Turn } from "./kit.js";
import { contact } from "./details.js";

export const INVITATION_FLOW = "invitation";
export const AWAITING_REPLY = "awaiting_reply";

/** The three choices of the invitation; the ids are stable menu ids. */
export function mainMenu(ctx: FlowContext): MenuItem[] {
  return [
    { id: "confirm", text: render(ctx, "menu.confirm") },
    { id: "reschedule", text: render(ctx, "menu.reschedule") },
    { id: "cancel", text: render(ctx, "menu.cancel") },
  ];
}

export function invitationText(ctx: FlowContext): string {
  const { interview, candidate } = ctx;
  const lines = [
    render(ctx, "invitation.greeting", { name: candidate.name, position: interview.position }),
    render(ctx, "invitation.time", { time: when(ctx, interview.scheduledAt), duration: interview.durationMinutes }),
  ];
  if (interview.location) {
    lines.push(render(ctx, "invitation.address", { address: interview.location.address }));
    if (interview.location.mapUrl) lines.push(render(ctx, "invitation.map", { mapUrl: interview.location.mapUrl }));
  }
  if (interview.meetingUrl) lines.push(render(ctx, "invitation.meeting", { meetingUrl: interview.meetingUrl }));
  if (interview.interviewers.length > 0) lines.push(render(ctx, "invitation.interviewers", { interviewers: interview.interviewers.join("、") }));
  if (interview.materials) lines.push(render(ctx, "invitation.materials", { materials: interview.materials }));
  if (interview.process) lines.push(render(ctx, "invitation.process", { process: interview.process }));
  lines.push(render(ctx, "invitation.contact", { contact: contact(ctx) }));
  lines.push(render(ctx, "invitation.closing"));
  return lines.join("\n");
}

/**
 * Keys without a turn number: however often the candidate re-binds, the
 * invitation of this interview goes out once.
 */
export function sendInvitation(turn: Turn): void {
  const { ctx } = turn;
  const id = ctx.interview.id;
  sendText(turn, "invitation", invitationText(ctx), `${id}:invitation`);
  sendMenu(turn, "invitation", render(ctx, "invitation.menu_head"), mainMenu(ctx), render(ctx, "invitation.menu_tail"), `${id}:invitation:menu`);
}
