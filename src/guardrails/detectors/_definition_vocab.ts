/**
 * Word classes for the tool-definition rules: capability verbs, sensitive objects, broad scopes
 * and destinations, plus the name words that make a capability expected. Each class is a global,
 * case-insensitive regex anchored at a word start.
 */
import { wordClass } from "./_definition_grammar.ts";

/** Verbs that move data somewhere else (active or passive: "uploads", "is sent"). */
export const EXFIL_VERB = wordClass([
  "upload",
  "send",
  "sent\\b",
  "post(?:s|ed|ing)?\\b",
  "transmit",
  "exfiltrat",
  // Inflections only: "forwards", not "forward-ports"; "copies", not "copyright"; "syncs", not
  // "synchronous".
  "forward(?:s|ed|ing)?\\b",
  "cop(?:y|ies|ied|ying)\\b",
  "sync(?:s|ed|ing)?\\b",
  "synchroni[sz](?:e|es|ed|ing)\\b",
  "ship",
  "beam",
  "leak",
  "relay",
  "mirror",
  "replicat",
  "stream(?:s|ed|ing)?\\b",
  "transfer",
  "submit",
  "shar(?:e|es|ed|ing)\\b",
  // "reports the aliases it defines" returns them; "reports them to our server" moves them.
  "report(?:s|ed|ing)?\\b(?=\\s+(?:[\\w.-]+\\s+){0,4}?(?:to|back)\\b)",
  "push(?:es|ed|ing)?\\b",
  "export(?:s|ed|ing)?\\b",
  "deliver",
  "e-?mail",
  "phones? home",
  "back(?:s|ed|ing)? up",
  "backup",
  "archiv",
  "pipe[sd]? (?:it |them )?to",
  "sends? (?:back|out)",
  "b?cc(?:'?d|'?ed|s|ing)?\\b(?!\\s*[:=])",
  // A command that uploads: `curl -d @file https://…`, `curl -T file`.
  "curl\\s+(?:\\S+\\s+){0,4}?(?:-d|--data(?:-\\w+)?|-F|--form|-T|--upload-file)\\b",
]);

/** Verbs that destroy data, including git and SQL spellings. */
export const DESTROY_VERB = wordClass([
  "delet",
  "remov",
  "wip(?:e|es|ed|ing)\\b",
  "eras",
  "overwrit",
  "destroy",
  "purg",
  "shred",
  "truncat",
  "drop(?:s|ped|ping)?\\b",
  "format(?:s|ted|ting)? (?:the |your |all )?(?:disk|drive|partition|volume)",
  // The verb, not "encryption" (a feature: "S3 bucket encryption").
  "encrypt(?:s|ed|ing)?\\b",
  "corrupt",
  "nuk(?:e|es|ed|ing)\\b",
  "unlink",
]);

/** Inherently destructive operations: their scope is the whole history, tree or database. */
export const DESTROY_OP = new RegExp(
  [
    String.raw`\bforce[- ]?push`,
    // Not `--force-with-lease`: it refuses to drop commits it has not seen.
    String.raw`\bpush(?:es|ed|ing)?\s+(?:-f|--force)\b(?!-)`,
    String.raw`\bpush(?:es|ed|ing)?\s+(?:\S+\s+){0,3}with\s+--force\b(?!-)`,
    String.raw`\breset\s+--hard\b`,
    // Only with a broad target (`/`, `~`, `$HOME`, `*`, `.`): `rm -rf build` is a narrow cleanup.
    String
      .raw`\brm\s+-(?:rf|fr|r)\s+(?:-\S+\s+){0,3}["']?(?:\/|~|\$HOME\b|\*|\.\.?(?:\/|\s|$))`,
    String.raw`\bdel\s+/[sfq]\b`,
    String.raw`\bdrop\s+(?:database|schema)\b`,
    String.raw`\bdrop(?:s|ped|ping)?\s+(?:all|every)\s+(?:\w+\s+)?tables?\b`,
    String
      .raw`\bmkfs(?:\.\w+)?\s+(?:\S+\s+){0,3}?(?:\/dev\/|(?:the\s+)?(?:disk|drive|partition|volume))`,
    String.raw`\bdd\s+if=`,
    String.raw`\b(?:empty|rewrit\w*|wip\w*|eras\w*)\s+(?:\w+\s+){0,2}(?:git\s+)?history\b`,
  ].join("|"),
  "gi",
);

