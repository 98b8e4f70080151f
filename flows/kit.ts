/**
 * The small toolkit every candidate flow uses: one {@link Turn} per handled
 * input, deterministic idempotency keys, text rendering from the configured
 * messages, and the result builders.
 */
import { formatDateTime } from "../src/domain/business-time.js";
import type { CandidateMessage, ConversationState, Effect, FlowContext, StepResult } from "../src/domain/flow.js";
import type { Json, JsonObject } from "../src/domain/records.js";
import type { MessageKey } from "./message-keys.js";

/** One handled input: the context, the slots being built, and the turn number for keys. */
export interface Turn {
  ctx: FlowContext;
  /** The state before this input. */
  before: ConversationState;
  /** Slots after this input; helpers write here. */
  slots: JsonObject;
  /** 1-based count of handled inputs; part of every send key, so a retried step reuses its keys. */
  n: number;
  effects: Effect[];
}

export function beginTurn(state: ConversationState, ctx: FlowContext): Turn {
  const n = num(state.slots, "turn") + 1;
  return { ctx, before: state, slots: { ...state.slots, turn: n }, n, effects: [] };
}

/** Replaces `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function render(ctx: FlowContext, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = ctx.settings.messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function when(ctx: FlowContext, at: Date): string {
  return formatDateTime(at, ctx.timeZone);
}

export function sendKey(turn: Turn, purpose: string): string {
  return `${turn.ctx.interview.id}:${purpose}:${turn.n}`;
}

export function sendText(turn: Turn, purpose: string, text: string, key = sendKey(turn, purpose)): void {
  push(turn, { type: "text", key, text });
}

export interface MenuItem {
  id: string;
  text: string;
}

/** Sends a menu and remembers its ids, so a typed "2" later means the second item. */
export function sendMenu(turn: Turn, purpose: string, head: string, items: MenuItem[], tail?: string, key = sendKey(turn, purpose)): void {
  push(turn, { type: "menu", key, head, items, ...(tail !== undefined ? { tail } : {}) });
  turn.slots.menu = items.map((i) => i.id);
}

function push(turn: Turn, message: CandidateMessage): void {
  turn.effects.push({ type: "send", message });
}

export function effect(turn: Turn, e: Effect): void {
  turn.effects.push(e);
}

export function finish(turn: Turn, flow: string, step: string): StepResult {
  return { status: "handled", state: { flow, step, slots: turn.slots }, effects: turn.effects };
}

/** Finish without moving: same flow and step. */
export function stay(turn: Turn): StepResult {
  return finish(turn, turn.before.flow, turn.before.step);
}

export function ignored(reason: string): StepResult {
  return { status: "ignored", reason };
}

export function num(slots: JsonObject, key: string): number {
  const v = slots[key];
  return typeof v === "number" ? v : 0;
}

export function str(slots: JsonObject, key: string): string | null {
  const v = slots[key];
  return typeof v === "string" ? v : null;
}

export function strings(slots: JsonObject, key: string): string[] {
  const v: Json | undefined = slots[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** An ISO instant stored in slots, or null when absent or unreadable. */
export function instant(slots: JsonObject, key: string): Date | null {
  const s = str(slots, key);
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}
