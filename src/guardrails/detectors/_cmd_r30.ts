/**
 * Round-30 command rules:
 *
 * - a browser's or the OS keychain's credential store sent to the network: a browser secret file
 *   (`Cookies`, `Login Data`, `Local State` — the cookie key —, `Web Data`, `key4.db`,
 *   `logins.json`, `cookies.sqlite`) under a browser profile folder, or a keychain dump
 *   (`security dump-keychain`, `security find-*-password … -w|-g` piped on, `secret-tool lookup`
 *   piped on), with a network sender in the same command. Reading a keychain item into a header
 *   (`curl -H "…$(security find-generic-password -w)"`) uses it and passes: only a pipe of the
 *   secret itself, or a browser store plus any sender, counts;
 * - recovery destruction (ransomware preparation): every shadow copy deleted (`vssadmin delete
 *   shadows /all`, `wmic shadowcopy delete`, `Win32_ShadowCopy … Delete`, `diskshadow delete
 *   shadows all`), the backup catalog deleted (`wbadmin delete catalog`), Time Machine backups
 *   deleted; boot recovery switched off (`bcdedit … recoveryenabled no`, `bootstatuspolicy
 *   ignoreallfailures`, `reagentc /disable`) counts with a second such step;
 * - git push destination rewired: a push-only URL set for a remote (`remote set-url --push`,
 *   `config remote.X.pushurl`) and then every branch/tag pushed (`--all`, `--mirror`, `--tags`,
 *   `refs/*`): fetches still show the old remote while the whole repository goes elsewhere.
 *
 * Literal gates first; bounded patterns, no nested quantifiers.
 */
import { lowerOnce } from "../text/lower.ts";

