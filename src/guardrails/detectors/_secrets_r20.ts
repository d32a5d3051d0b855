/**
 * Round-20 disguise of secrets: an OpenAI project, service-account or admin key (`sk-proj-`,
 * `sk-svcacct-`, `sk-admin-`) spaced into chunks after its intact prefix ("split so the bot won't
 * eat it": `sk-proj-HB4k… 0TXX… E9hK…`). Round 18 joins these prefixes over line breaks only and
 * round 14's spaced join does not list them. The chunks are joined back, longest first, and the
 * detector's own rules judge each join (the OpenAI rule wants 32+ random characters), so prose
 * after the prefix does not count. Runs only behind the caller's literal pass; bounded and sticky.
 */
import type { Rebuilt } from "./_secrets_r13.ts";
import { rejoinPieces } from "./_secrets_r14.ts";

/** Literals of the gate (found in the caller's one literal pass). */
export const R20_LITERALS: readonly string[] = ["k-proj-", "k-svcacct-", "k-admin-"];

/** An OpenAI key prefix at a token start. */
const PREFIX = /(?<![A-Za-z0-9_\-])sk-(?:proj|svcacct|admin)-/g;
/** The run right after the prefix (the first chunk's rest). */
const FIRST = /[A-Za-z0-9_\-]{0,64}/y;
/** One more chunk: a run of the key alphabet after one to three spaces or a tab. */
const CHUNK = /[ \t]{1,3}([A-Za-z0-9_\-]{1,64})(?=\s|$|[.,;:!?)'"])/y;

/**
 * OpenAI keys spaced into chunks after their prefix, each as its joins longest first (the caller
 * keeps the first join its rules accept). The caller gates on `R20_LITERALS`.
 */
export function spacedOpenAiKeys(text: string): Rebuilt[][] {
  return rejoinPieces(text, PREFIX, FIRST, () => CHUNK, { pieces: 24, length: 240 });
}
