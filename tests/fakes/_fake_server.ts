/**
 * Shared plumbing for the contract fakes in this folder: a Deno.serve server on 127.0.0.1 port 0
 * that records every request and switches failure modes per request.
 *
 * Failure modes, chosen by an `x-fake-mode` request header or by a marker anywhere in the JSON
 * body (so tests can drive providers whose headers they do not control):
 * - `FAKE_SLOW` / `slow`: answer only after 3 s (longer than any test timeout); the wait ends early
 *   when the fake is closed, so tests and sanitizers finish quickly.
 * - `FAKE_500` / `500`: HTTP 500.
 * - `FAKE_MALFORMED` / `malformed`: HTTP 200 with a body that is not JSON.
 * - `FAKE_SHAPE` / `shape`: HTTP 200 with JSON of the wrong shape.
 */

/** One request a fake received. Header names are lower-case. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
}

/** A running fake. */
export interface FakeServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stop the server (ends any slow answer in flight). */
  close(): Promise<void>;
}

/** A failure mode, or undefined for normal behaviour. */
export type FakeMode = "slow" | "500" | "malformed" | "shape" | undefined;

/** The contract logic of one fake: answer a recorded, well-formed-enough request. */
export type FakeHandler = (req: RecordedRequest) => Response | Promise<Response>;

/** How long a slow answer waits, at most. */
export const SLOW_MS = 3000;

/** A JSON response. */
export function json(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function modeOf(headers: Record<string, string>, rawBody: string): FakeMode {
  const h = headers["x-fake-mode"];
  if (h === "slow" || h === "500" || h === "malformed" || h === "shape") return h;
  if (rawBody.includes("FAKE_SLOW")) return "slow";
  if (rawBody.includes("FAKE_500")) return "500";
  if (rawBody.includes("FAKE_MALFORMED")) return "malformed";
  if (rawBody.includes("FAKE_SHAPE")) return "shape";
  return undefined;
}

function sleep(ms: number, any: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      any.removeEventListener("abort", done);
      resolve();
    }
    if (any.aborted) done();
    else any.addEventListener("abort", done);
  });
}

/** Start a fake with `handler` for normal requests and `wrongShape` for the `shape` mode. */
export function startFake(handler: FakeHandler, wrongShape: unknown): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const closing = new AbortController();
  return new Promise((resolve) => {
    const server = Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => resolve({ url: `http://127.0.0.1:${port}`, requests, close }),
    }, async (request) => {
      const raw = await request.text();
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch { /* keep raw text */ }
      const headers: Record<string, string> = {};
      request.headers.forEach((v, k) => headers[k] = v);
      const rec: RecordedRequest = {
        method: request.method,
        path: new URL(request.url).pathname,
        headers,
        body,
      };
      requests.push(rec);
      switch (modeOf(headers, raw)) {
        case "slow":
          await sleep(SLOW_MS, closing.signal);
          return json({ late: true });
        case "500":
          return json({ error: "internal error (fake)" }, 500);
        case "malformed":
          return new Response("{not json", {
            status: 200,
            headers: { "content-type": "application/json" },
          });
        case "shape":
          return json(wrongShape);
      }
      return await handler(rec);
    });
    async function close(): Promise<void> {
      closing.abort();
      await server.shutdown();
    }
  });
}

/** The object in `body`, or undefined. */
export function objectBody(body: unknown): Record<string, unknown> | undefined {
  return body && typeof body === "object" && !Array.isArray(body)
    ? body as Record<string, unknown>
    : undefined;
}
