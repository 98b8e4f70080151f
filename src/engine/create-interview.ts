import type { Store, StoreTx } from "../store/store.js";
import type { BindCode, Candidate, Interview, NewCandidate, NewInterview } from "../store/types.js";

/** Default validity of a link's one-time code. */
export const DEFAULT_BIND_CODE_TTL_MS = 7 * 24 * 3600_000;

export interface KfLinkOptions {
  openKfId: string;
  /**
   * The `enc_scene` WeCom put in the account link (kf/add_contact_way, or the
   * admin console's "客服链接"). Optional: a bare `/kfid/<open_kfid>` link works too.
   */
  encScene?: string | undefined;
  /** Default https://work.weixin.qq.com/kfid/. */
  base?: string | undefined;
}

/**
 * The 微信客服 link a candidate opens from the recruiter's SMS / email / chat:
 *
 *     https://work.weixin.qq.com/kfid/<open_kfid>?enc_scene=<enc_scene>&scene_param=<urlencoded code>
 *
 * WeCom hands `scene_param` back, URL-decoded, in the enter_session event; that
 * is how we learn which interview this WeChat user belongs to. scene_param is
 * limited to 128 bytes of `[0-9a-zA-Z_-]` (our codes are shorter and URL-safe,
 * and encoded anyway).
 */
export function kfLink(options: KfLinkOptions, code: string): string {
  const url = new URL(`${options.base ?? "https://work.weixin.qq.com/kfid/"}${encodeURIComponent(options.openKfId)}`);
  if (options.encScene) url.searchParams.set("enc_scene", options.encScene);
  url.searchParams.set("scene_param", code);
  return url.toString();
}

export interface CreateInterviewInput {
  /** A new candidate, or an existing one by id. */
  candidate: NewCandidate | { id: string };
  interview: Omit<NewInterview, "candidateId">;
  /** Who asked for it, e.g. "recruiter:<userid>". */
  actor: string;
  /** How long the link works; default {@link DEFAULT_BIND_CODE_TTL_MS}. */
  bindCodeTtlMs?: number;
  /**
   * More writes in the same transaction (e.g. the recruiter's reply). Throwing
   * rolls the creation back: how a redelivered `/invite` creates nothing twice.
   */
  also?: (tx: StoreTx, created: CreatedInterview) => Promise<void>;
}

export interface CreatedInterview {
  candidate: Candidate;
  interview: Interview;
  bindCode: BindCode;
  /** Send this to the candidate; opening it binds their WeChat to the interview. */
  link: string;
}

/**
 * Creates the candidate (unless given by id), the interview (status `invited`)
 * and a one-time bind code in one transaction, and returns the kf link that
 * carries the code. The invitation itself goes out when the candidate opens it.
 */
export async function createInterview(store: Store, now: Date, link: KfLinkOptions, input: CreateInterviewInput): Promise<CreatedInterview> {
  return store.transaction(async (tx) => {
    let candidate: Candidate;
    if ("id" in input.candidate) {
      const found = await tx.getCandidate(input.candidate.id);
      if (!found) throw new Error(`candidate ${input.candidate.id} not found`);
      candidate = found;
    } else {
      candidate = await tx.createCandidate(input.candidate);
    }
    const interview = await tx.createInterview({ ...input.interview, candidateId: candidate.id }, input.actor);
    const bindCode = await tx.createBindCode({
      interviewId: interview.id,
      expiresAt: new Date(now.getTime() + (input.bindCodeTtlMs ?? DEFAULT_BIND_CODE_TTL_MS)),
    });
    const created = { candidate, interview, bindCode, link: kfLink(link, bindCode.code) };
    if (input.also) await input.also(tx, created);
    return created;
  });
}
