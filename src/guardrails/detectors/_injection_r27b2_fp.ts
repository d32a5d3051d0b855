/**
 * False-positive guards from held-out round 27b (part 2; tests in `_injection_r27b2_test.ts`).
 */

/**
 * A timestamped turn spoken by a named person: "[00:12:03] Claire Dubois :", "14:05 Marc Leroy:".
 * The first name may not be an AI label, so "[00:12:40] Assistant IA :" is not one.
 */
const NAMED_TURN =
  /(?:^|\n)[ \t]{0,3}\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?[ \t]{0,3}[-–]?[ \t]{0,2}(?!(?:assistant|assistente|asistente|asystent|agent|agente|bot|ai|ia|ki|llm|gpt|copilot|note|notes|system|système|sistema)\b)\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]\p{Lu}[\p{Ll}.'’-]{0,20}){0,2}[ \t]{0,2}[:：]/gu;

/**
 * True when `view` is a meeting or call transcript with at least two timestamped turns by named
 * people: there an "Assistant IA :" line is the note-taker's own turn, not a note to the AI.
 */
export function namedTranscript(view: string): boolean {
  if (!/\d:\d\d/.test(view)) return false;
  NAMED_TURN.lastIndex = 0;
  let turns = 0;
  while (NAMED_TURN.exec(view) !== null) if (++turns >= 2) return true;
  return false;
}
