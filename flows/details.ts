/**
 * Interview details as the candidate reads them: the place line, the contact,
 * and configured FAQ answers (per-position override, then the default section).
 */
import type { FlowContext } from "../src/domain/flow.js";
import type { Json } from "../src/domain/records.js";
import { render, when } from "./kit.js";
import type { FaqTopic } from "./message-keys.js";

/** `📍 地点：…` / `💻 线上面试链接：…` / `地点稍后通知`. */
export function placeLine(ctx: FlowContext): string {
  const { location, meetingUrl } = ctx.interview;
  if (location) return render(ctx, "place.onsite", { address: location.address });
  if (meetingUrl) return render(ctx, "place.online", { meetingUrl });
  return render(ctx, "place.tbd");
}

function section(value: Json | undefined): Record<string, Json> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
}

/** The configured answer for `topic` (placeholders filled), or null when none is configured. */
export function faqAnswer(ctx: FlowContext, topic: FaqTopic): string | null {
  const positions = section(ctx.settings.faq.positions);
  const own = section(positions?.[ctx.interview.position]);
  const fallback = section(ctx.settings.faq.default);
  const text = own?.[topic] ?? fallback?.[topic];
  if (typeof text !== "string") return null;
  const vars: Record<string, string> = {
    position: ctx.interview.position,
    address: ctx.interview.location?.address ?? "",
    mapUrl: ctx.interview.location?.mapUrl ?? "",
    time: when(ctx, ctx.interview.scheduledAt),
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Who the candidate can turn to; the FAQ's `contact`, else a neutral wording. */
export function contact(ctx: FlowContext): string {
  return faqAnswer(ctx, "contact") ?? "HR";
}
