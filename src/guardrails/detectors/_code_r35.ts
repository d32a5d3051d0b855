/**
 * Round-35 code rules (one pass of one alternation over the shared lower-case copy picks the
 * groups; each check runs only when its group's literal is present):
 *
 * - data handed to an outside party for good: object-store replication into another account or
 *   with ownership handed over; an admission webhook that sends Secrets/ConfigMaps/pods to a URL
 *   outside the cluster; rows pushed into a linked server on a public host; Row-Level Security
 *   switched off and tables granted to the anonymous/public role; mail auto-forwarded to a
 *   free-mail or foreign address by a script (Apps Script, Gmail/Graph API);
 * - secrets collected and sent: the OS keyring (`keyring.get_password`, `keytar`, `security
 *   find-generic-password`, `CredRead`), a secret manager enumerated (`dbutils.secrets.list`,
 *   `list_secrets`, `list_properties_of_secrets`), browser-extension storage (wallet vaults) or
 *   wallet files, posted to the network; a secret spelled out with separators so the output
 *   redaction no longer sees it;
 * - payment details rewritten by a trigger: a row trigger assigning a fixed literal to a bank
 *   account/IBAN/routing/wallet column;
 * - authorization defaults to allow (`default allow := true`, an unconditional Cedar `permit`);
 * - unsafe deserializers fed from the network (`XMLDecoder`, `ObjectInputStream`, XStream,
 *   `BinaryFormatter`, `Marshal.load`, `unserialize`).
 *
 * Obfuscated payloads (./_obf_r35.ts) are decoded last.
 */
import { matchesOutsideComments } from "./_code_r47.ts";
import { type RoundMechanism, roundMechanism } from "./_round_code.ts";
import { lowerOnce } from "../text/lower.ts";
import { groupBits } from "../text/group_bits.ts";
import { FREE_MAIL } from "./_cmd_r35.ts";
import { r35Obfuscated } from "./_obf_r35.ts";
import { gatedGroupBits, LiteralGate } from "./_literal_gate.ts";

