/**
 * Round 48: an unprefixed API / application key written into the auth slots of an official API
 * client (`api_key["apiKeyAuth"]`, `apiKeyAuth: "…"`), where the provider's name is on another
 * line (the import), is still a key. Environment reads and placeholders pass.
 */
import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";

const OPTIONS = SecretsOptionsSchema.parse({});
const scan = (text: string) => secretsDetector.scan(text, { stage: "input", path: "$" }, OPTIONS);

/** A deterministic hex body (never a real key). */
function hex(n: number, seed: number): string {
  let x = seed, out = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += "0123456789abcdef"[(x >>> 16) % 16];
  }
  return out;
}

const BLOCK = [
  // TypeScript client
  `import { client, v1 } from "@datadog/datadog-api-client";\nconst cfg = client.createConfiguration({\n  authMethods: {\n    apiKeyAuth: "${
    hex(32, 7)
  }",\n    appKeyAuth: "${hex(40, 9)}",\n  },\n});`,
  // Java client
  `ApiClient c = ApiClient.getDefaultApiClient();\nHashMap<String, String> secrets = new HashMap<>();\nsecrets.put("apiKeyAuth", "${
    hex(32, 11)
  }");\nc.configureApiKeys(secrets);`,
  // Ruby client
  `DatadogAPIClient.configure do |config|\n  config.api_key = "${
    hex(32, 13)
  }"\nend\n# appKeyAuth\nconfig.server_variables[:site] = "datadoghq.eu"\nconfiguration.api_key['appKeyAuth'] = '${
    hex(40, 17)
  }'`,
];

const PASS = [
  `conf.api_key['apiKeyAuth'] = os.environ['DD_API_KEY']\nconf.api_key['appKeyAuth'] = os.environ['DD_APP_KEY']`,
  `authMethods: { appKeyAuth: "<your-application-key>" }`,
  `# the apiKeyAuth and appKeyAuth schemes take your keys; see the README\nsecrets.put("apiKeyAuth", System.getenv("DD_API_KEY"));`,
];

Deno.test("secrets r48: keys in an API client's auth slots are found", () => {
  for (const t of BLOCK) {
    const f = scan(t);
    assert.ok(f.some((x) => x.reason.includes("Datadog")), `should find: ${t}`);
  }
});

Deno.test("secrets r48: environment reads and placeholders in the auth slots pass", () => {
  for (const t of PASS) {
    const f = scan(t);
    assert.equal(f.length, 0, `should pass: ${t} → ${f.map((x) => x.reason).join("; ")}`);
  }
});
