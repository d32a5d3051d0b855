/**
 * Folder-internal HTTP plumbing shared by the remote providers: one POST-JSON helper that applies
 * the provider's own timeout together with the caller's signal, caps the answer size, and turns
 * every failure into a {@link ProviderError} whose message never carries the checked text, the
 * API key or a URL's path/query (which may hold a token): only the origin is named.
 */
import { z } from "zod";
import { SecretSchema } from "../../config/schema.ts";
import { ProviderError } from "../types.ts";

/** An API key or header value: a literal string or `{"env": "NAME"}`, resolved at check time. */
export const ProviderSecretSchema = SecretSchema;
/** A resolved-at-check-time secret. */
export type ProviderSecret = z.infer<typeof ProviderSecretSchema>;

/** Common option: the provider's own timeout in milliseconds. */
export const TimeoutMsSchema = z.number().int().positive().max(120_000).default(5000);

/** Largest answer a provider may send; a bigger one is an error, not a memory spike. */
export const MAX_RESPONSE_BYTES = 1 << 20;

/** Resolve a secret: literal, or an environment variable that must be set and non-empty. */
export function resolveSecret(provider: string, secret: ProviderSecret, label: string): string {
  if (typeof secret === "string") {
    if (secret === "") throw new ProviderError(provider, `Cannot use ${label}: it is empty`);
    return secret;
  }
  let value: string | undefined;
  try {
    value = Deno.env.get(secret.env);
  } catch (err) {
    throw new ProviderError(
      provider,
      `Cannot read ${label} from environment variable "${secret.env}": access denied`,
      {
        cause: err,
      },
    );
  }
  if (!value) {
    throw new ProviderError(
      provider,
      `Cannot use ${label}: environment variable "${secret.env}" is not set`,
    );
  }
  return value;
}

/** The origin of a URL, for messages (drops userinfo, path and query, which may hold secrets). */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(invalid URL)";
  }
}

/** Join a base URL and an absolute path without doubling or losing slashes. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, "") + path;
}

/** What {@link postJson} needs besides the URL. */
export interface PostJsonOptions {
  /** Provider id, for errors. */
  provider: string;
  /** Human name of the service, for errors (`Enkrypt`, `OpenAI moderation`). */
  service: string;
  headers: Record<string, string>;
  body: unknown;
  timeoutMs: number;
  signal?: AbortSignal;
}

async function readCapped(res: Response, max: number): Promise<string | undefined> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * POST `body` as JSON and return the parsed JSON answer. Throws {@link ProviderError} on timeout,
 * caller abort, network failure, a non-2xx status, an oversized or non-JSON answer.
 */
export async function postJson(url: string, opts: PostJsonOptions): Promise<unknown> {
  const where = `${opts.service} at "${originOf(url)}"`;
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
  const failure = (err: unknown): ProviderError => {
    if (opts.signal?.aborted) {
      return new ProviderError(
        opts.provider,
        `Cannot finish check with ${where}: aborted by the caller`,
        { cause: err },
      );
    }
    if (timer.signal.aborted) {
      return new ProviderError(
        opts.provider,
        `Cannot get an answer from ${where}: timed out after ${opts.timeoutMs} ms`,
        { cause: err },
      );
    }
    const kind = err instanceof Error ? err.name : "error";
    return new ProviderError(opts.provider, `Cannot reach ${where}: network ${kind}`, {
      cause: err,
    });
  };
  try {
    if (opts.signal?.aborted) throw failure(opts.signal.reason);
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...opts.headers,
        },
        body: JSON.stringify(opts.body),
        signal,
        redirect: "error",
      });
    } catch (err) {
      throw failure(err);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      const auth = res.status === 401 || res.status === 403
        ? " (check the API key or credentials)"
        : "";
      throw new ProviderError(
        opts.provider,
        `Cannot use answer from ${where}: HTTP ${res.status}${auth}`,
      );
    }
    let raw: string | undefined;
    try {
      raw = await readCapped(res, MAX_RESPONSE_BYTES);
    } catch (err) {
      throw failure(err);
    }
    if (raw === undefined) {
      throw new ProviderError(
        opts.provider,
        `Cannot use answer from ${where}: larger than ${MAX_RESPONSE_BYTES} bytes`,
      );
    }
    try {
      return JSON.parse(raw);
    } catch (err) {
      throw new ProviderError(opts.provider, `Cannot use answer from ${where}: not valid JSON`, {
        cause: err,
      });
    }
  } finally {
    clearTimeout(handle);
  }
}

/** Parse `data` with `schema`, or throw a {@link ProviderError} naming the first bad path (no values). */
export function expectShape<T>(
  provider: string,
  service: string,
  schema: z.ZodType<T>,
  data: unknown,
): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length ? "$." + issue.path.map(String).join(".") : "$";
  throw new ProviderError(
    provider,
    `Cannot use answer from ${service}: unexpected shape at ${path}`,
  );
}
