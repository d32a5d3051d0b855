/**
 * Round-29 command rules:
 *
 * - a credential sweep sent to the network: a `find`/`locate`/`fd`/`Get-ChildItem` whose name
 *   patterns select key and secret files (`id_*`, `*.pem`, `*.key`, `*.kdbx`, `wallet.dat`,
 *   `*.p12`, `*.pfx`, `*.ovpn`, `.env`, `credentials`) and a network sender later in the same
 *   command (curl, nc, socat, scp, rclone …). A search kept local passes;
 * - a raw write to a whole block device: `dd … of=/dev/sdX|nvmeXnY|vdX|xvdX|mmcblkX|diskN`,
 *   `> /dev/nvme0n1`, `shred`/`wipefs -a`/`blkdiscard` of one (a write to a file or a read of the
 *   device passes);
 * - TLS verification turned off for a package manager or git (`npm config set strict-ssl false`,
 *   `--strict-ssl=false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `pip … --trusted-host`,
 *   `git config http.sslVerify false`, `GIT_SSL_NO_VERIFY=1`, `PIP_TRUSTED_HOST=`): downloaded code
 *   can then be swapped in transit;
 * - words built from `printf` escapes: `$(printf '\162\155')`, `` `printf '\x72\x6d'` ``: a command
 *   spelled in octal/hex so no filter reads it. Only substitutions made of escapes alone that decode
 *   to two or more letters count (`$(printf '\t')` as a delimiter passes).
 *
 * Literal gates first; bounded patterns, no nested quantifiers.
 */
import { LiteralGate } from "./_literal_gate.ts";

