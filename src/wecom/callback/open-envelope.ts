import type { CallbackCipher } from "../crypto.js";
import { CallbackError } from "../errors.js";
import { assertNoDtd } from "./parse-xml.js";
import type { SignedQuery } from "./query.js";

/**
 * `<Encrypt>` of the outer envelope. We lift it out with a strict pattern so the
 * signature is checked before any XML parser sees attacker-controlled input;
 * the decrypted inner document is parsed only once it is authenticated.
 */
const ENCRYPT = /<Encrypt>\s*(?:<!\[CDATA\[([A-Za-z0-9+/=]+)\]\]>|([A-Za-z0-9+/=]+))\s*<\/Encrypt>/g;
const ENVELOPE = /^\s*(?:<\?xml[^>]*\?>\s*)?<xml>[\s\S]*<\/xml>\s*$/;

/** Verifies and decrypts a POSTed envelope, returning the inner XML. */
export function openEnvelope(body: string, query: SignedQuery, cipher: CallbackCipher): string {
  assertNoDtd(body);
  if (!ENVELOPE.test(body)) throw new CallbackError("malformed_xml", "body is not a WeCom <xml> envelope");
  const matches = [...body.matchAll(ENCRYPT)];
  if (matches.length !== 1) throw new CallbackError("malformed_xml", "envelope must hold exactly one <Encrypt>");
  const encrypted = matches[0]![1] ?? matches[0]![2]!;
  cipher.verify(query.msgSignature, query.timestamp, query.nonce, encrypted);
  const inner = cipher.decrypt(encrypted);
  assertNoDtd(inner);
  return inner;
}

/** Verifies and decrypts the GET URL check's echostr; the answer is the bare plaintext. */
export function openEchostr(query: SignedQuery, cipher: CallbackCipher): string {
  if (!query.echostr) throw new CallbackError("missing_params", "echostr is required", 400);
  cipher.verify(query.msgSignature, query.timestamp, query.nonce, query.echostr);
  return cipher.decrypt(query.echostr);
}
