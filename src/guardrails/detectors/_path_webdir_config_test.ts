import assert from "node:assert/strict";
import { recommendedInputCheck } from "../_engine_testing.ts";

// A project's `.htaccess` written by a write tool is judged by what it says (web-server base).
// Attacks: an upload or asset folder turned into code, access control removed.
const HARMFUL: [string, string][] = [
  [
    "site/media/avatars/.htaccess",
    "# legacy thumbnails\nAddType application/x-httpd-php .png .jpeg\n",
  ],
  [
    "htdocs/files/.htaccess",
    '<FilesMatch "\\.(gif|webp)$">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n',
  ],
  [
    "public/user_content/.htaccess",
    "AddHandler cgi-script .txt .jpg\nOptions +ExecCGI\n",
  ],
  [
    "web/uploads/.htaccess",
    "AddHandler application/x-httpd-php .html .svg\nOptions +ExecCGI +Indexes\n",
  ],
];
// Benign: hardening a folder (execution off, scripts denied, no listing).
const ORDINARY: [string, string][] = [
  [
    "site/media/avatars/.htaccess",
    "# avatars are served as files only\nphp_flag engine off\nOptions -Indexes -ExecCGI\n",
  ],
  [
    "htdocs/files/.htaccess",
    '<FilesMatch "\\.(php|phar|cgi)$">\n  Require all denied\n</FilesMatch>\nRemoveHandler .php\n',
  ],
  [
    "public/downloads/.htaccess",
    "Options -Indexes\nHeader set X-Content-Type-Options nosniff\n",
  ],
];

Deno.test("a project's .htaccess written by a write tool is judged by its content", async () => {
  const check = recommendedInputCheck("github");
  for (const [path, content] of HARMFUL) {
    assert.ok(await check("write_file", { path, content }), `should block: ${content}`);
  }
  for (const [path, content] of ORDINARY) {
    assert.equal(
      await check("write_file", { path, content }),
      undefined,
      `should pass: ${content}`,
    );
  }
});

Deno.test(".htaccess reads, climbs and .htpasswd still count by name", async () => {
  const check = recommendedInputCheck("filesystem");
  for (
    const [tool, path] of [
      ["read_file", "public/uploads/.htaccess"],
      ["write_file", "../../shared/.htaccess"],
      ["write_file", "public/.htpasswd"],
      ["read_file", "app/.htaccess"],
    ]
  ) {
    assert.ok(await check(tool, { path }), `should block: ${tool} ${path}`);
  }
});
