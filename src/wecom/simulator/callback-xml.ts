/**
 * The XML WeCom POSTs: plain-text fields as CDATA, numbers bare, like the
 * examples in doc 90238 / 94670.
 */
export function cdata(value: string): string {
  // "]]>" cannot appear inside CDATA; split it across two sections.
  return `<![CDATA[${value.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** `<xml>` with one element per field, in the given order. */
export function xmlDocument(fields: ReadonlyArray<readonly [string, string | number]>): string {
  const body = fields.map(([name, value]) => `<${name}>${typeof value === "number" ? String(value) : cdata(value)}</${name}>`).join("");
  return `<xml>${body}</xml>`;
}

/** The outer envelope of an encrypted callback. kf callbacks carry an empty AgentID. */
export function envelope(corpId: string, encrypted: string, agentId: string): string {
  return xmlDocument([
    ["ToUserName", corpId],
    ["Encrypt", encrypted],
    ["AgentID", agentId],
  ]);
}

/** Reads one element's text from a flat WeCom XML document (CDATA or bare). */
export function xmlField(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>\\s*(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))\\s*</${name}>`).exec(xml);
  return match ? (match[1] ?? match[2] ?? "") : undefined;
}
