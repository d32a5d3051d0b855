/**
 * Round-35 command rules (techniques, not tools):
 *
 * - data handed to an outside account: a database/disk snapshot or machine image shared with
 *   another cloud account (`modify-db-snapshot-attribute --values-to-add`, `modify-snapshot-
 *   attribute … add`, `modify-image-attribute --launch-permission Add=…`, `az snapshot|disk
 *   grant-access`), a running container committed and pushed to a public registry, a private
 *   package switched to public and published;
 * - credential databases copied: `ntdsutil … ifm … create` followed by an upload, the SAM/SECURITY
 *   hives saved (`reg save hklm\sam`), LSASS memory dumped (`comsvcs.dll MiniDump`, `procdump -ma
 *   lsass`);
 * - mail auto-forwarded out of the organisation: `Set-Mailbox -ForwardingSmtpAddress`, inbox or
 *   transport rules forwarding/redirecting to a free-mail domain or a domain the command does not
 *   otherwise use;
 * - Windows sign-in backdoors and kernel protections off: an accessibility binary's IFEO debugger
 *   (`sethc`, `utilman`, `osk` …), RDP network-level authentication off, a hidden local admin
 *   (`net user … /add` + `net localgroup administrators … /add`), test signing / integrity checks /
 *   HVCI / the vulnerable-driver blocklist switched off, `mokutil --disable-validation`;
 * - evidence destroyed: event logs cleared (`wevtutil cl`, `Clear-EventLog`), audit policy wiped
 *   (`auditpol /clear`), Sysmon stopped or disabled, PowerShell history deleted;
 * - a freshly minted credential piped to a network sender (`az ad app credential reset … | curl`,
 *   `aws iam create-access-key | curl`, `gcloud iam service-accounts keys create -`);
 * - an artifact downloaded from an outside URL deployed straight into a cloud function.
 *
 * One case-insensitive word test first ({@link R35_WORD}); bounded patterns, no nested quantifiers.
 */

/** A word one of the checks below needs. */
export const R35_WORD =
  /snapshot-attribute|image-attribute|grant-access|docker\s{1,4}commit|private=false|access=public|ntdsutil|reg(?:\.exe)?\s{1,4}save|minidump|procdump|forward|redirect|image file execution options|userauthentication|localgroup|bcdedit|codeintegrity|driverblocklist|mokutil|wevtutil|eventlog|auditpol|sysmon|historysavepath|credential\s{1,4}reset|create-access-key|keys\s{1,4}create|update-function-code|config-zip|publish-layer-version|webapp\s{1,4}deploy|(?:sethc|utilman|osk|magnify|narrator|displayswitch)\.exe/i;

const SEP = String.raw`[^|;&\n]`;

// --- Data handed to an outside account ----------------------------------------------------------

const SHARE_OUT = new RegExp(
  [
    // A database snapshot made restorable by another account (or by everyone).
    String
      .raw`\bmodify-db(?:-cluster)?-snapshot-attribute\b${SEP}{0,240}--attribute-name[\s=]{1,3}restore\b${SEP}{0,200}--values-to-add\b`,
    String
      .raw`\bmodify-db(?:-cluster)?-snapshot-attribute\b${SEP}{0,240}--values-to-add\b${SEP}{0,200}--attribute-name[\s=]{1,3}restore\b`,
    // An EBS snapshot's volume permission or an AMI's launch permission added for another account.
    String
      .raw`\bmodify-snapshot-attribute\b${SEP}{0,240}(?:--create-volume-permission[\s=]{1,3}['"]?add=|--operation-type[\s=]{1,3}add\b)`,
    String
      .raw`\bmodify-image-attribute\b${SEP}{0,240}(?:--launch-permission[\s=]{1,3}['"]?add=|--operation-type[\s=]{1,3}add\b)`,
    // An Azure disk or snapshot exported as a download URL.
    String.raw`\baz\s{1,4}(?:snapshot|disk)\s{1,4}grant-access\b`,
  ].join("|"),
  "i",
);

