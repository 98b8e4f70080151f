import type { Coordination } from "../../coord/coordination.js";
import type { Logger } from "../../log.js";
import { AppApi } from "./app-api.js";
import { ApiCaller, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./call-api.js";
import { ChannelNotConfiguredError } from "./errors.js";
import { HttpTransport } from "./http-transport.js";
import { KfApi } from "./kf-api.js";
import { RobotApi } from "./robot-api.js";

export interface WecomClientOptions {
  /** https://qyapi.weixin.qq.com, or the simulator's URL in sandbox mode and tests. */
  apiBase: string;
  corpId: string;
  /** Shares tokens and rate-limit windows between instances. */
  coord: Coordination;
  logger: Logger;
  /** The self-built app (recruiters). */
  app?: { agentId: number; secret: string };
  /** 微信客服 (candidates). */
  kf?: { secret: string; openKfId: string };
  /** Group robot webhook key (HR alerts). */
  robotKey?: string | undefined;
  retry?: Partial<RetryPolicy>;
  /**
   * Longest a send waits for our own rate-limit slot before throwing
   * RateLimitedError. Default 2 s: absorbs bursts without tying up a worker.
   */
  rateLimitMaxWaitMs?: number;
  /** Per HTTP request; default 10 s. */
  timeoutMs?: number;
  /** How the client waits between retries; tests may advance a ManualClock instead. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Typed WeCom HTTP API client: `client.app` (message/send, template cards),
 * `client.kf` (微信客服 sync/send/session) and `client.robot` (group webhook).
 * Access tokens are cached per secret across instances; WeCom's errcodes become
 * WecomApiError; -1, 45009/45033 and token expiry are retried within bounds.
 */
export class WecomClient {
  private readonly caller: ApiCaller;
  private readonly transport: HttpTransport;
  private readonly appApi: AppApi | undefined;
  private readonly kfApi: KfApi | undefined;
  private readonly robotApi: RobotApi | undefined;

  constructor(options: WecomClientOptions) {
    const sleep = options.sleep ?? realSleep;
    const rateLimitMaxWaitMs = options.rateLimitMaxWaitMs ?? 2000;
    this.transport = new HttpTransport(options.apiBase);
    this.caller = new ApiCaller({
      corpId: options.corpId,
      coord: options.coord,
      logger: options.logger,
      transport: this.transport,
      sleep,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      timeoutMs: options.timeoutMs ?? 10_000,
    });
    const shared = { caller: this.caller, coord: options.coord, sleep, rateLimitMaxWaitMs };
    this.appApi = options.app && new AppApi({ ...shared, corpId: options.corpId, ...options.app });
    this.kfApi = options.kf && new KfApi({ caller: this.caller, ...options.kf });
    this.robotApi = options.robotKey === undefined ? undefined : new RobotApi({ ...shared, key: options.robotKey });
  }

  get app(): AppApi {
    if (!this.appApi) throw new ChannelNotConfiguredError("app");
    return this.appApi;
  }

  get kf(): KfApi {
    if (!this.kfApi) throw new ChannelNotConfiguredError("kf");
    return this.kfApi;
  }

  get robot(): RobotApi {
    if (!this.robotApi) throw new ChannelNotConfiguredError("robot");
    return this.robotApi;
  }

  /** Whether a robot key was configured (alerts are only logged without one). */
  get hasRobot(): boolean {
    return this.robotApi !== undefined;
  }

  /** Closes the kept-alive connections to WeCom (bot stop); a later call opens new ones. */
  close(): void {
    this.transport.close();
  }

  /** The cached access token for `secret` (fetching it if needed). For diagnostics and tests. */
  accessToken(secret: string): Promise<string> {
    return this.caller.tokens.get(secret);
  }
}
