import { Parser } from "xml2js";
import { CallbackError } from "../errors.js";
import { parseFlatXml } from "./parse-flat-xml.js";

/** DTDs are how XML entity attacks (billion laughs, external entities) get in. WeCom never sends one. */
const DTD = /<!DOCTYPE|<!ENTITY/i;

const OPTIONS = { explicitArray: false, explicitRoot: false, trim: true, strict: true };

export function assertNoDtd(xml: string): void {
  if (DTD.test(xml)) throw new CallbackError("forbidden_dtd", "XML with a DOCTYPE or ENTITY declaration is refused");
}

/**
 * Parses a flat WeCom XML document (`<xml><Field>…</Field>…</xml>`) into its
 * string fields. Flat documents take {@link parseFlatXml}; anything else
 * (nested elements such as a card's SelectedItems, attributes, malformed input)
 * goes to xml2js, which keeps nested elements as it parses them and refuses
 * what is not well-formed. Callers read only the fields they know.
 */
export async function parseWecomXml(xml: string): Promise<Record<string, unknown>> {
  assertNoDtd(xml);
  return parseFlatXml(xml) ?? parseWithXml2js(xml);
}

/** The general (and reference) parser. */
export async function parseWithXml2js(xml: string): Promise<Record<string, unknown>> {
  assertNoDtd(xml);
  let root: unknown;
  try {
    // A parser per document: a shared one is left mid-state by a document that ends
    // inside a CDATA section, and then misreads the next one (`<A>1</B>` became "1</B>").
    root = await new Parser(OPTIONS).parseStringPromise(xml);
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
