import type { RecruiterTextKey } from "../../config/recruiter-texts.js";
import type { InterviewWithCandidate } from "../store/types.js";
import type { Command, CommandContext } from "./command.js";
import { businessDay, businessWeek, type DayRange } from "./day-range.js";
import { plain, statusName, whenText } from "./describe.js";

const RANGES: Record<string, "today" | "tomorrow" | "week"> = {
  今天: "today", 今日: "today", today: "today",
  明天: "tomorrow", 明日: "tomorrow", tomorrow: "tomorrow",
  本周: "week", 这周: "week", 本星期: "week", week: "week",
};

/** How many interviews one /list shows (the answer is split at 2048 B anyway). */
const MAX_LISTED = 30;

/**
 * `/list [今天|明天|本周]`: the recruiter's interviews (an admin's: everyone's)
 * with status, the candidate's last reply and the next nudge. Without a range:
 * everything from today on.
 */
export const list: Command = {
  name: "list",
  aliases: ["列表", "面试", "ls"],
  async run(ctx, args) {
    const word = args[0]?.toLowerCase();
    const kind = word === undefined ? "upcoming" : RANGES[word];
    if (!kind || args.length > 1) {
      await ctx.reply({ markdown: ctx.texts.get("usage.list") });
      return;
    }
    const today = businessDay(ctx.at, ctx.timeZone);
    const range: Partial<DayRange> =
      kind === "today" ? today : kind === "tomorrow" ? businessDay(ctx.at, ctx.timeZone, 1) : kind === "week" ? businessWeek(ctx.at, ctx.timeZone) : { from: today.from };
    const rows = await ctx.store.findInterviews({
      ...(range.from ? { scheduledFrom: range.from } : {}),
      ...(range.before ? { scheduledBefore: range.before } : {}),
      ...(ctx.admin ? {} : { recruiterUserId: ctx.userId }),
      limit: MAX_LISTED,
    });
    const rangeName = ctx.texts.get(`list.range_${kind}` as RecruiterTextKey);
    if (rows.length === 0) {
      await ctx.reply({ markdown: ctx.texts.get("list.empty", { range: rangeName }) });
      return;
    }
    const lines = await Promise.all(rows.map((row) => line(ctx, row)));
    await ctx.reply({ markdown: [ctx.texts.get("list.head", { range: rangeName, count: rows.length }), ...lines].join("\n") });
  },
};

async function line(ctx: CommandContext, { interview, candidate }: InterviewWithCandidate): Promise<string> {
  const [lastIn] = await ctx.store.listMessages({ interviewId: interview.id, direction: "in", channel: "kf", order: "desc", limit: 1 });
  const nudges = await ctx.store.listNudges(interview.id);
  const next = nudges.find((n) => n.status === "planned");
  const lastDone = [...nudges].reverse().find((n) => n.status !== "planned");
  const nudge = next
    ? `${next.kind} ${whenText(next.dueAt, ctx.timeZone)}`
    : lastDone
      ? `${lastDone.kind} ${lastDone.status}`
      : ctx.texts.get("list.no_nudge");
  return ctx.texts.get("list.line", {
    id: interview.id,
    time: whenText(interview.scheduledAt, ctx.timeZone),
    name: plain(candidate.name),
    position: plain(interview.position),
    status: statusName(ctx.texts, interview.status),
    reply: lastIn ? whenText(lastIn.at, ctx.timeZone) : ctx.texts.get("list.never"),
    nudge,
  });
}
