import assert from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";
import { expandShortFileNames, metadataTool, publicCertificate } from "./_path_r46.ts";

const OPTS = { allowed_roots: [], sensitive_files: [], block_absolute_outside_roots: true };
const blocked = (key: string, value: string, tool = "read_file"): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

const BLOCK: [string, string, string?][] = [
  // Office start-up folders (ATT&CK T1137), any Office program, any profile
  ["path", "C:\\Users\\ana\\AppData\\Roaming\\Microsoft\\Excel\\XLSTART\\macros.xlsm", "copy_file"],
  ["save_to", "%APPDATA%\\Microsoft\\Word\\STARTUP\\letterhead.dotm", "fetch_url"],
  ["dest", "C:/Program Files/Microsoft Office/root/Office16/STARTUP/tools.dotm", "move_file"],
  ["path", "C:\\Users\\bo\\AppData\\Roaming\\Microsoft\\Outlook\\VbaProject.OTM", "copy_file"],
  ["path", "C:\\Users\\bo\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm", "upload_file"],
  ["save_as", "C:\\Users\\bo\\AppData\\Roaming\\Microsoft\\AddIns\\pricing.xlam", "download_file"],
  // 8.3 short FILE names of credential files
  ["path", "C:\\Users\\ci\\AppData\\Roaming\\NuGet\\NUGET~1.CON"],
  ["path", "C:\\Users\\ci\\.azure\\ACCESS~1.JSO"],
  [
    "path",
    "C:\\Users\\ci\\AppData\\Roaming\\MOZILL~1\\Firefox\\Profiles\\x1.default\\LOGINS~1.JSO",
  ],
  // the private key next to a certificate is still a key
  ["remote_path", "/etc/kubernetes/pki/etcd/ca.key", "download_file"],
  ["path", "/etc/ssl/private/server-key.crt"],
  // a climb to a public-looking file still counts
  ["path", "../../../../etc/krb5.conf"],
  // resolver settings stay with the public_system_reads option; an agent socket is used, not read
  ["path", "/etc/resolv.conf"],
  ["path", "/tmp/ssh-Xk29fQ/agent.5150", "stat_file"],
  // a content-reading tool on a token file
  ["path", "/home/dmytro/.vault-token", "read_file"],
];

const PASS: [string, string, string?][] = [
  // certificates are the public half
  ["remote_path", "/etc/kubernetes/pki/etcd/ca.crt", "download_file"],
  ["path", "/etc/pki/ca-trust/source/anchors/corp-root.cer"],
  ["path", "/etc/ssl/certs/intermediate-ca.cer"],
  // world-readable client configuration with no secret
  ["path", "/etc/krb5.conf"],
  // metadata-only tools
  ["path", "/home/dmytro/.vault-token", "stat_file"],
  ["path", "~/.ssh/id_ed25519", "get_file_info"],
  ["path", "/etc/shadow", "file_exists"],
  // a template in the project, an Office folder that runs nothing
  ["path", "templates/Briefkopf.dotm", "copy_file"],
  ["path", "C:\\Users\\bo\\Documents\\Custom Office Templates\\Report.dotx", "copy_file"],
  // short names that are not credential files
  ["path", "C:\\Users\\ci\\Documents\\REPORT~1.DOC"],
];

Deno.test("r46 path: Office start-up folders, short file names, keys near certificates", () => {
  for (const [k, v, t] of BLOCK) assert.equal(blocked(k, v, t), true, `${k}=${v} (${t})`);
});

Deno.test("r46 path: certificates, public client configs, metadata-only tools", () => {
  for (const [k, v, t] of PASS) assert.equal(blocked(k, v, t), false, `${k}=${v} (${t})`);
});

Deno.test("r46 path: helpers", () => {
  assert.equal(publicCertificate("/etc/ssl/certs/ca.crt", false), true);
  assert.equal(publicCertificate("/etc/ssl/certs/ca.crt", true), false);
  assert.equal(publicCertificate("/etc/ssl/private/tls-key.crt", false), false);
  assert.equal(metadataTool("stat_file"), true);
  assert.equal(metadataTool("read_file"), false);
  assert.equal(expandShortFileNames("C:\\x\\NUGET~1.CON"), "C:\\x\\nuget.config");
  assert.equal(expandShortFileNames("C:\\x\\REPORT~1.DOC"), undefined);
});
