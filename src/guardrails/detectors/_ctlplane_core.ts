/**
 * Shared pieces of the control-plane abuse rules (`_ctlplane_*.ts`): the rule shape (the tradecraft
 * one, ./_tradecraft_core.ts, plus an "outside" check), the method and key-value fragments that
 * read the same in a JSON body, a `key\nvalue` whole-call view, a CLI flag and a PowerShell
 * parameter, and the decision whether an address, host or cloud account is OUTSIDE the
 * organisation whose API the call drives.
 *
 * "Outside" is decided from the call itself: the organisation's own mail domains, tenant names
 * (`acme.okta.com`, `acme.atlassian.net`), repository owners (`repos/acme/…`) and cloud account
 * ids named twice in the same call. A consumer mail domain, a drop or tunnel site, a bare public IP and
 * a host named for an attacker are outside even when the organisation is not visible.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

export { r } from "./_tradecraft_core.ts";

/** What the captured target of an {@link OutCheck} is. */
export type OutKind = "mail" | "host" | "account";

/** A target that must be outside the organisation for the rule to hold. */
export interface OutCheck {
  /** Global pattern; capture group 1 is the target (an address, a host or a 12-digit account). */
  re: RegExp;
  kind: OutKind;
}

/** One control-plane technique. */
export interface CtlRule extends TradecraftRule {
  /** Every listed check must find an outside target (any of its matches). */
  out?: OutCheck;
}

/** A request method (JSON `"method":"POST"`, call view `method\nPOST`, `-X POST`, `--method`). */
export const method = (m: string): string =>
  r`(?:\b(?:method|httpMethod|verb)["']?[\s:=]{0,4}["']?|(?:^|\s)(?:-X|--method|--request|-Method)[\s=]{1,3}["']?|^|\n)(?:${m})\b`;

/** A write method. */
export const WRITE = method("POST|PUT|PATCH");

/** A key followed by a value, across JSON, call-view lines, flags and PowerShell parameters. */
export const kv = (key: string, value: string): string =>
  r`(?:^|[^\w])-{0,2}(?:${key})["']?[\s:=]{0,5}["']?\$?(?:${value})(?![\w-])`;

/** False, off or disabled in any spelling. */
export const OFF = r`(?:false|0|off|disabled?|none|\[\s{0,2}\]|null)`;

/** An e-mail address (group 1 is the whole address). */
export const EMAIL = r`([\w.+-]{1,64}@[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,5})`;

/** A URL's host (group 1). */
export const URL_HOST = r`https?:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])`;

/** Consumer and throw-away mail providers (the first label of the registrable domain). */
const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|aol|proton|protonmail|pm|gmx|yandex|qq|163|126|mail|zoho|tutanota|tuta|tutamail|fastmail|hushmail|mailfence|guerrillamail|sharklasers|mailinator|10minutemail|tempmail|temp-mail|disroot|riseup|inbox|rambler|web|seznam|cock|onionmail)$/;

/** Paste, drop, request-catcher and tunnel sites (a URL there is outside by nature). */
const DROP_HOST =
  /(?:^|\.)(?:webhook\.site|requestbin\.\w{2,4}|pipedream\.net|m\.pipedream\.net|ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|loca\.lt|serveo\.net|localhost\.run|interact\.sh|oast\.\w{2,4}|burpcollaborator\.net|pastebin\.com|transfer\.sh|hookbin\.com|beeceptor\.com|requestcatcher\.com|ptsv2\.com|postb\.in|canarytokens\.com|duckdns\.org|no-ip\.\w{2,4}|ddns\.net|workers\.dev|herokuapp\.com|glitch\.me|repl\.co|telegram\.org|discord(?:app)?\.com)$/;

/** A host whose own name says it is hostile. */
const HOSTILE_HOST =
  /(?:^|[.-])(?:(?:attacker|evil|exfil|malicious|hacker|backdoor|steal|phish)[a-z\d-]{0,20}|pwn|pwned|c2|cnc|rogue)(?:[.\d-]|$)/;

/** Integration services a webhook or log stream is routinely sent to (never "outside" by host). */
const INTEGRATION =
  /^(?:slack|pagerduty|datadoghq|opsgenie|sentry|circleci|travis-ci|codecov|office|office365|splunkcloud|sumologic|newrelic|atlassian|jenkins|azure-devops|visualstudio|github|gitlab|bitbucket|googleapis|microsoft|amazonaws|zendesk|victorops|statuspage|honeycomb|elastic|logz)$/;

