/**
 * A credential presented to its own issuer is the credential's purpose, not a leak: an HTTP tool
 * calling `https://api.anthropic.com/v1/messages` with the Anthropic key in `x-api-key`, or
 * `https://api.github.com/…` with a GitHub token in `Authorization`. Pure: given the call's
 * arguments and one secrets finding on one string, says whether that string is an authentication
 * HEADER of a request whose `url` host is (a subdomain of) the issuer of that kind of key.
 *
 * Deliberately narrow: only credentials whose provider is known — a named kind, or a header value
 * in a provider's documented token format with its issuer in ./detectors/_secrets_issuers.ts (a
 * generic "api_token" or a bare "Bearer" value has no known issuer),
 * only header values (a token in the body of a request to its issuer can still be published — a
 * GitHub token pasted into a gist goes to api.github.com), only https, only a top-level `url` /
 * `endpoint` argument, and the host must END with the issuer's domain (`api.anthropic.com.example`
 * does not).
 */
import type { Finding } from "./types.ts";
import { RULES } from "./detectors/_secrets_rules.ts";
import { KB_RULES } from "./detectors/_secrets_kb.ts";
import { ISSUER_DOMAINS } from "./detectors/_secrets_issuers.ts";

const ISSUERS: Readonly<Record<string, readonly string[]>> = {
  anthropic_api_key: ["anthropic.com"],
  openai_api_key: ["openai.com"],
  github_token: ["github.com"],
  gitlab_token: ["gitlab.com"],
  slack_token: ["slack.com"],
  stripe_key: ["stripe.com"],
  huggingface_token: ["huggingface.co"],
  sendgrid_key: ["sendgrid.com"],
  npm_token: ["npmjs.org", "npmjs.com"],
  gcp_api_key: ["googleapis.com"],
};

/** Header names that carry a credential for the server they are sent to. */
const AUTH_HEADER =
  /^(?:authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|private-token|x-goog-api-key|openai-organization|x-api-token|api-token|x-auth-key|dd-api-key|dd-application-key|x-honeycomb-team|x-postmark-server-token|x-postmark-account-token|x-algolia-api-key|x-shopify-access-token|xi-api-key|circle-token|x-vault-token|x-figma-token)$/i;

/** Provider token formats with a known issuer: the rule's regex (first match only) and domains. */
const PROVIDER_FORMATS: readonly { re: RegExp; domains: readonly string[] }[] = [
  ...RULES,
  ...KB_RULES,
].flatMap((r) => {
  const domains = ISSUER_DOMAINS[r.label];
  return domains && domains.length
    ? [{ re: new RegExp(r.re.source, r.re.flags.replace(/[gy]/g, "")), domains }]
    : [];
});

/**
 * The issuer domains of the provider token in header value `text` that covers the finding's span
 * (`[start, end)`), when one of the known formats matches there.
 */
function issuersOfValue(text: string, start?: number, end?: number): readonly string[] | undefined {
  for (const { re, domains } of PROVIDER_FORMATS) {
    const m = re.exec(text);
    if (!m) continue;
    const from = m.index;
    const to = from + m[0].length;
    if (start === undefined || end === undefined || (from < end && start < to)) return domains;
  }
  return undefined;
}
/** `$.arguments.headers.X` or `$.arguments.headers["x-api-key"]`. */
const HEADER_PATH = /^\$\.arguments\.headers(?:\.[A-Za-z_$][\w$]*|\["[^"]+"\])$/;

function requestHost(args: unknown): string | undefined {
  if (typeof args !== "object" || args === null || Array.isArray(args)) return undefined;
  const a = args as Record<string, unknown>;
  const url = typeof a.url === "string" ? a.url : typeof a.endpoint === "string" ? a.endpoint : "";
  try {
    const u = new URL(url);
    return u.protocol === "https:" && !u.username && !u.password
      ? u.hostname.toLowerCase()
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when finding `f` on the string `text` at `path` (property `key`) is a key sent to its
 * issuer.
 */
export function sentToIssuer(
  args: unknown,
  path: string,
  key: string | undefined,
  f: Finding,
  text = "",
): boolean {
  if (f.detector !== "secrets" || !HEADER_PATH.test(path) || !AUTH_HEADER.test(key ?? "")) {
    return false;
  }
  const domains = ISSUERS[f.kind] ?? issuersOfValue(text, f.start, f.end);
  if (!domains) return false;
  const host = requestHost(args);
  return host !== undefined && domains.some((d) => host === d || host.endsWith("." + d));
}
