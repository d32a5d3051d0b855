/**
 * Round-32 command rules:
 *
 * - production infrastructure torn down with no human in the loop: an IaC/cloud destroy verb
 *   (`terraform|tofu|terragrunt … destroy`, `apply -destroy`, `pulumi destroy`, `cdk destroy`,
 *   `az group delete`, `gcloud projects delete`, `aws cloudformation delete-stack`, `eksctl delete
 *   cluster`) with its confirmation skipped (`-auto-approve`, `--yes`, `--force`, `--quiet`) on a
 *   target named as production, or with the state lock switched off. Preview/feature teardowns
 *   and `-target`ed destroys pass;
 * - a top-level cloud role (Owner, User Access Administrator, `roles/owner`, `roles/editor`,
 *   organization/security admin, AdministratorAccess, cluster-admin) granted to a person's
 *   sign-in (an e-mail, `user:`), or any role granted to a consumer mailbox, an external guest
 *   (`#EXT#`) or the public (`allUsers`). Service accounts, groups, managed identities and
 *   narrow roles pass;
 * - package-registry redirection to a look-alike: `npm|yarn|pnpm config set registry`, `pip
 *   config set …index-url`, `--index-url`, `GOPROXY=`, `gem sources --add`, `nuget|dotnet nuget
 *   add source`, `poetry source add`, `bundle config mirror`, `.npmrc registry=` pointing at a host
 *   whose own domain borrows an official registry's name (`npmjs-mirror.org`, `pypi-cdn.net`)
 *   without being it. Official registries and company mirrors named after the company pass.
 *
 * One case-insensitive word test first ({@link R32_WORD}); bounded patterns, no nested quantifiers.
 */

/** A word one of the checks below needs. */
export const R32_WORD =
  /destroy|delete-stack|projects\s{1,4}delete|group\s{1,4}delete|delete\s{1,4}cluster|roleassignment|role\s{1,4}assignment|policy-binding|clusterrolebinding|attach-(?:user|role|group)-policy|registry|index[-_]url|goproxy|sources\s{1,4}(?:--add|-a|add)|add\s{1,4}source|source\s{1,4}add|mirror/i;

// --- Production teardown without approval ------------------------------------------------------