/** API and tenant hosts: the first label of `acme.okta.com` names the organisation. */
const TENANT_BASE =
  /^(?:okta|oktapreview|okta-emea|onmicrosoft|atlassian|salesforce|force|slack|auth0|zendesk|service-now|workday|sharepoint|jamfcloud|onelogin|pingone|my|box|freshdesk|zoom)$/;

/** API hosts whose base names the vendor, not the organisation. */
const API_BASE =
  /^(?:microsoft|office|office365|outlook|windows|azure|googleapis|google|gstatic|amazonaws|aws|github|githubusercontent|gitlab|bitbucket|cloudflare|stripe|twilio|slack|okta|oktapreview|auth0|atlassian|salesforce|force|kubernetes|vault|hashicorp|live|sendgrid|mailgun|zoom|box|dropbox|onmicrosoft|sharepoint|microsoftonline|graph|localhost|schema|schemas|w3|json-schema)$/;

/** Mail exchangers an organisation's MX routinely points at (hosted mail and filtering). */
const MAIL_HOSTS =
  /(?:google\.com|googlemail\.com|outlook\.com|protection\.outlook\.com|pphosted\.com|ppe-hosted\.com|mimecast\.com|messagelabs\.com|zoho\.\w{2,3}|fastmail\.com|messagingengine\.com|protonmail\.ch|amazonaws\.com|amazonses\.com|mailgun\.org|sendgrid\.net|barracudanetworks\.com|iphmx\.com|forcepoint\.com|secureserver\.net|icloud\.com|yandex\.net|ovh\.net|improvmx\.com|mx\.cloudflare\.net)\.?$/i;

/** Name servers of the large DNS hosts. */
const NS_HOSTS =
  /(?:cloudflare\.com|awsdns-\d{1,3}\.(?:com|net|org|co\.uk)|azure-dns\.(?:com|net|org|info)|googledomains\.com|google\.com|domaincontrol\.com|nsone\.net|ultradns\.\w{2,4}|dnsimple\.com|akam\.net|dynect\.net|registrar-servers\.com|digitalocean\.com|linode\.com|hetzner\.com|ovh\.net|gandi\.net|name\.com|he\.net)\.?$/i;

const FIRST_LABEL = /^[^.]+/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PRIVATE_IP = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.)/;
const TWO_PART_TLD = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/;

/** The registrable part of a domain (`mail.acme.co.uk` → `acme.co.uk`). */
export function baseDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const n = labels.length;
  const take = n >= 3 && TWO_PART_TLD.test(labels[n - 2]) && labels[n - 1].length === 2 ? 3 : 2;
  return labels.slice(-take).join(".");
}

/** What a call shows about the organisation it acts for. */
interface OrgContext {
  bases: Set<string>;
  labels: Set<string>;
}

