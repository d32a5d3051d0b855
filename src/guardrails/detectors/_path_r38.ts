/**
 * Round-38 path rules, folded into ONE precompiled expression (one pass per resolved path).
 * Family: a file that by itself is a way into other systems, kept by an everyday admin tool.
 *
 * - decryption identities of secret-file tools: the age keys SOPS reads (`sops/age/keys.txt`,
 *   `*.agekey`), age identities under `~/.config/age/` — one file opens every encrypted secret
 *   in the repositories;
 * - session managers that keep reversibly-obfuscated passwords: WinSCP (`WinSCP.ini`), mRemoteNG
 *   (`confCons.xml`), MobaXterm (`MobaXterm.ini`), Remmina profiles, Xshell/Xftp sessions,
 *   SuperPuTTY sessions, Navicat connection exports (`.ncx`);
 * - WebKit/Safari cookie jars (`*.binarycookies`) — every logged-in session of the machine's user;
 * - Group Policy Preferences files that may carry a `cpassword` (Groups, Services, Scheduled
 *   Tasks, Data Sources, Drives, Printers under a policy's `Preferences`), readable by every domain
 *   user and decryptable with Microsoft's published key;
 * - system-wide SSH trust: any authorized-keys file in Windows OpenSSH's `ProgramData/ssh` (the
 *   administrators' file there logs in as any administrator) or in `/etc/ssh/authorized_keys/`,
 *   and host private keys under `ProgramData/ssh`. `sshd_config` itself is not included:
 *   reading it is routine.
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** The credential stores of round 38, in one expression. */
export const R38_SECRET_FILES: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    /(?:^|\/)sops\/age\/keys\.txt$|(?:^|\/)[^/]{1,80}\.agekey$|(?:^|\/)\.config\/age\/[^/]{1,80}\.(?:txt|key)$|(?:^|\/)winscp\.ini$|(?:^|\/)mremoteng\/confcons\.xml(?:\.backup)?$|(?:^|\/)mobaxterm\/mobaxterm\.ini$|(?:^|\/)remmina\/[^/]{1,120}\.remmina$|(?:^|\/)(?:xshell|xftp)\s?\d{0,2}\/sessions\/(?:[^/]{1,80}\/){0,3}[^/]{1,80}\.xf?s[hf]$|(?:^|\/)superputty\/sessions\.xml$|(?:^|\/)[^/]{1,80}\.ncx$|(?:^|\/)[^/]{1,80}\.binarycookies$|\/(?:machine|user)\/preferences\/(?:groups|services|scheduledtasks|datasources|drives|printers)\/(?:groups|services|scheduledtasks|datasources|drives|printers)\.xml$|(?:^|\/)programdata\/ssh\/(?:[^/]{0,30}authorized_keys|ssh_host_[a-z0-9]{2,10}_key)$|^\/etc\/ssh\/authorized_keys\/[^/]{1,64}$/,
    "a file that opens other systems (a secret-decryption key, a session manager's saved passwords, a browser cookie jar, a Group Policy password file, the administrators' SSH keys)",
    "critical",
  ],
];
