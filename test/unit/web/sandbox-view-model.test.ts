import { describe, expect, it } from "vitest";
import type { SentRecord } from "../../../src/wecom/simulator/index.js";
import { itemsOfRecord, type ViewContext } from "../../../src/web/sandbox/view-model.js";

const ctx: ViewContext = { recruiterUserId: "recruiter_li", nameOf: (id) => ({ recruiter_li: "李娜" })[id] };
const at = new Date("2025-11-24T02:00:00Z");
let seq = 0;
const record = (r: Partial<SentRecord> & Pick<SentRecord, "channel" | "api" | "msgtype" | "payload">): SentRecord => ({
  seq: ++seq,
  at,
  to: [],
  text: "",
  droppedFor: [],
  ...r,
});

describe("sent records → pane items", () => {
  it("shows a kf menu in the candidate's chat with tappable click items", () => {
    const [item, ...rest] = itemsOfRecord(
      record({
        channel: "kf",
        api: "kf/send_msg",
        msgtype: "msgmenu",
        to: ["wmA"],
        payload: {
          msgmenu: {
            head_content: "请选择",
            list: [
              { type: "click", click: { id: "confirm", content: "确认参加" } },
              { type: "view", view: { url: "https://example.com", content: "查看地图" } },
              { type: "text", text: { content: "或直接回复" } },
            ],
            tail_content: "谢谢",
          },
        },
      }),
      ctx,
    );
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ pane: "candidate", side: "in", peer: "wmA", at: at.toISOString() });
    expect(item!.body).toEqual({
      kind: "menu",
      head: "请选择",
      items: [{ id: "confirm", text: "确认参加" }, { text: "查看地图", url: "https://example.com" }, { text: "或直接回复" }],
      tail: "谢谢",
    });
  });

  it("shows cards and their updates only in the sandbox recruiter's chat", () => {
    const card = { task_id: "ib_1_x", card_type: "button_interaction", main_title: { title: "改期申请：张三", desc: "张三 · 后端" }, sub_title_text: "原时间…", button_list: [{ key: "approve_reschedule", text: "同意改期", style: 1 }] };
    const sent = record({ channel: "app", api: "message/send", msgtype: "template_card", to: ["recruiter_li"], taskId: "ib_1_x", payload: { template_card: card } });
    expect(itemsOfRecord(sent, ctx)[0]!.body).toEqual({
      kind: "card",
      card: { taskId: "ib_1_x", cardType: "button_interaction", title: "改期申请：张三", desc: "张三 · 后端", sub: "原时间…", fields: [], buttons: [{ key: "approve_reschedule", text: "同意改期", style: 1 }] },
    });
    const update = record({ channel: "app", api: "message/update_template_card", msgtype: "update_button", to: ["recruiter_li"], text: "已同意改期", taskId: "ib_1_x", payload: {} });
    expect(itemsOfRecord(update, ctx)[0]!.body).toEqual({ kind: "card_update", taskId: "ib_1_x", label: "已同意改期" });
    expect(itemsOfRecord({ ...sent, to: ["someone_else"] }, ctx)).toEqual([]);
    expect(itemsOfRecord({ ...sent, droppedFor: ["recruiter_li"] }, ctx)).toEqual([]);
  });

  it("renders app markdown and passive text replies", () => {
    const md = record({ channel: "app", api: "message/send", msgtype: "markdown", to: ["recruiter_li"], payload: { markdown: { content: "**已邀约**" } } });
    expect(itemsOfRecord(md, ctx)[0]!.body).toEqual({ kind: "markdown", blocks: [{ t: "p", c: [{ t: "b", c: [{ t: "text", v: "已邀约" }] }] }] });
    const passive = record({ channel: "app", api: "passive_reply", msgtype: "xml", payload: { xml: "<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[好的 <b>]]></Content></xml>" } });
    expect(itemsOfRecord(passive, ctx)[0]).toMatchObject({ pane: "recruiter", body: { kind: "text", text: "好的 <b>" } });
  });

  it("puts robot messages in the HR group with mentions by name", () => {
    const text = record({ channel: "robot", api: "webhook/send", msgtype: "text", payload: { text: { content: "候选人迟到", mentioned_list: ["recruiter_li", "@all"] } } });
    expect(itemsOfRecord(text, ctx)[0]).toMatchObject({ pane: "hr", body: { kind: "text", text: "候选人迟到", mentions: ["李娜", "所有人"] } });
    const md = record({ channel: "robot", api: "webhook/send", msgtype: "markdown", payload: { markdown: { content: "迟到 <@recruiter_li>" } } });
    expect(itemsOfRecord(md, ctx)[0]!.body).toEqual({ kind: "markdown", blocks: [{ t: "p", c: [{ t: "text", v: "迟到 " }, { t: "at", id: "recruiter_li", name: "李娜" }] }] });
  });

  it("shows unknown message types as a notice instead of dropping them", () => {
    const image = record({ channel: "kf", api: "kf/send_msg", msgtype: "image", to: ["wmB"], text: "", payload: {} });
    expect(itemsOfRecord(image, ctx)[0]!.body).toEqual({ kind: "notice", text: "[image] " });
  });
});
