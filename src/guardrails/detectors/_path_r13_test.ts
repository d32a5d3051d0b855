import { deepStrictEqual, strictEqual } from "node:assert/strict";
import { pathTraversalDetector } from "./path_traversal.ts";
import { base64Path, closingTag, stripLongPathPrefix } from "./_path_r13.ts";
import type { FieldContext } from "../types.ts";

const opts = pathTraversalDetector.optionsSchema.parse({});
/** Kinds of high/critical findings for `text` under argument `key` of `tool`. */
function blocked(key: string, text: string, tool = "read_file"): string[] {
  const field: FieldContext = { stage: "input", path: `$.arguments.${key}`, key, tool };
  return pathTraversalDetector.scan(text, field, opts)
    .filter((f) => f.severity === "high" || f.severity === "critical")
    .map((f) => f.kind);
}

Deno.test("path_traversal blocks password-manager vaults, agent sockets and DPAPI keys", () => {
  const attacks: Array<[string, string]> = [
    ["path", "C:\\Users\\bo\\AppData\\Roaming\\Bitwarden\\data.json"],
    ["file", "~/.config/Bitwarden/data.json"],
    ["path", "/home/bo/Documents/Passwords.kdbx"],
    [
      "path",
      "~/Library/Group Containers/2BUA8C4S2C.com.1password/Library/Application Support/1Password/Data/1Password.sqlite",
    ],
    ["socket_path", "/tmp/ssh-AbCdEf123/agent.7781"],
    ["socket", "/run/user/1000/keyring/ssh"],
    ["ssh_auth_sock", "/private/tmp/com.apple.launchd.Xb3kQ9/Listeners"],
    ["path", "~/.1password/agent.sock"],
    ["target", "/run/user/1000/gnupg/S.gpg-agent"],
    ["path", "%APPDATA%\\Microsoft\\Protect\\S-1-5-21-1-2-3-1104\\5f1c0b8e-0000"],
    [
      "path",
      "C:\\Users\\bo\\AppData\\Local\\Microsoft\\Credentials\\DFBE70A7E5CC19A398EBF1B96859CE5D",
    ],
    ["dir", "C:/Users/bo/AppData/Roaming/Microsoft/Vault/"],
  ];
  for (const [key, text] of attacks) {
    strictEqual(blocked(key, text).includes("sensitive_file"), true, text);
  }
});

Deno.test("path_traversal passes look-alikes of the new stores", () => {
  const benign: Array<[string, string]> = [
    ["path", "/Users/dana/projects/bitwarden-clone/src/data.json"],
    ["path", "C:\\Users\\bo\\AppData\\Roaming\\Microsoft\\Teams\\settings.json"],
    ["path", "/tmp/build-1234/agent.log"],
    ["path", "docs/protect/overview.md"],
    ["socket", "/var/run/postgresql/.s.PGSQL.5432"],
  ];
  for (const [key, text] of benign) deepStrictEqual(blocked(key, text), [], text);
});

Deno.test("path_traversal keeps gcloud credentials blocked and passes its configurations", () => {
  for (
    const p of [
      "~/.config/gcloud/credentials.db",
      "~/.config/gcloud/access_tokens.db",
      "~/.config/gcloud/application_default_credentials.json",
      "~/.config/gcloud/legacy_credentials/dev@example.com/adc.json",
      "~/.config/gcloud",
    ]
  ) strictEqual(blocked("path", p).includes("sensitive_file"), true, p);
  for (
    const p of [
      "~/.config/gcloud/configurations/config_staging",
      "/home/dev/.config/gcloud/active_config",
      "~/.config/gcloud/logs/2026.11.02/10.11.12.log",
    ]
  ) deepStrictEqual(blocked("path", p), [], p);
});

Deno.test("path_traversal reads \\\\?\\C:\\ as a local path, not a UNC share", () => {
  strictEqual(stripLongPathPrefix("\\\\?\\D:\\work\\a.txt"), "D:\\work\\a.txt");
  strictEqual(stripLongPathPrefix("\\\\?\\UNC\\srv\\share\\a"), "\\\\?\\UNC\\srv\\share\\a");
  deepStrictEqual(blocked("path", "\\\\?\\D:\\work\\api\\src\\handlers\\orders.ts"), []);
  deepStrictEqual(blocked("file", "//?/C:/Users/dev/repo/README.md"), []);
  // Still a share, still a device, and system files behind the prefix still count.
  strictEqual(blocked("path", "\\\\?\\UNC\\10.0.0.5\\c$\\secrets.txt").includes("unc_path"), true);
  strictEqual(blocked("path", "\\\\.\\PhysicalDrive0").includes("unc_path"), true);
  strictEqual(
    blocked("path", "\\\\?\\C:\\Windows\\System32\\config\\SAM").includes("sensitive_file"),
    true,
  );
});

Deno.test("path_traversal reads XML closing tags as markup, not absolute paths", () => {
  strictEqual(closingTag("<Root>x</Root>", 8, "/Root"), true);
  strictEqual(closingTag("cat /root/.ssh/id_rsa", 4, "/root/.ssh/id_rsa"), false);
  for (
    const doc of [
      '<Configuration><Loggers><Root level="info"/></Loggers></Configuration>',
      "<settings><root>app</root><etc>x</etc><proc>y</proc></settings>",
    ]
  ) deepStrictEqual(blocked("content", doc, "write_file"), [], doc);
  // A real path inside markup still counts.
  strictEqual(
    blocked("content", "<file>/root/.ssh/id_rsa</file>", "write_file").includes("sensitive_file"),
    true,
  );
});

Deno.test("path_traversal decodes base64 path arguments", () => {
  const enc = (s: string) => btoa(s);
  for (
    const [key, text] of [
      ["path_b64", enc("../../../../root/.ssh/id_ed25519")],
      ["fileBase64", enc("..\\..\\..\\Windows\\System32\\config\\SAM")],
      ["data", enc("../../../../etc/shadow")],
      ["b64_target", enc("/proc/self/environ")],
    ]
  ) strictEqual(blocked(key, text).includes("encoded_traversal"), true, key);
  // A base64 path inside the project, base64 data that is no path, a hash.
  deepStrictEqual(blocked("path_b64", enc("src/components/Button.tsx")), []);
  deepStrictEqual(blocked("payload", enc('{"user":"ann","items":[1,2,3]}')), []);
  deepStrictEqual(blocked("checksum", "3q2+7wAAAAAAAAAAAAAAAA=="), []);
  strictEqual(base64Path(enc("hello world, no path here"), "text_b64"), undefined);
});
