import assert from "node:assert/strict";
import {
  FOLD_EXCEPTIONS,
  GatePrefilter,
  lowerFolded,
  requiredLiterals,
} from "./_gate_prefilter.ts";
import { RULES } from "./injection.ts";

Deno.test("gate prefilter: the literal every match starts with, per alternative", () => {
  const cases: [string, string[] | undefined][] = [
    [String.raw`\b(?:assistants?|agents?)\b`, ["assistant", "agent"]],
    [String.raw`bank\s{1,3}change|Bankwechsel`, ["bank", "bankwechsel"]],
    [String.raw`(?<!\p{L})μην\s`, ["μην"]],
    [String.raw`(?=[tT])(?:tro|trợ)\s{1,2}ly`, ["tro", "trợ"]],
    [String.raw`\.env\b|ab+c`, [".env", "ab"]],
    [String.raw`ΠΡΟΣΟΧΗ|ΤΕΛΟΣ`, ["προσοχη", "τελοσ"]], // final sigma read as sigma
    [String.raw`[abc]x`, undefined], // a class first
    [String.raw`(?:a|b)?c`, undefined], // an optional group first
    [String.raw`x?yz`, undefined], // an optional character first
    [String.raw`a{0,2}b`, undefined],
    [String.raw`\p{L}{2}x`, undefined],
    [String.raw`ok|.`, undefined], // one alternative can start anywhere
  ];
  for (const [src, want] of cases) assert.deepEqual(requiredLiterals(src), want, src);
});

Deno.test("gate prefilter: lower-casing agrees with the engine's case folding outside FOLD_EXCEPTIONS", () => {
  // Every cased BMP character; the engine decides which pairs are the same letter under i and iu.
  const cased = /[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}\p{Cased}]/u;
  const pool: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const s = String.fromCharCode(c);
    if (cased.test(s)) pool.push(s);
  }
  const all = pool.join("");
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const exceptions = new Set(FOLD_EXCEPTIONS);
  let pairs = 0;
  for (const flags of ["giu", "gi"]) {
    for (const c of pool) {
      for (const m of all.matchAll(new RegExp(esc(c), flags))) {
        if (m[0] === c) continue;
        pairs++;
        if (lowerFolded(m[0]) === lowerFolded(c)) continue;
        assert.ok(
          exceptions.has(c) || exceptions.has(m[0]),
          `${c} (U+${c.charCodeAt(0).toString(16)}) ~ ${
            m[0]
          } under /${flags}: add one to FOLD_EXCEPTIONS`,
        );
      }
    }
  }
  assert.ok(pairs > 2000, `${pairs} case pairs seen`);
});

Deno.test("gate prefilter: never rules out a gate that matches (every injection gate, fixture texts)", () => {
  const gates = [...new Set(RULES.map((r) => r.anchors.gate).filter((g) => g !== undefined))];
  const pf = new GatePrefilter(gates.map((g) => g.source));
  assert.ok(pf.coverage > gates.length * 0.9, `${pf.coverage} of ${gates.length} gates covered`);
  const root = new URL("../../../tests/fixtures/eval/", import.meta.url).pathname;
  const texts: string[] = [];
  for (const side of ["attacks", "benign"]) {
    for (const e of Deno.readDirSync(root + side)) {
      if (!e.name.endsWith(".json")) continue;
      const cases = JSON.parse(Deno.readTextFileSync(`${root}${side}/${e.name}`));
      cases.forEach((c: Record<string, unknown>, i: number) => {
        if (i % 5 !== 0) return;
        const v = c.result ?? c.args ?? c.definition;
        if (v !== undefined) texts.push(typeof v === "string" ? v : JSON.stringify(v));
      });
    }
  }
  assert.ok(texts.length > 1000, `${texts.length} texts`);
  let matched = 0;
  let ruledOut = 0;
  for (const text of texts) {
    pf.scan(text);
    gates.forEach((g, k) => {
      g.lastIndex = 0;
      const hit = g.test(text);
      if (hit) {
        matched++;
        assert.ok(pf.mayMatch(k), `gate ${g.source.slice(0, 60)} matches ${text.slice(0, 60)}`);
      } else if (!pf.mayMatch(k)) ruledOut++;
    });
  }
  assert.ok(matched > 1000, `${matched} gate matches`);
  // And it is worth having: most gates that do not match are never run.
  assert.ok(ruledOut > texts.length * gates.length * 0.5, `${ruledOut} ruled out`);
});

Deno.test("gate prefilter: a text with a fold exception runs every gate", () => {
  const pf = new GatePrefilter(["remov", "secret"]);
  pf.scan("nothing here");
  assert.equal(pf.mayMatch(0), false);
  assert.equal(pf.mayMatch(1), false);
  pf.scan("the ſecret"); // long s: /secret/iu matches it, lower-casing does not
  assert.equal(pf.mayMatch(1), true);
  assert.equal(/secret/iu.test("the ſecret"), true);
  pf.scan("REMOVED");
  assert.equal(pf.mayMatch(0), true);
  assert.equal(pf.mayMatch(1), false);
});