const EMAIL_G = new RegExp(EMAIL, "gi");
const HOST_G = new RegExp(URL_HOST, "gi");
/** Repository / group owners in code-hosting paths and `-R owner/repo` flags. */
const OWNER_G =
  /(?:\b(?:owner|org|organization|repo_owner|workspace)["']?[\s:=]{1,5}["']?|\/(?:repos|orgs|enterprises|groups|users|workspaces|repositories)\/|(?:^|\s)(?:-R|--repo)[\s=]{1,3}|(?:^|\s|["'])repos\/)([\w.-]{1,60})(?=\/|\s|$|["'])/gi;
/** A `domain` value (Google `type: domain`, Entra domains, `-DomainName`). */
const DOMAIN_G =
  /\b(?:domain|domainName|primaryDomain|customerDomain|hd|DomainName|tenantDomain|name|Name|zone_?name|zoneName|HostedZoneName|dnsName)["']?[\s:=]{1,5}["']?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,4})/gi;
function orgContext(view: string, target: string): OrgContext {
  const bases = new Set<string>();
  const labels = new Set<string>();
  const addHost = (h: string) => {
    if (h.toLowerCase() === target) return;
    if (IPV4.test(h)) return;
    const b = baseDomain(h);
    const first = FIRST_LABEL.exec(b)![0];
    if (TENANT_BASE.test(first) && h.split(".").length >= 3) {
      labels.add(FIRST_LABEL.exec(h.toLowerCase())![0].replace(/-(?:admin|my)$/, ""));
    } else if (!API_BASE.test(first) && !FREE_MAIL.test(first)) bases.add(b);
  };
  for (const m of view.matchAll(EMAIL_G)) {
    if (m[1].toLowerCase() !== target) addHost(m[1].slice(m[1].indexOf("@") + 1));
  }
  for (const m of view.matchAll(HOST_G)) addHost(m[1]);
  for (const m of view.matchAll(DOMAIN_G)) addHost(m[1]);
  for (const m of view.matchAll(OWNER_G)) {
    const o = m[1].toLowerCase();
    if (o !== target && !/^(?:me|my_customer|self|\d{1,3})$/.test(o)) labels.add(o);
  }
  return { bases, labels };
}

/** True when `target` (an address, host or account) is outside the organisation of `view`. */
export function isOutside(view: string, raw: string, kind: OutKind): boolean {
  const target = raw.toLowerCase().replace(/^(?:smtp:|user:|group:|domain:|serviceaccount:)/, "");
  if (/^(?:all|\*|allusers|allauthenticatedusers|anyone)$/.test(target)) return true;
  // An account named twice (the resource's own ARN and the grantee) is the organisation's own.
  if (kind === "account") return view.split(target).length < 3;
  const host = kind === "mail" ? target.slice(target.indexOf("@") + 1) : target;
  if (IPV4.test(host)) return !PRIVATE_IP.test(host);
  const base = baseDomain(host);
  const first = FIRST_LABEL.exec(base)![0];
  if (FREE_MAIL.test(first) && kind === "mail") return true;
  if (DROP_HOST.test(host) || HOSTILE_HOST.test(host)) return true;
  if (
    kind === "host" && (INTEGRATION.test(first) || MAIL_HOSTS.test(host) || NS_HOSTS.test(host))
  ) {
    return false;
  }
  if (API_BASE.test(first) || TENANT_BASE.test(first)) return false;
  const ctx = orgContext(view, target);
  if (ctx.bases.has(base) || ctx.labels.has(first)) return false;
  for (const l of ctx.labels) if (host.includes(l) && l.length >= 3) return false;
  return ctx.bases.size + ctx.labels.size > 0;
}

/** True when a match of `out.re` in `view` captures an outside target. */
export function outsideHolds(view: string, out: OutCheck): boolean {
  out.re.lastIndex = 0;
  for (const m of view.matchAll(out.re)) {
    const t = m.slice(1).find((x) => x !== undefined);
    if (t !== undefined && isOutside(view, t, out.kind)) return true;
  }
  return false;
}

/** A builder for {@link OutCheck}s: `key` then (within a short window) the target. */
export function outAfter(key: string, kind: OutKind, window = 160): OutCheck {
  const target = kind === "mail"
    ? EMAIL
    : kind === "host"
    ? URL_HOST
    : r`(?<![\d:])(?:arn:aws[\w-]{0,12}:[\w-]{0,30}:[\w-]{0,20}:)?(\d{12})(?!\d)`;
  return { re: new RegExp(r`(?:${key})[\s\S]{0,${window}}?${target}`, "gi"), kind };
}

/** {@link method} as a regex (a rule's clearing condition: a read or a removal). */
export const methodIs = (m: string): RegExp => new RegExp(method(m), "i");

/** The CLI spelling of an API action (`ModifyDBSnapshotAttribute` → `modify-db-snapshot-attribute`). */
export function kebab(n: string): string {
  return n.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();
}

/** `StopLogging`, its CLI spelling `stop-logging` and its SDK spelling `stop_logging`, as one alternation. */
export function api(...names: string[]): string {
  return r`\b(?:${names.flatMap((n) => [n, kebab(n), kebab(n).replaceAll("-", "_")]).join("|")})\b`;
}

/** The literals of {@link api}'s names, lower-cased in both spellings. */
export function apiLit(...names: string[]): string[] {
  return names.flatMap((n) => [n.toLowerCase(), kebab(n), kebab(n).replaceAll("-", "_")]);
}
