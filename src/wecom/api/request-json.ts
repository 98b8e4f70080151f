import { WecomApiError } from "../errors.js";
import { HttpTransportError, type HttpResponse, type HttpTransport } from "./http-transport.js";

/** Every WeCom API answer carries these two; the rest depends on the call. */
export interface WecomReply {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** errcode we use for transport failures: no answer, not HTTP 200, or not JSON. */
export const TRANSPORT_ERRCODE = -2;

export interface JsonRequest {
  api: string;
  method: "GET" | "POST";
  /** Includes secrets (access_token, corpsecret, key): never log it. */
  query: Record<string, string>;
  body?: unknown;
}

/**
 * One HTTP exchange with WeCom. WeCom answers HTTP 200 with a JSON errcode for
 * every API-level failure, so anything else (refused connection, timeout, a
 * 5xx from a proxy, HTML) is a transport failure: {@link WecomApiError} with
 * errcode -2 and the cause attached.
 */
export async function requestJson(transport: HttpTransport, request: JsonRequest, timeoutMs: number): Promise<WecomReply> {
  const path = `/cgi-bin/${request.api}?${new URLSearchParams(request.query).toString()}`;
  let response: HttpResponse;
  try {
    response = await transport.request({
      method: request.method,
      path,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      timeoutMs,
    });
  } catch (cause) {
    throw new WecomApiError(request.api, TRANSPORT_ERRCODE, describe(cause), { cause });
  }
  if (response.status !== 200) {
    throw new WecomApiError(request.api, TRANSPORT_ERRCODE, `HTTP ${response.status}`);
  }
  try {
    const parsed: unknown = JSON.parse(response.text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not a JSON object");
    return parsed as WecomReply;
  } catch (cause) {
    throw new WecomApiError(request.api, TRANSPORT_ERRCODE, "answer is not a JSON object", { cause });
  }
}

function describe(cause: unknown): string {
  if (cause instanceof HttpTransportError) {
    if (cause.failure === "timeout") return "no answer in time";
    return cause.failure === "too_large" ? "answer too large" : cause.message;
  }
  return cause instanceof Error ? `network error (${cause.message})` : "network error";
}
