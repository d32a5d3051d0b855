import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { piiDetector, PiiOptionsSchema } from "./pii.ts";
import {
  belgianNnValid,
  bsnValid,
  chineseIdValid,
  cpfValid,
  fnrValid,
  luhnValid,
  nirValid,
  personnummerValid,
  peselValid,
  rrnValid,
  saIdValid,
  steuerIdValid,
  tfnValid,
  verhoeffValid,
} from "./_pii_checksums.ts";
import { assertLinear } from "../text/_linear_testing.ts";

const opts = PiiOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };

/** [name, text, the exact id the national_id span must cover]. */
const POSITIVE: [string, string, string][] = [
  ["Canadian SIN with its label", "SIN / NAS: 130 692 544\nProvince: ON", "130 692 544"],
  ["SIN dashed", "Social insurance number 130-692-544.", "130-692-544"],
  ["Aadhaar grouped", "Aadhaar: 2341 2341 2346", "2341 2341 2346"],
  ["CPF formatted, no label needed", "Cliente 529.982.247-25 ativo", "529.982.247-25"],
  ["CPF compact with label", "CPF 52998224725", "52998224725"],
  ["Steuer-ID spaced", "Steuer-ID: 65 929 970 489", "65 929 970 489"],
  ["BSN", "BSN 111222333 (burger)", "111222333"],
  ["NIR spaced", "N° sécurité sociale : 1 84 12 76 451 089 46", "1 84 12 76 451 089 46"],
  ["Spanish DNI with its letter", "DNI: 12345678Z", "12345678Z"],
  ["Spanish DNI with a dash", "NIF 12345678-Z.", "12345678-Z"],
  ["PESEL in a form", "Numer PESEL: 72110566390, adres: Kraków", "72110566390"],
  ["Swedish personnummer with dash", "Personnr 811218-9876 (kund)", "811218-9876"],
  ["Swedish personnummer, 12 digits", "personnummer: 19640823-3234", "19640823-3234"],
  ["Australian TFN spaced", "TFN 146 881 973 lodged", "146 881 973"],
  ["Australian TFN under 'tax file no'", "Tax file no. 276161249", "276161249"],
  ["Chinese resident id ending in X", "居民身份证 31010119850315234X", "31010119850315234X"],
  ["Chinese resident id, English label", "ID card: 440304199001011233", "440304199001011233"],
  ["Korean RRN", "주민등록번호: 900215-1065282", "900215-1065282"],
  ["Norwegian fødselsnummer", "Fødselsnummer 15058963043", "15058963043"],
  ["Belgian national number dotted", "Rijksregisternummer 85.07.30-033.28", "85.07.30-033.28"],
  ["South African id", "SA ID number 8001015009376 on file", "8001015009376"],
  ["9-digit passport number under a label", "Passport No: 533112984 (exp 2031)", "533112984"],
  ["passport number, Spanish label", "Número de pasaporte 120993871", "120993871"],
];

/** Same shapes without a label, or with a wrong check digit: no national_id finding. */
const BENIGN: [string, string][] = [
  ["9 digits without a label", "order 130 692 544 shipped"],
  ["SIN label, bad Luhn", "SIN: 130 692 545"],
  ["Aadhaar label, bad Verhoeff", "Aadhaar 2341 2341 2345"],
  ["CPF shape, bad check digits", "529.982.247-26"],
  ["CPF all equal digits", "111.111.111-11"],
  ["BSN-like invoice number", "invoice 111222333"],
  ["DNI label, wrong letter", "DNI 12345678A"],
  ["8-digit date then Z", "at 20240115Z in UTC"],
  ["iso date", "created 2024-05-13T10:51:00Z"],
  ["PESEL label, bad check digit", "PESEL 72110566391"],
  ["11-digit order id without label", "order 72110566390 shipped"],
  ["epoch seconds near 'personnummer' word", "personnummer field added at 1715600000"],
  ["13-digit epoch millis", "ID number of events since 1715600000123"],
  ["Chinese-looking 18 digits, no label", "trace 440304199001011233 done"],
  ["9 digits after 'passport photo' without number words", "passport photo size 350 by 450"],
  ["tracking number without passport label", "parcel 533112984 en route"],
];

const ids = (text: string, f: FieldContext = field): string[] =>
  piiDetector.scan(text, f, opts).filter((x) => x.kind === "national_id").map((x) =>
    text.slice(x.start, x.end)
  );

for (const [name, text, id] of POSITIVE) {
  Deno.test(`piiDetector.scan() finds national_id: ${name}`, () => {
    assert.deepEqual(ids(text), [id]);
    const f = piiDetector.scan(text, field, opts).find((x) => x.kind === "national_id")!;
    assert.equal(f.severity, "high");
    assert.ok(!f.reason.includes(id), "reason must not leak the value");
  });
}

for (const [name, text] of BENIGN) {
  Deno.test(`piiDetector.scan() finds no national_id in ${name}`, () => {
    assert.deepEqual(ids(text), []);
  });
}

Deno.test("piiDetector.scan() takes a JSON key as the national id's label", () => {
  assert.deepEqual(ids("130692544", { ...field, key: "sin" }), ["130692544"]);
  assert.deepEqual(ids("2341 2341 2346", { ...field, key: "aadhaar_no" }), ["2341 2341 2346"]);
  assert.deepEqual(ids("130692544", { ...field, key: "count" }), []);
});

Deno.test("piiDetector.scan() wants the label on the same line, close before the number", () => {
  assert.deepEqual(ids("SIN:\n130 692 544"), []);
  assert.deepEqual(ids("SIN" + " filler".repeat(10) + " 130 692 544"), []);
});

Deno.test("national id checksums accept valid and reject altered numbers", () => {
  assert.ok(luhnValid("130692544") && !luhnValid("130692545"));
  assert.ok(verhoeffValid("234123412346") && !verhoeffValid("234123412345"));
  assert.ok(cpfValid("52998224725") && !cpfValid("52998224726") && !cpfValid("00000000000"));
  assert.ok(steuerIdValid("65929970489") && !steuerIdValid("65929970488"));
  assert.ok(bsnValid("111222333") && !bsnValid("111222334"));
  assert.ok(nirValid("184127645108946") && !nirValid("184127645108947"));
  assert.ok(peselValid("72110566390") && !peselValid("72110566391"));
  assert.ok(personnummerValid("8112189876") && !personnummerValid("8112189877"));
  assert.ok(tfnValid("146881973") && !tfnValid("146881974"));
  assert.ok(fnrValid("15058963043") && !fnrValid("15058963044"));
  assert.ok(belgianNnValid("85073003328") && !belgianNnValid("85073003329"));
  assert.ok(saIdValid("8001015009376") && !saIdValid("8001015009377"));
  assert.ok(rrnValid("9002151065282") && !rrnValid("9002151065283"));
  assert.ok(chineseIdValid("31010119850315234X") && !chineseIdValid("310101198503152341"));
});

Deno.test("piiDetector.scan() stays linear on one long line of labelled ids and client IPs", () => {
  const ids = (n: number) => "SIN 130 692 544 ".repeat(n / 16);
  assert.equal(piiDetector.scan(ids(16_000), field, opts).length, 1000);
  assertLinear("labelled ids", (s) => piiDetector.scan(s, field, opts), ids);
  const ips = (n: number) => "client=86.145.22.91 ".repeat(n / 20);
  assert.equal(piiDetector.scan(ips(20_000), field, opts).length, 1000);
  assertLinear("client IPs", (s) => piiDetector.scan(s, field, opts), ips);
});