/** A registry that serves images to everyone (or no registry host: Docker Hub). */
const PUBLIC_REGISTRY =
  /^(?:docker\.io|index\.docker\.io|registry\.hub\.docker\.com|ghcr\.io|quay\.io|public\.ecr\.aws)\/|^[\w.-]{1,60}\/[\w.-]{1,80}(?::|$)/i;
const COMMIT =
  /\bdocker\s{1,4}(?:container\s{1,4})?commit\s{1,4}(?:-[\w-]{1,20}(?:[\s=]{1,3}(?:"[^"\n]{0,120}"|'[^'\n]{0,120}'|\S{1,60}))?\s{1,4}){0,4}[\w.-]{1,80}\s{1,4}([\w.\/:-]{3,200})/gi;

/** True when a container's live filesystem is committed and pushed to a public registry. */
function containerPushedOut(view: string): boolean {
  COMMIT.lastIndex = 0;
  for (let m = COMMIT.exec(view), n = 0; m && n < 4; m = COMMIT.exec(view), n++) {
    const image = m[1];
    const repo = image.replace(/:[\w.-]{1,128}$/, "");
    if (!PUBLIC_REGISTRY.test(image)) continue;
    // A host name with a dot in the first segment that is not a public registry is private.
    const first = repo.split("/")[0];
    if (
      first.includes(".") &&
      !/^(?:docker\.io|index\.docker\.io|registry\.hub\.docker\.com|ghcr\.io|quay\.io|public\.ecr\.aws)$/i
        .test(first)
    ) continue;
    const rest = view.slice(m.index + m[0].length);
    const push = rest.search(/\bdocker\s{1,4}(?:image\s{1,4})?push\s/i);
    if (push >= 0 && rest.slice(push, push + 300).includes(repo)) return true;
  }
  return false;
}

/** A private package switched to public and published to the public registry. */
const PACKAGE_PUBLIC =
  /\bnpm\s{1,4}pkg\s{1,4}set\b[^|;&\n]{0,300}(?:\bprivate=false\b|publishConfig\.access=public\b)/i;
const PUBLISH = /\b(?:npm|pnpm|yarn)\s{1,4}(?:npm\s{1,4})?publish\b/i;

// --- Credential databases copied ------------------------------------------------------------------

const CRED_DUMP = new RegExp(
  [
    String.raw`\breg(?:\.exe)?\s{1,4}save\s{1,4}['"]?hklm?\\(?:sam|security)\b`,
    String.raw`\bcomsvcs(?:\.dll)?['"]?,?\s{0,2}['"]?(?:#24|minidump)\b`,
    String.raw`\bprocdump(?:64)?(?:\.exe)?\s[^|;&\n]{0,80}\blsass\b`,
  ].join("|"),
  "i",
);
const IFM = /\bntdsutil\b[^\n]{0,200}\bifm\b[^\n]{0,120}\bcreate\s{1,4}(?:full|rodc|sysvol)/i;
/** A step that sends a file to another host. */
const UPLOAD_STEP =
  /\bcurl(?:\.exe)?\b[^|;&\n]{0,200}(?:\s-T\s|--upload-file|\s-F\s|--data-binary\s{1,3}@)|\b(?:scp|rsync|pscp|sftp|rclone|azcopy)\b[^|;&\n]{0,200}[\w.-]{1,80}:|\b(?:invoke-webrequest|invoke-restmethod|iwr|irm)\b[^|;&\n]{0,200}-infile\b|\baws\s{1,4}s3\s{1,4}cp\b|\bgsutil\s{1,4}cp\b|\b(?:copy|xcopy|robocopy|copy-item)\b[^|;&\n]{0,200}\\\\[\w.-]{1,80}\\/i;

// --- Mail forwarded out of the organisation ------------------------------------------------------

const MAIL_FORWARD =
  /\b(?:set-mailbox\b[^\n]{0,300}-forwarding(?:smtp)?address|(?:new|set)-(?:inbox|transport)rule\b[^\n]{0,300}-(?:forwardto|redirectto|forwardasattachmentto|redirectmessageto|blindcopyto))\s{1,4}['"]?(?:smtp:)?([\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4}))/gi;
/** Consumer mail providers: no company's own mailboxes live there. */
export const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|aol|proton|protonmail|pm|gmx|web|mail|yandex|qq|163|126|zoho|tutanota|tuta|fastmail|seznam|wp|o2|libero|laposte|orange|naver|daum|rediffmail|inbox|bk|rambler|ukr)\.[a-z.]{2,8}$/i;
const EMAIL_DOMAIN = /(?<![\w.+-])[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/g;

/** True when mail is auto-forwarded to a free-mail domain or one the command does not otherwise use. */
function mailForwardedOut(view: string): boolean {
  MAIL_FORWARD.lastIndex = 0;
  for (let m = MAIL_FORWARD.exec(view), n = 0; m && n < 4; m = MAIL_FORWARD.exec(view), n++) {
    const domain = m[2].toLowerCase();
    if (FREE_MAIL.test(domain)) return true;
    const others = new Set<string>();
    EMAIL_DOMAIN.lastIndex = 0;
    for (let e = EMAIL_DOMAIN.exec(view), k = 0; e && k < 16; e = EMAIL_DOMAIN.exec(view), k++) {
      if (e.index !== m.index + m[0].length - m[1].length) others.add(e[1].toLowerCase());
    }
    others.delete(domain);
    if (
      others.size > 0 &&
      ![...others].some((o) => o.endsWith("." + domain) || domain.endsWith("." + o))
    ) {
      return true;
    }
  }
  return false;
}

// --- Windows sign-in backdoors and kernel protections off ---------------------------------------

const WRITE_REG = String
  .raw`(?:\breg(?:\.exe)?\s{1,4}add\b|\b(?:new|set)-itemproperty\b)`;
const BACKDOOR = new RegExp(
  [
    // An accessibility binary started through a debugger: a SYSTEM shell at the logon screen.
    String
      .raw`${WRITE_REG}[^\n|&;]{0,200}image file execution options\\(?:sethc|utilman|osk|magnify|narrator|displayswitch|atbroker)(?:\.exe)?\b[^\n|&;]{0,120}\bdebugger\b`,
    String
      .raw`\b(?:copy|copy-item|move|move-item|cp|xcopy)\b[^\n|&;]{0,120}\b(?:cmd|powershell)\.exe['"]?\s{1,4}[^\n|&;]{0,120}\\(?:sethc|utilman|osk|magnify|narrator|displayswitch)\.exe\b`,
    // Remote Desktop without network-level authentication.
    String
      .raw`${WRITE_REG}[^\n|&;]{0,200}\\rdp-tcp['"]?\s[^\n|&;]{0,80}userauthentication\b[^\n|&;]{0,80}(?:\/d\s{1,4}0\b|-value\s{1,4}0\b)`,
    String.raw`setuserauthenticationrequired\(\s{0,2}0\s{0,2}\)`,
    // Kernel code-signing and integrity enforcement off.
    String
      .raw`\bbcdedit(?:\.exe)?\s[^\n|&;]{0,60}(?:testsigning\s{1,4}(?:on|yes)\b|nointegritychecks\s{1,4}(?:on|yes)\b|disableelamdrivers\s{1,4}(?:on|yes)\b|loadoptions\s{1,4}['"]?disable_integrity_checks)`,
    String
      .raw`${WRITE_REG}[^\n|&;]{0,200}\\hypervisorenforcedcodeintegrity['"]?\s[^\n|&;]{0,80}\benabled\b[^\n|&;]{0,60}(?:\/d\s{1,4}0\b|-value\s{1,4}0\b)`,
    String
      .raw`${WRITE_REG}[^\n|&;]{0,200}\bvulnerabledriverblocklistenable\b[^\n|&;]{0,60}(?:\/d\s{1,4}0\b|-value\s{1,4}0\b)`,
    String.raw`\bmokutil\s{1,4}--disable-validation\b`,
  ].join("|"),
  "i",
);
/** A local account created with a password and put into the administrators group. */
const NET_USER_ADD =
  /\bnet1?\s{1,4}user\s{1,4}['"]?([\w.$-]{1,40})['"]?\s{1,4}\S{1,80}\s{1,4}\/add\b/i;
const NET_ADMIN_ADD =
  /\bnet1?\s{1,4}localgroup\s{1,4}['"]?(?:administ\w{0,10}|администратор\w{0,4}|remote desktop users)['"]?\s{1,4}['"]?([\w.$-]{1,40})['"]?\s{1,4}\/add\b/i;

function hiddenAdmin(view: string): boolean {
  const u = NET_USER_ADD.exec(view);
  if (!u) return false;
  const g = NET_ADMIN_ADD.exec(view);
  return !!g && g[1].toLowerCase() === u[1].toLowerCase();
}

// --- Evidence destroyed ----------------------------------------------------------------------------

const EVIDENCE_GONE = new RegExp(
  [
    String.raw`\bwevtutil(?:\.exe)?\s{1,4}(?:cl|clear-log)\s{1,4}['"]?[\w-]`,
    String.raw`\bwevtutil(?:\.exe)?\s{1,4}(?:sl|set-log)\s[^\n|&;]{0,120}\/e(?:nabled)?:false\b`,
    String.raw`\b(?:clear|remove)-eventlog\b`,
    String.raw`\.clearlog\s{0,2}\(`,
    String.raw`\bauditpol(?:\.exe)?\s{1,4}\/(?:clear|remove)\b`,
    String
      .raw`\b(?:stop-service|set-service)\b[^\n|&;]{0,40}\bsysmon(?:64)?\b[^\n|&;]{0,60}(?:-startuptype\s{1,4}disabled|-force\b|$)`,
    String.raw`\bsc(?:\.exe)?\s{1,4}(?:stop|delete|config)\s{1,4}sysmon(?:64)?\b`,
    String.raw`\bsysmon(?:64)?(?:\.exe)?\s{1,4}-u\b`,
    String.raw`\bfltmc(?:\.exe)?\s{1,4}unload\s{1,4}sysmondrv\b`,
    String.raw`\bremove-item\b[^\n|&;]{0,40}historysavepath\b`,
  ].join("|"),
  "im",
);

// --- A fresh credential sent to the network --------------------------------------------------------

const MINT =
  /\b(?:ad\s{1,4}(?:app|sp)\s{1,4}credential\s{1,4}reset|iam\s{1,4}create-access-key|service-accounts\s{1,4}keys\s{1,4}create)\b/i;
const SEND_AFTER =
  /^[^;&\n]{0,400}\|\s{0,3}(?:curl|wget|nc|ncat|socat|http|https|invoke-restmethod|invoke-webrequest|irm|iwr)\b[^\n]{0,300}(?:https?:\/\/|\s[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s{1,4}\d{2,5}\b)/i;

function mintedAndSent(view: string): boolean {
  const m = MINT.exec(view);
  if (!m) return false;
  if (SEND_AFTER.test(view.slice(m.index))) return true;
  // The credential inside a sender's own arguments: `curl -d "$(az ad sp credential reset …)" …`.
  const before = view.slice(Math.max(0, m.index - 200), m.index);
  return /\b(?:curl|wget|invoke-restmethod|irm)\b[^\n|;&]{0,160}\$\(\s{0,2}$/i.test(before);
}

// --- An outside artifact deployed into a cloud function --------------------------------------------

const DOWNLOAD_TO =
  /\b(?:curl(?:\.exe)?\b[^|;&\n]{0,120}(?:\s-[a-zA-Z]{0,6}o\s{0,2}|--output[\s=]{1,3})['"]?([^\s'"|;&]{1,200})[^|;&\n]{0,200}https?:\/\/|curl(?:\.exe)?\b[^|;&\n]{0,120}https?:\/\/[^\s'"]{1,300}[^|;&\n]{0,60}(?:\s-[a-zA-Z]{0,6}o\s{0,2}|--output[\s=]{1,3})['"]?([^\s'"|;&]{1,200})|wget\b[^|;&\n]{0,120}(?:\s-O\s{0,2}|--output-document[\s=]{1,3})['"]?([^\s'"|;&]{1,200})|(?:invoke-webrequest|iwr)\b[^|;&\n]{0,200}-outfile\s{1,4}['"]?([^\s'"|;&]{1,200}))/gi;
const DEPLOY =
  /\b(?:aws\s[^|;&\n]{0,60}\blambda\s{1,4}(?:update-function-code|publish-layer-version)\b[^|;&\n]{0,300}--zip-file[\s=]{1,3}['"]?fileb:\/\/|az\s{1,4}functionapp\s{1,4}deployment\s{1,4}source\s{1,4}config-zip\b[^|;&\n]{0,300}--src[\s=]{1,3}['"]?|az\s{1,4}webapp\s{1,4}deploy\b[^|;&\n]{0,300}--src-path[\s=]{1,3}['"]?)([^\s'"|;&]{1,200})/gi;

function outsideArtifactDeployed(view: string): boolean {
  const files = new Set<string>();
  DOWNLOAD_TO.lastIndex = 0;
  for (let m = DOWNLOAD_TO.exec(view), n = 0; m && n < 6; m = DOWNLOAD_TO.exec(view), n++) {
    const f = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (f && !/^https?:/i.test(f)) files.add(f.replace(/^\.\//, ""));
  }
  if (files.size === 0) return false;
  DEPLOY.lastIndex = 0;
  for (let m = DEPLOY.exec(view), n = 0; m && n < 6; m = DEPLOY.exec(view), n++) {
    if (files.has(m[1].replace(/^\.\//, ""))) return true;
  }
  return false;
}

/** Round-35 command techniques of `view`, or undefined. */
export function r35Techniques(view: string): { kind: string; reason: string } | undefined {
  if (view.length > 8192 || !R35_WORD.test(view)) return undefined;
  if (
    SHARE_OUT.test(view) || containerPushedOut(view) ||
    (PACKAGE_PUBLIC.test(view) && PUBLISH.test(view))
  ) {
    return {
      kind: "data_exfiltration",
      reason:
        "hands data to an outside account or the public (snapshot or image shared with another account, live container pushed to a public registry, private package made public and published)",
    };
  }
  if (CRED_DUMP.test(view) || (IFM.test(view) && UPLOAD_STEP.test(view))) {
    return {
      kind: "credential_theft",
      reason:
        "copies a credential database (SAM/SECURITY hives, LSASS memory, or an NTDS install-from-media set sent off the host)",
    };
  }
  if (mailForwardedOut(view)) {
    return {
      kind: "data_exfiltration",
      reason: "auto-forwards mailboxes to an outside or free-mail address",
    };
  }
  if (BACKDOOR.test(view) || hiddenAdmin(view)) {
    return {
      kind: "destructive_command",
      reason:
        "plants a sign-in backdoor or switches kernel protections off (accessibility debugger, RDP without NLA, new local admin, test signing or integrity checks off)",
    };
  }
  if (EVIDENCE_GONE.test(view)) {
    return {
      kind: "destructive_command",
      reason:
        "destroys audit evidence (event logs cleared, audit policy wiped, Sysmon stopped, history deleted)",
    };
  }
  if (mintedAndSent(view)) {
    return {
      kind: "data_exfiltration",
      reason: "mints a new cloud credential and sends it to the network",
    };
  }
  if (outsideArtifactDeployed(view)) {
    return {
      kind: "destructive_command",
      reason: "deploys an artifact downloaded from an outside URL straight into a cloud function",
    };
  }
  return undefined;
}