/** Verbs that read or gather data (harvesting, when the object is a secret store). */
export const HARVEST_VERB = wordClass([
  "read",
  "collect",
  "gather",
  "harvest",
  "scrap(?:e|es|ed|ing)",
  "access(?:es|ed|ing)",
  "extract",
  "dump",
  "grab",
  "captur(?:e|es|ed|ing)",
  "record",
  "log(?:s|ged|ging)",
  "includ(?:e|es|ed|ing)",
  "attach",
  "bundl(?:e|es|ed|ing)",
  "cat",
  "open",
  "load",
  "scan",
  "steal",
  "snapshot",
], String.raw`(?:s|es|ed|ing)?\b`);

const POSSESSIVE = String
  .raw`(?:the\s+user'?s|users'?|your|their|his|her|browser|chrome|firefox|safari|all(?:\s+the)?|every|any|saved|stored|cached|local|system|keychain)`;

/** Secret stores: specific files and paths, or a qualified secret noun ("the user's cookies"). */
export const SECRET_OBJECT = new RegExp(
  [
    String
      .raw`~\/\.(?:ssh|aws|gnupg|kube|docker|config\/gcloud|azure|netrc|npmrc|pypirc|git-credentials|pgpass|bash_history|zsh_history)`,
    String.raw`\bid_(?:rsa|ed25519|ecdsa|dsa)\b`,
    String.raw`\.aws\/credentials\b`,
    String.raw`(?<![\w.])\.env(?:\.\w+)?\b`,
    String.raw`\.(?:netrc|npmrc|pypirc|pgpass|git-credentials)\b`,
    String.raw`\bmcp\.json\b`,
    String.raw`\/etc\/(?:shadow|passwd|sudoers)\b`,
    String.raw`\bkeychains?\b`,
    String.raw`\bkeystores?\b`,
    String.raw`\bwallet(?:\.dat|\s+(?:file|seed|keys?))\b`,
    String.raw`\b(?:seed|recovery|mnemonic)\s+phrases?\b`,
    String.raw`\b(?:private|ssh|gpg|pgp|signing)\s+keys?\b`,
    String.raw`\b(?:api|access|secret(?:\s+access)?)\s+keys?\b`,
    String
      .raw`\b(?:access|auth|bearer|session|oauth|refresh|api|github|gitlab|slack|npm|personal\s+access)\s+tokens?\b`,
    String
      .raw`\b[A-Z][A-Z0-9]*_(?:TOKEN|SECRET|PASSWORD|PASS|API_KEY|ACCESS_KEY(?:_ID)?|SECRET_ACCESS_KEY|KEY)\b`,
    String.raw`\benvironment\s+variables\b`,
    String.raw`\benv\s+vars\b`,
    String.raw`\bdotfiles\b`,
    String.raw`\bsaved\s+(?:passwords?|logins?|credentials|credit\s+cards?)\b`,
    String.raw`\bpassword\s+(?:manager|vault|store|database|file)s?\b`,
    String.raw`\b(?:browser|chat|conversation|search|shell|command|bash)\s+history\b`,
    String
      .raw`\b${POSSESSIVE}\s+(?:[\w-]+\s+){0,2}(?:cookies|passwords|credentials|secrets|tokens|clipboard|keystrokes|session\s+(?:cookies|tokens))\b`,
    String
      .raw`\b(?:cookies|passwords|credentials|secrets)\s+(?:and|or|,)\s+(?:\w+\s+){0,2}(?:cookies|passwords|credentials|secrets|tokens|keys)\b`,
  ].join("|"),
  "gi",
);

/** Scopes that cover everything: home, the working directory, every file. */
export const BROAD_SCOPE = new RegExp(
  [
    String.raw`\b(?:the\s+)?(?:user'?s\s+|your\s+)?home\s+(?:directory|dir|folder)\b`,
    String.raw`\$HOME\b`,
    String
      .raw`(?<![\w.])~(?:\/?(?=[\s,.;)'"\x60]|$)|\/(?:Documents|Desktop|Downloads|Pictures|Library|Music|Videos|projects?|src|code|\.\w+))`,
    String.raw`\/home\/\w+\/?(?=[\s,.;)'"\x60]|$)`,
    String
      .raw`\b(?:the\s+)?(?:current\s+|present\s+)?working\s+(?:directory|dir|folder|tree|copy)\b`,
    String.raw`\bcwd\b`,
    String.raw`\bcurrent\s+(?:directory|folder|project|repo(?:sitory)?)\b`,
    String
      .raw`\b(?:every|all(?:\s+the)?|each)\s+(?:of\s+(?:the|your)\s+)?(?:[\w-]+\s+)?(?:files?|folders?|directories|documents?|repositories|repos|e-?mails?|messages?|contacts?|photos?|databases?|tables|records?|backups?|data)\b(?!\s+(?:\w+\s+){0,2}(?:in|from|under|of|matching)\s+(?:the\s+)?(?:given|chosen|selected|specified|provided|requested|named|passed))`,
    String
      .raw`\b(?:entire|whole|complete)\s+(?:disk|drive|file\s?system|home|project|repo\w*|database|directory|folder|mailbox|inbox|history|workspace|machine|computer)\b`,
    String.raw`\broot\s+(?:directory|folder|file\s?system|partition)\b`,
    String.raw`\b(?:git|commit)\s+history\b`,
    String.raw`\beverything\b`,
    // The root alone, as a word: not `//` or `/*` comments, `ssh://`, `(\x60/\x60)`.
    String.raw`(?<=^|\s)['"\x60]?(?:C:\\|\/)(?![\/*])(?=['"\x60]?(?:[\s,.;)]|$))`,
  ].join("|"),
  "gi",
);

