/**
 * WeCom's documented limits that the client enforces before WeCom would (see
 * /work/shared/wecom/README.md). Byte limits are UTF-8 bytes: one Chinese
 * character is 3 bytes, so 2048 B is about 680 characters.
 */
export const WECOM_LIMITS = {
  /** message/send text.content and markdown.content. */
  appTextBytes: 2048,
  appMarkdownBytes: 2048,
  /** kf/send_msg and kf/send_msg_on_event text.content. */
  kfTextBytes: 2048,
  /** kf msgmenu head_content / tail_content. */
  kfMenuEdgeBytes: 1024,
  kfMenuItems: 10,
  kfMenuIdBytes: 64,
  kfMenuClickContentBytes: 128,
  /** Our own kf msgid for idempotent retries: [0-9a-zA-Z_-], at most 32 bytes. */
  kfMsgIdBytes: 32,
  kfSyncLimit: 1000,
  /** webhook/send text.content and markdown.content. */
  robotTextBytes: 2048,
  robotMarkdownBytes: 4096,
  templateCardButtons: 6,
  templateCardTaskIdBytes: 128,
  /** Outbound rate limits we respect ourselves (WeCom drops or refuses the excess). */
  robotPerMinute: 20,
  appPerMemberPerMinute: 30,
  appPerMemberPerHour: 1000,
} as const;

/** task_id alphabet for template cards: digits, letters and `_-@`. */
export const TASK_ID_PATTERN = /^[0-9A-Za-z_\-@]{1,128}$/;

/** kf msgid alphabet. */
export const KF_MSGID_PATTERN = /^[0-9a-zA-Z_-]{1,32}$/;
