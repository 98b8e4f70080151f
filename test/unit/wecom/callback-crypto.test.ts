import { describe, expect, it } from "vitest";
import { CallbackCipher } from "../../../src/wecom/crypto.js";
import { CallbackError } from "../../../src/wecom/errors.js";
import { openEchostr, openEnvelope } from "../../../src/wecom/callback/open-envelope.js";
import { readSignedQuery } from "../../../src/wecom/callback/query.js";
import { loadVectors } from "../../support/vectors.js";

const sets = loadVectors();

function cipherFor(set: (typeof sets)[number], receiveId = set.receiveId): CallbackCipher {
  return new CallbackCipher({ token: set.token, encodingAESKey: set.encodingAESKey, receiveId });
}

function rejection(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof CallbackError) return err.reason;
    throw err;
  }
  throw new Error("expected a CallbackError");
}

describe.each(sets)("official vectors, set $name", (set) => {
  const cipher = cipherFor(set);

  it("answers the URL check with the bare plaintext", () => {
    const raw = `msg_signature=${set.verifyUrl.msg_signature}&timestamp=${set.verifyUrl.timestamp}&nonce=${set.verifyUrl.nonce}&echostr=${set.verifyUrl.echostr_urlencoded ?? encodeURIComponent(set.verifyUrl.echostr)}`;
    expect(openEchostr(readSignedQuery(raw), cipher)).toBe(set.verifyUrl.expectedPlaintext);
  });

  it("decrypts the POST body to the expected message", () => {
    const query = { msgSignature: set.post.msg_signature, timestamp: set.post.timestamp, nonce: set.post.nonce, echostr: undefined };
    expect(openEnvelope(set.post.body, query, cipher)).toBe(set.post.expectedPlaintext);
  });

  it("re-encrypts byte for byte given the recovered random prefix", () => {
    const sealed = cipher.seal(set.post.expectedPlaintext, set.post.timestamp, set.post.nonce, Buffer.from(set.post.randomPrefix));
    const official = /<Encrypt><!\[CDATA\[([^\]]+)\]\]><\/Encrypt>/.exec(set.post.body)![1];
    expect(sealed.encrypt).toBe(official);
    expect(sealed.msgSignature).toBe(set.post.msg_signature);
  });

  it("rejects a signature that is off by one character", () => {
    const sig = set.post.msg_signature;
    const forged = sig.slice(0, -1) + (sig.endsWith("0") ? "1" : "0");
    const query = { msgSignature: forged, timestamp: set.post.timestamp, nonce: set.post.nonce, echostr: undefined };
    expect(rejection(() => openEnvelope(set.post.body, query, cipher))).toBe("bad_signature");
  });

  it("rejects a payload addressed to another corp", () => {
    const query = { msgSignature: set.post.msg_signature, timestamp: set.post.timestamp, nonce: set.post.nonce, echostr: undefined };
    expect(rejection(() => openEnvelope(set.post.body, query, cipherFor(set, "wwSomeoneElse")))).toBe("wrong_receiver");
  });
});

describe("a keyholder's malformed ciphertext", () => {
  const set = sets[0]!;
  const cipher = cipherFor(set);

  it.each([
    ["truncated by one block", (c: string) => Buffer.from(c, "base64").subarray(16).toString("base64")],
    ["not a whole block", (c: string) => Buffer.from(c, "base64").subarray(1).toString("base64")],
    ["a flipped byte in the last block", (c: string) => flip(c, -3)],
    ["not base64 at all", () => "%%%not-base64%%%"],
  ])("is undecryptable when %s", (_label, mangle) => {
    const original = cipher.seal("<xml><MsgType>text</MsgType></xml>", "1", "2").encrypt;
    const bad = mangle(original);
    expect(rejection(() => cipher.decrypt(bad))).toBe("undecryptable");
  });
});

function flip(base64: string, index: number): string {
  const bytes = Buffer.from(base64, "base64");
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ 0xff;
  return bytes.toString("base64");
}
