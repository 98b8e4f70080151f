import { describe, expect, it } from "vitest";
import { CallbackCipher } from "../../../src/wecom/crypto.js";
import { CallbackError } from "../../../src/wecom/errors.js";
import { parseFlatXml } from "../../../src/wecom/callback/parse-flat-xml.js";
import { parseWecomXml, parseWithXml2js } from "../../../src/wecom/callback/parse-xml.js";
import { cdata, xmlDocument } from "../../../src/wecom/simulator/callback-xml.js";
import { loadVectors } from "../../support/vectors.js";

/** The error a parse rejects with (anything else fails the test). */
async function refusal(xml: string): Promise<CallbackError> {
  const error = await parseWecomXml(xml).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(CallbackError);
  return error as CallbackError;
}

describe("flat WeCom XML", () => {
  it("reads the official vectors' decrypted messages as xml2js does", async () => {
    for (const set of loadVectors()) {
      const cipher = new CallbackCipher({ token: set.token, encodingAESKey: set.encodingAESKey, receiveId: set.receiveId });
      const encrypted = /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(set.post.body)![1]!;
      const inner = cipher.decrypt(encrypted);
      expect(inner).toBe(set.post.expectedPlaintext);
      const fast = parseFlatXml(inner);
      expect(fast).toBeDefined();
      expect(fast).toEqual(await parseWithXml2js(inner));
    }
    expect(parseFlatXml(loadVectors()[1]!.post.expectedPlaintext)).toMatchObject({ Content: "你好", AgentID: "1000002" });
  });

  it("reads the callbacks the simulator sends, including text that needs CDATA splitting", async () => {
    const docs = [
      xmlDocument([
        ["ToUserName", "ww1"],
        ["CreateTime", 1700000000],
        ["MsgType", "event"],
        ["Event", "kf_msg_or_event"],
        ["Token", "ENCabc"],
        ["OpenKfId", "wkAbc"],
      ]),
      xmlDocument([
        ["Content", "a]]>b <tag> & ]]]]> 改期到周三下午3点"],
        ["MsgId", "7300000000000000001"],
      ]),
    ];
    for (const xml of docs) {
      expect(parseFlatXml(xml)).toBeDefined();
      expect(parseFlatXml(xml)).toEqual(await parseWithXml2js(xml));
    }
    expect(parseFlatXml(docs[1]!)?.["Content"]).toBe("a]]>b <tag> & ]]]]> 改期到周三下午3点");
  });

  it.each([
    ["CDATA holding markup", "<xml><A><![CDATA[<b>x</b> &amp; y]]></A></xml>", { A: "<b>x</b> &amp; y" }],
    ["']]>' split across two CDATA sections", `<xml><A>${cdata("x]]>y")}</A></xml>`, { A: "x]]>y" }],
    ["entities and character references", "<xml><A>a &lt; b &gt; c &amp; &quot;d&quot; &apos;e&apos; &#20013;&#x6587;&#x1F600;</A></xml>", { A: "a < b > c & \"d\" 'e' 中文😀" }],
    ["text and CDATA mixed", "<xml><A> x<![CDATA[ y ]]>z </A></xml>", { A: "x y z" }],
    ["whitespace between fields and around values", "  <xml>\n  <A>\n 1 \n</A>\t<B><![CDATA[  two  ]]></B>\n</xml>\n", { A: "1", B: "two" }],
    ["an empty field", "<xml><A></A><B><![CDATA[]]></B></xml>", { A: "", B: "" }],
    ["whitespace-only text, kept unless in CDATA", "<xml><A>  <![CDATA[]]></A><B> <![CDATA[ ]]> </B><C>&#32;</C></xml>", { A: "  ", B: "", C: " " }],
  ])("reads %s as xml2js does", async (_label, xml, expected) => {
    expect(parseFlatXml(xml)).toEqual(expected);
    expect(await parseWithXml2js(xml)).toEqual(expected);
  });

  it.each([
    ["a nested element (a card's SelectedItems)", "<xml><MsgType>event</MsgType><SelectedItems><SelectedItem><QuestionKey>q</QuestionKey></SelectedItem></SelectedItems></xml>"],
    ["attributes", '<xml><A x="1">v</A></xml>'],
    ["a repeated element", "<xml><A>1</A><A>2</A></xml>"],
    ["a comment", "<xml><!-- note --><A>1</A></xml>"],
    ["an XML declaration", '<?xml version="1.0" encoding="UTF-8"?><xml><A>1</A></xml>'],
    ["a self-closing element", "<xml><A/><B>1</B></xml>"],
    ["a root other than <xml>", "<root><A>1</A></root>"],
    ["a carriage return in text", "<xml><A>1\r\n2</A></xml>"],
    ["a field named like an object property", "<xml><__proto__>1</__proto__></xml>"],
    ["an entity XML does not define", "<xml><A>&nbsp;</A></xml>"],
    ["text after the document", "<xml><A>1</A></xml><xml><B>2</B></xml>"],
  ])("leaves %s to xml2js, with the same result as before", async (_label, xml) => {
    expect(parseFlatXml(xml)).toBeUndefined();
    expect(await parseWecomXml(xml)).toEqual(await parseWithXml2js(xml));
  });

  it.each([
    ["an unclosed CDATA section", "<xml><A><![CDATA[x</A></xml>"],
    ["a mismatched closing tag", "<xml><A>1</B></xml>"],
    ["a bare ampersand", "<xml><A>fish & chips</A></xml>"],
    ["a reference to a forbidden character", "<xml><A>&#0;</A></xml>"],
    ["not XML at all", "{\"MsgType\":\"text\"}"],
    ["an empty document", ""],
  ])("refuses %s with a typed error", async (_label, xml) => {
    expect(parseFlatXml(xml)).toBeUndefined();
    expect((await refusal(xml)).reason).toBe("malformed_xml");
  });

  it("is not thrown off by an earlier malformed document", async () => {
    // A document ending inside CDATA once left a shared xml2js parser mid-state.
    await refusal("<xml><A><![CDATA[x</A></xml>");
    expect((await refusal("<xml><A>1</B></xml>")).reason).toBe("malformed_xml");
    expect(await parseWecomXml("<xml><A>2</A></xml>")).toEqual({ A: "2" });
  });

  it("refuses a DTD before either parser sees it", async () => {
    const error = await refusal('<!DOCTYPE xml [<!ENTITY e "x">]><xml><A>&e;</A></xml>');
    expect(error.reason).toBe("forbidden_dtd");
  });
});

