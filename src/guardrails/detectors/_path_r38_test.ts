import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const blocked = (key: string, value: string, tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

// Files that open other systems, by family.
const BLOCK: [string, string, string?][] = [
  // decryption identities
  ["path", "/Users/lee/Library/Application Support/sops/age/keys.txt"],
  ["path", "/home/ci/.config/age/ops.key", "copy_file"],
  ["source", "/srv/deploy/prod.agekey", "upload_file"],
  // session managers' saved passwords
  ["path", "D:/PortableApps/WinSCPPortable/App/winscp/WinSCP.ini"],
  ["path", "C:/Users/ola/AppData/Roaming/mRemoteNG/confCons.xml"],
  ["path", "C:/Users/ola/Documents/MobaXterm/MobaXterm.ini", "copy_file"],
  ["path", "/home/ola/.local/share/remmina/group_rdp_fileserver_10-0-0-5.remmina"],
  ["path", "C:/Users/ola/Documents/NetSarang Computer/7/Xshell/Sessions/prod/db01.xsh"],
  // cookie jars
  ["path", "/Users/kim/Library/Cookies/Cookies.binarycookies"],
  [
    "source",
    "/Users/kim/Library/Containers/com.tinyspeck.slackmacgap/Data/Library/Cookies/Cookies.binarycookies",
    "copy_file",
  ],
  ["path", "/Users/kim/Library/HTTPStorages/com.example.app.binarycookies"],
  // Group Policy password files
  [
    "path",
    "//ad.example.lan/SYSVOL/ad.example.lan/Policies/{6AC1786C-016F-11D2-945F-00C04FB984F9}/User/Preferences/Drives/Drives.xml",
  ],
  [
    "path",
    "//dc01/sysvol/example.lan/Policies/{A1B2C3D4-0000-1111-2222-333344445555}/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml",
  ],
  [
    "path",
    "//dc01/sysvol/example.lan/Policies/{A1B2C3D4-0000-1111-2222-333344445555}/Machine/Preferences/Services/Services.xml",
  ],
  // administrators' SSH keys on Windows
  ["path", "C:/ProgramData/ssh/authorized_keys", "write_file"],
  ["path", "/etc/ssh/authorized_keys/deploy", "write_file"],
  ["path", "C:/ProgramData/ssh/ssh_host_ed25519_key"],
  ["path", "C:/ProgramData/ssh/ssh_host_rsa_key", "copy_file"],
];
const PASS: [string, string, string?][] = [
  ["path", "/home/dev/src/infra/.sops.yaml"],
  ["path", "docs/age/README.md"],
  ["path", "/home/ci/.config/age/README"],
  ["path", "C:/Program Files (x86)/WinSCP/WinSCP.exe"],
  ["path", "C:/Users/ola/Documents/MobaXterm/slash/bin/ls.exe"],
  ["path", "/home/ola/.config/remmina/remmina.pref"],
  ["path", "/Users/kim/Library/Cookies/"],
  ["path", "//dc01/sysvol/example.lan/scripts"],
  ["path", "//dc01/sysvol/example.lan/Policies/{A1B2C3D4-0000-1111-2222-333344445555}/GPT.INI"],
  ["path", "C:/ProgramData/ssh/sshd_config"],
  ["path", "C:/ProgramData/ssh/ssh_host_ed25519_key.pub"],
  ["path", "C:/ProgramData/ssh/logs/sshd.log"],
];

Deno.test("r38 path: files that open other systems block", () => {
  for (const [k, v, t] of BLOCK) assert.ok(blocked(k, v, t), `should block ${k}=${v}`);
});
Deno.test("r38 path: look-alikes pass", () => {
  for (const [k, v, t] of PASS) assert.ok(!blocked(k, v, t), `should pass ${k}=${v}`);
});