/** A destination outside the user's control: a URL, host, address or "our partner". */
export const EXTERNAL_DEST = new RegExp(
  [
    String.raw`\bhttps?:\/\/\S+`,
    String.raw`\bftp:\/\/\S+`,
    String.raw`\b(?:\d{1,3}\.){3}\d{1,3}\b`,
    String.raw`\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`,
    String
      .raw`\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|ru|cn|xyz|example|app|dev|site|info|biz|me|top|cc|tk|sh|ai|cloud|link|to)\b`,
    String
      .raw`\b(?:our|the|an?|its)\s+(?:[\w-]+\s+){0,2}(?:partners?|vendors?|third[- ]part(?:y|ies)|analytics|telemetry|collectors?|affiliates?|advertisers?)\b`,
    String.raw`\bthird[- ]part(?:y|ies)\b`,
    String
      .raw`\b(?:remote|external|offsite|off-site|attacker)\s+(?:[\w-]+\s+)?(?:server|host|endpoint|service|storage|location|bucket|address)s?\b`,
    String
      .raw`\b(?:our|their)\s+(?:[\w-]+\s+)?(?:servers?|team|api|endpoints?|services?|backend|cloud|storage|database)\b`,
  ].join("|"),
  "gi",
);

/** A destination the user picked: "the user's S3 bucket", "the given address". */
export const USER_DEST = new RegExp(
  String
    .raw`\bto\s+(?:the\s+user'?s|your(?:\s+own)?|the\s+(?:given|chosen|selected|specified|configured|provided|requested|target|destination))\b`,
  "i",
);

/** Name words that make moving data the tool's job (backup, sync, upload, deploy, …). */
export const EXFIL_NAME = new Set([
  "upload",
  "sync",
  "backup",
  "back",
  "send",
  "export",
  "share",
  "push",
  "post",
  "publish",
  "transfer",
  "copy",
  "mirror",
  "replicate",
  "archive",
  "forward",
  "email",
  "mail",
  "notify",
  "webhook",
  "deploy",
  "release",
  "ship",
  "migrate",
  "clone",
  "rsync",
  "scp",
  "ftp",
  "s3",
  "bucket",
  "snapshot",
  "report",
]);

/** Name words that make destroying data the tool's job. */
export const DESTROY_NAME = new Set([
  "delete",
  "del",
  "remove",
  "rm",
  "wipe",
  "erase",
  "clean",
  "cleanup",
  "clear",
  "purge",
  "drop",
  "reset",
  "destroy",
  "prune",
  "trash",
  "uninstall",
  "truncate",
  "overwrite",
  "write",
  "push",
  "git",
  "force",
  "rewrite",
  "rebase",
  "shred",
  "format",
  "migrate",
  "sql",
  "query",
  "execute",
  "exec",
  "shell",
  "command",
]);

/** Name words that make secrets the tool's business (vaults, logins, cloud config, …). */
export const SECRET_NAME = new Set([
  "credential",
  "secret",
  "password",
  "passwd",
  "key",
  "token",
  "vault",
  "keychain",
  "keyring",
  "cookie",
  "auth",
  "login",
  "signin",
  "session",
  "env",
  "dotenv",
  "wallet",
  "aws",
  "gcp",
  "gcloud",
  "azure",
  "ssh",
  "gpg",
  "kube",
  "kubectl",
  "k8",
  "docker",
  "npm",
  "git",
  "browser",
  "chrome",
  "firefox",
  "history",
  "clipboard",
  "bitwarden",
  "1password",
  "lastpass",
  "keepass",
]);
