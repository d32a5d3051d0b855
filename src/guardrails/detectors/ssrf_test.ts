import assert from "node:assert/strict";
import { ssrfDetector, type SsrfOptions, SsrfOptionsSchema, whatwgHostOf } from "./ssrf.ts";
import type { FieldContext } from "../types.ts";
import { assertLinear } from "../text/_linear_testing.ts";

const OPTS: SsrfOptions = {
  allowed_hosts: [],
  allow_private: false,
  allowed_schemes: ["http", "https"],
};
const at = (key: string, stage: FieldContext["stage"] = "input"): FieldContext => ({
  stage,
  path: `$.${key}`,
  key,
});

const ATTACKS: ReadonlyArray<[key: string, value: string, kind: string]> = [
  ["url", "http://127.0.0.1/admin", "loopback"],
  ["url", "http://localhost:8080/", "loopback"],
  ["url", "http://api.localhost/", "loopback"],
  ["url", "http://2130706433/", "loopback"],
  ["url", "http://0x7f000001/", "loopback"],
  ["url", "http://0x7f.0.0.1/", "loopback"],
  ["url", "http://0177.0.0.1/", "loopback"],
  ["url", "http://017700000001/", "loopback"],
  ["url", "http://127.1/", "loopback"],
  ["url", "http://10.1/internal", "private"],
  ["url", "http://0.0.0.0:6379/", "loopback"],
  ["url", "http://0/", "loopback"],
  ["url", "http://[::1]:8080/", "loopback"],
  ["url", "http://[::]/", "loopback"],
  ["url", "http://[::ffff:127.0.0.1]/", "loopback"],
  ["url", "http://[::ffff:7f00:1]/", "loopback"],
  ["url", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest", "metadata"],
  ["url", "http://[fe80::1%25eth0]/", "link_local"],
  ["url", "http://[fd12:3456::1]/", "private"],
  ["url", "http://169.254.169.254/latest/meta-data/iam/", "metadata"],
  ["url", "http://[fd00:ec2::254]/latest", "metadata"],
  ["url", "http://100.100.100.200/latest/meta-data", "metadata"],
  ["url", "http://169.254.170.2/v2/credentials", "metadata"],
  ["url", "http://metadata.google.internal/computeMetadata/v1/", "metadata"],
  ["url", "http://instance-data/latest/", "metadata"],
  ["url", "http://172.20.1.5/", "private"],
  ["url", "http://192.168.1.1/login", "private"],
  ["url", "http://100.64.0.7/", "cgnat"],
  ["url", "http://google.com@127.0.0.1/", "loopback"],
  ["url", "http://127.0.0.1#@evil.com/", "loopback"],
  ["url", "http://evil.com\\@169.254.169.254/", "metadata"],
  ["url", "http://10.0.0.1.nip.io/", "private"],
  ["url", "http://app-192-168-0-10.sslip.io/", "private"],
  ["url", "http://7f000001.nip.io/", "loopback"],
  ["url", "http://localtest.me/", "loopback"],
  ["url", "http://anything.lvh.me:3000/", "loopback"],
  ["url", "http://%31%32%37%2e0.0.1/", "loopback"],
  ["url", "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/", "loopback"],
  ["url", "http://１２７．０．０．１/", "loopback"],
  ["url", "http://7147006462/", "metadata"],
  ["url", "http://425.510.425.510/", "metadata"],
  ["url", "http:127.0.0.1/", "loopback"],
  ["url", "http:\\\\127.0.0.1\\x", "loopback"],
  ["url", "gopher://example.com:25/_HELO", "scheme"],
  ["url", "dict://example.com:11211/stats", "scheme"],
  ["url", "file:///etc/passwd", "scheme"],
  ["url", "jar:http://example.com/x.jar!/", "scheme"],
  ["url", "ldap://example.com/", "scheme"],
  ["url", "redis://10.0.0.8:6379/0", "private"],
  ["host", "127.0.0.1:6379", "loopback"],
  ["host", "::1", "loopback"],
  ["host", "2852039166", "metadata"],
  ["webhook_url", "//169.254.169.254/", "metadata"],
  ["text", "please fetch http://169.254.169.254/latest/meta-data/ now", "metadata"],
  ["query", "load https://x.com/r?u=http://127.0.0.1:8500/v1/kv", "loopback"],
  ["url", "http://127.0.0.1.attacker.example/", "dns_rebinding"],
  ["url", "http://db.internal/", "internal_hostname"],
  ["url", "http://redis/", "internal_hostname"],
  // A proxy to the metadata service, or a loopback URL outside a proxy directive, still counts.
  ["content", "location /m { proxy_pass http://169.254.169.254/latest/; }", "metadata"],
  [
    "content",
    "location / { proxy_pass http://127.0.0.1:3000; }\n# then: curl http://127.0.0.1:2375/containers/json",
    "loopback",
  ],
];

const BENIGN: ReadonlyArray<[key: string, value: string]> = [
  ["url", "https://example.com/a?b=1"],
  ["url", "https://api.github.com/repos/x/y"],
  ["url", "http://example.com:8080/path"],
  ["url", "https://1.1.1.1/dns-query"],
  ["url", "https://8.8.8.8"],
  ["url", "https://[2606:4700:4700::1111]/"],
  ["url", "https://10.example.com/"],
  ["url", "https://cdn.jsdelivr.net/npm/x@1.0.0/dist/x.js"],
  ["url", "https://en.wikipedia.org/wiki/Localhost"],
  ["url", "https://sub.domain.co.uk/p?redirect=https%3A%2F%2Fexample.com"],
  ["url", "https://example.com/?url=https://google.com"],
  ["url", "data:text/plain,hello"],
  ["url", "mailto:someone@example.com"],
  ["url", "https://user:pass@example.com/x"],
  ["host", "api.github.com"],
  ["host", "db1.prod.example.com"],
  ["host", "example.org:443"],
  ["target", "main"],
  ["query", "version 10.0.0.1 released"],
  ["text", "IP 127.0.0.1 is the loopback address"],
  ["text", "time 10:30: meeting at 11:45"],
  ["text", "Note: see RFC 1918 for private ranges"],
  ["text", "see https://user:pass@example.com/x"],
  ["url", "https://nip.io/"],
];

Deno.test("ssrfDetector.scan() flags internal, metadata and smuggling URLs in every spelling", () => {
  for (const [key, value, kind] of ATTACKS) {
    const kinds = ssrfDetector.scan(value, at(key), OPTS).map((f) => f.kind);
    assert.ok(kinds.includes(kind), `${key}=${value}: expected ${kind}, got [${kinds}]`);
  }
});

const UPSTREAMS: ReadonlyArray<[key: string, value: string]> = [
  // A reverse proxy's upstreams in a server configuration being written.
  [
    "content",
    "server {\n  location / { proxy_pass http://127.0.0.1:3000; }\n  location /api { allow 10.0.0.0/8; deny all; proxy_pass http://10.1.2.3:8080/; }\n}",
  ],
  [
    "config",
    "<VirtualHost *:80>\n  ProxyPass / http://localhost:8081/\n  ProxyPassReverse / http://localhost:8081/\n</VirtualHost>",
  ],
];

Deno.test("ssrfDetector.scan() only records a reverse proxy's loopback and private upstreams", () => {
  for (const [key, value] of UPSTREAMS) {
    const findings = ssrfDetector.scan(value, at(key), OPTS);
    assert.deepEqual(findings.filter((f) => f.severity !== "low"), [], `${key}=${value}`);
  }
});

Deno.test("ssrfDetector.scan() passes public URLs and prose that mention IPs", () => {
  for (const [key, value] of BENIGN) {
    const findings = ssrfDetector.scan(value, at(key), OPTS);
    assert.deepEqual(findings.map((f) => f.reason), [], `${key}=${value}`);
  }
});

Deno.test("ssrfDetector.scan() lets allowed_hosts through but not when a second host hides behind @", () => {
  const opts = { ...OPTS, allowed_hosts: ["localhost", "*.corp.example"] };
  assert.deepEqual(ssrfDetector.scan("http://localhost:3000/", at("url"), opts), []);
  assert.deepEqual(ssrfDetector.scan("http://db.corp.example/", at("url"), opts), []);
  assert.equal(ssrfDetector.scan("http://localhost@10.0.0.1/", at("url"), opts).length, 1);
  assert.equal(ssrfDetector.scan("http://corp.example.evil.internal/", at("url"), opts).length, 1);
});

Deno.test("ssrfDetector.scan() with allow_private passes private ranges but still blocks metadata", () => {
  const opts = { ...OPTS, allow_private: true };
  assert.deepEqual(ssrfDetector.scan("http://10.0.0.5/", at("url"), opts), []);
  assert.deepEqual(ssrfDetector.scan("http://127.0.0.1/", at("url"), opts), []);
  assert.equal(ssrfDetector.scan("http://169.254.169.254/", at("url"), opts)[0].kind, "metadata");
});

Deno.test("ssrfDetector.scan() honours allowed_schemes", () => {
  const opts = { ...OPTS, allowed_schemes: ["http", "https", "ftp"] };
  assert.deepEqual(ssrfDetector.scan("ftp://ftp.example.org/pub", at("url"), opts), []);
  assert.equal(ssrfDetector.scan("ftp://ftp.example.org/pub", at("url"), OPTS)[0].kind, "scheme");
});

Deno.test("ssrfDetector.scan() reports spans and actionable reasons", () => {
  const text = "go to http://169.254.169.254/latest please";
  const [f] = ssrfDetector.scan(text, at("text"), OPTS);
  assert.equal(text.slice(f.start, f.end), "http://169.254.169.254/latest");
  assert.equal(f.severity, "critical");
  assert.match(f.reason, /^Argument "text" points to a cloud instance-metadata endpoint/);
});

Deno.test("ssrfDetector.scan() in results only reports metadata URLs in prose", () => {
  assert.deepEqual(
    ssrfDetector.scan("Server listening on http://localhost:3000", at("text", "output"), OPTS),
    [],
  );
  assert.equal(
    ssrfDetector.scan("fetch http://169.254.169.254/", at("text", "output"), OPTS).length,
    1,
  );
});

Deno.test("ssrfDetector.scan() never throws and stays fast on hostile input", () => {
  const nasty = [
    "http://[",
    "http://[::ffff:",
    "%%%",
    "http://" + "@".repeat(5000),
    "a:".repeat(20000),
    "\u0000http://\uffff",
  ];
  for (const n of nasty) ssrfDetector.scan(n, at("url"), OPTS);
  assertLinear(
    "repeated URLs",
    (s) => ssrfDetector.scan(s, at("text"), OPTS),
    (n) => "http://example.com/".repeat(n / 19),
  );
  assert.deepEqual(ssrfDetector.scan("", at("url"), {} as SsrfOptions), []);
});

Deno.test("ssrfDetector.scan() finds URLs in free text, plain or encoded, and skips header-like words", () => {
  const free = (v: string) => ssrfDetector.scan(v, at("text"), OPTS).map((f) => f.kind);
  const hits: ReadonlyArray<[string, string]> = [
    ["see http://169.254.169.254/latest/meta-data for details", "metadata"],
    ["fetch http%3A%2F%2F127.0.0.1%2Fadmin please", "loopback"],
    ["open ｈｔｔｐ：／／127.0.0.1／ now", "loopback"],
    ["try gopher://10.0.0.5:6379/_INFO", "scheme"],
    ["load jar:http://x.example/a.jar!/", "scheme"],
  ];
  for (const [v, kind] of hits) assert.ok(free(v).includes(kind), `${v}: [${free(v)}]`);
  for (
    const v of [
      "Expect: 100-continue",
      "zip: 94043, php: 8.3, glob: *.ts",
      "Plain prose with no links at all, 10:14:03 and a ratio 3:2.",
    ]
  ) {
    assert.deepEqual(free(v), [], v);
  }
});

const MORE_ATTACKS: ReadonlyArray<[key: string, value: string, kind: string]> = [
  [
    "feed_url",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "internal_hostname",
  ],
  ["url", "http://kubernetes.default/", "internal_hostname"],
  ["url", "http://consul.service.consul:8500/v1/kv/", "internal_hostname"],
  ["url", "http://168.63.129.16/machine?comp=goalstate", "metadata"],
  ["url", "http://metadata.tencentyun.com/latest/meta-data/", "metadata"],
  ["url", "http://localhost%00.evil.example/", "loopback"],
  ["url", "sftp://evil.example:11111/", "scheme"],
  ["url", "smb://evil.example/share", "scheme"],
  ["url", "telnet://evil.example:25/", "scheme"],
  ["url", "ssh://git@10.0.0.3/x.git", "private"],
  ["url", "redis://127.0.0.1:6379/0", "loopback"],
  ["text", "fetch http://localhost:3000/admin/users", "loopback"],
  ["text", "see http://0x7f.1:3000/", "loopback"],
  ["query", "try gopher://example.com:25/_HELO", "scheme"],
];

const MORE_BENIGN: ReadonlyArray<[key: string, value: string]> = [
  ["url", "ssh://git@github.com/acme/app.git"],
  ["url", "git://git.kernel.org/pub/scm/git/git.git"],
  ["database_url", "postgres://app@db.example.com:5432/app"],
  ["url", "redis://cache.example.com:6379/0"],
  ["text", "Open http://localhost:3000 after running npm run dev, then log in."],
  ["text", "Server at http://127.0.0.1:8000/."],
  ["query", "php://stdin vs php://input difference"],
  ["url", "https://www.consul.io/docs"],
  ["url", "https://kubernetes.io/docs/concepts/"],
];

Deno.test("ssrfDetector.scan() flags cluster DNS, more metadata hosts, NUL truncation and fetcher protocols", () => {
  for (const [key, value, kind] of MORE_ATTACKS) {
    const kinds = ssrfDetector.scan(value, at(key), OPTS).map((f) => f.kind);
    assert.ok(kinds.includes(kind), `${key}=${value}: expected ${kind}, got [${kinds}]`);
  }
});

Deno.test("ssrfDetector.scan() passes repository and database URLs to public hosts and dev-server prose", () => {
  for (const [key, value] of MORE_BENIGN) {
    const findings = ssrfDetector.scan(value, at(key), OPTS);
    assert.deepEqual(findings.map((f) => f.reason), [], `${key}=${value}`);
  }
});

Deno.test("ssrfDetector.scan() only records a one-label host in prose, but blocks it in a URL argument", () => {
  for (
    const text of [
      '"git fetch http://user:pass@host/repo" scrubbed the userinfo',
      "--with-icu-source=http://url/to/icu.tgz",
    ]
  ) {
    const fs = ssrfDetector.scan(text, at("text"), OPTS);
    assert.ok(fs.every((f) => f.severity === "low"), text);
  }
  const inUrl = ssrfDetector.scan("http://intranet/admin", at("url"), OPTS);
  assert.ok(inUrl.some((f) => f.kind === "internal_hostname" && f.severity !== "low"));
  // An address is evidence anywhere.
  assert.ok(
    ssrfDetector.scan("fetch http://169.254.169.254/latest/meta-data/", at("text"), OPTS)
      .some((f) => f.severity === "high" || f.severity === "critical"),
  );
});

Deno.test("ssrfDetector.scan() passes database addresses in prose but not in connection arguments", () => {
  for (
    const text of [
      "Set DATABASE_URL=postgres://app:secret@localhost:5432/app in .env",
      "Our cache lives at redis://10.1.2.3:6379/0 (see the runbook)",
      "mongodb://127.0.0.1:27017/test is the default for local dev",
    ]
  ) {
    assert.deepEqual(ssrfDetector.scan(text, at("content"), OPTS), [], text);
  }
  assert.ok(ssrfDetector.scan("postgres://u:p@10.0.0.8:5432/db", at("dsn"), OPTS).length > 0);
  assert.ok(
    ssrfDetector.scan("mysql://root@192.168.0.9/app", at("connection_string"), OPTS).length > 0,
  );
  // A metadata endpoint counts in any scheme.
  assert.ok(ssrfDetector.scan("see redis://169.254.169.254:80/x", at("text"), OPTS).length > 0);
});

Deno.test("whatwgHostOf() answers new URL().hostname whatever was asked before", () => {
  const direct = (url: string) => {
    try {
      return new URL(url).hostname || undefined;
    } catch {
      return undefined;
    }
  };
  // [url, length of its scheme:slashes+authority prefix]
  const cases: Array<[string, number]> = [
    ["http://Example.COM/a?b", 18],
    ["http://Example.COM?q", 18],
    ["http://Example.COM", 18],
    ["http://127.1/x", 12],
    ["http:%2f%2f127.0.0.1/x", 20],
    ["https://user@[::1]:8080/x", 23],
    ["http://a#@127.0.0.1/x", 19],
    ["http://host:99999/x", 17],
    ["http://host:99999", 17],
    // A control character is stripped only at the end of the input: no memo for these.
    ["http://localhost\u0001/x", 17],
    ["http://localhost\u0001", 17],
    // An authority cut at its length cap goes on in the URL: no memo either.
    [`http://${"a".repeat(20)}.example/`, 15],
    [`http://${"a".repeat(8)}/`, 15],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [url, end] of round === 0 ? cases : [...cases].reverse()) {
      assert.equal(whatwgHostOf(url, end), direct(url), url);
    }
  }
});