const SWEEP =
  /\b(?:find|fd|locate|mlocate|plocate|get-childitem|gci|dir)\b[^|;\n]{0,400}?(?:-i?name|-i?path|-include|-filter|-e|-g|--glob)?\s{0,4}['"]?(?:\*?\.(?:pem|key|kdbx|kdb|p12|pfx|ovpn|ppk|gpg|asc|keystore|jks)|id_(?:\*|rsa|dsa|ecdsa|ed25519)|wallet\.dat|\*?wallet\*|\.env|credentials|\.netrc|\.pgpass|\*?secret\*?)(?=['"\s)\\]|$)/i;
const NET_SENDER =
  /(?:^|[|;&(\n`]|\$\(|\s)\s{0,4}(?:sudo\s{1,4})?(?:curl|wget|nc|ncat|netcat|socat|telnet|scp|sftp|rsync|rclone|ftp|tftp|invoke-webrequest|invoke-restmethod|iwr|irm|openssl\s{1,4}s_client|mail|sendmail|aws\s{1,4}s3\s{1,4}cp|gsutil\s{1,4}cp)(?![\w-])|\/dev\/(?:tcp|udp)\//i;

/** The search programs {@link SWEEP} names (a cheap word test before the pattern). */
const SEARCH_PROGRAM = new LiteralGate(/find|fd|locate|gci|dir|get-childitem/i);

/** True when `view` searches for key/secret files and sends the result to the network. */
export function credentialSweep(view: string): boolean {
  if (view.length > 8192) return false;
  // A search program is named first: a literal test before the pattern.
  if (!SEARCH_PROGRAM.test(view)) return false;
  const m = SWEEP.exec(view);
  return !!m && NET_SENDER.test(view.slice(m.index + m[0].length));
}

const BLOCK_DEV = String
  .raw`\/dev\/(?:sd[a-z]{1,2}|hd[a-z]|vd[a-z]|xvd[a-z]{1,2}|nvme\d{1,2}n\d{1,2}|mmcblk\d{1,2}|disk\d{1,2}|rdisk\d{1,2}|md\d{1,3}|mapper\/[\w-]{1,60}|dm-\d{1,3}|root|xvd[a-z]\d{0,2})(?:p?\d{1,2})?(?![\w\/-])`;
const RAW_WRITE = new RegExp(
  String
    .raw`\bdd\b[^|;&\n]{0,200}?\bof=${BLOCK_DEV}|(?:^|[^<>&\d])>{1,2}\s{0,4}${BLOCK_DEV}|\b(?:shred|wipefs|blkdiscard|sgdisk\s{1,4}(?:--zap-all|-Z)|mkfs(?:\.\w{2,8})?(?:\s{1,4}-\w{1,4}(?:\s{1,4}\w{1,20})?){0,3})\s{1,4}(?:-\w{1,4}\s{1,4}){0,4}${BLOCK_DEV}`,
  "i",
);

/** True when `view` writes raw bytes over (or wipes) a whole block device. */
export function rawDeviceWrite(view: string): boolean {
  return view.length <= 8192 && view.includes("/dev/") && RAW_WRITE.test(view);
}

const TLS_OFF =
  /\b(?:npm|yarn|pnpm)\s{1,4}config\s{1,4}set\s{1,4}strict-ssl(?:=|\s{1,4})(?:false|0)\b|--strict-ssl(?:=|\s{1,4})(?:false|0)\b|\bnpm_config_strict_ssl=(?:false|0)\b|\bNODE_TLS_REJECT_UNAUTHORIZED=['"]?0\b|\bpip3?\b[^|;&\n]{0,200}\s--trusted-host[=\s]|\bPIP_TRUSTED_HOST=|\bpip3?\s{1,4}config\s{1,4}set\s{1,4}\S{0,20}trusted-host\b|\bgit\b[^|;&\n]{0,80}\bhttp\.sslverify(?:=|\s{1,4})(?:false|0)\b|\bGIT_SSL_NO_VERIFY=['"]?(?:1|true)\b|\byarn\s{1,4}config\s{1,4}set\s{1,4}enableStrictSsl\s{1,4}false\b|\bcargo\b[^|;&\n]{0,80}\bcheck-revoke\s{0,4}=?\s{0,4}false\b|\bgem\b[^|;&\n]{0,80}ssl_verify_mode\s{0,4}[:=]?\s{0,4}0\b/i;

/** A word every setting {@link TLS_OFF} names holds (one pass, no lower-case copy). */
const TLS_WORD = new LiteralGate(/ssl|tls|trusted|revoke/i);

/** True when `view` turns off TLS verification for a package manager or git. */
export function tlsVerifyOff(view: string): boolean {
  if (view.length > 8192) return false;
  return TLS_WORD.test(view) && TLS_OFF.test(view);
}

/** A `printf` substitution whose argument is made of escapes only. */
const PRINTF_SUB =
  /(?:\$\(|`)\s{0,4}printf\s{1,4}(?:--\s{1,4})?(['"]?)((?:\\(?:[0-7]{1,3}|x[0-9a-f]{1,2}|u[0-9a-f]{4})){1,60})\1\s{0,4}(?:\)|`)/gi;

/** Decode octal/hex printf escapes. */
function unescapePrintf(s: string): string {
  return s.replace(
    /\\(?:([0-7]{1,3})|x([0-9a-f]{1,2})|u([0-9a-f]{4}))/gi,
    (_a, o, x, u) => String.fromCharCode(parseInt(o ?? x ?? u, o ? 8 : 16)),
  );
}

/** True when `view` spells letters of a command through escape-only `printf` substitutions. */
export function printfSpelledWord(view: string): boolean {
  if (view.length > 8192 || !view.includes("printf")) return false;
  PRINTF_SUB.lastIndex = 0;
  for (let m = PRINTF_SUB.exec(view), n = 0; m && n < 16; m = PRINTF_SUB.exec(view), n++) {
    if (/[a-z]{2}/i.test(unescapePrintf(m[2]))) return true;
  }
  return false;
}

/** Round-29 command techniques of `view`, or undefined. */
export function r29Techniques(view: string): { kind: string; reason: string } | undefined {
  if (credentialSweep(view)) {
    return {
      kind: "data_exfiltration",
      reason:
        "searches for key and secret files (SSH keys, PEMs, password vaults, wallets) and sends them to a network tool",
    };
  }
  if (rawDeviceWrite(view)) {
    return { kind: "destructive_command", reason: "overwrites or wipes a whole block device" };
  }
  if (tlsVerifyOff(view)) {
    return {
      kind: "argument_injection",
      reason:
        "turns off TLS verification for a package manager or git, so downloaded code can be swapped in transit",
    };
  }
  if (printfSpelledWord(view)) {
    return {
      kind: "obfuscated_command",
      reason: "spells command words through printf octal/hex escapes so filters cannot read them",
    };
  }
  return undefined;
}

/**
 * Block-device writes and TLS switches need no metacharacter (`dd if=/dev/zero of=/dev/sda`):
 * judged for any argument value, free text only when short (a sentence of a guide may name them).
 */
export function r29BareTechnique(
  text: string,
  free: boolean,
): { kind: string; reason: string } | undefined {
  if (free && text.length > 200) return undefined;
  if (rawDeviceWrite(text)) {
    return { kind: "destructive_command", reason: "overwrites or wipes a whole block device" };
  }
  if (tlsVerifyOff(text)) {
    return {
      kind: "argument_injection",
      reason:
        "turns off TLS verification for a package manager or git, so downloaded code can be swapped in transit",
    };
  }
  return undefined;
}
