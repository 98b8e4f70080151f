/**
 * What each sandbox pane shows, as plain data: the simulator's sent log turned
 * into chat bubbles (and the sandbox users' own actions turned into their
 * bubbles). The page renders these with `textContent` only.
 */
import type { SentRecord } from "../../wecom/simulator/index.js";
import { parseMarkdown, type Block, type NameOf } from "./markdown.js";

/** candidate = the candidate's WeChat (kf), recruiter = the app chat, hr = the HR group (robot). */
export type Pane = "candidate" | "recruiter" | "hr";

/** in = received from the bot, out = sent by the pane's user, note = a grey sandbox line. */
export type Side = "in" | "out" | "note";

export interface MenuChoice {
  /** click items: the menu_id sent back when tapped; absent for plain lines and links. */
  id?: string;
  text: string;
  /** view items: the link they open. */
  url?: string;
}

export interface CardButton {
  key: string;
  text: string;
  /** WeCom's button style: 1 primary … 4. */
  style: number;
}

export interface CardView {
  taskId: string;
  cardType: string;
  title: string;
  desc: string;
  sub: string;
  fields: Array<{ key: string; value: string }>;
  buttons: CardButton[];
}

export type PaneBody =
  | { kind: "text"; text: string; mentions: string[] }
  | { kind: "menu"; head: string; items: MenuChoice[]; tail: string }
  | { kind: "markdown"; blocks: Block[] }
  | { kind: "card"; card: CardView }
  /** Replaces a card's buttons with `label`, or the whole card with `card`. */
  | { kind: "card_update"; taskId: string; label: string; card?: CardView }
  | { kind: "notice"; text: string };

export interface PaneItem {
  /** `s<seq>` for sent records, `a<n>` for sandbox actions. */
  id: string;
  pane: Pane;
  side: Side;
  /** ISO time on the bot's clock. */
  at: string;
  /** candidate pane: the external_userid whose chat this is. */
  peer?: string;
  body: PaneBody;
}

export interface ViewContext {
  /** The recruiter whose app chat the recruiter pane is. */
  recruiterUserId: string;
  nameOf: NameOf;
}

/** The pane item(s) a sent record shows; none when it is for nobody the sandbox plays. */
export function itemsOfRecord(record: SentRecord, ctx: ViewContext): PaneItem[] {
  const base = { id: `s${record.seq}`, side: "in" as const, at: record.at.toISOString() };
  if (record.channel === "robot") return [{ ...base, pane: "hr", body: robotBody(record, ctx) }];
  if (record.channel === "kf") {
    if (record.api === "passive_reply") return [];
    return record.to.map((peer, i) => ({ ...base, id: i === 0 ? base.id : `${base.id}.${i}`, pane: "candidate" as const, peer, body: kfBody(record) }));
  }
  // app: only what reached the sandbox recruiter (WeCom shows nothing for a dropped send).
  if (record.api === "passive_reply") {
    const body = passiveReplyBody(String(record.payload["xml"] ?? ""), ctx);
    return body ? [{ ...base, pane: "recruiter", body }] : [];
  }
  if (!record.to.includes(ctx.recruiterUserId) && !record.to.includes("@all")) return [];
  if (record.droppedFor.includes(ctx.recruiterUserId)) return [];
  return [{ ...base, pane: "recruiter", body: appBody(record, ctx) }];
}

function kfBody(record: SentRecord): PaneBody {
  const p = record.payload;
  if (record.msgtype === "text") return { kind: "text", text: str(obj(p["text"])["content"]), mentions: [] };
  if (record.msgtype === "msgmenu") {
    const menu = obj(p["msgmenu"]);
    const items = arr(menu["list"]).map(menuChoice).filter((c): c is MenuChoice => c !== undefined);
    return { kind: "menu", head: str(menu["head_content"]), items, tail: str(menu["tail_content"]) };
  }
  return { kind: "notice", text: `[${record.msgtype}] ${record.text}` };
}

function menuChoice(raw: unknown): MenuChoice | undefined {
  const item = obj(raw);
  const type = str(item["type"]);
  const inner = obj(item[type]);
  if (type === "click") return { id: str(inner["id"]), text: str(inner["content"]) };
  if (type === "view") return { text: str(inner["content"]), url: str(inner["url"]) };
  if (type === "text" || type === "miniprogram") return { text: str(inner["content"] ?? inner["appid"]) };
  return undefined;
}

function appBody(record: SentRecord, ctx: ViewContext): PaneBody {
  const p = record.payload;
  if (record.api === "message/update_template_card") {
    const taskId = record.taskId ?? "";
    if (record.msgtype === "template_card") return { kind: "card_update", taskId, label: "", card: cardView(obj(p["template_card"])) };
    return { kind: "card_update", taskId, label: record.text };
  }
  if (record.msgtype === "text") return { kind: "text", text: str(obj(p["text"])["content"]), mentions: [] };
  if (record.msgtype === "markdown") return { kind: "markdown", blocks: parseMarkdown(str(obj(p["markdown"])["content"]), ctx.nameOf) };
  if (record.msgtype === "template_card") return { kind: "card", card: cardView(obj(p["template_card"])) };
  return { kind: "notice", text: `[${record.msgtype}] ${record.text}` };
}

function robotBody(record: SentRecord, ctx: ViewContext): PaneBody {
  const p = record.payload;
  if (record.msgtype === "text") {
    const text = obj(p["text"]);
    const mentions = arr(text["mentioned_list"]).map((id) => (str(id) === "@all" ? "所有人" : (ctx.nameOf(str(id)) ?? str(id))));
    return { kind: "text", text: str(text["content"]), mentions };
  }
  if (record.msgtype === "markdown" || record.msgtype === "markdown_v2") {
    return { kind: "markdown", blocks: parseMarkdown(str(obj(p[record.msgtype])["content"]), ctx.nameOf) };
  }
  return { kind: "notice", text: `[${record.msgtype}] ${record.text}` };
}

export function cardView(card: Record<string, unknown>): CardView {
  const main = obj(card["main_title"]);
  return {
    taskId: str(card["task_id"]),
    cardType: str(card["card_type"]),
    title: str(main["title"]),
    desc: str(main["desc"]),
    sub: str(card["sub_title_text"]),
    fields: arr(card["horizontal_content_list"]).map((f) => ({ key: str(obj(f)["keyname"]), value: str(obj(f)["value"]) })),
    buttons: arr(card["button_list"]).map((b) => ({ key: str(obj(b)["key"]), text: str(obj(b)["text"]), style: Number(obj(b)["style"] ?? 1) })),
  };
}

/** A passive reply to an app callback (text or markdown XML), as the recruiter sees it. */
function passiveReplyBody(xml: string, ctx: ViewContext): PaneBody | undefined {
  const field = (name: string): string | undefined => {
    const m = new RegExp(`<${name}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${name}>`).exec(xml);
    return m ? (m[1] ?? m[2] ?? "") : undefined;
  };
  const type = field("MsgType");
  const content = field("Content");
  if (content === undefined) return type ? { kind: "notice", text: `[${type}]` } : undefined;
  return type === "markdown" ? { kind: "markdown", blocks: parseMarkdown(content, ctx.nameOf) } : { kind: "text", text: content, mentions: [] };
}

const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));
