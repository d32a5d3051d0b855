import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import {
  cardNetwork,
  ibanValid,
  luhnValid,
  parseIpv6,
  phoneShapeOk,
  piiDetector,
  PiiOptionsSchema,
} from "./pii.ts";
import { assertLinear } from "../text/_linear_testing.ts";

const opts = PiiOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };

/** [name, text, kind, the exact value the span must cover]. */
const POSITIVE: [string, string, string, string][] = [
  ["plain email", "write to jane.doe@example.com today", "email", "jane.doe@example.com"],
  ["plus email", "<bob+tag@mail.example.co.uk>", "email", "bob+tag@mail.example.co.uk"],
  ["email end of sentence", "Contact: ops@corp.io.", "email", "ops@corp.io"],
  ["e164 compact", "call +14155552671 now", "phone", "+14155552671"],
  ["e164 spaced", "tel +1 202-555-0143", "phone", "+1 202-555-0143"],
  ["uk mobile intl", "mobile +44 7700 900123", "phone", "+44 7700 900123"],
  ["de with trunk", "Tel. +49 (0)30 901820", "phone", "+49 (0)30 901820"],
  ["nanp parens", "office (415) 555-2671 ext", "phone", "(415) 555-2671"],
  ["nanp dashes", "cell: 415-555-2671", "phone", "415-555-2671"],
  ["nanp dots", "fax 415.555.2671", "phone", "415.555.2671"],
  ["uk national", "ring 020 7946 0958 please", "phone", "020 7946 0958"],
  ["fr national", "tél 01 23 45 67 89", "phone", "01 23 45 67 89"],
  ["visa spaced", "card 4111 1111 1111 1111 exp", "credit_card", "4111 1111 1111 1111"],
  ["mastercard dashed", "5555-5555-5555-4444", "credit_card", "5555-5555-5555-4444"],
  ["mc 2-series", "pan=2223003122003222;", "credit_card", "2223003122003222"],
  ["amex grouped", "Amex 3782 822463 10005", "credit_card", "3782 822463 10005"],
  ["discover", "6011111111111117", "credit_card", "6011111111111117"],
  ["card in file name", "test_4111111111111111_visa.json", "credit_card", "4111111111111111"],
  ["iban gb spaced", "IBAN: GB82 WEST 1234 5698 7654 32.", "iban", "GB82 WEST 1234 5698 7654 32"],
  ["iban de compact", "DE89370400440532013000", "iban", "DE89370400440532013000"],
  [
    "iban followed by word",
    "pay DE89 3704 0044 0532 0130 00 EUR",
    "iban",
    "DE89 3704 0044 0532 0130 00",
  ],
  ["ssn dashed", "SSN 078-05-1120", "us_ssn", "078-05-1120"],
  ["ssn spaced", "ssn: 219 09 9999", "us_ssn", "219 09 9999"],
  ["uk nino", "NI number JG 10 37 56 A", "uk_nino", "JG 10 37 56 A"],
  ["public ipv4", "client 93.184.216.34 connected", "ipv4", "93.184.216.34"],
  ["ipv4 with port", "http://81.2.69.160:8080/", "ipv4", "81.2.69.160"],
  [
    "ipv6 full",
    "from 2606:4700:4700:0000:0000:0000:0000:1111",
    "ipv6",
    "2606:4700:4700:0000:0000:0000:0000:1111",
  ],
  ["ipv6 compressed", "[2a00:1450:4001:82b::200e]:443", "ipv6", "2a00:1450:4001:82b::200e"],
  ["mac colon", "hw 3c:22:fb:12:ab:9e up", "mac_address", "3c:22:fb:12:ab:9e"],
  ["mac dash", "MAC 3C-22-FB-12-AB-9E", "mac_address", "3C-22-FB-12-AB-9E"],
];

