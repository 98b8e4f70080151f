import { createHash } from "node:crypto";
import { DEFAULT_BIND_CODE_TTL_MS } from "../engine/index.js";
import { isTerminal } from "../domain/interview-status.js";
import { KNOWN_SOURCE_CHANNELS } from "../store/contract/candidates.js";
import type { CreatedInterview } from "../engine/index.js";
import type { ButtonInteractionCard } from "../wecom/api/index.js";
import type { Command, CommandContext } from "./command.js";
import { plain, whenText } from "./describe.js";
import { parseCommandTime } from "./parse-time.js";
import { recruiterCardTaskId } from "./card-task.js";

const MOBILE = /^1[3-9]\d{9}$/;
const URL_LIKE = /^https?:\/\//i;
const DEFAULT_DURATION_MINUTES = 60;

/**
 * `/invite 姓名 手机号 岗位 时间 [地点] [来源]`: creates candidate, interview and
 * the one-time 微信客服 link in one transaction with the answer (a summary card
 * and the link to send by SMS). After the time: one more word is the place, or
 * the source when it is a known channel (BOSS直聘…); with two or more, the last
 * one is the source. A URL as place makes it an online interview.
 */
export const invite: Command = {
  name: "invite",
  aliases: ["邀约", "邀请", "新建"],
  async run(ctx, args) {
    const usage = ctx.texts.get("usage.invite");
    const [name, mobile, position, ...rest] = args;
    if (!name || !mobile || !position || rest.length === 0) {
      await ctx.reply({ markdown: usage });
      return;
    }
    if (!MOBILE.test(mobile)) {
      await ctx.reply({ markdown: `${ctx.texts.get("invite.bad_mobile", { mobile: plain(mobile) })}\n${usage}` });
      return;
    }
    const time = parseCommandTime(rest, ctx.at, ctx.timeZone, ctx.texts);
    if (!time.ok) {
      await ctx.reply({ markdown: `${time.markdown}\n${usage}` });
      return;
    }
    const after = rest.slice(time.used);
    const known = (word: string): boolean => (KNOWN_SOURCE_CHANNELS as readonly string[]).includes(word);
    const last = after.at(-1);
    const source = last !== undefined && (after.length >= 2 || known(last)) ? last : null;
    const place = (source === null ? after : after.slice(0, -1)).join(" ") || null;
    const clash = await clashes(ctx, time.at);

    await ctx.engine.createInterview({
      candidate: { name, mobile, sourceChannel: source },
      interview: {
        position,
        recruiterUserId: ctx.userId,
        scheduledAt: time.at,
        durationMinutes: DEFAULT_DURATION_MINUTES,
        location: place && !URL_LIKE.test(place) ? { address: place, mapUrl: null } : null,
        meetingUrl: place && URL_LIKE.test(place) ? place : null,
      },
      actor: `recruiter:${ctx.userId}`,
      also: async (tx, created) => ctx.reply(answer(ctx, created, clash), tx),
    });
  },
};

/** Open interviews of this recruiter overlapping [at, at + duration). */
async function clashes(ctx: CommandContext, at: Date): Promise<string | null> {
  const span = DEFAULT_DURATION_MINUTES * 60_000;
  const near = await ctx.store.findInterviews({
    recruiterUserId: ctx.userId,
    scheduledFrom: new Date(at.getTime() - 4 * 3600_000),
    scheduledBefore: new Date(at.getTime() + span),
  });
  const hits = near.filter(({ interview: i }) => !isTerminal(i.status) && i.scheduledAt.getTime() + i.durationMinutes * 60_000 > at.getTime());
  if (hits.length === 0) return null;
  const others = hits.map(({ interview: i, candidate: c }) => `#${i.id} ${plain(c.name)} ${whenText(i.scheduledAt, ctx.timeZone)}`).join("；");
  return ctx.texts.get("invite.clash", { others });
}

function answer(ctx: CommandContext, created: CreatedInterview, clash: string | null): { markdown: string; card: ButtonInteractionCard; interviewId: string } {
  const { interview, candidate } = created;
  const time = whenText(interview.scheduledAt, ctx.timeZone);
  const vars = { id: interview.id, name: plain(candidate.name), position: plain(interview.position), time };
  const days = Math.round(DEFAULT_BIND_CODE_TTL_MS / 86_400_000);
  const markdown = [ctx.texts.get("invite.link", { ...vars, link: created.link, days }), ...(clash ? [clash] : [])].join("\n");
  const card: ButtonInteractionCard = {
    card_type: "button_interaction",
    main_title: { title: ctx.texts.get("invite.card_title", vars), desc: ctx.texts.get("invite.card_desc", vars) },
    horizontal_content_list: [
      { keyname: "时间", value: time },
      { keyname: "地点", value: interview.location?.address ?? interview.meetingUrl ?? "待定" },
      { keyname: "手机", value: candidate.mobile ?? "" },
      ...(candidate.sourceChannel ? [{ keyname: "来源", value: candidate.sourceChannel }] : []),
    ],
    task_id: recruiterCardTaskId(interview.id, createHash("sha256").update(`invite:${ctx.msgId}`).digest("base64url").slice(0, 16)),
    button_list: [{ key: "cancel", text: "取消这场面试", style: 2 }],
  };
  return { markdown, card, interviewId: interview.id };
}
