import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HttpTransport, HttpTransportError } from "../../src/wecom/api/http-transport.js";

type Handler = (req: IncomingMessage, body: string, res: ServerResponse, socketNo: number) => void;

let server: Server | undefined;
const transports: HttpTransport[] = [];

afterEach(async () => {
  for (const t of transports.splice(0)) t.close();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  }
});

/** A real HTTP server numbering its connections; returns its base URL. */
async function serve(handler: Handler): Promise<string> {
  const sockets = new Map<Socket, number>();
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => handler(req, Buffer.concat(chunks).toString("utf8"), res, sockets.get(req.socket)!));
  });
  server.on("connection", (socket) => sockets.set(socket, sockets.size + 1));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function transport(base: string, options?: ConstructorParameters<typeof HttpTransport>[1]): HttpTransport {
  const t = new HttpTransport(base, options);
  transports.push(t);
  return t;
}

async function failure(promise: Promise<unknown>): Promise<HttpTransportError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(HttpTransportError);
  return error as HttpTransportError;
}

describe("HttpTransport", () => {
  it("sends method, path below the base, body and content type; answers status and text", async () => {
    const seen: Array<[string | undefined, string | undefined, string | undefined, string | undefined, string]> = [];
    const base = await serve((req, body, res) => {
      seen.push([req.method, req.url, req.headers["content-type"], req.headers["content-length"], body]);
      res.writeHead(req.method === "GET" ? 200 : 201, { "content-type": "application/json" }).end(JSON.stringify({ echo: body, 名: "王" }));
    });
    const t = transport(`${base}/prefix/`);
    const posted = await t.request({ method: "POST", path: "/cgi-bin/x?a=1", body: '{"名":"王"}', timeoutMs: 1000 });
    expect(posted.status).toBe(201);
    expect(JSON.parse(posted.text)).toEqual({ echo: '{"名":"王"}', 名: "王" });
    const got = await t.request({ method: "GET", path: "/y", timeoutMs: 1000 });
    expect(got.status).toBe(200);
    expect(seen).toEqual([
      ["POST", "/prefix/cgi-bin/x?a=1", "application/json; charset=utf-8", String(Buffer.byteLength('{"名":"王"}')), '{"名":"王"}'],
      ["GET", "/prefix/y", undefined, undefined, ""],
    ]);
  });

  it("keeps the connection alive across requests", async () => {
    const sockets: number[] = [];
    const base = await serve((_req, _body, res, socketNo) => {
      sockets.push(socketNo);
      res.end("ok");
    });
    const t = transport(base);
    for (let i = 0; i < 5; i++) await t.request({ method: "POST", path: "/", body: "x", contentType: "text/plain", timeoutMs: 1000 });
    expect(sockets).toEqual([1, 1, 1, 1, 1]);
  });

  it("passes a non-200 answer through with its status", async () => {
    const base = await serve((_req, _body, res) => res.writeHead(503).end("<html>busy</html>"));
    expect(await transport(base).request({ method: "GET", path: "/", timeoutMs: 1000 })).toEqual({ status: 503, text: "<html>busy</html>" });
  });

  it("fails with 'timeout' when no answer comes in time, and the socket is not reused", async () => {
    const sockets: number[] = [];
    const base = await serve((req, _body, res, socketNo) => {
      sockets.push(socketNo);
      if (req.url === "/slow") setTimeout(() => res.end("late"), 500);
      else res.end("fast");
    });
    const t = transport(base);
    const started = performance.now();
    const error = await failure(t.request({ method: "GET", path: "/slow", timeoutMs: 100 }));
    expect(error.failure).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(400);
    expect((await t.request({ method: "GET", path: "/fast", timeoutMs: 1000 })).text).toBe("fast");
    expect(sockets).toEqual([1, 2]);
  });

  it("fails with 'network' and the system code when nothing listens", async () => {
    const error = await failure(transport("http://127.0.0.1:9").request({ method: "GET", path: "/", timeoutMs: 1000 }));
    expect([error.failure, error.code]).toEqual(["network", "ECONNREFUSED"]);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it("refuses an answer larger than allowed", async () => {
    const base = await serve((_req, _body, res) => res.end("x".repeat(10_000)));
    const error = await failure(transport(base, { maxResponseBytes: 1000 }).request({ method: "GET", path: "/", timeoutMs: 1000 }));
    expect(error.failure).toBe("too_large");
  });

  it("sends again on a fresh connection when the kept-alive one was closed before any answer", async () => {
    const seen: Array<[number, string]> = [];
    const base = await serve((_req, body, res, socketNo) => {
      seen.push([socketNo, body]);
      // The second request on the first connection meets a server that closes it unanswered.
      if (socketNo === 1 && seen.length === 2) res.socket?.destroy();
      else res.end(`answer ${seen.length}`);
    });
    const t = transport(base);
    expect((await t.request({ method: "POST", path: "/", body: "a", timeoutMs: 1000 })).text).toBe("answer 1");
    expect((await t.request({ method: "POST", path: "/", body: "b", timeoutMs: 1000 })).text).toBe("answer 3");
    expect(seen).toEqual([
      [1, "a"],
      [1, "b"],
      [2, "b"],
    ]);
  });

  it("does not send again when the connection broke after the answer began", async () => {
    let calls = 0;
    const base = await serve((_req, _body, res) => {
      calls += 1;
      if (calls === 1) return void res.end("first");
      res.writeHead(200, { "content-length": "100" });
      res.write("partial");
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const t = transport(base);
    await t.request({ method: "POST", path: "/", body: "a", timeoutMs: 1000 });
    const error = await failure(t.request({ method: "POST", path: "/", body: "b", timeoutMs: 1000 }));
    expect(error.failure).toBe("network");
    expect(calls).toBe(2);
  });
});
