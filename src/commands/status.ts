import type { Command, CommandContext } from "./command.js";
import { decisionCard } from "./decision-card.js";
import { placeText, plain, statusName, whenText } from "./describe.js";
import { findInterview } from "./find-interview.js";
import type { Candidate, Interview, InterviewStatus } from "../store/types.js";

/** Newest entries shown; older ones are counted. */
const MAX_ENTRIES = 25;
const MAX_TEXT = 60;

/**
 * `/status 姓名|面试ID`: one interview with its timeline — messages both ways,
 * status changes (who made them) and nudges — plus a card with buttons when a
 * decision is pending (a reschedule request; check-in or no-show on the day).
 */
export const status: Command = {
  name: "status",
  aliases: ["状态", "查看", "详情"],
  async run(ctx, _args, rest) {
    if (rest === "") {
      await ctx.reply({ markdown: ctx.texts.get("usage.id", { command: "status" }) });
      return;
    }
    const found = await findInterview(ctx, rest);
    if (!found.ok) {
      await ctx.reply({ markdown: found.markdown });
      return;
    }
    const { interview, candidate } = found;
    const card = decisionCard(ctx, interview, candidate);
    await ctx.reply({ markdown: await describe(ctx, interview, candidate), interviewId: interview.id, ...(card ? { card } : {}) });
  },
};

async function describe(ctx: CommandContext, interview: Interview, candidate: Candidate): Promise<string> {
  const { texts, timeZone } = ctx;
  const at = (d: Date): string => whenText(d, timeZone);
  // By code points: cutting an emoji's surrogate pair would make the answer unstorable JSON.
  const short = (s: string | null): string => Array.from(plain((s ?? "").replace(/\s+/g, " "))).slice(0, MAX_TEXT).join("");
  const [transitions, messages, nudges, conversations] = await Promise.all([
    ctx.store.listTransitions({ interviewId: interview.id }),
    ctx.store.listMessages({ interviewId: interview.id, limit: 200 }),
    ctx.store.listNudges(interview.id),
    ctx.store.findConversationsByInterview(interview.id),
  ]);
  const entries: Array<{ at: Date; text: string }> = [
    ...transitions.map((t) => ({ at: t.at, text: texts.get("status.transition", { time: at(t.at), status: statusName(texts, t.to as InterviewStatus), actor: t.actor }) })),
    ...messages.map((m) => {
      const key = m.channel === "app" ? "status.message_app" : m.direction === "in" ? "status.message_in" : "status.message_out";
      return { at: m.at, text: texts.get(key, { time: at(m.at), text: short(m.text) }) };
    }),
    ...nudges.map((n) => ({ at: n.dueAt, text: texts.get("status.nudge", { time: at(n.dueAt), kind: n.kind, status: n.status }) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const shown = entries.slice(-MAX_ENTRIES);
  const lines = [
    texts.get("status.head", {
      id: interview.id,
      name: plain(candidate.name),
      position: plain(interview.position),
      time: at(interview.scheduledAt),
      status: statusName(texts, interview.status),
      place: plain(placeText(interview)),
      recruiter: interview.recruiterUserId,
    }),
    ...(conversations.length === 0 ? [texts.get("status.unbound")] : []),
    texts.get("status.timeline"),
    ...(entries.length > shown.length ? [texts.get("status.more", { count: entries.length - shown.length })] : []),
    ...shown.map((e) => `- ${e.text}`),
  ];
  return lines.join("\n");
}