describe("flat parser against xml2js on generated documents", () => {
  /** mulberry32: a small seeded generator, so a failure names a reproducible seed. */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const PIECES = ["a", "Z", "9", " ", "  ", "\n", "\t", "<", ">", "&", '"', "'", "]]>", "]]", "]", "[", "<![CDATA[", "改期", "周三下午", "😀", "é", "/", "=", ";", "#", "\u00a0", "\u3000"];
  const NAMES = ["ToUserName", "FromUserName", "CreateTime", "MsgType", "Content", "MsgId", "AgentID", "Event", "Token", "OpenKfId", "x", "A_b.c-d"];

  function escapeText(value: string, pick: () => number): string {
    let out = "";
    for (const ch of value) {
      const r = pick();
      if (ch === "&") out += r < 0.5 ? "&amp;" : "&#38;";
      else if (ch === "<") out += r < 0.5 ? "&lt;" : "&#x3C;";
      else if (ch === ">") out += r < 0.3 ? "&gt;" : r < 0.4 ? "&#62;" : "&gt;";
      else if (ch === '"' && r < 0.5) out += "&quot;";
      else if (ch === "'" && r < 0.5) out += "&apos;";
      else if (r < 0.05) out += `&#${ch.codePointAt(0)};`;
      else out += ch;
    }
    return out;
  }

  /** A flat document of random fields, each value written as CDATA (split where needed), escaped text, or a mix. */
  function generate(seed: number): string {
    const pick = random(seed);
    const space = (): string => ["", "", " ", "\n", "\n  ", "\t"][Math.floor(pick() * 6)]!;
    const names = NAMES.filter(() => pick() < 0.5);
    if (names.length === 0) names.push("MsgType");
    let body = "";
    for (const name of names) {
      let value = "";
      const length = Math.floor(pick() * 8);
      for (let k = 0; k < length; k++) value += PIECES[Math.floor(pick() * PIECES.length)]!;
      const style = pick();
      let encoded: string;
      if (style < 0.4) encoded = cdata(value);
      else if (style < 0.8) encoded = escapeText(value, pick);
      else {
        const chars = [...value];
        const cut = Math.floor(pick() * (chars.length + 1));
        encoded = escapeText(chars.slice(0, cut).join(""), pick) + cdata(chars.slice(cut).join(""));
      }
      body += `${space()}<${name}>${encoded}</${name}>`;
    }
    return `${space()}<xml>${body}${space()}</xml>${space()}`;
  }

  it("agree on 2,000 generated flat documents", async () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const xml = generate(seed);
      const fast = parseFlatXml(xml);
      const reference = await parseWithXml2js(xml);
      expect({ seed, fast }).toEqual({ seed, fast: reference });
    }
  });

  it("never answer differently on damaged documents: the flat parser answers like xml2js or leaves them to it", async () => {
    let answered = 0;
    let refused = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const pick = random(seed * 7919);
      const xml = generate(seed);
      // Delete, duplicate or insert a few characters somewhere.
      const at = Math.floor(pick() * xml.length);
      const op = pick();
      const damaged =
        op < 0.33 ? xml.slice(0, at) + xml.slice(at + 1 + Math.floor(pick() * 3)) : op < 0.66 ? xml.slice(0, at) + xml.slice(at, at + 3) + xml.slice(at) : xml.slice(0, at) + PIECES[Math.floor(pick() * PIECES.length)] + xml.slice(at);
      const fast = parseFlatXml(damaged);
      const reference = await parseWithXml2js(damaged).catch((err: unknown) => err);
      if (reference instanceof Error) {
        refused += 1;
        expect({ seed, damaged, fast }).toEqual({ seed, damaged, fast: undefined });
      } else if (fast !== undefined) {
        answered += 1;
        expect({ seed, damaged, fast }).toEqual({ seed, damaged, fast: reference });
      }
    }
    // Both branches are exercised, so the comparison means something.
    expect(answered).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
