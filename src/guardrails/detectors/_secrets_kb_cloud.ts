/**
 * Knowledge base, cloud / PaaS / data / observability: documented key formats of cloud providers
 * beyond AWS/GCP/Azure (in ./_secrets_rules.ts), managed databases, and monitoring services.
 * Unprefixed keys (Datadog, Cloudflare, Linode …) count only right after their provider's name or
 * documented variable.
 */
import type { Rule } from "./_secrets_rules.ts";
import { decodeBase64 } from "./_secrets_values.ts";
import { keyed, labelled, realBody, tok } from "./_secrets_kb_util.ts";

const B = String.raw`(?<![A-Za-z0-9_\-])`;
const E = String.raw`(?![A-Za-z0-9_\-])`;
const re = (body: string, flags = "dg"): RegExp => new RegExp(B + body + E, flags);

/** Signatures of Azure's identifiable keys (storage, Cosmos DB, Service Bus, Event Hubs …). */
const AZURE_SIG = /(?:\+ASt|ACDb|\+ASb|\+AEh|\+ARm|\+ACR|AzCa|AzFu|AzSe|APIM)/;

/** Cloud and data-platform token formats. */
export const KB_CLOUD: Rule[] = [
  tok(
    "Alibaba Cloud AccessKey ID",
    "LTAI",
    re(String.raw`LTAI[A-Za-z0-9]{12,20}`),
    "the Alibaba Cloud RAM console → AccessKey",
    { skip: 4 },
  ),
  tok(
    "Tencent Cloud SecretId",
    "AKID",
    re(String.raw`AKID[A-Za-z0-9]{32}`),
    "Tencent Cloud CAM → API Keys",
    { skip: 4 },
  ),
  tok(
    "Yandex Cloud API key",
    "AQVN",
    re(String.raw`AQVN[A-Za-z0-9_\-]{35,38}`),
    "the Yandex Cloud service account's API keys",
    { skip: 4 },
  ),
  tok(
    "Yandex Cloud IAM token",
    "t1.",
    re(String.raw`t1\.[A-Z0-9a-z_\-]{20,200}={0,2}\.[A-Z0-9a-z_\-]{86}={0,2}`),
    "Yandex Cloud (IAM tokens expire in 12 h; revoke the issuing key)",
    { skip: 3 },
  ),
  tok(
    "Yandex OAuth token",
    ["y0_", "y1_", "y2_", "y3_"],
    re(String.raw`y[0-3]_[A-Za-z0-9_\-]{55}`),
    "Yandex ID → Security → app access",
    { skip: 3 },
  ),
  tok(
    "Amazon Bedrock API key",
    "ABSK",
    re(String.raw`ABSK[A-Za-z0-9+\/]{100,280}={0,2}`),
    "the AWS IAM console (Bedrock API keys / service-specific credentials)",
    { kind: "aws_secret_access_key", skip: 4 },
  ),
  {
    kind: "azure_storage_key",
    label: "Azure identifiable service key",
    severity: "critical",
    hint: ["+ASt", "ACDb", "+ASb", "+AEh", "+ARm", "+ACR", "AzCa", "AzFu", "AzSe", "APIM"],
    re: /(?<![A-Za-z0-9+\/])(?<s>[A-Za-z0-9+\/]{50,86}={0,2})(?![A-Za-z0-9+\/=])/dg,
    check: (v, text, start) => {
      // Subresource-integrity / lockfile hashes (`sha512-…==`) are base64 of the same length.
      if (/sha(?:256|384|512)[-:]$/.test(text.slice(Math.max(0, start - 8), start))) return false;
      const sig = AZURE_SIG.exec(v);
      return !!sig && sig.index >= 40 && v.length >= 52 && realBody(v.slice(0, 40));
    },
    advice: "anyone holding it has full access to the Azure resource; rotate it under the " +
      "resource's Access keys / Keys blade and use a managed identity or a Key Vault reference",
  },
  tok(
    "Cloudflare Origin CA key",
    "v1.0-",
    re(String.raw`v1\.0-[a-f0-9]{24}-[a-f0-9]{146}`),
    "Cloudflare My Profile → API Tokens → Origin CA Key",
    { skip: 5 },
  ),
  tok(
    // `cloudflared service install <token>` / `tunnel run --token <token>`: base64 of
    // `{"a": account tag, "t": tunnel id, "s": tunnel secret}` — whoever holds it runs a connector
    // for the tunnel and receives its traffic.
    "Cloudflare Tunnel token",
    "eyJhIj",
    /(?<![A-Za-z0-9+\/_-])eyJhIj[A-Za-z0-9+\/_-]{80,600}={0,2}(?![A-Za-z0-9+\/=_-])/dg,
    "Cloudflare Zero Trust → Networks → Tunnels (refresh the tunnel token)",
    { severity: "critical", check: tunnelToken },
  ),
  tok(
    "Cloudflare API token / global key",
    ["cloudflare", "Cloudflare", "CLOUDFLARE", "CF_API_", "X-Auth-Key", "x-auth-key"],
    labelled(
      "cloudflare|Cloudflare|CLOUDFLARE|CF_API_(?:TOKEN|KEY)|X-Auth-Key|x-auth-key",
      "[A-Za-z0-9_\\-]{40}|[a-f0-9]{37}",
    ),
    "Cloudflare My Profile → API Tokens",
    { showPrefix: false, check: keyed() },
  ),
  tok(
    "Fastly API token",
    ["fastly", "Fastly", "FASTLY"],
    labelled("fastly|Fastly|FASTLY", "[A-Za-z0-9_\\-]{32}"),
    "Fastly Account → Personal API tokens",
    { showPrefix: false, check: keyed((v) => /\d/.test(v) && realBody(v)) },
  ),
  tok(
    "Linode / Akamai Cloud token",
    ["linode", "Linode", "LINODE"],
    labelled("linode|Linode|LINODE", "[a-f0-9]{64}"),
    "Linode Cloud Manager → API Tokens",
    { showPrefix: false, check: keyed() },
  ),
  tok(
    "Hetzner Cloud API token",
    ["hcloud", "HCLOUD", "hetzner", "Hetzner", "HETZNER"],
    labelled("hcloud|HCLOUD|hetzner|Hetzner|HETZNER", "[A-Za-z0-9]{64}"),
    "Hetzner Cloud Console → Security → API tokens",
    { showPrefix: false, check: keyed() },
  ),
  tok(
    "Vultr API key",
    ["vultr", "Vultr", "VULTR"],
    labelled("vultr|Vultr|VULTR", "[A-Z0-9]{36}"),
    "Vultr Account → API",
    { showPrefix: false, check: keyed() },
  ),
  tok(
    "Akamai EdgeGrid client credential",
    "akab-",
    re(String.raw`akab-[a-z0-9]{16}-[a-z0-9]{16}`),
    "Akamai Control Center → Identity & Access → API clients",
    { skip: 5 },
  ),
  tok(
    "Backblaze B2 application key",
    "K00",
    /(?<![A-Za-z0-9+\/])K00[0-9][A-Za-z0-9+\/]{27}(?![A-Za-z0-9+\/])/dg,
    "Backblaze B2 → Application Keys",
    { skip: 4 },
  ),
  tok(
    "Databricks personal access token",
    "dapi",
    re(String.raw`dapi[a-f0-9]{32}(?:-\d)?`),
    "the Databricks workspace User Settings → Developer → Access tokens",
    { skip: 4 },
  ),
  tok(
    "Databricks OAuth secret",
    "dose",
    re(String.raw`dose[a-f0-9]{32}`),
    "the Databricks account console → Service principals → Secrets",
    { skip: 4 },
  ),
  tok(
    "Neon API key",
    "napi_",
    re(String.raw`napi_[a-z0-9]{64}`),
    "Neon Account settings → API keys",
    { skip: 5 },
  ),
  tok(
    "Supabase secret API key",
    "sb_secret_",
    re(String.raw`sb_secret_[A-Za-z0-9_\-]{20,64}`),
    "Supabase Project Settings → API Keys",
    { skip: 10 },
  ),
  tok(
    "DataStax Astra DB token",
    "AstraCS:",
    re(String.raw`AstraCS:[A-Za-z]{24}:[a-f0-9]{64}`),
    "Astra Portal → Settings → Token Management",
    { skip: 33 },
  ),
  tok(
    "ClickHouse Cloud API secret",
    "4b1d",
    re(String.raw`4b1d[A-Za-z0-9]{38}`),
    "ClickHouse Cloud Organization → API Keys",
    { skip: 4 },
  ),
  tok(
    "Fauna secret key",
    "fn",
    re(String.raw`fn[A-E][A-Za-z0-9_\-]{37}`),
    "the Fauna dashboard → Keys",
    { check: (v) => /\d/.test(v) && realBody(v.slice(2)) },
  ),
  tok(
    "Convex deploy key",
    ["prod:", "preview:", "dev:"],
    /(?<![A-Za-z0-9_\-])(?:prod|preview|dev):[a-z0-9\-]{3,64}\|[A-Za-z0-9+\/=_\-]{40,400}/dg,
    "the Convex dashboard → Deployment Settings → Deploy keys",
    { check: (v) => realBody(v.slice(v.indexOf("|") + 1)) },
  ),
  tok(
    "Datadog API / application key",
    [
      "datadog",
      "Datadog",
      "DATADOG",
      "DD_API_KEY",
      "DD_APP_KEY",
      "DD_APPLICATION_KEY",
      "dd_api_key",
      "dd_app_key",
      "DD-API-KEY",
      "DD-APPLICATION-KEY",
      // the auth-scheme names of the official API clients (Python, TS, Java, Go, Ruby, Rust)
      "apiKeyAuth",
      "appKeyAuth",
    ],
    labelled(
      "datadog|Datadog|DATADOG|DD_API_KEY|DD_APP_KEY|DD_APPLICATION_KEY|dd_api_key|dd_app_key|DD-API-KEY|DD-APPLICATION-KEY|apiKeyAuth|appKeyAuth",
      "[a-f0-9]{40}|[a-f0-9]{32}",
    ),
    "Datadog Organization Settings → API Keys / Application Keys",
    { showPrefix: false, check: keyed() },
  ),
  tok(
    "Honeycomb API key",
    ["hcaik_", "hcxik_", "hcamk_", "hcxmk_"],
    re(String.raw`hc[ax][im]k_[A-Za-z0-9]{40,70}`),
    "Honeycomb Environment → API Keys",
    { skip: 6 },
  ),
  tok(
    "Algolia admin API key",
    ["algolia", "Algolia", "ALGOLIA"],
    labelled(
      "algolia|Algolia|ALGOLIA)(?:[^\\n]{0,30}?(?:admin|ADMIN|Admin|write|WRITE|Write)",
      "[a-f0-9]{32}",
    ),
    "Algolia Settings → API Keys (regenerate the Admin API key)",
    { showPrefix: false },
  ),
  {
    kind: "connection_string",
    label: "Cloudinary URL with API secret",
    severity: "high",
    hint: "cloudinary://",
    re: /cloudinary:\/\/\d{6,20}:(?<s>[A-Za-z0-9_\-]{20,40})@[A-Za-z0-9_\-]{2,64}/dg,
    check: (v) => realBody(v),
    advice: "anyone holding it can upload and delete your media; regenerate the API secret in " +
      "Cloudinary Settings → API Keys and pass CLOUDINARY_URL from a secret store",
  },
  {
    kind: "api_token",
    label: "Intercom access token",
    severity: "high",
    hint: "dG9rO",
    re: /(?<![A-Za-z0-9+\/=_\-])dG9rO[A-Za-z0-9+\/_\-]{50,80}={0,2}(?![A-Za-z0-9+\/=_\-])/dg,
    check: (v) => (decodeBase64(v)?.startsWith("tok:") ?? false) && realBody(v.slice(5)),
    showPrefix: true,
    advice: "anyone holding it can read and write your Intercom workspace; revoke it in the " +
      "Intercom Developer Hub → Authentication and pass a reference instead",
  },
];

/** A base64 JSON object with the tunnel token's three fields, the secret a real random value. */
function tunnelToken(v: string): boolean {
  try {
    const o = JSON.parse(atob(v.replace(/-/g, "+").replace(/_/g, "/")));
    return typeof o?.a === "string" && /^[0-9a-f]{32}$/i.test(o.a) && typeof o.t === "string" &&
      /^[0-9a-f-]{36}$/i.test(o.t) && typeof o.s === "string" && realBody(o.s);
  } catch {
    return false;
  }
}
