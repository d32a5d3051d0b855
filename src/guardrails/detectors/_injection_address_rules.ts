/**
 * How the round-16 and round-17 address rules are built (`_injection_r16_addr.ts`,
 * `_injection_r17_addr.ts`): an address to the AI is one signal (`addresses_ai`) and an act on the
 * same line a second (`addressed_request`, 0.4), so a greeting alone never blocks.
 */
import { anchors, type InjectionRule, rule, type RuleOptions } from "./_injection_rules.ts";
import {
  actFollows,
  ADDRESS_AT,
  ADDRESS_REQUEST_AT,
  STRONG_NOUN,
} from "./_injection_r16_addr_words.ts";

type Accept = (view: string, start: number, end: number) => boolean;
const both = (a: Accept | undefined, b: Accept): Accept =>
  a ? (v, s, e) => a(v, s, e) && b(v, s, e) : b;

/** Per family: how far a match may reach from its anchor, and whether a 0.7 reading comes first. */
export interface AddressFamily {
  reach: number;
  /**
   * Add a 0.7 rule before an address weighing under 0.6, for matches whose noun can only be the AI
   * (the detector then skips the weaker rule of its kind).
   */
  strong: boolean;
}

/**
 * The address at `weight` (preceded by its strong reading when the family has one), then
 * `addressed_request` when an act follows on the same line. With `gate`, the rule is armed by that
 * regex instead of the word anchors of `spec` (scripts the word index does not see).
 */
export function addressRules(
  family: AddressFamily,
  weight: number,
  spec: string,
  src: string,
  o: RuleOptions & { gate?: RegExp } = {},
): InjectionRule[] {
  const make = (kind: string, w: number, accept: Accept | undefined, at: RuleOptions["at"]) => {
    const r = rule(kind, w, o.gate ? "" : spec, src, "Text addresses the AI model that reads it", {
      flags: "iu",
      near: o.near ?? 60,
      reach: o.reach ?? family.reach,
      at,
      ...(accept ? { accept } : {}),
    });
    return o.gate ? { ...r, anchors: anchors("", o.gate) } : r;
  };
  const out: InjectionRule[] = [];
  if (family.strong && weight < 0.6) {
    const strong: Accept = (v, s, e) => STRONG_NOUN.test(v.slice(s, e));
    out.push(make("addresses_ai", 0.7, both(o.accept, strong), { output: 0.7, ...ADDRESS_AT }));
  }
  out.push(make("addresses_ai", weight, o.accept, { output: weight, ...ADDRESS_AT }));
  const acts: Accept = (v, _s, e) => actFollows(v, e);
  out.push(make("addressed_request", 0.4, both(o.accept, acts), ADDRESS_REQUEST_AT));
  return out;
}
