import type { Clock } from "../../clock.js";
import type { KfServiceState } from "../api/kf-types.js";
import { ERR, RULES } from "./rules.js";

/** One WeChat customer of the simulated kf account, and their session. */
export interface SimCustomer {
  externalUserId: string;
  nickname: string;
  state: KfServiceState;
  servicerUserId: string | undefined;
  /** Opens the 48 h / 5-message window; undefined until the customer writes. */
  lastCustomerMessageAt: number | undefined;
  sentInWindow: number;
  /** Last message or entry, for customer/batchget (48 h). */
  lastActiveAt: number;
  lastWelcomeAt: number | undefined;
  enterContext: { scene?: string; scene_param?: string } | undefined;
  /** Set by a test: the next accepted send is then reported as msg_send_fail with this fail_type. */
  failNextSendWith: number | undefined;
}

/** State changes service_state/trans allows (doc 94669); 3→3 hands over to another servicer. 4 allows none. */
const ALLOWED: Record<KfServiceState, readonly KfServiceState[]> = {
  0: [1, 2, 3, 4],
  1: [2, 3, 4],
  2: [3, 4],
  3: [3, 4],
  4: [],
};

/**
 * Customers and their sessions. A session lasts 48 h from the customer's last
 * message, then reads as state 4 (ended). Entering the chat without writing
 * leaves a new customer in 4 ("未开始"): the window opens only when they
 * write, so the first message after an entry must use the welcome_code.
 */
export class KfCustomers {
  private readonly all = new Map<string, SimCustomer>();

  constructor(private readonly clock: Clock) {}

  get(externalUserId: string): SimCustomer | undefined {
    const customer = this.all.get(externalUserId);
    if (customer && customer.state !== 4 && this.windowExpired(customer)) {
      customer.state = 4;
      customer.servicerUserId = undefined;
    }
    return customer;
  }

  private upsert(externalUserId: string, nickname: string | undefined): SimCustomer {
    let customer = this.get(externalUserId);
    if (!customer) {
      customer = {
        externalUserId,
        nickname: nickname ?? `候选人${externalUserId.slice(-4)}`,
        state: 4,
        servicerUserId: undefined,
        lastCustomerMessageAt: undefined,
        sentInWindow: 0,
        lastActiveAt: this.now(),
        lastWelcomeAt: undefined,
        enterContext: undefined,
        failNextSendWith: undefined,
      };
      this.all.set(externalUserId, customer);
    }
    if (nickname) customer.nickname = nickname;
    customer.lastActiveAt = this.now();
    return customer;
  }

  /** The customer opened the chat. A welcome_code is due only if they got no welcome and wrote nothing in 48 h. */
  enter(externalUserId: string, nickname: string | undefined, context: SimCustomer["enterContext"]): { customer: SimCustomer; welcomeDue: boolean } {
    const customer = this.upsert(externalUserId, nickname);
    customer.enterContext = context;
    const recent = (t: number | undefined): boolean => t !== undefined && this.now() - t < RULES.kfWindowMs;
    return { customer, welcomeDue: !recent(customer.lastWelcomeAt) && !recent(customer.lastCustomerMessageAt) };
  }

  /** The customer wrote: an ended session becomes new (0) and the window refills. */
  says(externalUserId: string, nickname?: string): SimCustomer {
    const customer = this.upsert(externalUserId, nickname);
    if (customer.state === 4) customer.state = 0;
    customer.lastCustomerMessageAt = this.now();
    customer.sentInWindow = 0;
    return customer;
  }

  /** 0 when kf/send_msg may reach this customer now, else WeCom's errcode. */
  checkSend(externalUserId: string): number {
    const customer = this.get(externalUserId);
    // Never wrote to us: there is no window (unconfirmed which code; 95002 is the "no window" one).
    if (!customer || customer.lastCustomerMessageAt === undefined) return ERR.kfTimeLimit;
    if (this.windowExpired(customer)) return ERR.kfTimeLimit;
    // Ended by a servicer inside the window: closed until the customer writes again
    // (95013 "session ended"; unconfirmed whether WeCom answers 95018 here instead).
    if (customer.state === 4) return ERR.sessionEnded;
    // Queued for (2) or served by (3) a human: no API sends until it is back at 0/1.
    if (customer.state !== 0 && customer.state !== 1) return ERR.stateForbidsSend;
    if (customer.sentInWindow >= RULES.kfWindowMessages) return ERR.kfCountLimit;
    return 0;
  }

  recordSend(externalUserId: string): void {
    const customer = this.get(externalUserId);
    if (customer) customer.sentInWindow += 1;
  }

  /** service_state/trans: returns the previous state, or the errcode of an illegal change. */
  trans(externalUserId: string, to: KfServiceState, servicerUserId: string | undefined): { from: KfServiceState } | { errcode: number } {
    const customer = this.get(externalUserId);
    const from: KfServiceState = customer?.state ?? 4;
    if (!customer || !ALLOWED[from].includes(to)) return { errcode: ERR.illegalStateChange };
    customer.state = to;
    customer.servicerUserId = to === 3 ? servicerUserId : undefined;
    return { from };
  }

  /** A servicer acting in the WeCom client (not through the API): no transition rules apply. */
  force(externalUserId: string, to: KfServiceState, servicerUserId: string | undefined): void {
    const customer = this.upsert(externalUserId, undefined);
    customer.state = to;
    customer.servicerUserId = to === 3 ? servicerUserId : undefined;
  }

  private windowExpired(customer: SimCustomer): boolean {
    const last = customer.lastCustomerMessageAt;
    return last === undefined ? false : this.now() - last > RULES.kfWindowMs;
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}
