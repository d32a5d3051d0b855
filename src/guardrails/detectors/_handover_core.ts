/**
 * Shared pieces of the access-handover rules (`_handover_*.ts`): the rule shape (the control-plane
 * one, ./_ctlplane_core.ts: literal + pattern + optional second / clearing condition + optional
 * "outside" check) plus an optional judgement in code, and the tells that a NAME (a login, a
 * repository owner, a remote, a bucket) belongs to someone outside the organisation.
 *
 * "Outside" is judged against the organisation the same command shows (its mail domains, repository
 * owners, bucket prefixes, host names) with ./_ctlplane_core.ts `isOutside`; where none is shown,
 * the plain tells: a consumer mail domain, a public IP address, `'%'` / `0.0.0.0/0` / `*`, a
 * personal cloud-drive remote, a name that says it is an outsider's (vendor, contractor, partner,
 * personal, throwaway …).
 */
import type { CtlRule } from "./_ctlplane_core.ts";
import { baseDomain, isOutside, r } from "./_ctlplane_core.ts";

export { r } from "./_ctlplane_core.ts";

/** One access-handover technique. */
export interface HandoverRule extends CtlRule {
  /** A judgement that must hold too (names compared with the organisation the view shows). */
  judge?: (view: string) => boolean;
}

/**
 * A name that says its holder is outside the organisation (a login, a repository owner, a remote,
 * a host label): vendor, contractor, partner, consultant, freelancer, guest, temp, personal,
 * throwaway, anonymous, outsider … (as a word or a `-` / `_` / `.` separated part).
 */
export const OUTSIDER_NAME =
  r`(?:ext|extern(?:al)?|vendor|vndr|partner|contractor|consultant|freelanc\w{0,4}|3rdparty|thirdparty|third-party|outsider|outside|guest|visitor|temp|tmp|personal|private-copy|throwaway|throw-away|anon\w{0,6}|random\w{0,6}|stranger|burner|attacker|evil|backdoor|exfil|loot|helpdesk-ext|remote-support|support-tmp|support_tmp|mine|my-own|myown)`;

const OUTSIDER_NAME_RE = new RegExp(r`(?:^|[^a-z])${OUTSIDER_NAME}(?:[^a-z]|$)`, "i");
/** Scratch directories (`/tmp/`, `C:\Temp\`), which are no one's name. */
const SCRATCH_DIR = /[\/\\](?:tmp|temp)(?=[\/\\])/gi;

/** True when `name` (a login, owner, remote or host label) reads as an outsider's. */
export function outsiderName(name: string): boolean {
  return OUTSIDER_NAME_RE.test(name.replace(SCRATCH_DIR, "/"));
}

/** Consumer and throw-away mail domains. */
export const FREE_MAIL_DOMAIN =
  r`(?:gmail|googlemail|outlook|hotmail|live|yahoo|ymail|icloud|me|aol|proton|protonmail|pm|gmx|yandex|qq|163|mail|zoho|tutanota|tuta|fastmail|hushmail|mailinator|guerrillamail)\.(?:com|me|net|org|de|ru|ch|cn|co\.uk|fr|io)`;

/** A public IPv4 address (not loopback, private, link-local or unspecified). */
export const PUBLIC_IP =
  r`(?<![\d.])(?!(?:127|10|0)\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])`;

/** A host that is clearly the organisation's own network (private names and ranges). */
export const PRIVATE_HOST =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|[\w.-]{1,200}\.(?:internal|local|lan|corp|intranet|home\.arpa|svc|cluster\.local)$|[\w-]{1,63}$)/i;

/** Power an account is given: admin / owner / root / superuser roles and groups. */
export const POWER =
  r`(?:admin(?:istrators?)?|owner|root|superuser|sudo|wheel|cluster-admin|roles\/(?:owner|editor|iam\.\w{0,40}admin\w{0,10}|resourcemanager\.\w{0,30}admin)|Owner|Contributor|User Access Administrator|AdministratorAccess|Domain Admins|Enterprise Admins)`;

/** The first `-`-separated label of a bucket / storage account name (`acme-prod-data` → `acme`). */
export function bucketOrg(name: string): string {
  return name.toLowerCase().split(/[-_.]/)[0].replace(/\d+$/, "");
}

