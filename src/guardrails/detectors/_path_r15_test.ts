import { strictEqual } from "node:assert/strict";
import { pathTraversalDetector, PathTraversalOptionsSchema } from "./path_traversal.ts";
import { expandShortNames } from "./_path_r15.ts";

const OPTS = PathTraversalOptionsSchema.parse({});
const blocks = (tool: string, path: string, key: string, value: string): boolean =>
  pathTraversalDetector.scan(value, { stage: "input", path, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");
const file = (value: string, tool = "read_file") => blocks(tool, "$.path", "path", value);

Deno.test("path_traversal blocks macOS browser credential databases", () => {
  strictEqual(
    file("/Users/ana/Library/Application Support/BraveSoftware/Brave-Browser/Profile 1/Login Data"),
    true,
  );
  strictEqual(file("~/Library/Application Support/Microsoft Edge/Default/Cookies"), true);
  strictEqual(file("/Users/bo/Library/Application Support/Google/Chrome/Local State"), true);
  strictEqual(file("/Users/bo/Library/Application Support/Vivaldi/Default/Network/Cookies"), true);
  // Look-alikes: other Chrome files and other apps' support folders.
  strictEqual(file("/Users/bo/Library/Application Support/Google/Chrome/Default/Bookmarks"), false);
  strictEqual(file("/Users/bo/Library/Application Support/Code/User/keybindings.json"), false);
  strictEqual(file("/Users/bo/Documents/Login Data notes.txt"), false);
});

Deno.test("path_traversal reads 8.3 short names as their long names", () => {
  strictEqual(file("C:\\WINDOW~1\\SYSTEM~1\\config\\SECURITY"), true);
  strictEqual(file("c:/window~1/system32/config/sam"), true);
  strictEqual(file("C:\\Windows\\SYSTEM~1\\config\\RegBack\\SYSTEM"), true);
  strictEqual(file("C:\\Users\\dev\\PROJEC~1\\report.docx"), false);
  strictEqual(file("D:\\builds\\RELEAS~2\\app.exe"), false);
});

Deno.test("expandShortNames() rewrites only well-known short names", () => {
  strictEqual(expandShortNames("C:\\PROGRA~1\\Git\\bin"), "C:\\Program Files\\Git\\bin");
  strictEqual(expandShortNames("C:\\MYDOCS~1\\a.txt"), undefined);
  strictEqual(expandShortNames("~/notes.md"), undefined);
});

Deno.test("path_traversal blocks archive link entries that point outside the archive", () => {
  const link = (tool: string, path: string, key: string, value: string) =>
    blocks(tool, path, key, value);
  strictEqual(link("build_zip", "$.members[2].linkname", "linkname", "/root/.ssh"), true);
  strictEqual(link("pack", "$.items[0].target", "target", "../../../../home/u/.kube"), true);
  strictEqual(
    link("create_tarball", "$.entries[4].link_target", "link_target", "~/.config/gcloud"),
    true,
  );
  strictEqual(link("write_archive", "$.files[1].target", "target", "C:\\Users\\x\\AppData"), true);
  // Links inside the archive, and `target` keys that are not archive links.
  strictEqual(link("create_archive", "$.entries[1].target", "target", "lib/libz.so.1.3"), false);
  strictEqual(link("create_archive", "$.entries[1].target", "target", "./current"), false);
  strictEqual(link("deploy", "$.target", "target", "production"), false);
});
