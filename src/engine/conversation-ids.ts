import type { Conversation } from "../store/types.js";

/** Past this many customers the cache starts over (a bound on memory, not a tuning knob). */
const MAX_ENTRIES = 100_000;

/**
 * Conversation ids by kf customer. A conversation's id never changes once its
 * row exists (one row per open_kfid + external_userid, never deleted by the
 * bot), so remembering it spares every later message of that customer a read;
 * the turn itself reads the conversation fresh, under its row lock.
 */
export class ConversationIds {
  private readonly ids = new Map<string, string>();

  constructor(private readonly open: (externalUserId: string) => Promise<Conversation>) {}

  async of(externalUserId: string): Promise<string> {
    const known = this.ids.get(externalUserId);
    if (known !== undefined) return known;
    const { id } = await this.open(externalUserId);
    if (this.ids.size >= MAX_ENTRIES) this.ids.clear();
    this.ids.set(externalUserId, id);
    return id;
  }

  /** Drops a remembered id that named no conversation (the database was reset under us). */
  forget(conversationId: string): void {
    for (const [ext, id] of this.ids) if (id === conversationId) this.ids.delete(ext);
  }
}