/** Group literals in bit order (bit k = group k). */
const GROUPS = [
  /bucket_?-?replication|putbucketreplication/, // 0 REPL
  /webhookconfiguration/, // 1 HOOK
  /trigger/, // 2 TRIG
  /extension settings|chrome-extension_|wallet|keystore\/utc/, // 3 WALLET
  /sp_addlinkedserver|opendatasource/, // 4 LINK
  /keyring|keytar|find-generic-password|find-internet-password|credread|credenumerate|secret-tool|get-storedcredential/, // 5 KEYR
  /secrets\.|list_secrets|listsecrets|list_properties_of_secrets|secretmanager/, // 6 SECR
  /default |permit\s?\(/, // 7 POL
  /xmldecoder|objectinputstream|fromxml|binaryformatter|marshal\.load|unserialize\(/, // 8 DESER
  /row level security|grant |create policy/, // 9 RLS
  /gmailapp|mailapp|messagerules|forwardingaddresses|autoforwarding/, // 10 MAIL
  /initializecommand|folderopen/, // 11 AUTORUN
  /to_bytes|tostring\(\s?[23]\d\s?\)|execute|prepare |\t\n/, // 12 OBF
  /addeditor|addviewer|addcommenter|setsharing|permissions\(\)\.create|permissions\.create/, // 13 SHARE
];
const ANY = new RegExp(GROUPS.map((g) => `(${g.source})`).join("|"), "g");
/** Per group, whether its literal may be in a text (`_literal_gate.ts`): no group, no pass. */
const GROUP_GATES = GROUPS.map((g) => new LiteralGate(g));

function bitsOf(text: string): number {
  return gatedGroupBits(GROUP_GATES, ANY, text, lowerOnce(text), groupBits);
}

/** A call that sends data to an outside URL. */
const SENDER =
  /\b(?:fetch|axios|requests\.(?:post|put|patch|request)|httpx\.(?:post|put|patch)|urlopen|urllib\.request|https?\.request|UrlFetchApp|HttpClient|WebClient|Invoke-RestMethod|Invoke-WebRequest|curl)\b/;
const OUTSIDE_URL =
  /https?:\/\/(?!localhost\b|127\.|\[::1\]|10\.|192\.168\.|[\w.-]{1,200}\.(?:internal|local|lan|svc|corp)\b)[\w-]{1,63}\.[\w.-]{2,200}/i;
const sendsOut = (text: string): boolean => SENDER.test(text) && OUTSIDE_URL.test(text);

// --- Replication into another account -------------------------------------------------------------

const ROLE_ACCOUNT = /arn:aws:iam::(\d{12}):/;
const DEST_ACCOUNT = /["']?Account["']?\s{0,3}[:=]\s{0,3}["'](\d{12})["']/;
const OWNER_HANDOVER =
  /AccessControlTranslation["']?\s{0,3}[:=]\s{0,3}\{\s{0,20}["']?Owner["']?\s{0,3}[:=]\s{0,3}["']Destination["']/;

export function replicatedOut(text: string): boolean {
  if (
    !/put_bucket_replication|PutBucketReplication|put-bucket-replication|putBucketReplication/.test(
      text,
    )
  ) {
    return false;
  }
  if (OWNER_HANDOVER.test(text)) return true;
  const dest = DEST_ACCOUNT.exec(text);
  const role = ROLE_ACCOUNT.exec(text);
  return !!dest && !!role && dest[1] !== role[1];
}

// --- Admission webhook to an outside URL ---------------------------------------------------------

const HOOK_KIND = /kind["']?\s{0,3}:\s{0,3}["']?(Mutating|Validating)WebhookConfiguration\b/;
const HOOK_URL =
  /clientConfig["']?\s{0,3}:\s{0,3}\{?\s{0,40}["']?url["']?\s{0,3}:\s{0,3}["']?https?:\/\/([\w.-]{1,200})/;
const HOOK_DATA =
  /resources["']?\s{0,3}:[\s\-\["']{0,40}(?:[\w\/*."'-]{1,40}[\s,\-"']{1,10}){0,8}(?:secrets|configmaps|pods|\*\/?\*?)\b/;

export function webhookOut(text: string): boolean {
  const k = HOOK_KIND.exec(text);
  const u = k && HOOK_URL.exec(text);
  if (!k || !u) return false;
  const host = u[1].toLowerCase();
  if (
    /(?:\.svc|\.cluster\.local|\.internal|\.local|^localhost)$|^(?:10|127)\.|^192\.168\./.test(host)
  ) return false;
  return HOOK_DATA.test(text);
}

// --- Payment details rewritten by a trigger ------------------------------------------------------

const CREATE_TRIGGER =
  /\bcreate\s{1,4}(?:or\s{1,4}(?:replace|alter)\s{1,4})?(?:definer\s{0,2}=\s{0,2}\S{1,80}\s{1,4})?trigger\b/i;
const NEW_ASSIGN = /(?:\bset\s{1,4}|\b|:)new\.(\w{1,60})\s{0,2}:?=\s{0,2}N?'[^'\n]{4,}'/gi;
const TSQL_ASSIGN = /\bset\s{1,4}(?:\w{1,30}\.)?(\w{1,60})\s{0,2}=\s{0,2}N?'[^'\n]{6,}'/gi;
const BANK_FIELD =
  /iban|\bbic\b|swift|account_?(?:no|num|number|id)?$|acct|routing|sort_?code|wallet|payee|beneficiary_?(?:account|acct|iban)|bank/i;

export function paymentRewriteTrigger(text: string): boolean {
  const t = CREATE_TRIGGER.exec(text);
  if (!t) return false;
  const body = text.slice(t.index, t.index + 4000);
  for (const re of /\binserted\b/i.test(body) ? [NEW_ASSIGN, TSQL_ASSIGN] : [NEW_ASSIGN]) {
    re.lastIndex = 0;
    for (let m = re.exec(body), n = 0; m && n < 16; m = re.exec(body), n++) {
      if (BANK_FIELD.test(m[1])) return true;
    }
  }
  return false;
}

// --- Secrets collected and sent -------------------------------------------------------------------

const WALLET_STORE =
  /Local Extension Settings|IndexedDB[\/\\]chrome-extension_|wallet\.dat\b|electrum[\/\\]wallets|exodus\.wallet|keystore[\/\\]UTC--|solana[\/\\]id\.json/i;
const KEYRING_READ =
  /\bkeyring\.get_(?:password|credential)\s{0,2}\(|\bkeytar\.(?:getPassword|findCredentials|findPassword)\s{0,2}\(|\bsecurity\s{1,4}find-(?:generic|internet)-password\b|\bCred(?:Read|Enumerate)W?\s{0,2}\(|\bsecret-tool\s{1,4}lookup\b|\bGet-StoredCredential\b/;
const SECRET_ENUM =
  /\bdbutils\.secrets\.(?:listScopes|list)\s{0,2}\(|\.list_secrets\s{0,2}\(|\blistSecrets\s{0,2}\(|\.list_properties_of_secrets\s{0,2}\(|\.secrets\.kv\.v[12]\.list_secrets\s{0,2}\(/;
const SECRET_READ =
  /\bdbutils\.secrets\.get\s{0,2}\(|\.get_secret_value\s{0,2}\(|\.access_secret_version\s{0,2}\(|\.get_secret\s{0,2}\(|\bgetSecretValue\s{0,2}\(|\.read_secret(?:_version)?\s{0,2}\(/;
/** A secret's characters re-joined with separators: the printed value slips past redaction. */
const REDACTION_DEFEAT =
  /["'][^"'\n]{1,3}["']\.join\s{0,2}\(\s{0,2}(?:list\s{0,2}\(\s{0,2})?dbutils\.secrets\.get\b|\bdbutils\.secrets\.get\s{0,2}\([^)\n]{0,120}\)\s{0,2}(?:\[\s{0,2}::\s{0,2}-1\s{0,2}\]|\.replace\s{0,2}\(\s{0,2}["']{2}\s{0,2},)/;

// --- Rows pushed into a linked server on a public host --------------------------------------------

const LINKED =
  /\bsp_addlinkedserver\b[^;]{0,80}?(?:@server\s{0,2}=\s{0,2})?N?'([\w.\-]{1,128})'[^;]{0,400}?@datasrc\s{0,2}=\s{0,2}N?'([^']{1,200})'/gi;
const PRIVATE_HOST =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|[^.,]{1,64}(?:,\d{1,5})?$)|\.(?:internal|local|lan|corp|intra|intranet|svc|home\.arpa)(?:[,\\:]|$)/i;

export function linkedServerPush(text: string): boolean {
  LINKED.lastIndex = 0;
  for (let m = LINKED.exec(text), n = 0; m && n < 4; m = LINKED.exec(text), n++) {
    if (PRIVATE_HOST.test(m[2].trim())) continue;
    const name = m[1].replace(/[.\-]/g, (c) => "\\" + c);
    if (new RegExp(String.raw`\binsert\s{1,4}(?:into\s{1,4})?\[?${name}\]?\.`, "i").test(text)) {
      return true;
    }
  }
  return /\binsert\s{1,4}(?:into\s{1,4})?opendatasource\s{0,2}\([^)]{0,300}data source\s{0,2}=\s{0,2}(?!localhost|127\.|10\.|192\.168\.)[\w-]{1,63}\.[\w.-]{2,100}/i
    .test(text);
}

// --- Row-Level Security off, data granted to the anonymous role -----------------------------------

const RLS_OFF = /\bdisable\s{1,4}row\s{1,4}level\s{1,4}security\b/i;
const GRANT_ANON =
  /\bgrant\s{1,4}(?:all|select|insert|update|delete)\b[^;]{0,200}\bto\s{1,4}["']?(?:anon|public)\b/i;
const GRANT_ANON_WRITE =
  /\bgrant\s{1,4}(?:all(?:\s{1,4}privileges)?|insert|update|delete)\b[^;]{0,40}\bon\s{1,4}all\s{1,4}tables\b[^;]{0,200}\bto\s{1,4}["']?(?:anon|public)\b/i;
const OPEN_POLICY =
  /\bcreate\s{1,4}policy\b[^;]{0,200}\bfor\s{1,4}(?:all|update|delete|insert)\b[^;]{0,120}\bto\s{1,4}["']?(?:anon|public)\b[^;]{0,120}\b(?:using|with\s{1,4}check)\s{0,2}\(\s{0,2}true\s{0,2}\)/i;

export function rlsOpened(text: string): boolean {
  return (RLS_OFF.test(text) && GRANT_ANON.test(text)) || GRANT_ANON_WRITE.test(text) ||
    OPEN_POLICY.test(text);
}

// --- Mail auto-forwarded by a script --------------------------------------------------------------

const SCRIPT_FORWARD =
  /\.forward\s{0,2}\(\s{0,2}["'`]([\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4}))["'`]/;
/** A read message's body or attachments sent on to a fixed address (`sendEmail('x@y', m.getSubject(), m.getPlainBody())`). */
const SCRIPT_RESEND =
  /\b(?:GmailApp|MailApp)\.sendEmail\s{0,2}\(\s{0,2}["'`][\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}["'`][^;\n]{0,240}?\.(?:getPlainBody|getBody|getRawContent|getAttachments)\s{0,2}\(/;
const MAIL_SOURCE = /\bGmailApp\.(?:search|getInboxThreads|getUserLabelByName)\b|\bnewTrigger\b/;
const API_FORWARD =
  /forwardingAddresses[\s\S]{0,600}(?:updateAutoForwarding|autoForwarding)[\s\S]{0,200}enabled["']?\s{0,3}[:=]\s{0,3}true|messageRules[\s\S]{0,600}["']?(?:forwardTo|redirectTo|forwardAsAttachmentTo)["']?\s{0,3}:[\s\S]{0,200}?address["']?\s{0,3}:\s{0,3}["'][\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/i;

export function scriptMailForward(text: string): boolean {
  const f = SCRIPT_FORWARD.exec(text);
  if ((f || SCRIPT_RESEND.test(text)) && MAIL_SOURCE.test(text)) return true;
  const a = API_FORWARD.exec(text);
  return !!a && (a[1] === undefined || FREE_MAIL.test(a[1]));
}

// --- Every file shared out ---------------------------------------------------------------------

/** A loop over the files of a drive (Apps Script iterators, the Drive API's files.list). */
const FILE_SWEEP =
  /\b(?:DriveApp|Drive|folder|root|\w{1,30})\s{0,2}\.\s{0,2}(?:searchFiles|getFiles|getFilesByType|searchFolders|getFolders)\s{0,2}\(|\bfiles\s{0,2}\(\s{0,2}\)\s{0,2}\.\s{0,2}list\s{0,2}\(|\bfiles\s{0,2}\.\s{0,2}list\s{0,2}\(/;
/** A grant on each file: an editor/viewer added, a permission created, or link sharing to anyone. */
const FILE_GRANT =
  /\.\s{0,2}(?:addEditors?|addViewers?|addCommenters?)\s{0,2}\(|\bpermissions\s{0,2}(?:\(\s{0,2}\))?\s{0,2}\.\s{0,2}create\s{0,2}\(|\bsetSharing\s{0,2}\(\s{0,2}DriveApp\s{0,2}\.\s{0,2}Access\s{0,2}\.\s{0,2}ANYONE(?:_WITH_LINK)?\b/;
const ANYONE_SHARE =
  /\bsetSharing\s{0,2}\(\s{0,2}DriveApp\s{0,2}\.\s{0,2}Access\s{0,2}\.\s{0,2}ANYONE(?:_WITH_LINK)?\b|["']type["']\s{0,2}:\s{0,2}["']anyone["']/;
const MAIL_ADDR = /(?<![\w.+-])[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4})/g;

/**
 * A script that walks every file of a drive and shares each with a personal free-mail account or
 * with anyone who has the link: the whole drive handed out. One file shared with a colleague, or
 * a sweep that only lists sharing for an audit, passes.
 */
export function bulkShareOut(text: string): boolean {
  const sweep = FILE_SWEEP.exec(text);
  if (!sweep) return false;
  const after = text.slice(sweep.index, sweep.index + 1500);
  if (!FILE_GRANT.test(after)) return false;
  if (ANYONE_SHARE.test(after)) return true;
  for (const m of text.matchAll(MAIL_ADDR)) if (FREE_MAIL.test(m[1])) return true;
  return false;
}

// --- Authorization that defaults to allow ---------------------------------------------------------

const DEFAULT_ALLOW =
  /\bdefault\s{1,4}(?:allow|allowed|authz|authorized|authorised|permit|is_allowed|access)\s{0,2}:?=\s{0,2}true\b|\bpermit\s{0,2}\(\s{0,2}principal\s{0,2},\s{0,2}action\s{0,2},\s{0,2}resource\s{0,2}\)\s{0,2};/;

/** A request header in OPA/Rego input (`input.headers["x"]`, `input.attributes.request.http.headers.x`). */
const REGO_HEADER = String
  .raw`input(?:\.\w{1,40}){0,4}\.headers(?:\[\s{0,4}"[^"\n]{1,60}"\s{0,4}\]|\.[\w]{1,60})`;
/** One condition comparing that header with a literal (equality, contains/startswith, a regex). */
const REGO_HEADER_COND = String
  .raw`(?:${REGO_HEADER}\s{0,4}==\s{0,4}"[^"\n]{1,120}"|"[^"\n]{1,120}"\s{0,4}==\s{0,4}${REGO_HEADER}|(?:contains|startswith|endswith|regex\.match|glob\.match)\s{0,4}\([^()\n]{0,80}${REGO_HEADER}[^()\n]{0,120}\))`;
/**
 * A Rego `allow` rule whose whole body is that one condition: whoever sends the value is allowed
 * every method on every path. A probe exception that also pins the path and method passes.
 */
const HEADER_ONLY_ALLOW = new RegExp(
  String
    .raw`\ballow\s{0,4}(?:if\s{0,4})?(?:=\s{0,4}true\s{0,4})?(?:if\s{0,4})?\{\s{0,40}${REGO_HEADER_COND}\s{0,40}\}`,
);

// --- Unsafe deserializers fed from the network ----------------------------------------------------

const DESERIALIZER =
  /\bnew\s{1,4}(?:java\.beans\.)?XMLDecoder\s{0,2}\(|\bnew\s{1,4}ObjectInputStream\s{0,2}\(|\.fromXML\s{0,2}\(|\bBinaryFormatter\s{0,2}\(\s{0,2}\)|\bMarshal\.load\s{0,2}\(|\bunserialize\s{0,2}\(/;
const NET_SOURCE =
  /\bnew\s{1,4}URL\s{0,2}\(|\.openStream\s{0,2}\(|\.getInputStream\s{0,2}\(|\bnew\s{1,4}Socket\s{0,2}\(|\bHttpClient\b|\bWebClient\b|GetResponseStream|\bNet::HTTP\b|\bURI\.open\b|open-uri|file_get_contents\s{0,2}\(\s{0,2}["']https?:|\$_(?:GET|POST|COOKIE|REQUEST)\b|\bcurl_exec\b/;

// --- Workspace hooks that run downloaded code on the host ----------------------------------------

/** devcontainer `initializeCommand` (runs on the host, not in the container), VS Code folder-open tasks. */
const HOST_HOOK =
  /["']?initializeCommand["']?\s{0,3}:|["']?runOn["']?\s{0,3}:\s{0,3}["']folderOpen["']/;
const FETCH_RUN =
  /\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^"\n]{0,300}(?:\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da)?sh\b|\|\s{0,3}(?:iex|python3?|node|perl)\b|Invoke-Expression)|\b(?:bash|sh)\s{1,3}-c\s{1,3}\\?["']?\$\(\s{0,2}(?:curl|wget)\b/i;

export function workspaceAutoRun(text: string): boolean {
  const h = HOST_HOOK.exec(text);
  return !!h && FETCH_RUN.test(text.slice(Math.max(0, h.index - 600), h.index + 800));
}

/** Round-35 code mechanisms of `text`, or undefined. */
export const r35Mechanism: RoundMechanism = roundMechanism((text, hit, _field, where) => {
  const bits = bitsOf(text);
  if (bits === 0) return undefined;
  if ((bits & 1 && replicatedOut(text)) || (bits & 2 && webhookOut(text))) {
    return hit(
      "data_exfiltration",
      "Data routed to an outside party for good (replication into another account, an admission webhook sending cluster objects to an outside URL)",
    );
  }
  if (bits & 4 && paymentRewriteTrigger(text)) {
    return hit(
      "payment_diversion",
      "A trigger that overwrites bank or payee details with a fixed value",
    );
  }
  if (
    ((bits & 8 && WALLET_STORE.test(text)) || (bits & 32 && KEYRING_READ.test(text)) ||
      (bits & 64 && SECRET_ENUM.test(text) && SECRET_READ.test(text))) && sendsOut(text)
  ) {
    return hit(
      "secret_exfiltration",
      "Stored secrets collected (OS keyring, secret-manager scopes, wallet or extension storage) and sent to the network",
    );
  }
  if (bits & 64 && REDACTION_DEFEAT.test(text)) {
    return hit(
      "secret_exfiltration",
      "A secret's characters re-joined so output redaction misses it",
    );
  }
  if (bits & 16 && linkedServerPush(text)) {
    return hit("data_exfiltration", "Rows pushed into a linked server on an outside host");
  }
  if (bits & 512 && rlsOpened(text)) {
    return hit(
      "data_exposure",
      "Row-level security switched off or tables granted to the anonymous/public role",
    );
  }
  if (bits & 1024 && scriptMailForward(text)) {
    return hit("data_exfiltration", "Mail auto-forwarded to an outside address by a script");
  }
  if (bits & 128 && DEFAULT_ALLOW.test(text)) {
    return hit("auth_bypass", "An authorization policy that allows every request by default");
  }
  if (bits & 128 && HEADER_ONLY_ALLOW.test(text)) {
    return hit(
      "auth_bypass",
      "An authorization policy that allows any request carrying one fixed header value (a shared password around the real check)",
    );
  }
  // A deserializer named only in a comment (`// unserialize() is never used`) is not called
  // (./_code_r47.ts).
  if (
    bits & 256 && DESERIALIZER.test(text) && NET_SOURCE.test(text) &&
    matchesOutsideComments(DESERIALIZER, text)
  ) {
    return hit(
      "unsafe_deserialization",
      "An object deserializer that runs on data from the network (code execution by deserialization)",
    );
  }
  if (bits & 2048 && workspaceAutoRun(text)) {
    return hit(
      "remote_code_execution",
      "A workspace hook that runs downloaded code on the host when the folder is opened",
    );
  }
  if (bits & 8192 && bulkShareOut(text)) {
    return hit(
      "data_exfiltration",
      "Every file found in a drive shared with an outside personal account or with anyone (bulk sharing by script)",
    );
  }
  if (bits & 4096) return r35Obfuscated(text, where);
  return undefined;
});
