import { WecomApiError } from "../errors.js";

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
export async function requestJson(
  fetchFn: typeof fetch,
  apiBase: string,
  request: JsonRequest,
  timeoutMs: number,
): Promise<WecomReply> {
  const url = `${apiBase.replace(/\/+$/, "")}/cgi-bin/${request.api}?${new URLSearchParams(request.query).toString()}`;
  const init: RequestInit = { method: request.method, signal: AbortSignal.timeout(timeoutMs) };
  if (request.body !== undefined) {
    init.body = JSON.stringify(request.body);
    init.headers = { "content-type": "application/json; charset=utf-8" };
  }
  let response: Response;
  let text: string;
  try {
    response = await fetchFn(url, init);
    text = await response.text();
  } catch (cause) {
    throw new WecomApiError(request.api, TRANSPORT_ERRCODE, describe(cause), { cause });
  }
  if (response.status !== 200) {
    throw new WecomApiError(request.api, TRANSPORT_ERRCODE, `HTTP ${response.status}`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not a JSON object");
    return parsed as WecomReply;
  } catch (cause) {
    throw new WecomApiError(request.api, TRANSPORT_ERRCODE, "answer is not a JSON object", { cause });
  }
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    if (cause.name === "TimeoutError") return "no answer in time";
    const code = (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `network error (${code})` : `network error (${cause.message})`;
  }
  return "network error";
}
