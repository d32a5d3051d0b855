import { strictEqual } from "node:assert/strict";
import { alternateStream } from "./_path_r6_streams.ts";

Deno.test("alternateStream() flags stream types and executables hidden in named streams", () => {
  for (
    const a of [
      "web.config::$DATA",
      "index.php::$data",
      "C:\\inetpub\\wwwroot\\default.aspx:$DATA",
      "uploads\\avatars:$I30:$INDEX_ALLOCATION\\shell.asp",
      "notes.txt:payload.exe",
      "C:\\Users\\Public\\readme.md:run.ps1",
    ]
  ) strictEqual(typeof alternateStream(a), "string", a);
});

Deno.test("alternateStream() passes drive letters, line numbers, ports and times", () => {
  for (
    const b of [
      "C:\\Users\\ann\\report.docx",
      "src/app.ts:42",
      "src/app.ts:42:7",
      "localhost:8080/index.js",
      "backup-2026-11-21T10:00:00.tar.gz",
      "$DATA_DIR/config.json",
      "s3://bucket/key:part.js.map",
    ]
  ) strictEqual(alternateStream(b), undefined, b);
});
