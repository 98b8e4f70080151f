import type { Clock, MovableClock } from "../../clock.js";
import type { Simulator } from "../../wecom/simulator/index.js";
import { itemsOfRecord, type Pane, type PaneBody, type PaneItem, type Side, type ViewContext } from "./view-model.js";

/** A WeChat user the candidate pane can play. */
export interface SandboxCandidate {
  externalUserId: string;
  nickname: string;
}

/** What the page hears: a new bubble, or "something besides bubbles changed" (clock, candidate, interview). */
export type SessionEvent = { type: "item"; item: PaneItem } | { type: "changed" };

/**
 * The sandbox's memory: every pane item so far (the simulator's sent log plus
 * the sandbox users' own actions, in the order they happened), who the
 * candidate pane is playing, and the listeners (SSE streams) to tell.
 * Only one sandbox per bot, so one session.
 */
export class SandboxSession {
  readonly items: PaneItem[] = [];
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private readonly candidates: SandboxCandidate[] = [];
  private current: SandboxCandidate;
  private actions = 0;
  private demos = 0;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    simulator: Simulator,
    private readonly clock: Clock | MovableClock,
    private readonly view: ViewContext,
  ) {
    this.current = this.addCandidate();
    for (const record of simulator.sent) this.push(...itemsOfRecord(record, view));
    this.unsubscribe.push(simulator.onSent((record) => this.push(...itemsOfRecord(record, view))));
    if ("onChange" in clock) this.unsubscribe.push(clock.onChange(() => this.emit({ type: "changed" })));
  }

  /** The WeChat user the candidate pane currently plays. */
  get candidate(): SandboxCandidate {
    return this.current;
  }

  get knownCandidates(): readonly SandboxCandidate[] {
    return this.candidates;
  }

  /** How many demos ran (picks the next sample candidate). */
  nextDemoNumber(): number {
    return this.demos++;
  }

  /** A fresh WeChat user for the candidate pane; becomes the current one. */
  addCandidate(nickname = "微信用户"): SandboxCandidate {
    const candidate = { externalUserId: `wmSandbox${String(this.candidates.length + 1).padStart(3, "0")}`, nickname };
    this.candidates.push(candidate);
    this.current = candidate;
    this.emit({ type: "changed" });
    return candidate;
  }

  /** Switches the candidate pane to a user it played before; false when unknown. */
  switchTo(externalUserId: string): boolean {
    const found = this.candidates.find((c) => c.externalUserId === externalUserId);
    if (!found) return false;
    this.current = found;
    this.emit({ type: "changed" });
    return true;
  }

  /** Records what a sandbox user did (their own bubble, or a grey note). */
  record(pane: Pane, side: Side, body: PaneBody, peer?: string): PaneItem {
    const item: PaneItem = { id: `a${++this.actions}`, pane, side, at: this.clock.now().toISOString(), ...(peer === undefined ? {} : { peer }), body };
    this.push(item);
    return item;
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    for (const off of this.unsubscribe) off();
    this.listeners.clear();
  }

  private push(...items: PaneItem[]): void {
    for (const item of items) {
      this.items.push(item);
      this.emit({ type: "item", item });
    }
  }

  private emit(event: SessionEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