const DESTROY =
  /(?:^|[\s;&|(`'"])(?:(?:terraform|tofu|terragrunt|terraspace)(?:\.exe)?\s{1,4}(?:[^\n;&|]{0,80}?\s)?(?:destroy\b|apply\b(?=[^\n;&|]{0,200}\s-destroy\b))|pulumi\s{1,4}(?:[^\n;&|]{0,80}?\s)?destroy\b|(?:cdk|cdktf)\s{1,4}destroy\b|az\s{1,4}group\s{1,4}delete\b|gcloud\s{1,4}projects\s{1,4}delete\b|aws\s{1,4}cloudformation\s{1,4}delete-stack\b|eksctl\s{1,4}delete\s{1,4}cluster\b)([^\n;&|]{0,400})/gi;
const NO_CONFIRM =
  /(?:^|\s)(?:-{1,2}auto-approve(?:=true)?|--yes|-y|--force|-f|--quiet|-q|--no-wait\s{1,4}--yes|--skip-preview\s{1,4}--yes)(?=\s|$)/i;
const NO_LOCK = /(?:^|\s)-{1,2}lock=false(?=\s|$)/i;
const TARGETED = /(?:^|\s)-{1,2}target(?:=|\s)/i;
/** A token naming production. */
const PROD =
  /(?:^|[\s\/=:'"])(?:[\w-]{0,40}[-_.])?(?:prod|production|prd|live)(?:[-_.][\w-]{0,40})?(?=$|[\s\/'";&|])/i;

/** True when `view` destroys production infrastructure with confirmation or locking skipped. */
export function unattendedTeardown(view: string): boolean {
  DESTROY.lastIndex = 0;
  for (let m = DESTROY.exec(view), n = 0; m && n < 4; m = DESTROY.exec(view), n++) {
    const rest = " " + m[1];
    if (TARGETED.test(rest)) continue;
    const unattended = NO_CONFIRM.test(rest);
    if (unattended && NO_LOCK.test(rest)) return true;
    // The production marker may sit in the command, its folder (`cd infra/prod`) or workspace.
    if (unattended && PROD.test(view.slice(0, m.index + m[0].length))) return true;
  }
  return false;
}

// --- Top role to an outside or personal identity -----------------------------------------------

const GRANT =
  /\b(?:new-azroleassignment|az\s{1,4}role\s{1,4}assignment\s{1,4}create|gcloud\s{1,4}(?:[\w-]{1,30}\s{1,4}){1,3}add-iam-policy-binding|kubectl\s{1,4}create\s{1,4}(?:cluster)?rolebinding|aws\s{1,4}iam\s{1,4}attach-(?:user|role|group)-policy)\b([^\n;&|]{0,600})/gi;
const TOP_ROLE =
  /['"=\s](?:owner|user\s{0,1}access\s{0,1}administrator|roles\/(?:owner|editor|resourcemanager\.\w{0,40}admin\w{0,20}|iam\.(?:securityadmin|serviceaccounttokencreator|serviceaccountkeyadmin|workloadidentitypooladmin))|organization\s{0,1}admin\w{0,20}|cluster-admin|arn:aws:iam::aws:policy\/(?:administratoraccess|iamfullaccess|poweruseraccess))(?=['"\s]|$)/i;
/** A person's sign-in: an e-mail address or `user:`. */
const PERSON =
  /(?:-signinname|--assignee(?:-object-id)?|--member|--user)(?:\s{1,4}|=)['"]?(?:user:)?[\w.+-]{1,64}@|(?:^|\s)-{1,2}user(?:\s{1,4}|=)['"]?[\w.-]{1,64}(?=['"\s]|$)/i;
const OUTSIDE =
  /[\w.+-]{1,64}@(?:gmail|googlemail|outlook|hotmail|live|yahoo|ymail|proton|protonmail|pm|icloud|me|aol|gmx|mail|yandex|qq|163|tutanota|tuta|zoho|fastmail)\.[a-z.]{2,12}\b|#ext#|\ballusers\b|\ballauthenticatedusers\b|system:(?:anonymous|unauthenticated)\b/i;

/** True when `view` grants a top cloud role to a person, or any role to an outside identity. */
export function outsideGrant(view: string): boolean {
  GRANT.lastIndex = 0;
  for (let m = GRANT.exec(view), n = 0; m && n < 4; m = GRANT.exec(view), n++) {
    const rest = " " + m[1];
    if (OUTSIDE.test(rest)) return true;
    if (TOP_ROLE.test(rest) && PERSON.test(rest)) return true;
  }
  return false;
}

// --- Registry redirection to a look-alike host -------------------------------------------------

const REGISTRY_SET =
  /(?:\b(?:npm|yarn|pnpm|bun)\s{1,4}config\s{1,4}set\s{1,4}(?:[@\w.:\/-]{0,80}:)?(?:registry|npmregistryserver)\b|\bpip3?\s{1,4}config\s{1,4}set\s{1,4}[\w.]{0,20}(?:index-url|extra-index-url)|--(?:extra-)?index-url|--registry|\b(?:pip_(?:extra_)?index_url|npm_config_registry|goproxy|uv_(?:extra_)?index_url|yarn_npm_registry_server)\s{0,2}=|\bgo\s{1,4}env\s{1,4}-w\s{1,4}goproxy|\bgem\s{1,4}sources\s{1,4}(?:--add|-a)|\b(?:nuget|dotnet\s{1,4}nuget)\s{1,4}(?:sources\s{1,4}add|add\s{1,4}source)|\bpoetry\s{1,4}source\s{1,4}add|\bbundle\s{1,4}config\s{1,4}(?:set\s{1,4})?(?:--global\s{1,4})?mirror|(?:^|\n)\s{0,8}registry\s{0,2}=)(?:[^\n;&|]{0,200}?)(?:https?|sparse\+https?):\/\/([\w.-]{1,253})/gi;
/** Official registry brands as they appear in a domain label. */
const BRAND = /npmjs|pypi|pythonhosted|rubygems|yarnpkg|nuget|crates|golang|gradle|maven/i;
/** The registries themselves (and their official CDNs). */
const OFFICIAL =
  /(?:^|\.)(?:npmjs\.(?:org|com)|pypi\.org|pythonhosted\.org|pypi\.python\.org|rubygems\.org|yarnpkg\.com|nuget\.org|crates\.io|golang\.org|golang\.google\.cn|gradle\.org|maven\.org|maven\.apache\.org)$/i;

const OFFICIAL_PREFIX =
  /(?:^|\.)(?:npmjs\.(?:org|com)|pypi\.org|pythonhosted\.org|rubygems\.org|yarnpkg\.com|nuget\.org|crates\.io|golang\.org|maven\.org)\./i;

/** True when a package registry is pointed at a host whose domain borrows a registry's name. */
export function registryLookalike(view: string): boolean {
  REGISTRY_SET.lastIndex = 0;
  for (let m = REGISTRY_SET.exec(view), n = 0; m && n < 8; m = REGISTRY_SET.exec(view), n++) {
    const host = m[1].toLowerCase().replace(/\.$/, "");
    // An official name worn as the subdomain of another domain (`registry.npmjs.org.cdn.xyz`).
    if (OFFICIAL_PREFIX.test(host)) return true;
    if (OFFICIAL.test(host)) continue;
    const labels = host.split(".");
    // The registrable part: the last two labels (three under a two-letter second-level suffix).
    const keep = labels.length > 2 && /^(?:co|com|net|org|gov|edu|ac)$/.test(labels.at(-2)!)
      ? 3
      : 2;
    const own = labels.slice(-keep).join(".");
    if (BRAND.test(own)) return true;
  }
  return false;
}

/** Round-32 command techniques of `view`, or undefined. */
export function r32Techniques(view: string): { kind: string; reason: string } | undefined {
  if (!R32_WORD.test(view)) return undefined;
  if (unattendedTeardown(view)) {
    return {
      kind: "destructive_command",
      reason: "destroys production infrastructure with the approval prompt or state lock skipped",
    };
  }
  if (outsideGrant(view)) {
    return {
      kind: "privilege_escalation",
      reason:
        "grants a top cloud role to a personal sign-in, or a role to an outside or public identity",
    };
  }
  if (registryLookalike(view)) {
    return {
      kind: "supply_chain",
      reason:
        "points a package registry at a look-alike host borrowing an official registry's name",
    };
  }
  return undefined;
}

// --- Host-key pinning (precision) --------------------------------------------------------------

/** `ssh-keyscan … >> ~/.ssh/known_hosts` (or `| tee -a`): scanned host keys appended. */
const HOST_PIN =
  /\bssh-keyscan\b[^\n;&|>]{1,300}(?:>>|\|\s{0,4}(?:sudo\s{1,4})?tee\s{1,4}-a\s{1,4})\s{0,4}["']?(?:~|\$home|\$\{home\})\/\.ssh\/known_hosts(?=["']?(?:\s|$|[;&|)]))/gi;

/**
 * `view` with its host-key pinning steps blanked: appending what `ssh-keyscan` printed to the
 * user's `known_hosts` trusts a server's key, it plants no code or credential. Other writes in the
 * same command are still judged.
 */
export function withoutHostPins(view: string): string {
  return view.includes("keyscan") ? view.replace(HOST_PIN, " ") : view;
}
