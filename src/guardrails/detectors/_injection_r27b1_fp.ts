/**
 * Round 27b false positive (part 1): a house note for a human team and the AI alike ("Hinweis für
 * das Vertriebsteam und den KI-Assistenten: …") is a visible routing policy, not a covert order
 * to the AI. Tests in `_injection_r27b1_test.ts`.
 */

/** A human group named just before, joined by "and": "für das Vertriebsteam und den …". */
const HUMANS_AND =
  /(?:team|teams|abteilung|vertrieb\p{L}{0,6}|mitarbeiter\p{L}{0,6}|kolleg\p{L}{0,6}|staff|employees|colleagues|équipe|collègues|equipo|equipe|personal)\s{1,3}(?:und|sowie|and|et|y|e|en)\s{1,3}$/iu;

/** Whether the AI named at `start` shares its address with a human team. */
export function coAddressed(view: string, start: number): boolean {
  return HUMANS_AND.test(view.slice(Math.max(0, start - 60), start));
}
