import { expect } from "vitest";
import { loadFlowSettings } from "../../../config/flow-settings.js";
import { candidateStep, initialState } from "../../../flows/index.js";
import type { CandidateMessage, ConversationState, Effect, FlowContext, FlowInput, FlowSettings, StepResult } from "../../../src/domain/flow.js";
import type { Candidate, Interview } from "../../../src/domain/records.js";
import { understand } from "../../../src/nlu/index.js";

export const TZ = "Asia/Shanghai";
/** LABELS.md baseline: Monday 10:00, interview Wednesday 14:00. */
export const NOW = new Date("2026-11-23T10:00:00+08:00");
export const SCHEDULED = new Date("2026-11-25T14:00:00+08:00");
export const SETTINGS = loadFlowSettings();

export function makeInterview(over: Partial<Interview> = {}): Interview {
  return {
    id: "iv1",
    candidateId: "c1",
    position: "前端工程师",
    recruiterUserId: "zhangwei",
    interviewers: ["李工", "王经理"],
    scheduledAt: SCHEDULED,
    durationMinutes: 60,
    location: { address: "深圳南山区科技园XX大厦12楼", mapUrl: "https://map.qq.com/x" },
    meetingUrl: null,
    materials: "身份证、纸质简历",
    process: "笔试30分钟 + 两轮面试",
    notes: null,
    status: "invited",
    rescheduleCount: 0,
    cancelReason: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

export function makeCandidate(): Candidate {
  return { id: "c1", name: "张三", mobile: "13812345678", sourceChannel: "BOSS直聘", externalUserId: "wm1", createdAt: NOW, updatedAt: NOW };
}

export function makeCtx(over: { interview?: Partial<Interview>; now?: Date; settings?: Partial<FlowSettings> } = {}): FlowContext {
  return {
    interview: makeInterview(over.interview),
    candidate: makeCandidate(),
    now: over.now ?? NOW,
    timeZone: TZ,
    settings: { ...SETTINGS, ...over.settings },
  };
}

/** Free text as the engine hands it over: with the real nlu's understanding. */
export function text(t: string, ctx: FlowContext): FlowInput {
  return { kind: "text", at: ctx.now, text: t, understanding: understand(t, { now: ctx.now, scheduledAt: ctx.interview.scheduledAt, timeZone: ctx.timeZone }) };
}

export function menu(menuId: string, ctx: FlowContext): FlowInput {
  return { kind: "menu", at: ctx.now, menuId, text: menuId };
}

export type Handled = Extract<StepResult, { status: "handled" }>;

export function handled(result: StepResult): Handled {
  if (result.status !== "handled") throw new Error(`expected handled, got ignored: ${result.reason}`);
  return result;
}

export function messages(result: StepResult): CandidateMessage[] {
  return handled(result).effects.flatMap((e) => (e.type === "send" ? [e.message] : []));
}

/** Everything the candidate reads, menus flattened to head / items / tail. */
export function said(result: StepResult): string {
  return messages(result)
    .map((m) => (m.type === "text" ? m.text : [m.head, ...m.items.map((i) => i.text), m.tail ?? ""].join("\n")))
    .join("\n");
}

export function menuIds(result: StepResult): string[] {
  const menus = messages(result).filter((m) => m.type === "menu");
  return menus.flatMap((m) => (m.type === "menu" ? m.items.map((i) => i.id) : []));
}

export function effectTypes(result: StepResult): string[] {
  return handled(result)
    .effects.filter((e) => e.type !== "send")
    .map((e) => (e.type === "event" ? `event:${e.event}` : e.type === "transition" ? `transition:${e.to}` : e.type));
}

export function find<T extends Effect["type"]>(result: StepResult, type: T): Extract<Effect, { type: T }> {
  const e = handled(result).effects.find((x): x is Extract<Effect, { type: T }> => x.type === type);
  expect(e, `effect ${type}`).toBeDefined();
  return e!;
}

/**
 * A small stand-in for the engine: runs steps in order and applies transitions
 * to the interview the way the store does (rescheduled counts up, changes apply).
 */
export class Conversation {
  state: ConversationState = initialState();
  constructor(public ctx: FlowContext = makeCtx()) {}

  step(input: FlowInput | ((ctx: FlowContext) => FlowInput)): StepResult {
    const result = candidateStep(this.state, typeof input === "function" ? input(this.ctx) : input, this.ctx);
    if (result.status === "handled") {
      this.state = result.state;
      for (const e of result.effects) {
        if (e.type !== "transition") continue;
        const iv = this.ctx.interview;
        this.ctx = {
          ...this.ctx,
          interview: {
            ...iv,
            ...(e.changes?.scheduledAt ? { scheduledAt: e.changes.scheduledAt } : {}),
            status: e.to,
            rescheduleCount: iv.rescheduleCount + (e.to === "rescheduled" ? 1 : 0),
            cancelReason: e.to === "cancelled" ? (e.reason ?? null) : iv.cancelReason,
          },
        };
      }
    }
    return result;
  }

  say(t: string): StepResult {
    return this.step((ctx) => text(t, ctx));
  }

  tap(id: string): StepResult {
    return this.step((ctx) => menu(id, ctx));
  }

  bind(): StepResult {
    return this.step((ctx) => ({ kind: "bound", at: ctx.now }));
  }
}