/** Look-alikes that must produce no finding. */
const BENIGN: [string, string][] = [
  ["uuid", "id 1b4e28ba-2fa1-11d2-883f-0016d3cca427"],
  ["git sha", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8"],
  ["sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["version 4 parts", "upgrade to 1.2.3.4 or v10.20.30.40 (version 2.14.3.100)"],
  ["semver", "deno 2.9.6 and typescript 6.0.3"],
  ["iso date", "on 2024-01-15 at 10:30:45 and 15/01/2024 and 01.02.2024"],
  ["isbn", "ISBN 978-3-16-148410-0 and 0-306-40615-2"],
  ["order number", "Order #123456789012 and ORD-2024-555-1234 ref 20240115093000"],
  ["unix timestamps", "ts 1700000000 and 1700000000123"],
  ["non-luhn 16 digits", "ref 4111 1111 1111 1112"],
  ["luhn but no iin", "0000 0000 0000 0000 and 9999999999999995"],
  ["bad iban checksum", "GB83 WEST 1234 5698 7654 32"],
  ["invalid ssn area", "000-12-3456 666-12-3456 912-34-5678 123-00-4567"],
  ["private ips", "10.0.0.1 192.168.1.20 127.0.0.1 172.16.5.4 169.254.169.254 100.64.0.1"],
  ["doc and mask ips", "192.0.2.10 198.51.100.7 203.0.113.9 255.255.255.0"],
  ["cpp scope and slices", "std::vector a::b x[1::2] and 12:30:45"],
  ["private ipv6", "::1 fe80::1ff:fe23:4567:890a fd12:3456:789a::1 2001:db8::1"],
  ["git ssh", "git@github.com:owner/repo.git"],
  ["retina asset", "icon@2x.png and logo@3x.webp"],
  ["npm scoped and version", "@types/node@20.1.0 and pkg@1.2.3"],
  ["decimals and money", "total 1234.56 EUR, 3.14159, $1,234,567.89"],
  ["no separators phone-ish", "call 4155552671 (bare digits are ids)"],
  ["math", "x = 100 200 3000 and 2 + 2 = 4"],
  ["zero mac", "00:00:00:00:00:00 and ff:ff:ff:ff:ff:ff"],
];

for (const [name, text, kind, value] of POSITIVE) {
  Deno.test(`piiDetector.scan() finds ${kind} in ${name}`, () => {
    const found = piiDetector.scan(text, field, opts);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].kind, kind);
    assert.equal(found[0].detector, "pii");
    assert.equal(text.slice(found[0].start, found[0].end), value);
    assert.ok(!found[0].reason.includes(value), "reason must not leak the value");
  });
}

for (const [name, text] of BENIGN) {
  Deno.test(`piiDetector.scan() ignores ${name}`, () => {
    assert.deepEqual(piiDetector.scan(text, field, opts), []);
  });
}

Deno.test("piiDetector.scan() reports private IPs when exclude_private_ips is off", () => {
  const all = PiiOptionsSchema.parse({ exclude_private_ips: false });
  const found = piiDetector.scan("10.0.0.1 and fe80::1ff:fe23:4567:890a", field, all);
  assert.deepEqual(found.map((f) => f.kind), ["ipv4", "ipv6"]);
});

Deno.test("piiDetector.scan() honours kinds", () => {
  const text = "jane@example.com 4111 1111 1111 1111";
  const onlyCards = PiiOptionsSchema.parse({ kinds: ["credit_card"] });
  assert.deepEqual(piiDetector.scan(text, field, onlyCards).map((f) => f.kind), ["credit_card"]);
  assert.ok(!PiiOptionsSchema.safeParse({ kinds: ["dna"] }).success);
});

Deno.test("piiDetector.scan() uses the JSON key for bare SSNs and phone digits", () => {
  assert.equal(piiDetector.scan("078051120", { ...field, key: "ssn" }, opts)[0].kind, "us_ssn");
  assert.deepEqual(piiDetector.scan("078051120", { ...field, key: "count" }, opts), []);
  assert.equal(piiDetector.scan("4155552671", { ...field, key: "phone" }, opts)[0].kind, "phone");
});

Deno.test("piiDetector.scan() finds every item of a record in order", () => {
  const text = "Jane, jane@example.com, +1 202-555-0143, 078-05-1120, 4111-1111-1111-1111";
  assert.deepEqual(piiDetector.scan(text, field, opts).map((f) => f.kind), [
    "email",
    "phone",
    "us_ssn",
    "credit_card",
  ]);
});

Deno.test("piiDetector.scan() never throws and stays fast on hostile input", () => {
  const nasty: [string, (n: number) => string][] = [
    ["at signs", (n) => "@".repeat(n)],
    ["an endless domain", (n) => "a@" + "b.".repeat(n / 2)],
    ["spaced digits", (n) => "1 ".repeat(n / 2)],
    ["dashed digits", (n) => "1-".repeat(n / 2)],
    ["colon pairs", (n) => "a:".repeat(n / 2)],
    ["dotted digits", (n) => "1.".repeat(n / 2)],
    ["a lone surrogate and digits", (n) => "\uD800" + "9".repeat(n)],
  ];
  assert.ok(Array.isArray(piiDetector.scan("", field, opts)));
  for (const [name, make] of nasty) {
    assert.ok(Array.isArray(piiDetector.scan(make(1000), field, opts)));
    assertLinear(name, (s) => piiDetector.scan(s, field, opts), make);
  }
  assert.deepEqual(piiDetector.scan("x", field, undefined as never), []);
});