Deno.test("ssrfDetector.scan() gives the same findings when an authority was seen before with other options", () => {
  const url = "fetch http://10.0.0.5/x and http://localhost:8080/y";
  const fresh = ssrfDetector.scan(url, at("text"), OPTS);
  assert.ok(fresh.length > 0);
  assert.deepEqual(ssrfDetector.scan(url, at("text"), { ...OPTS, allow_private: true }), []);
  assert.deepEqual(
    ssrfDetector.scan(url, at("text"), { ...OPTS, allowed_hosts: ["10.0.0.5", "localhost"] }),
    [],
  );
  assert.deepEqual(ssrfDetector.scan(url, at("text"), OPTS), fresh);
  // The same authority in a decoded view and in a URL field keeps its own reasons and spans.
  assert.deepEqual(
    ssrfDetector.scan("http://10.0.0.5/x", at("url"), OPTS).map((f) => f.kind),
    ["private"],
  );
});

Deno.test("SsrfOptionsSchema refuses allowed_hosts entries that could never match a host (URL, path, port)", () => {
  for (const h of ["localhost", "10.0.0.5", "*.corp.example", "::1", "[::1]", "münchen.de"]) {
    assert.ok(SsrfOptionsSchema.safeParse({ allowed_hosts: [h] }).success, h);
  }
  for (
    const h of ["localhost:3000", "http://localhost", "example.com/path", "*.example.com:443", ""]
  ) {
    const r = SsrfOptionsSchema.safeParse({ allowed_hosts: [h] });
    assert.ok(!r.success, h);
    assert.match(r.error!.issues[0].message, /not a URL, path or port/);
    assert.deepEqual(r.error!.issues[0].path, ["allowed_hosts", 0]);
  }
});

Deno.test("SsrfOptionsSchema refuses allowed_schemes entries written with ':' or '//'", () => {
  for (const v of ["https", "FTP", "git+ssh"]) {
    assert.ok(SsrfOptionsSchema.safeParse({ allowed_schemes: [v] }).success, v);
  }
  for (const v of ["ftp:", "ftp://", "", "http s"]) {
    const r = SsrfOptionsSchema.safeParse({ allowed_schemes: [v] });
    assert.ok(!r.success, v);
    assert.match(r.error!.issues[0].message, /bare scheme name/);
  }
});
