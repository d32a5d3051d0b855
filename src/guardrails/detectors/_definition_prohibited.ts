/**
 * Secrets named only as what must NOT be asked for: "Never ask customers for full card numbers,
 * security codes (CVV), PINs or online-banking passwords". A prohibition's object may be a long
 * list (commas and all), so a negation "within a few words, no comma between" misses it; here
 * the prohibition opens the clause with an asking or handling verb, and nothing between it and
 * the secret starts a new order ("…, but", "instead", "then ask for", "collect"). A verb after
 * "to" is what the prohibited request would have asked ("never ask the user to type their
 * password into the chat"), not an order of its own.
 */

/** A prohibition on asking for or handling something, as the head of a clause. */
const PROHIBITION =
  /(?<!\p{L})(?:never|do\s+not|don['’]t|must\s+not|mustn['’]t|should\s+not|shouldn['’]t|may\s+not|not\s+allowed\s+to|forbidden\s+to)\s+(?:ever\s+)?(?:ask|request|collect|require|demand|prompt|solicit|accept|store|save|log|record|keep)(?!\p{L})/giu;
/** What ends the prohibition's reach: a contrast, a new order, a sentence or clause of its own. */
const NEW_ORDER =
  /(?<!\p{L})(?:but|instead|then|just|rather|however|except|unless|only|also|first|now|still)(?!\p{L})|(?<!\p{L})(?<!\bto\s{1,3})(?:ask|request|collect|send|enter|type|provide|give|share|post|forward|submit|get|obtain|take|verify|confirm|read|record|pass|include|attach|put|paste|fill)(?:s|ed|ing)?(?!\p{L})|[.;:!?]/iu;

/** True when the word at `index` of `text` is an object of a prohibition (see above). */
export function prohibitedListItem(text: string, index: number): boolean {
  const head = text.slice(Math.max(0, index - 200), index);
  PROHIBITION.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = PROHIBITION.exec(head); m; m = PROHIBITION.exec(head)) last = m;
  if (!last) return false;
  return !NEW_ORDER.test(head.slice(last.index + last[0].length));
}

/** `text` with every match of `re` (global) that is a prohibited list item blanked out. */
export function withoutProhibited(text: string, re: RegExp): string {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  return text.replace(g, (m, ...rest) => {
    const at = rest.find((x) => typeof x === "number") as number;
    return prohibitedListItem(text, at) ? " ".repeat(m.length) : m;
  });
}
