import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../../config/settings.js";
import { ManualClock } from "../../src/clock.js";
import type { InboundItem } from "../../src/store/types.js";
import { CallbackCipher } from "../../src/wecom/crypto.js";
import { startTestBot } from "../support/test-bot.js";

const { corpId, app } = SANDBOX_CREDENTIALS;
const cipher = new CallbackCipher({ token: app.token, encodingAESKey: app.aesKey, receiveId: corpId });
const NOW = new Date("2026-11-23T10:00:00+08:00");
const ts = String(NOW.getTime() / 1000);

function textXml(msgId: string, content = "/help"): string {
  return `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName><CreateTime>${ts}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>${app.agentId}</AgentID></xml>`;
}

function envelope(encrypted: string): string {
  return `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[${app.agentId}]]></AgentID></xml>`;
}

function signed(plaintext: string, options: { timestamp?: string; using?: CallbackCipher } = {}) {
  const sealed = (options.using ?? cipher).seal(plaintext, options.timestamp ?? ts, "1372623149");
  return {
    query: `msg_signature=${sealed.msgSignature}&timestamp=${sealed.timestamp}&nonce=${sealed.nonce}`,
    body: envelope(sealed.encrypt),
    encrypt: sealed.encrypt,
  };
}

describe("app callback edge", () => {
  const clock = new ManualClock(NOW);
  const handled: InboundItem[] = [];
  let bot: Awaited<ReturnType<typeof startTestBot>>;

  beforeAll(async () => {
    bot = await startTestBot({ clock, handlers: { text: async (item) => void handled.push(item) } });
  });
  afterAll(async () => bot?.stop());

  const post = (query: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${bot.url}/wecom/app/callback?${query}`, { method: "POST", body, headers: { "content-type": "text/xml", ...headers } });

  async function expectAlive(): Promise<void> {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }

  it("answers the URL check with the bare plaintext", async () => {
    const echostr = cipher.seal("7788990011", ts, "42").encrypt;
    const sig = cipher.sign(ts, "42", echostr);
    // A raw "+" in the query must survive: Koa's parser would turn it into a space.
    const res = await fetch(`${bot.url}/wecom/app/callback?msg_signature=${sig}&timestamp=${ts}&nonce=42&echostr=${echostr}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("7788990011");
  });

  it("accepts a signed text message and hands it to its handler once", async () => {
    const { query, body } = signed(textXml("9000000000000000001"));
    const res = await post(query, body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    await expect.poll(() => handled.length).toBe(1);
    expect(handled[0]!.payload).toMatchObject({ type: "text", from: "zhangsan", content: "/help", msgId: "9000000000000000001" });
  });

  it("handles a callback delivered four times exactly once", async () => {
    const { query, body } = signed(textXml("9000000000000000002", "/list"));
    const before = handled.length;
    const answers = await Promise.all([post(query, body), post(query, body)]);
    answers.push(await post(query, body), await post(query, body));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await expect.poll(() => handled.length).toBe(before + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(handled.filter((i) => (i.payload as { msgId: string }).msgId === "9000000000000000002")).toHaveLength(1);
  });

  const rejections: Array<[string, () => { query: string; body: string | Buffer }, number, string]> = [
    ["a missing signature", () => ({ query: `timestamp=${ts}&nonce=1`, body: signed(textXml("1")).body }), 401, "missing_params"],
    [
      "a forged signature",
      () => {
        const s = signed(textXml("2"));
        return { query: s.query.replace(/msg_signature=[0-9a-f]{40}/, `msg_signature=${"0".repeat(40)}`), body: s.body };
      },
      401,
      "bad_signature",
    ],
    [
      "a body altered after signing",
      () => {
        const s = signed(textXml("3"));
        const other = signed(textXml("4"));
        return { query: s.query, body: other.body };
      },
      401,
      "bad_signature",
    ],
    ["a timestamp six minutes old (replay)", () => signed(textXml("5"), { timestamp: String(Number(ts) - 360) }), 401, "stale_timestamp"],
    [
      "a payload for another corp",
      () => signed(textXml("6"), { using: new CallbackCipher({ token: app.token, encodingAESKey: app.aesKey, receiveId: "wwOtherCorp" }) }),
      403,
      "wrong_receiver",
    ],
    [
      "an undecryptable payload with a valid signature",
      () => {
        const garbage = Buffer.alloc(64, 7).toString("base64");
        return { query: `msg_signature=${cipher.sign(ts, "9", garbage)}&timestamp=${ts}&nonce=9`, body: envelope(garbage) };
      },
      400,
      "undecryptable",
    ],
    ["a body over 64 KB", () => ({ query: signed(textXml("7")).query, body: `<xml>${"x".repeat(70_000)}</xml>` }), 413, "body_too_large"],
    ["malformed XML", () => ({ query: signed(textXml("8")).query, body: "<xml><Encrypt>abc" }), 400, "malformed_xml"],
    [
      "a DOCTYPE",
      () => {
        const s = signed(textXml("9"));
        return { query: s.query, body: `<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>${s.body}` };
      },
      400,
      "forbidden_dtd",
    ],
    [
      "an ENTITY inside the signed plaintext",
      () => signed(`<!ENTITY boom "boom"><xml><MsgType>text</MsgType></xml>`),
      400,
      "forbidden_dtd",
    ],
    [
      "signed but malformed inner XML",
      () => signed("<xml><MsgType>text</MsgType><CreateTime>"),
      400,
      "malformed_xml",
    ],
  ];

  it.each(rejections)("rejects %s with a 4xx and keeps serving", async (_label, make, status, reason) => {
    const { query, body } = make();
    const res = await post(query, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: reason });
    await expectAlive();
  });

  it("records unknown message types as unsupported instead of failing", async () => {
    const xml = `<xml><ToUserName>${corpId}</ToUserName><FromUserName>lisi</FromUserName><CreateTime>${ts}</CreateTime><MsgType>image</MsgType><PicUrl>http://x</PicUrl><MsgId>9000000000000000003</MsgId><AgentID>1</AgentID></xml>`;
    const { query, body } = signed(xml);
    expect((await post(query, body)).status).toBe(200);
    const counts = await bot.store.inboundCounts();
    expect(counts.handled + counts.pending + counts.processing).toBeGreaterThanOrEqual(3);
  });

  it("has accepted nothing from the rejected requests", async () => {
    const counts = await bot.store.inboundCounts();
    const total = counts.handled + counts.pending + counts.processing + counts.failed;
    expect(total).toBe(3); // two texts + one image; every rejection above left no trace
  });
});
