import assert from "node:assert/strict";
import { topAlternatives } from "./_gate_prefilter.ts";
import { gatedGroupBits, LiteralGate } from "./_literal_gate.ts";
import { groupBits } from "../text/group_bits.ts";

const here = new URL(".", import.meta.url);
const fixtures = new URL("../../../tests/fixtures/eval/", import.meta.url);

/** Every string value of the eval fixtures (attacks and benign look-alikes of every round). */
function fixtureStrings(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  for (const dir of ["attacks", "benign"]) {
    for (const e of Deno.readDirSync(new URL(dir + "/", fixtures))) {
      if (e.name.endsWith(".json")) {
        walk(JSON.parse(Deno.readTextFileSync(new URL(`${dir}/${e.name}`, fixtures))));
      }
    }
  }
  return out;
}

/** The `GATE` regex literal of an argument-check file, as written there. */
function gateOf(file: string): RegExp {
  const src = Deno.readTextFileSync(new URL(file, here));
  const m = /const GATE =\s*\/(.*)\/([a-z]*);\n/.exec(src);
  assert.ok(m, `${file}: no GATE regex literal`);
  return new RegExp(m[1], m[2]);
}

Deno.test("literal gate: top-level alternatives only", () => {
  assert.deepEqual(topAlternatives(String.raw`a|(?:b|c)d|[|]e|\|f`), [
    "a",
    "(?:b|c)d",
    "[|]e",
    String.raw`\|f`,
  ]);
  assert.deepEqual(topAlternatives("abc"), ["abc"]);
});

Deno.test("literal gate: answers exactly as the regex on the argument checks' gates and fixtures", () => {
  const gates = [
    "_code_r36.ts",
    "_code_r37.ts",
    "_code_r38.ts",
    "_obf_r36.ts",
    "_obf_r37.ts",
    "_obf_r38.ts",
  ].map((f) => [f, gateOf(f)] as const);
  const synthetic = [
    /x{2}|[abc]def|\bsecret_key\b|=\d/i,
    /(?:PROGRAM|runtime)\s|ſecret|straße/iu,
    /\p{Lu}{3}|kelvin|KELVIN/u,
    // Tried alternative by alternative (global), and kept whole (sticky: matches at 0 only).
    /straße|secret_key|=\d|program\s/gi,
    /secret_key|PROGRAM|a ſ/y,
  ];
  const texts = fixtureStrings();
  assert.ok(texts.length > 5000, `only ${texts.length} fixture strings`);
  // Texts that only a case-folding corner lets the regex match (long s, Kelvin sign, ß).
  texts.push("a ſecret here", "KELVIN K", "STRASSE", "Straße", "PROGRAM x", "xx");
  let skipped = 0;
  for (const [name, re] of [...gates, ...synthetic.map((r) => [r.source, r] as const)]) {
    const gate = new LiteralGate(re);
    for (const t of texts) {
      for (const subject of [t, t.toLowerCase()]) {
        const want = new RegExp(re.source, re.flags).test(subject);
        const got = gate.test(t, subject);
        assert.equal(got, want, `${name} on ${JSON.stringify(subject.slice(0, 120))}`);
        if (!gate.may(t, subject)) skipped++;
      }
    }
  }
  // The point of the gate: most texts never run the regex.
  assert.ok(skipped > texts.length * 4, `only ${skipped} skipped`);
});

Deno.test("literal gate: group bits are skipped only when no group can match", () => {
  const groups = [/bucket_?replication/, /trigger/, /secrets\./, /=\d\d/];
  const any = new RegExp(groups.map((g) => `(${g.source})`).join("|"), "g");
  const gates = groups.map((g) => new LiteralGate(g));
  for (
    const t of [
      "nothing here",
      "a Trigger fires",
      "SECRETS.db and bucket_replication",
      "x=12",
      "x=ab",
    ]
  ) {
    const low = t.toLowerCase();
    assert.equal(
      gatedGroupBits(gates, any, t, low, groupBits),
      groupBits(any, low, groups.length),
      t,
    );
  }
});

Deno.test("literal gate: an alternative without literals is tried on its own", () => {
  const re = /(?:a|b)x|[xyz]+q/;
  const gate = new LiteralGate(re);
  assert.equal(gate.may("nothing"), false);
  assert.equal(gate.may("zzq"), true);
  assert.equal(gate.may("abx"), true);
  assert.equal(gate.test("bx"), true);
  assert.equal(gate.test("zzq"), true);
  assert.equal(gate.test("nothing"), false);
});

Deno.test("literal gate: a back-reference keeps the regex whole", () => {
  const re = /(a)x|\1b/;
  const gate = new LiteralGate(re);
  for (const t of ["b", "ax", "zzz"]) assert.equal(gate.test(t), re.test(t), t);
});
