/**
 * CONTRACT FAKE of an OAuth 2 token endpoint (client credentials grant, RFC 6749 §4.4) on
 * 127.0.0.1, standing in for an identity provider we cannot reach. Accepts client `smg-client` /
 * `FAKE-secret` via HTTP Basic; issues `fake-token-<n>` with `expires_in` 3600.
 */

/** A running fake. */
export interface TokenFake {
  url: string;
  issued: number;
  requests: { grant_type: string | null; scope: string | null; audience: string | null }[];
  close(): Promise<void>;
}

/** Start the fake token endpoint at `<url>` (path /token). */
export function startTokenFake(): Promise<TokenFake> {
  const state: TokenFake = { url: "", issued: 0, requests: [], close: () => Promise.resolve() };
  return new Promise((resolve) => {
    const server = Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => {
        state.url = `http://127.0.0.1:${port}/token`;
        resolve(state);
      },
    }, async (req) => {
      const form = new URLSearchParams(await req.text());
      state.requests.push({
        grant_type: form.get("grant_type"),
        scope: form.get("scope"),
        audience: form.get("audience"),
      });
      if (req.headers.get("authorization") !== `Basic ${btoa("smg-client:FAKE-secret")}`) {
        return Response.json({ error: "invalid_client" }, { status: 401 });
      }
      if (form.get("grant_type") !== "client_credentials") {
        return Response.json({ error: "unsupported_grant_type" }, { status: 400 });
      }
      state.issued++;
      return Response.json({
        access_token: `fake-token-${state.issued}`,
        token_type: "Bearer",
        expires_in: 3600,
      });
    });
    state.close = () => server.shutdown();
  });
}