/**
 * True when two bucket / account names belong to different owners: their first labels differ
 * (`acme-prod` → `acme-backup` is the same organisation; `acme-prod` → `backup-4471` is not).
 */
export function differentOwner(a: string, b: string): boolean {
  let common = 0;
  while (
    common < a.length && common < b.length && a[common].toLowerCase() === b[common].toLowerCase()
  ) common++;
  if (common >= 4) return false;
  const x = bucketOrg(a), y = bucketOrg(b);
  if (x.length < 3 || y.length < 3) return x !== y;
  return !(x.startsWith(y) || y.startsWith(x) || b.toLowerCase().includes(x));
}

/** True when `host` (or `user@host`) is outside: a public IP, an outsider's name, or a base other than the org's. */
export function outsideHost(view: string, host: string): boolean {
  const h = host.toLowerCase().replace(/^[^@]{0,64}@/, "");
  if (PRIVATE_HOST.test(h)) return false;
  if (new RegExp(`^${PUBLIC_IP}$`).test(h)) return true;
  if (outsiderName(host)) return true;
  return isOutside(view, h, "host");
}

/**
 * True when `host` is not shown to be the organisation's own: not a private name or range, and its
 * registrable domain appears nowhere else in the view (a mail address, another URL).
 */
export function notOwnHost(view: string, host: string): boolean {
  const h = host.toLowerCase().replace(/^[^@]{0,64}@/, "");
  if (PRIVATE_HOST.test(h)) return false;
  if (outsideHost(view, h)) return true;
  const base = baseDomain(h);
  return view.toLowerCase().split(base).length < 3;
}

/**
 * The organisation's name as a CLI command shows it: the first label of its project, app, org,
 * repository owner, resource group or bucket (`acme-prod`, `-a acme-api`, `orgs/acme`, `gs://acme-x`).
 */
const ORG_LABEL_G =
  /(?:\badd-iam-policy-binding\s{1,3}(?:gs:\/\/)?|--project[= ]{1,3}|\s-a\s{1,3}|--app[= ]{1,3}|\borgs\/|\brepos\/|--org[= ]{1,3}|resourceGroups\/|gs:\/\/|s3:\/\/|--team[= ]{1,3}|-n\s{1,3}|--namespace[= ]{1,3}|--resource-group[= ]{1,3}|\s-g\s{1,3})["']?([a-z][a-z0-9]{2,30})(?=[-_.\/\s"']|$)/gi;

/** Generic first labels that name no organisation. */
const NOT_ORG =
  /^(?:prod|production|staging|stage|dev|test|default|kube|system|web|api|app|data|backups?|logs?|rg|my|the|main|shared|infra|platform|www|public|private)$/;

/** True when `addr` (an e-mail address) is outside the organisation the view shows. */
export function outsideMail(view: string, addr: string): boolean {
  const domain = addr.slice(addr.indexOf("@") + 1).toLowerCase();
  const labels = new Set<string>();
  for (const m of view.matchAll(ORG_LABEL_G)) {
    const l = m[1].toLowerCase();
    if (!NOT_ORG.test(l)) labels.add(l);
  }
  // The organisation's own name in the address's domain: its own people.
  for (const l of labels) {
    if (domain.includes(l)) return isOutside(view, addr, "mail") && FREE.test(domain);
  }
  if (isOutside(view, addr, "mail")) return true;
  if (labels.size === 0 || addr.indexOf("@") < 0) return false;
  return !/(?:^|\.)(?:gserviceaccount\.com|onmicrosoft\.com)$/.test(domain);
}

/** Consumer mail domains (outside whatever the view shows). */
const FREE = new RegExp(`^${FREE_MAIL_DOMAIN}$`, "i");

/** Whether some capture (the first defined group) of `re` in `view` passes `test`. */
export function someCapture(
  re: RegExp,
  view: string,
  test: (name: string) => boolean,
): boolean {
  for (const m of view.matchAll(re)) {
    const name = m.slice(1).find((x) => x !== undefined);
    if (name !== undefined && test(name)) return true;
  }
  return false;
}
