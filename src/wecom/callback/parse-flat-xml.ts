/**
 * The fast path for WeCom's callback XML, which is almost always flat:
 * `<xml><Tag><![CDATA[…]]></Tag><Tag>123</Tag>…</xml>`. xml2js builds a SAX
 * parser, events and intermediate objects per document, a noticeable share of
 * the bot's CPU per turn; a flat document needs one scan with indexOf.
 *
 * This reads only the shape it can decide with certainty and gives up
 * (returns undefined) on anything else — an XML declaration, attributes,
 * nested or repeated elements, comments, unknown entities, text beside the
 * fields, anything malformed — so that the general parser decides, and
 * refuses, exactly as before. Where it does answer, it answers what xml2js
 * (explicitArray false, explicitRoot false, trim true) would: each field's text
 * with CDATA sections and entities resolved, trimmed (whitespace-only text
 * outside CDATA is kept as is, as xml2js does). A property test holds it to
 * that.
 */
export function parseFlatXml(xml: string): Record<string, string> | undefined {
  let i = skipSpace(xml, 0);
  if (!xml.startsWith("<xml>", i)) return undefined;
  i += 5;
  const fields: Record<string, string> = {};
  let count = 0;
  for (;;) {
    i = skipSpace(xml, i);
    if (xml.charCodeAt(i) !== LT) return undefined;
    if (xml.startsWith("</xml>", i)) {
      // An empty <xml/> is not a callback: let the general parser refuse it.
      return count > 0 && skipSpace(xml, i + 6) === xml.length ? fields : undefined;
    }
    const close = xml.indexOf(">", i);
    if (close < 0) return undefined;
    const name = xml.slice(i + 1, close);
    if (!NAME.test(name) || name === "__proto__" || Object.hasOwn(fields, name)) return undefined;
    const end = `</${name}>`;
    let value = "";
    let cdata = false;
    let at = close + 1;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) return undefined;
      if (lt > at) {
        const text = decodeText(xml.slice(at, lt));
        if (text === undefined) return undefined;
        value += text;
      }
      if (xml.startsWith(CDATA_OPEN, lt)) {
        const stop = xml.indexOf("]]>", lt + CDATA_OPEN.length);
        if (stop < 0) return undefined;
        if (stop > lt + CDATA_OPEN.length) {
          value += xml.slice(lt + CDATA_OPEN.length, stop);
          cdata = true;
        }
        at = stop + 3;
        continue;
      }
      if (!xml.startsWith(end, lt)) return undefined;
      at = lt + end.length;
      break;
    }
    // xml2js keeps whitespace-only text as it is, unless a (non-empty) CDATA section held it.
    fields[name] = cdata || !BLANK.test(value) ? value.trim() : value;
    count += 1;
    i = at;
  }
}

const LT = 0x3c;
const BLANK = /^\s*$/;
const CDATA_OPEN = "<![CDATA[";
/** Element names WeCom uses (ToUserName, AgentID, …); anything unusual goes to the general parser. */
const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([a-z]{2,4}));/y;

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i += 1;
  }
  return i;
}

/** Character data outside CDATA: the five XML entities and character references resolved; undefined when unsure. */
function decodeText(raw: string): string | undefined {
  // "]]>" outside CDATA is not well-formed; a carriage return is normalised by XML parsers: both are left to xml2js.
  if (raw.includes("]]>") || raw.includes("\r")) return undefined;
  if (!raw.includes("&")) return raw;
  let out = "";
  let from = 0;
  for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", from)) {
    out += raw.slice(from, amp);
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(raw);
    if (!m) return undefined;
    let decoded: string | undefined;
    if (m[3] !== undefined) decoded = NAMED[m[3]];
    else {
      const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
      decoded = allowedChar(code) ? String.fromCodePoint(code) : undefined;
    }
    if (decoded === undefined) return undefined;
    out += decoded;
    from = ENTITY.lastIndex;
  }
  return out + raw.slice(from);
}

/** XML 1.0's Char production: a reference to anything else is an error for a strict parser. */
function allowedChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}
