/**
 * Everything the sandbox assumes about work that lands in parallel, in one
 * place so the merge can adjust it: Agenda jobs (#5), recruiter commands (#6)
 * and the HR dashboard (#7). Each hook degrades gracefully while its piece is
 * missing, and the page says so instead of pretending.
 */
import type { Bot } from "../../bot.js";

/** The sandbox plays this member in the recruiter pane (#6 must list it as a recruiter in sandbox mode). */
export const SANDBOX_RECRUITER = { userId: "recruiter_li", name: "李娜" } as const;

/** Display names WeCom would show for members (mentions in the HR group). */
const MEMBER_NAMES: Readonly<Record<string, string>> = { [SANDBOX_RECRUITER.userId]: SANDBOX_RECRUITER.name };

export function memberName(userId: string): string | undefined {
  return MEMBER_NAMES[userId];
}

/** The bot's job runner (#5): what the clock panel needs of it. */
export type SandboxJobs = Pick<Bot["jobs"], "nextDueAt" | "runDue">;

export function jobsOf(bot: Bot): SandboxJobs {
  return bot.jobs;
}

/**
 * The HR dashboard (#7) and the token to sign in with. The dashboard keeps
 * tokens out of URLs (a login form sets a session cookie), so the sandbox shows
 * the token next to the link instead of putting it into the link.
 */
export function dashboardUrl(bot: Bot): string | undefined {
  return bot.dashboardToken ? `${bot.url}/dashboard` : undefined;
}

export function dashboardToken(bot: Bot): string | undefined {
  return bot.dashboardToken;
}

/** A sample candidate for the demo button. */
export interface SampleCandidate {
  name: string;
  mobile: string;
  position: string;
  place: string;
  source: string;
}

const SAMPLES: readonly SampleCandidate[] = [
  { name: "张三", mobile: "13800138000", position: "后端工程师", place: "科技园A座", source: "BOSS直聘" },
  { name: "李晓雨", mobile: "13912345678", position: "前端工程师", place: "科技园A座", source: "猎聘" },
  { name: "王浩然", mobile: "13700001111", position: "产品经理", place: "科技园B座", source: "内推" },
];

export function sampleCandidate(n: number): SampleCandidate {
  return SAMPLES[n % SAMPLES.length]!;
}

/** #6's syntax: `/invite 姓名 手机号 岗位 时间 [地点] [来源]`. */
export function inviteCommand(sample: SampleCandidate, when: string): string {
  return `/invite ${sample.name} ${sample.mobile} ${sample.position} ${when} ${sample.place} ${sample.source}`;
}

/** How long the demo waits for #6's answer to `/invite` before creating the interview itself. */
export const INVITE_REPLY_WAIT_MS = 3000;

/** The 微信客服 link (with its one-time scene_param) in a reply to `/invite`, if any. */
export function findInviteLink(text: string): { link: string; sceneParam: string } | undefined {
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'()（）\\]*\/kfid\/[^\s<>"'()（）\\]+/g)) {
    try {
      const sceneParam = new URL(match[0]).searchParams.get("scene_param");
      // scene_param is at most 128 bytes of [0-9A-Za-z_-] (WeCom's rule).
      if (sceneParam && /^[0-9A-Za-z_-]{1,128}$/.test(sceneParam)) return { link: match[0], sceneParam };
    } catch {
      // not a URL after all: keep looking
    }
  }
  return undefined;
}
