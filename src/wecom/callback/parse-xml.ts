import { Parser } from "xml2js";
import { CallbackError } from "../errors.js";

/** DTDs are how XML entity attacks (billion laughs, external entities) get in. WeCom never sends one. */
const DTD = /<!DOCTYPE|<!ENTITY/i;

const parser = new Parser({ explicitArray: false, explicitRoot: false, trim: true, strict: true });

export function assertNoDtd(xml: string): void {
  if (DTD.test(xml)) throw new CallbackError("forbidden_dtd", "XML with a DOCTYPE or ENTITY declaration is refused");
}

/**
 * Parses a flat WeCom XML document (`<xml><Field>…</Field>…</xml>`) into its
 * string fields. Nested elements (e.g. a card's SelectedItems) are kept as parsed
 * by xml2js; callers read only the fields they know.
 */
export async function parseWecomXml(xml: string): Promise<Record<string, unknown>> {
  assertNoDtd(xml);
  let root: unknown;
  try {
    root = await parser.parseStringPromise(xml);
  } catch (cause) {
    throw new CallbackError("malformed_xml", "body is not well-formed XML", 400, { cause });
  }
  if (root === null || typeof root !== "object") {
    throw new CallbackError("malformed_xml", "XML has no fields");
  }
  return root as Record<string, unknown>;
}

/** Reads a field as text; xml2js yields strings for simple elements. */
export function text(fields: Record<string, unknown>, name: string): string | undefined {
  const value = fields[name];
  return typeof value === "string" ? value : undefined;
}
