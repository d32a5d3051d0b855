/** OAuth to upstreams: client-credentials tokens from a token endpoint (contract fake) and static tokens. */
import assert from "node:assert/strict";
import { ClientCredentialsTokens } from "../../src/oauth/client_credentials.ts";
import { startTokenFake } from "../fakes/oauth_token_fake.ts";
import { BAD_MCPS_DIR } from "../helpers/config.ts";
import { spawnListening } from "../helpers/child.ts";
import { textOf } from "../helpers/gateway.ts";
import { inProcessGateway } from "../helpers/runtime.ts";

const ECHO_OAUTH = `${BAD_MCPS_DIR}echo_oauth.ts`;

Deno.test("client_credentials: the gateway fetches a token once and sends it to HTTP and stdio upstreams", async () => {
  const idp = await startTokenFake();
  const up = await spawnListening(["run", "--allow-net=127.0.0.1", ECHO_OAUTH, "--http", "0"]);
  const oauth = {
    grant_type: "client_credentials",
    token_url: idp.url,
    client_id: "smg-client",
    client_secret: "FAKE-secret",
    scope: "read",
  };
  const gw = await inProcessGateway([
    { name: "remote", url: up.url, oauth },
    { name: "local", command: Deno.execPath(), args: ["run", "--allow-env", ECHO_OAUTH], oauth },
  ]);
  try {
    const remote = textOf(await gw.client.callTool({ name: "remote__whoami", arguments: {} }));
    assert.match(remote, /header authorization: Bearer fake… \(12 chars\)/);
    await gw.client.callTool({ name: "remote__ping", arguments: {} });
    const local = textOf(await gw.client.callTool({ name: "local__whoami", arguments: {} }));
    assert.match(local, /env OAUTH_ACCESS_TOKEN: fake… \(12 chars\)/);
    assert.equal(idp.requests[0].grant_type, "client_credentials");
    assert.equal(idp.requests[0].scope, "read");
    assert.ok(idp.issued <= 2, `tokens are cached per server (issued ${idp.issued})`);
  } finally {
    await gw.close();
    await up.stop();
    await idp.close();
  }
});

Deno.test("client_credentials: a wrong secret is a clear connect error for that server only, without the secret", async () => {
  const idp = await startTokenFake();
  const up = await spawnListening(["run", "--allow-net=127.0.0.1", ECHO_OAUTH, "--http", "0"]);
  const gw = await inProcessGateway([
    {
      name: "remote",
      url: up.url,
      oauth: { token_url: idp.url, client_id: "smg-client", client_secret: "WRONG-secret-value" },
    },
  ]);
  try {
    const disc = (await gw.client.callTool({ name: "smg_discover_tools", arguments: {} }))
      .structuredContent as {
        servers: { status: string; error: string }[];
      };
    assert.equal(disc.servers[0].status, "error");
    assert.match(disc.servers[0].error, /OAuth token.*HTTP 401.*invalid_client/);
    assert.ok(!disc.servers[0].error.includes("WRONG-secret-value"));
  } finally {
    await gw.close();
    await up.stop();
    await idp.close();
  }
});

Deno.test("ClientCredentialsTokens caches until shortly before expiry and shares one request", async () => {
  const idp = await startTokenFake();
  let now = 0;
  const t = new ClientCredentialsTokens({
    tokenUrl: idp.url,
    clientId: "smg-client",
    clientSecret: "FAKE-secret",
  }, () => now);
  try {
    const [a, b] = await Promise.all([t.token(), t.token()]);
    assert.equal(a, b);
    assert.equal(idp.issued, 1);
    now += 3600_000 - 10_000; // inside the 30 s refresh margin
    assert.notEqual(await t.token(), a);
    assert.equal(idp.issued, 2);
  } finally {
    await idp.close();
  }
});
