import http from "node:http";
import https from "node:https";

/** Why an exchange produced no usable answer. */
export type HttpFailure = "timeout" | "network" | "too_large";

/**
 * An HTTP exchange that produced no answer: no connection, a reset, no answer
 * within the timeout, or an answer larger than we accept. `code` is the
 * system error code when there is one (`ECONNREFUSED`, `ECONNRESET` …).
 */
export class HttpTransportError extends Error {
  override readonly name = "HttpTransportError";
  constructor(
    readonly failure: HttpFailure,
    readonly code: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface HttpRequest {
  method: "GET" | "POST";
  /** Path and query below the transport's base URL, starting with "/". */
  path: string;
  /** Sent as is with an exact content-length (no chunked encoding). */
  body?: string;
  contentType?: string;
  /** For the whole exchange: connecting, sending and reading the answer. */
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  /** The answer's body as UTF-8 text. */
  text: string;
}

export interface HttpTransportOptions {
  /** Sockets per host; requests beyond it queue in the agent. */
  maxSockets?: number;
  /** Answers larger than this are refused (WeCom's biggest, a 1000-message sync_msg page, is far below). */
  maxResponseBytes?: number;
}

/**
 * Keep-alive HTTP(S) to one base URL (WeCom's API host, or our own callback
 * URL for the simulator). Global fetch (undici) opened streams, headers
 * objects, an AbortSignal and a Response per call and, with our many small
 * requests, cost a large share of both the bot's and the simulator's CPU per
 * turn; this is node:http on a keep-alive Agent with only what we use: a
 * method, a path, a text body in, a status and text out.
 *
 * A request whose reused socket was closed by the server before any answer
 * (the server's idle timeout raced our write) is sent once more on a fresh
 * socket: the server closed it idle, so it never saw the request.
 */
export class HttpTransport {
  private readonly agent: http.Agent;
  private readonly request_: typeof http.request;
  private readonly hostname: string;
  private readonly port: number | undefined;
  private readonly basePath: string;
  private readonly maxResponseBytes: number;

  constructor(baseUrl: string, options: HttpTransportOptions = {}) {
    const url = new URL(baseUrl);
    const secure = url.protocol === "https:";
    if (!secure && url.protocol !== "http:") throw new TypeError(`HttpTransport needs an http(s) URL, got ${url.protocol}`);
    const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 64 };
    this.agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
    this.request_ = secure ? https.request : http.request;
    // An IPv6 literal keeps its brackets in URL.hostname; http.request wants it bare.
    this.hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
    this.port = url.port === "" ? undefined : Number(url.port);
    this.basePath = url.pathname.replace(/\/+$/, "");
    this.maxResponseBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  }

  async request(request: HttpRequest): Promise<HttpResponse> {
    try {
      return await this.once(request);
    } catch (err) {
      if (err instanceof ReusedSocketClosed) return this.once(request);
      throw err;
    }
  }

  /** Closes every socket, idle or in use (stop, after the callers are done); a later request opens a new one. */
  close(): void {
    this.agent.destroy();
  }

  private once(request: HttpRequest): Promise<HttpResponse> {
    return new Promise<HttpResponse>((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.from(request.body, "utf8");
      const headers: http.OutgoingHttpHeaders = {};
      if (body !== undefined) {
        headers["content-type"] = request.contentType ?? "application/json; charset=utf-8";
        headers["content-length"] = body.length;
      }
      let settled = false;
      let answered = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      };
      const req = this.request_(
        { agent: this.agent, hostname: this.hostname, port: this.port, path: this.basePath + request.path, method: request.method, headers },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.maxResponseBytes) {
              const error = new HttpTransportError("too_large", undefined, `answer larger than ${this.maxResponseBytes} bytes`);
              fail(error);
              req.destroy();
              return;
            }
            chunks.push(chunk);
          });
          res.on("end", () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
            resolve({ status: res.statusCode ?? 0, text });
          });
          res.on("error", (err) => fail(toTransportError(err)));
        },
      );
      const timer = setTimeout(() => {
        const error = new HttpTransportError("timeout", undefined, `no answer within ${request.timeoutMs} ms`);
        fail(error);
        req.destroy();
      }, request.timeoutMs);
      req.on("error", (err) => {
        const code = (err as NodeJS.ErrnoException).code;
        // Nothing came back on a kept-alive socket the server had already closed: safe to send again.
        if (req.reusedSocket && !answered && (code === "ECONNRESET" || code === "EPIPE")) fail(new ReusedSocketClosed());
        else fail(toTransportError(err));
      });
      req.end(body);
    });
  }
}

/** Internal: the one failure {@link HttpTransport.request} retries. */
class ReusedSocketClosed extends Error {
  override readonly name = "ReusedSocketClosed";
}

function toTransportError(err: Error): HttpTransportError {
  if (err instanceof HttpTransportError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  return new HttpTransportError("network", typeof code === "string" ? code : undefined, `network error (${code ?? err.message})`, { cause: err });
}
