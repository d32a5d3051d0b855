/**
 * OAuth 2.x client-credentials tokens for upstreams (RFC 6749 §4.4): POST the token endpoint with
 * the client's id/secret, cache the access token until shortly before it expires, share one
 * in-flight request between concurrent callers. The secret and tokens never appear in errors.
 */

/** What is needed to get a token. */
export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  audience?: string;
  timeoutMs?: number;
}

/** Fetches and caches tokens for one client. */
export class ClientCredentialsTokens {
  #c: ClientCredentials;
  #token?: { value: string; expires: number };
  #inflight?: Promise<string>;
  #now: () => number;

  constructor(c: ClientCredentials, now: () => number = Date.now) {
    this.#c = c;
    this.#now = now;
  }

  /** A valid access token (cached; refreshed 30 s before expiry). */
  token(): Promise<string> {
    if (this.#token && this.#token.expires - 30_000 > this.#now()) {
      return Promise.resolve(this.#token.value);
    }
    this.#inflight ??= this.#fetch().finally(() => (this.#inflight = undefined));
    return this.#inflight;
  }

  /** Forget the cached token (after the upstream answered 401). */
  invalidate(): void {
    this.#token = undefined;
  }

  async #fetch(): Promise<string> {
    const body = new URLSearchParams({ grant_type: "client_credentials" });
    if (this.#c.scope) body.set("scope", this.#c.scope);
    if (this.#c.audience) body.set("audience", this.#c.audience);
    const origin = new URL(this.#c.tokenUrl).origin;
    let res: Response;
    try {
      res = await fetch(this.#c.tokenUrl, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/json",
          authorization: `Basic ${
            btoa(
              `${encodeURIComponent(this.#c.clientId)}:${encodeURIComponent(this.#c.clientSecret)}`,
            )
          }`,
        },
        body,
        signal: AbortSignal.timeout(this.#c.timeoutMs ?? 10_000),
      });
    } catch (e) {
      throw new Error(
        `Cannot get an OAuth token from ${origin}: ${
          (e as Error).name === "TimeoutError" ? "timed out" : (e as Error).message
        }`,
      );
    }
    let json: Record<string, unknown> = {};
    try {
      json = await res.json();
    } catch {
      // handled below
    }
    if (!res.ok) {
      const err = typeof json.error === "string" ? ` (${json.error})` : "";
      throw new Error(
        `Cannot get an OAuth token from ${origin}: HTTP ${res.status}${err}; check client_id and client_secret`,
      );
    }
    if (typeof json.access_token !== "string" || !json.access_token) {
      throw new Error(`Cannot get an OAuth token from ${origin}: the answer has no access_token`);
    }
    const ttl = typeof json.expires_in === "number" && json.expires_in > 0
      ? json.expires_in * 1000
      : 3600_000;
    this.#token = { value: json.access_token, expires: this.#now() + ttl };
    return json.access_token;
  }
}