/** Network senders (programs and PowerShell cmdlets/.NET upload calls). */
const SENDER =
  /(?<![\w.$-])(?:curl(?:\.exe)?|wget|nc|ncat|netcat|socat|telnet|scp|sftp|rsync|rclone|ftp|tftp|invoke-webrequest|invoke-restmethod|iwr|irm|start-bitstransfer|bitsadmin|openssl\s{1,4}s_client|mail|sendmail|mutt|aws\s{1,4}s3\s{1,4}cp|gsutil\s{1,4}cp|azcopy|smbclient|send-mailmessage)(?![\w-])|\/dev\/(?:tcp|udp)\/|\.upload(?:file|data|string)(?:async)?\s{0,2}\(/i;

/** A browser profile folder, then one of its secret files. */
const BROWSER_STORE =
  /(?:chrome|chromium|edge|brave|opera|vivaldi|yandex|firefox|mozilla|thunderbird|user data|profiles)[^"'\n|;&<>]{0,160}[\\/](?:cookies(?:\.sqlite)?|login data(?: for account)?|local state|web data|key[34]\.db|logins\.json|signons\.sqlite)(?=["'\s,;)]|$)/gi;

/** A keychain/secret-store read whose output is piped on, or a whole keychain dump. */
const KEYCHAIN_PIPE =
  /\bsecurity\s{1,4}(?:find-(?:generic|internet)-password\b[^|;&\n]{0,200}\s-[wg]\b[^|;&\n]{0,80}\|(?!\|)|dump-keychain\b)|\bsecret-tool\s{1,4}(?:lookup|search)\b[^|;&\n]{0,200}\|(?!\|)|\bkwallet-query\b[^|;&\n]{0,200}\|(?!\|)|\bcmdkey\s{1,4}\/list\b[^|;&\n]{0,40}\|(?!\|)/i;

/** True when `view` sends a browser's or keychain's credential store to the network. */
export function credentialStoreOut(view: string): boolean {
  if (view.length > 8192) return false;
  const low = lowerOnce(view);
  const browser = low.includes("cookies") || low.includes("login data") ||
    low.includes("local state") || low.includes("key4") || low.includes("logins.json") ||
    low.includes("web data");
  const keychain = low.includes("security ") || low.includes("secret-tool") ||
    low.includes("kwallet") || low.includes("cmdkey");
  if (!browser && !keychain) return false;
  if (browser && SENDER.test(view)) {
    BROWSER_STORE.lastIndex = 0;
    for (let m = BROWSER_STORE.exec(view), n = 0; m && n < 8; m = BROWSER_STORE.exec(view), n++) {
      // A local file, not a web page about one (`https://…/mozilla/…/Cookies`).
      const before = view.slice(Math.max(0, m.index - 200), m.index);
      const start = Math.max(
        before.lastIndexOf(" "),
        before.lastIndexOf('"'),
        before.lastIndexOf("'"),
      );
      if (!(before.slice(start + 1) + m[0]).includes("://")) return true;
    }
  }
  if (keychain) {
    const m = KEYCHAIN_PIPE.exec(view);
    if (m && SENDER.test(view.slice(m.index))) return true;
  }
  return false;
}

/** Steps that destroy every restore point on their own. */
const RECOVERY_KILL =
  /\bvssadmin(?:\.exe)?\s{1,4}delete\s{1,4}shadows\b[^&|;\n]{0,80}\/all\b|\bwmic(?:\.exe)?\s{1,4}shadowcopy\b[^&|;\n]{0,60}\bdelete\b|\bwin32_shadowcopy\b[^\n]{0,200}\b(?:delete\s{0,2}\(|remove-(?:cim|wmi)instance|remove-wmiobject)|\b(?:remove-ciminstance|remove-wmiobject)\b[^\n]{0,120}\bwin32_shadowcopy\b|\bdiskshadow\b[^\n]{0,200}\bdelete\s{1,4}shadows\s{1,4}all\b|\bwbadmin(?:\.exe)?\s{1,4}delete\s{1,4}catalog\b|\btmutil\s{1,4}delete\s{1,4}(?:-d\s{1,4})?\S{0,200}backups\.backupdb|\bvssadmin(?:\.exe)?\s{1,4}resize\s{1,4}shadowstorage\b[^&|;\n]{0,120}\/maxsize=\s{0,2}(?:\d{1,3}(?:kb|mb)\b|1%)/i;
/** Steps that switch boot recovery or backups off (a second step makes them count). */
const RECOVERY_OFF =
  /\brecoveryenabled\s{1,4}(?:no|off|false|0)\b|\bbootstatuspolicy\s{1,4}ignoreallfailures\b|\breagentc(?:\.exe)?\s{1,4}\/disable\b|\btmutil\s{1,4}disable\b|\bwbadmin(?:\.exe)?\s{1,4}delete\s{1,4}(?:systemstatebackup|backup)\b|\bvssadmin(?:\.exe)?\s{1,4}delete\s{1,4}shadows\b|\bwmic\s{1,4}shadowcopy\b/gi;

/** True when `view` destroys shadow copies/backup catalogs or switches off boot recovery twice. */
export function recoveryDestruction(view: string): boolean {
  if (view.length > 8192) return false;
  const low = lowerOnce(view);
  if (
    !(low.includes("shadow") || low.includes("wbadmin") || low.includes("bcdedit") ||
      low.includes("reagentc") || low.includes("tmutil"))
  ) return false;
  if (RECOVERY_KILL.test(view)) return true;
  RECOVERY_OFF.lastIndex = 0;
  let n = 0;
  for (let m = RECOVERY_OFF.exec(view); m && n < 2; m = RECOVERY_OFF.exec(view)) n++;
  return n >= 2;
}

/** A push-only URL set for a remote. */
const PUSH_REWIRE =
  /\bgit\b[^|;&\n]{0,80}\bremote\s{1,4}set-url\b[^|;&\n]{0,40}\s--push\b[^|;&\n]{0,40}\s(?:https?:\/\/|ssh:\/\/|git@|[\w.-]{1,60}@[\w.-]{1,120}:)|\bgit\b[^|;&\n]{0,80}\bconfig\b[^|;&\n]{0,40}\bremote\.[\w.-]{1,60}\.pushurl\s{1,4}['"]?(?:https?:\/\/|ssh:\/\/|git@|[\w.-]{1,60}@[\w.-]{1,120}:)/i;
/** A push of every branch or tag. */
const PUSH_ALL =
  /\bgit\b[^|;&\n]{0,80}\bpush\b[^|;&\n]{0,160}(?:\s--all\b|\s--mirror\b|\s--tags\b|\srefs\/\*|\s['"]?\*:\*|\s\+?refs\/heads\/\*)/i;

/** True when `view` rewires a remote's push URL and then pushes every branch/tag. */
export function pushRewire(view: string): boolean {
  if (view.length > 8192) return false;
  const low = lowerOnce(view);
  if (!(low.includes("--push") || low.includes("pushurl"))) return false;
  const m = PUSH_REWIRE.exec(view);
  return !!m && PUSH_ALL.test(view.slice(m.index + m[0].length));
}

/**
 * A word one of the three checks below needs: one case-insensitive pass instead of up to 17
 * `includes` over a lower-case copy, on every command-like value.
 */
export const R30_WORD =
  /cookies|login data|local state|key4|logins\.json|web data|security |secret-tool|kwallet|cmdkey|shadow|wbadmin|bcdedit|reagentc|tmutil|--push|pushurl/i;

/** Round-30 command techniques of `view`, or undefined. */
export function r30Techniques(view: string): { kind: string; reason: string } | undefined {
  if (!R30_WORD.test(view)) return undefined;
  if (credentialStoreOut(view)) {
    return {
      kind: "data_exfiltration",
      reason:
        "sends a browser's cookie/password store or keychain secrets to a network tool (session and account theft)",
    };
  }
  if (recoveryDestruction(view)) {
    return {
      kind: "destructive_command",
      reason:
        "deletes shadow copies or backup catalogs, or switches off boot recovery (ransomware preparation)",
    };
  }
  if (pushRewire(view)) {
    return {
      kind: "data_exfiltration",
      reason:
        "points a git remote's push URL elsewhere and pushes every branch or tag there (source code theft)",
    };
  }
  return undefined;
}