Deno.test("pii checksum helpers accept valid and reject invalid values", () => {
  assert.ok(luhnValid("4111111111111111") && !luhnValid("4111111111111112"));
  assert.equal(cardNetwork("378282246310005"), "Amex");
  assert.equal(cardNetwork("9111111111111111"), undefined);
  assert.ok(ibanValid("GB82WEST12345698765432") && !ibanValid("GB82WEST1234569876543"));
  assert.deepEqual(parseIpv6("::ffff:1.2.3.4"), [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
  assert.equal(parseIpv6("1::2::3"), null);
  assert.ok(phoneShapeOk("+1 (415) 555-2671") && !phoneShapeOk("2024-01-15"));
});

/** IPv4/IPv6/MAC edge cases of the hand-written candidate checks: [text, exact hits as kind:value]. */
const ADDRESS_EDGES: [string, string[]][] = [
  ["8.8.8.8", []], // four single-digit octets read as a version
  ["dns 8.8.4.44 up", ["ipv4:8.8.4.44"]],
  ["x 256.1.1.1 y", []],
  ["x 1.1.1.256 y", []],
  ["x 01.2.3.45 y", []],
  ["x 11.2.3.045 y", []],
  ["x 11.2.3.45.6 y", []],
  ["x 11.2.3.45a y", []],
  ["x 11.2.3.45. end", ["ipv4:11.2.3.45"]],
  ["x 11.2.3.4512", []],
  ["version 11.2.3.45", []],
  ["ver: 11.2.3.45", []],
  ["pkg@11.2.3.45", []],
  ["8 11.2.3.45 after 2024", ["ipv4:11.2.3.45"]],
  ["at 2001:4860:4860::8888 ok", ["ipv6:2001:4860:4860::8888"]],
  ["at ::ffff:8.8.8.8 ok", []], // v4-mapped: not public
  ["at 2a00:1:2:3:4:5:6:7 ok", ["ipv6:2a00:1:2:3:4:5:6:7"]],
  ["at 2a0:1:2:3:4:5:6:7 ok", ["ipv6:2a0:1:2:3:4:5:6:7"]],
  ["time 10:00:12.123Z and 12:30", []],
  ["mac 3c:22:fb:a1:0e:7d and 3C-22-FB-A1-0E-7D", [
    "mac_address:3c:22:fb:a1:0e:7d",
    "mac_address:3C-22-FB-A1-0E-7D",
  ]],
  ["mac 3c:22:fb:a1:0e-7d mixed separators", []],
  ["date 2024-05-01-12-30-45 is no mac", []],
];

for (const [text, want] of ADDRESS_EDGES) {
  Deno.test(`piiDetector.scan() address edge ${JSON.stringify(text)}`, () => {
    const got = piiDetector.scan(text, field, opts).map((f) =>
      `${f.kind}:${text.slice(f.start, f.end)}`
    );
    assert.deepEqual(got, want);
  });
}

/**
 * Candidate starts found from the digit (capitals, "+"/"(" and the character before a digit
 * run) and the IPv6/MAC look-behinds checked before their regexes: [text, exact hits].
 */
const START_EDGES: [string, string[]][] = [
  ["JG103756A", ["uk_nino:JG103756A"]],
  ["ref:AB 12 34 56 C", ["uk_nino:AB 12 34 56 C"]],
  ["5AB 12 34 56 C", []],
  ["+44 7700 900123", ["phone:+44 7700 900123"]],
  ["x+44 7700 900123", []],
  ["(020) 7946 0958", ["phone:(020) 7946 0958"]],
  ["x(415) 555-2671", []],
  ["tel:+1 202-555-0143", ["phone:202-555-0143"]],
  ["_4111111111111111", ["credit_card:4111111111111111"]],
  ["a-4111111111111111", []],
  ["id=078-05-1120", ["us_ssn:078-05-1120"]],
  ["GB82WEST12345698765432", ["iban:GB82WEST12345698765432"]],
  ["-93.184.216.34", ["ipv4:93.184.216.34"]],
  ["_93.184.216.34", []],
  ["1.93.184.216.34", []],
  ["T10:23:00.000Z at 2001:4860:4860::8888", ["ipv6:2001:4860:4860::8888"]],
  ["2001:4860:4860::8888", ["ipv6:2001:4860:4860::8888"]],
  ["_2001:4860:4860::8888", []],
  [".2001:4860:4860::8888", []],
  ["3c:22:fb:a1:0e:7d", ["mac_address:3c:22:fb:a1:0e:7d"]],
  ["x-3c:22:fb:a1:0e:7d", []],
  ["see GB82 WEST 1234 5698 7654 32 and JG 10 37 56 A", [
    "iban:GB82 WEST 1234 5698 7654 32",
    "uk_nino:JG 10 37 56 A",
  ]],
];

for (const [text, want] of START_EDGES) {
  Deno.test(`piiDetector.scan() candidate edge ${JSON.stringify(text)}`, () => {
    const got = piiDetector.scan(text, field, opts).map((f) =>
      `${f.kind}:${text.slice(f.start, f.end)}`
    );
    assert.deepEqual(got, want);
  });
}

/** IPs labelled as a person's are `medium` (redacted by default); others stay `low`. */
const PERSON_IPS: [string, string, "low" | "medium"][] = [
  ["auth failed client=86.145.22.91 ua=curl", "86.145.22.91", "medium"],
  [
    "remote_addr: 2a02:c7f:8e4d:1200:5d1c:9b3a:1e7f:4c21",
    "2a02:c7f:8e4d:1200:5d1c:9b3a:1e7f:4c21",
    "medium",
  ],
  ["X-Forwarded-For: 91.64.118.207", "91.64.118.207", "medium"],
  ['{"user_ip": "81.2.69.160"}', "81.2.69.160", "medium"],
  ["64 bytes from 142.250.185.78: icmp_seq=1", "142.250.185.78", "low"],
  ["upstream server=81.2.69.160:443", "81.2.69.160", "low"],
  ["nameserver 8.8.4.44", "8.8.4.44", "low"],
];

for (const [text, ip, severity] of PERSON_IPS) {
  Deno.test(`piiDetector.scan() rates ${JSON.stringify(text)} ${severity}`, () => {
    const found = piiDetector.scan(text, field, opts);
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(text.slice(found[0].start, found[0].end), ip);
    assert.equal(found[0].severity, severity);
  });
}

Deno.test("piiDetector.scan() rates an IP under a person-named JSON key medium", () => {
  const found = piiDetector.scan("86.145.22.91", { ...field, key: "client_address" }, opts);
  assert.equal(found[0].severity, "medium");
  assert.equal(
    piiDetector.scan("86.145.22.91", { ...field, key: "host" }, opts)[0].severity,
    "low",
  );
});

/** Shapes added after the held-out evaluation: [text, exact hits as kind:value]. */
const MORE_SHAPES: [string, string[]][] = [
  ["Celular: (11) 98765-4321", ["phone:(11) 98765-4321"]],
  ["Tel (55) 1234 5678", ["phone:(55) 1234 5678"]],
  ["list (1) 2345-6789 no", []],
  ["mail o'connor.j@uni-heidelberg.de", ["email:o'connor.j@uni-heidelberg.de"]],
  ["quoted 'jane@example.com'", ["email:jane@example.com"]],
  ["pin pkg==81.2.69.160 or >=81.2.69.160", []],
];

for (const [text, want] of MORE_SHAPES) {
  Deno.test(`piiDetector.scan() shape ${JSON.stringify(text)}`, () => {
    const got = piiDetector.scan(text, field, opts).map((f) =>
      `${f.kind}:${text.slice(f.start, f.end)}`
    );
    assert.deepEqual(got, want);
  });
}

Deno.test("piiDetector.scan() finds a card number after an escaped line break in JSON text", () => {
  const raw = JSON.stringify({ notes: "order ok\n4111 1111 1111 1111\nthanks" });
  const out: FieldContext = { stage: "output", path: "$.content[0].text", key: "text" };
  const hit = piiDetector.scan(raw, out, PiiOptionsSchema.parse({})).find((f) =>
    f.kind === "credit_card"
  );
  assert.ok(hit);
  assert.equal(raw.slice(hit.start, hit.end), "4111 1111 1111 1111");
});
