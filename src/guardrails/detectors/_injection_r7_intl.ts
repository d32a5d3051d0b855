/**
 * Injection rules for "forget everything you were told before" and "you no longer have any rules"
 * in French, Portuguese, Spanish, Italian, German and Russian: the openers of translated
 * deepset/DAN prompts. The imperative is second person ("oublie", "esqueça", "vergiss") and
 * its object is what the model was told, so a customer's "j'ai oublié tout ce que vous m'avez
 * expliqué" (first person, past) passes.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { notReported } from "./_injection_quoted.ts";

const R = String.raw;

/** Rules for translated "forget everything before" and "you have no rules any more". */
export const R7_INTL_RULES: readonly InjectionRule[] = [
  rule(
    "intl_forget_all",
    1.0,
    "oubli esque olvid dimen vergi забуд",
    [
      // FR: oublie tout ce qu'on t'a dit / oubliez toutes vos instructions
      R`\boublie(?:z)?\s{1,3}(?:tout\s{1,3}ce\s{1,3}qu(?:e\s{1,3}|')\s{0,2}(?:l'on\s{1,3}|on\s{1,3})?(?:t'|vous\s{1,3}|te\s{1,3})|toutes?\s{1,3}(?:tes|vos|les)\s{1,3}(?:instructions|consignes|règles)(?:\s{1,3}(?:précédentes|antérieures))?\b)`,
      // PT: esqueça tudo o que foi dito / esqueça todas as instruções anteriores
      R`\besque(?:ça|ca|çam|ce)\s{1,3}(?:tudo\s{1,3}(?:o\s{1,3})?que\s{1,3}(?:foi\s{1,3}dito|te\s{1,3}(?:disseram|foi\s{1,3}dito)|lhe\s{1,3}(?:disseram|foi\s{1,3}dito)|você\s{1,3}(?:recebeu|aprendeu|ouviu))|(?:todas\s{1,3})?(?:as\s{1,3}|suas\s{1,3})?(?:instruções|regras)\s{1,3}anteriores)`,
      // ES: olvida todo lo que te dijeron / olvida todo lo anterior
      R`\bolvid(?:a|e|en)\s{1,3}todo\s{1,3}lo\s{1,3}(?:anterior|que\s{1,3}(?:te|se\s{1,3}te|le)\s{1,3}(?:dije|dijeron|han\s{1,3}dicho|ha\s{1,3}dicho|dijimos))`,
      // IT: dimentica tutto quello che ti è stato detto / tutte le istruzioni precedenti
      R`\bdimentic(?:a|ate)\s{1,3}(?:tutto\s{1,3}(?:quello|ciò)\s{1,3}che\s{1,3}ti\s{1,3}(?:è\s{1,3}stato\s{1,3}detto|hanno\s{1,3}detto|ho\s{1,3}detto)|tutte\s{1,3}le\s{1,3}(?:tue\s{1,3}|sue\s{1,3})?(?:istruzioni|regole)(?:\s{1,3}precedenti)?)`,
      // DE: vergiss alles, was dir (bisher) gesagt wurde / was man dir gesagt hat
      R`\bvergiss\s{1,3}alles,?\s{1,3}was\s{1,3}(?:man\s{1,3})?dir\s{1,3}(?:(?:bisher|vorher|zuvor|davor)\s{1,3})?(?:gesagt|aufgetragen|befohlen|beigebracht)`,
      // RU: забудь всё, что тебе говорили
      R`(?<![А-Яа-яЁё])забуд(?:ь|ьте)\s{1,3}(?:вс[её]|обо\s{1,3}всём),?\s{1,3}что\s{1,3}(?:тебе|вам)\s{1,3}(?:говорили|сказали|было\s{1,3}сказано)`,
    ].join("|"),
    "Text tells the model to forget everything it was told (non-English)",
    { accept: notReported },
  ),
  rule(
    "intl_no_rules",
    0.8,
    "règle regla regel regra regol restr limit einsc grenz прави огран / plus ya keine mais più нет",
    [
      R`\btu\s{1,3}n'as\s{1,3}plus\s{1,3}(?:aucune|de)\s{1,3}(?:règles?|limites?|restrictions?)`,
      R`\bya\s{1,3}no\s{1,3}tienes\s{1,3}(?:ninguna\s{1,3})?(?:reglas?|restricciones|límites)`,
      R`\bdu\s{1,3}hast\s{1,3}(?:ab\s{1,3}jetzt\s{1,3})?keine\s{1,3}(?:regeln|einschränkungen|grenzen|beschränkungen)\s{1,3}mehr`,
      R`\bvocê\s{1,3}não\s{1,3}tem\s{1,3}mais\s{1,3}(?:nenhuma\s{1,3})?(?:regras|restrições|limites)`,
      R`\bnon\s{1,3}hai\s{1,3}più\s{1,3}(?:alcuna\s{1,3})?(?:regole|restrizioni|limiti)`,
      R`у\s{1,3}тебя\s{1,3}(?:больше\s{1,3})?нет\s{1,3}(?:никаких\s{1,3})?(?:правил|ограничений)`,
    ].join("|"),
    "Text tells the model it has no rules any more (non-English)",
    { accept: notReported },
  ),
];
