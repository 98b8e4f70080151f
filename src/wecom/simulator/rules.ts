/**
 * WeCom's rules as the simulator enforces them. Deliberately written out here
 * rather than imported from the client's limits: if one side gets a number
 * wrong, the tests between them fail instead of agreeing on the mistake.
 */
export const RULES = {
  tokenLifetimeMs: 7200_000,
  appTextBytes: 2048,
  kfTextBytes: 2048,
  kfMenuEdgeBytes: 1024,
  kfMenuItems: 10,
  kfMenuIdBytes: 64,
  kfMenuClickBytes: 128,
  robotTextBytes: 2048,
  robotMarkdownBytes: 4096,
  cardButtons: 6,
  /** 微信客服: 5 messages within 48 h of the customer's last message. */
  kfWindowMessages: 5,
  kfWindowMs: 48 * 3600_000,
  /** A session counts as one for 48 h (doc 94669); sync_msg returns the last 3 days. */
  kfSessionMs: 48 * 3600_000,
  kfHistoryMs: 3 * 24 * 3600_000,
  kfSyncTokenMs: 10 * 60_000,
  kfSyncMaxLimit: 1000,
  welcomeCodeMs: 20_000,
  /** Event codes from service_state/trans: entering the queue / taken from it 48 h, ending 20 s (doc 94677 send_msg_on_event). */
  queueCodeMs: 48 * 3600_000,
  endCodeMs: 20_000,
  /** Unconfirmed: today's page says 72 h, older text 24 h; we take the stricter. */
  responseCodeMs: 24 * 3600_000,
  appPerMemberPerMinute: 30,
  appPerMemberPerHour: 1000,
  /** Hitting a per-minute limit blocks for 60 s. */
  appBlockMs: 60_000,
  robotPerMinute: 20,
} as const;

/** The errcodes the simulator answers with. */
export const ERR = {
  busy: -1,
  badSecret: 40001,
  badMsgType: 40008,
  badCorpId: 40013,
  badToken: 40014,
  /**
   * Unconfirmed which code WeCom uses for several parameter faults (duplicate
   * task_id, > 6 buttons, unknown/used response_code, bad cursor): we answer the
   * global "invalid parameter" code, which the docs list for such faults.
   */
  badParam: 40058,
  /** Unconfirmed for kf event codes (expired / used / unknown): the global "invalid code". */
  badCode: 40029,
  badAgentId: 301002,
  missingToken: 41001,
  missingCorpId: 41002,
  missingSecret: 41004,
  tokenExpired: 42001,
  emptyContent: 44004,
  tooLong: 45002,
  frequency: 45009,
  badJson: 47001,
  apiForbidden: 48002,
  allRecipientsInvalid: 81013,
  badRobotKey: 93000,
  badOpenKfId: 95000,
  kfCountLimit: 95001,
  kfTimeLimit: 95002,
  badSyncToken: 95007,
  menuTooLong: 95008,
  sessionEnded: 95013,
  notServicer: 95014,
  illegalStateChange: 95016,
  stateForbidsSend: 95018,
} as const;
