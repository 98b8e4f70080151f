import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { BindCode, BindCodeConsumption, NewBindCode } from "../contract/bind-codes.js";
import { StoreConflictError } from "../contract/errors.js";
import { atomic, idString, requireId, type PgContext } from "./context.js";
import { getInterview } from "./interviews.js";
import { bindCodes } from "./schema.js";

type Row = typeof bindCodes.$inferSelect;

function toBindCode(row: Row): BindCode {
  return {
    code: row.code,
    interviewId: idString(row.interviewId),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    usedAt: row.usedAt,
    usedBy: row.usedBy,
  };
}

export async function createBindCode(ctx: PgContext, input: NewBindCode): Promise<BindCode> {
  // 12 random bytes → 16 base64url characters: unguessable, and valid scene_param text.
  const code = input.code ?? randomBytes(12).toString("base64url");
  const [row] = await ctx.db
    .insert(bindCodes)
    .values({
      code,
      interviewId: requireId("interview", input.interviewId),
      expiresAt: input.expiresAt,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing({ target: bindCodes.code })
    .returning();
  if (!row) throw new StoreConflictError("bind_code", code, `bind code ${code} already exists`);
  return toBindCode(row);
}

export function consumeBindCode(ctx: PgContext, code: string, externalUserId: string): Promise<BindCodeConsumption> {
  return atomic(ctx, async (c) => {
    const now = c.clock.now();
    // One conditional UPDATE: a concurrent consumer waits on the row lock, then
    // re-checks `used_at IS NULL` and finds it taken.
    const [used] = await c.db
      .update(bindCodes)
      .set({ usedAt: now, usedBy: externalUserId })
      .where(and(eq(bindCodes.code, code), isNull(bindCodes.usedAt), gt(bindCodes.expiresAt, now)))
      .returning();
    if (used) {
      const interview = await getInterview(c, idString(used.interviewId));
      // The foreign key guarantees the interview exists.
      return { ok: true, interview: interview!, bindCode: toBindCode(used) };
    }
    const [row] = await c.db.select().from(bindCodes).where(eq(bindCodes.code, code));
    if (!row) return { ok: false, reason: "unknown" };
    return { ok: false, reason: row.usedAt !== null ? "used" : "expired", bindCode: toBindCode(row) };
  });
}
