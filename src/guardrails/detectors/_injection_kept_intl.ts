/**
 * The act kept from the person who would stop it, in the phrasing earlier `kept_from_person` rows
 * miss: "no need to tell / notify / remind / bother / check with <someone>" as a dismissal of the
 * owner, the manager or the security contact. Filed under `kept_from_person` (a half signal, counts
 * once with the earlier rows); beside an address to the AI or another half it blocks.
 *
 * Languages: en, fr, pt, it, tr, zh, ja (the other languages' "no need to notify" are
 * `consent_skipped` rows already, and one phrase must not count twice; paraphrases in
 * `_injection_kept_intl_test.ts`).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not reported or warned just before ("scammers say", "if someone writes"). */
const stated: Accept = (v, s) =>
  !/(?<!\p{L})(?:scam\p{L}{0,4}|fraud\p{L}{0,4}|phish\p{L}{0,4}|golpe\p{L}{0,2}|arnaque\p{L}{0,2}|estafa\p{L}{0,2}|truffa\p{L}{0,2}|țeap\p{L}{0,2}|if\s{1,3}(?:someone|anyone|a\s{1,3}message)|never)(?!\p{L})|诈骗|詐欺|사기|धोखा|احتيال/iu
    .test(v.slice(Math.max(0, s - 100), s));

const KEPT: readonly HalfRow[] = [
  // Latin-script languages: only the verbs the `consent_skipped` rows do not read (they already
  // count "sin avisar", "não precisa avisar", "pas besoin de prévenir", ro/id/vi "notify")
  [
    "",
    /(?:no\s{1,3}need|inutile|sem\s|senza\s|gerek\s{1,3}yok)/iu,
    R`\bno\s{1,3}need\s{1,3}to\s{1,3}(?:(?:run|route|send|take|put)\s{1,3}(?:it|this|that)\s{1,3}(?:past|by|through)|check\s{1,3}(?:it\s{1,3})?with|loop\s{1,3}in|bother|ping|remind)\b|(?<!\p{L})inutile\s{1,3}de\s{1,3}(?:re)?(?:contacter|déranger|consulter|solliciter)(?!\p{L})|(?<!\p{L})sem\s{1,3}(?:incomodar|consultar|perguntar\s{1,3}(?:à|ao|a))(?!\p{L})|(?<!\p{L})senza\s{1,3}(?:disturbare|consultare)(?!\p{L})|(?<!\p{L})(?:haber\s{1,3}vermenize|söylemenize|bildirmenize|sormanıza)\s{1,3}gerek\s{1,3}yok(?!\p{L})`,
  ],
  // zh / ja: "不用提醒", "伝える必要はありません"
  [
    "",
    /(?:不用|不必|必要はありません|必要ありません)/u,
    R`(?:不用|不必)(?:再)?(?:提醒|打扰|打擾|问|問|知会)|(?:伝える|知らせる|連絡する|報告する|確認する)必要は(?:ありません|ない)`,
  ],
];

/** The rules of this technique. */
export const KEPT_INTL_RULES: readonly InjectionRule[] = rows(
  "kept_from_person",
  "Text has the act kept from the person who would stop it",
  KEPT,
  stated,
);
