import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { piiDetector, PiiOptionsSchema } from "./pii.ts";
import { codiceFiscaleValid, mrzCheck, nricValid } from "./_pii_letter_ids.ts";

const opts = PiiOptionsSchema.parse({});
const field: FieldContext = { stage: "output", path: "$.content[0].text" };
const ids = (text: string, f: FieldContext = field): string[] =>
  piiDetector.scan(text, f, opts).filter((x) => x.kind === "national_id").map((x) =>
    text.slice(x.start, x.end)
  );

const TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

Deno.test("piiDetector.scan() finds a TD3 passport MRZ with its name line", () => {
  const l1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  assert.deepEqual(ids(`OCR:\n${l1}\n${TD3_2}\n`), [`${l1}\n${TD3_2}`]);
});

Deno.test("piiDetector.scan() finds an MRZ name line alone and one with OCR filler noise", () => {
  const l1 = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<";
  assert.deepEqual(ids(`scan: ${l1} end`), [l1]);
  assert.deepEqual(ids(`${l1}<<`), [`${l1}<<`]);
});

Deno.test("piiDetector.scan() finds a TD1 identity-card MRZ", () => {
  const doc = "D23145890";
  const l1 = `I<UTO${doc}${mrzCheck(doc)}<<<<<<<<<<<<<<<`;
  const l2 = `7408122F1204159UTO<<<<<<<<<<<6`;
  assert.deepEqual(ids(`${l1}\n${l2}\nERIKSSON<<ANNA<MARIA<<<<<<<<<<`).length, 1);
});

Deno.test("piiDetector.scan() reads codice fiscale and NRIC under their JSON keys", () => {
  assert.deepEqual(ids("RSSMRA85T10A562S", { ...field, key: "codice_fiscale" }), [
    "RSSMRA85T10A562S",
  ]);
  assert.deepEqual(ids("S1234567D", { ...field, key: "nric" }), ["S1234567D"]);
});

Deno.test("piiDetector.scan() finds a codice fiscale in free text by its check letter", () => {
  const text = "Fattura 2026/118\nCliente: Mario Rossi (RSSMRA85T10A562S), totale 1.220,00 EUR";
  assert.deepEqual(ids(text), ["RSSMRA85T10A562S"]);
  assert.deepEqual(ids("cf=RSSMRA85T10A562S;", { ...field, key: "sku" }), ["RSSMRA85T10A562S"]);
  // The same shape with a wrong check letter is a code, not an id.
  assert.deepEqual(ids("Cliente: Mario Rossi (RSSMRA85T10A562T)"), []);
});

Deno.test("piiDetector.scan() finds an NRIC/FIN in free text next to its label only", () => {
  assert.deepEqual(ids("Tenant: Tan Wei Ling (NRIC S1234567D), unit #12-04"), ["S1234567D"]);
  assert.deepEqual(ids("FIN: G1234567X issued 2019"), ["G1234567X"]);
  // A valid check letter without a label is as likely a part or order number.
  assert.deepEqual(ids("Part S1234567D ships Monday"), []);
  // A label with a wrong check letter is not an id.
  assert.deepEqual(ids("NRIC S1234567E"), []);
});

/** MRZ-like filler and angle brackets in ordinary text: no finding. */
const BENIGN: [string, string][] = [
  ["C++ stream operators", "std::cout << value << std::endl;"],
  ["heredoc", "cat <<EOF > file\nhello\nEOF"],
  ["merge conflict marker", "<<<<<<< HEAD\nfoo\n=======\nbar\n>>>>>>> main"],
  ["MRZ line 2 with wrong check digits", "L898902C35UTO7408121F1204158ZE184226B<<<<<10"],
  ["six capitals then digits (an SKU)", "Order SKUABC12D34E567F shipped; ref MODELX90 and T800"],
  ["a storage class and a size", "bucket STANDARD12X: 1 TB, tier S3 and M1234567 rows"],
  [
    "upper-case words padded with <",
    "PXUSAWORDS<<MORE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
  ],
];
for (const [name, text] of BENIGN) {
  Deno.test(`piiDetector.scan() finds no letter id in ${name}`, () => {
    assert.deepEqual(ids(text), []);
  });
}

Deno.test("letter-id checksums accept valid and reject altered ids", () => {
  assert.ok(codiceFiscaleValid("RSSMRA85T10A562S") && !codiceFiscaleValid("RSSMRA85T10A562T"));
  assert.ok(nricValid("S", "1234567", "D") && !nricValid("S", "1234567", "E"));
  assert.equal(mrzCheck("L898902C3"), 6);
  assert.equal(mrzCheck("740812"), 2);
});
