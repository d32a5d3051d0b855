/**
 * Harmful orders stated as facts addressed to no one, read by the shape of the harm rather than
 * the topic (paraphrases in `_injection_protection_waived_test.ts`):
 *
 * - `privacy_safeguard_waived` (half): a data-protection safeguard (pseudonymisation,
 *   anonymisation, encryption, a data-processing agreement) declared not required (en, de, fr,
 *   es, it, pt, pl, nl, sv, sl).
 * - `consent_skipped` (half, the kind older rows use): the data subjects' or patients' consent
 *   declared not required in the same languages. Either alone is an ordinary line of guidance; a
 *   record that waives both is the disclosure order ("a decision: consent not needed,
 *   pseudonymisation not needed, send the dataset").
 * - `threshold_evasion` (full): amounts split to stay below a reporting, review or approval
 *   threshold in order to avoid it (cash deposits under the reporting limit, invoices under the
 *   approval limit, transfers under the monitoring limit) — structuring stated as the procedure
 *   (en, zh, de, fr, es). A text that names it as an offence or a red flag is not read.
 *
 * A waiver followed by its condition ("consent is not required if the data are anonymous") is
 * guidance, not a waiver, and is not read.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf, make } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

/** A sentence gap: no full stop (a decimal point is fine) or line break in between. */
const G = (n: number) => R`(?:[^.!?;\n。]|\.(?=\d)){0,${n}}?`;

/** Not a warning before, and no condition right after ("… not required if / when / unless"). */
const waived: Accept = (v, s, e) =>
  !/(?<!\p{L})(?:never|must|always|nie\s{1,3}wolno|jamais|nunca|niemals|mai|aldrig|nooit|nikoli)(?!\p{L})/iu
    .test(v.slice(Math.max(0, s - 80), s)) &&
  !/^[\s,]{0,3}(?:\(?\s{0,2})(?:if|when|unless|where|provided|as\s{1,3}long\s{1,3}as|for\s{1,3}(?:anonymi|aggregat)|wenn|falls|sofern|sauf|si|lorsque|cuando|siempre\s{1,3}que|se|quando|purché|jeśli|jeżeli|gdy|als|indien|wanneer|om|när|če|kadar|ko)(?!\p{L})/iu
    .test(v.slice(e, e + 30));

/** A negated need, per language, after its noun. */
const NOT_NEEDED =
  R`(?:\b(?:is|are|was|were)\s{1,3}not\s{1,3}(?:required|needed|necessary)\b|\bnot\s{1,3}(?:required|needed|necessary)\b|(?<!\p{L})(?:(?:ist|sind|wird|werden)\s{1,3})?nicht\s{1,3}(?:erforderlich|notwendig|nötig)(?!\p{L})|(?<!\p{L})n['’]est\s{1,3}pas\s{1,3}(?:requis|nécessaire)\p{L}{0,2}|(?<!\p{L})no\s{1,3}(?:es|son|será)\s{1,3}necesari\p{L}{1,2}|(?<!\p{L})no\s{1,3}se\s{1,3}requiere(?!\p{L})|(?<!\p{L})non\s{1,3}(?:è|sono)\s{1,3}(?:necessari|richiest)\p{L}{1,2}|(?<!\p{L})não\s{1,3}(?:é|são)\s{1,3}(?:necessári|exigid)\p{L}{1,2}|(?<!\p{L})nie\s{1,3}(?:jest|są)\s{1,3}(?:wymagan|potrzebn|konieczn)\p{L}{1,2}|(?<!\p{L})(?:is|zijn)\s{1,3}niet\s{1,3}(?:nodig|vereist)(?!\p{L})|(?<!\p{L})(?:krävs|behövs)\s{1,3}inte(?!\p{L})|(?<!\p{L})ni(?:so)?\s{1,3}potreb\p{L}{1,3})`;

const PRIVACY_NOUN =
  R`(?:pseudonymi[sz]ation|anonymi[sz]ation|de-?identification|encryption|data[\s-]{1,3}processing\s{1,3}agreement|\bDPA\b|Pseudonymisierung|Anonymisierung|Verschlüsselung|Auftragsverarbeitungsvertrag|AV-Vertrag|pseudonymisation|anonymisation|chiffrement|seudonimización|pseudonimización|anonimización|cifrado|pseudonimizzazione|anonimizzazione|cifratura|pseudonimização|anonimização|criptografia|pseudonimizacj\p{L}|anonimizacj\p{L}|szyfrowani\p{L}|pseudonimisering|anonimisering|versleuteling|verwerkersovereenkomst|pseudonymisering|anonymisering|kryptering|personuppgiftsbiträdesavtal|psevdonimizacij\p{L}|anonimizacij\p{L}|šifriranj\p{L}|pogodb\p{L}\s{1,3}o\s{1,3}obdelavi)`;

const PRIVACY: readonly HalfRow[] = [
  [
    "",
    /(?:pseudonym|anonym|identification|encrypt|processing\s{1,3}agreement|DPA|Verschlüsselung|Auftragsverarbeitung|AV-Vertrag|chiffrement|seudonim|pseudonim|anonim|cifrado|cifratura|criptografia|szyfrowan|versleuteling|verwerkersovereenkomst|kryptering|biträdesavtal|psevdonim|šifriranj|obdelavi)/iu,
    R`${PRIVACY_NOUN}${G(80)}${NOT_NEEDED}`,
  ],
];

const CONSENT_NOUN =
  R`(?:consent|Einwilligung|Zustimmung|consentement|consentimiento|consenso|consentimento|zgod\p{L}{1,2}|toestemming|samtycke|privolit\p{L}{1,3}|soglasj\p{L}{1,2})`;

const CONSENT: readonly HalfRow[] = [
  [
    "",
    /(?:consent|Einwilligung|Zustimmung|consentement|consentimiento|consenso|consentimento|zgod|toestemming|samtycke|privolit|soglasj)/iu,
    R`${CONSENT_NOUN}${G(80)}${NOT_NEEDED}`,
  ],
];

/** Structuring named as an offence, a red flag or a warning nearby. */
const NAMED_OFFENCE =
  /(?<!\p{L})(?:illegal\p{L}{0,2}|unlawful|offen[cs]e|crime|criminal|prohibited|forbidden|red\s{1,3}flag|suspicious|structuring\s{1,3}(?:is|means)|smurfing|never|do\s{1,3}not|don['’]t|strafbar|verboten|illégal\p{L}{0,2}|interdit\p{L}{0,2}|délit|ilegal\p{L}{0,2}|delito|prohibid\p{L}{1,2})(?!\p{L})|违法|违规|犯罪|禁止|可疑|严禁|不得/iu;
const notOffence: Accept = (v, s, e) => !NAMED_OFFENCE.test(v.slice(Math.max(0, s - 200), e + 200));

const SPLIT =
  R`\b(?:split(?:ting)?|break(?:ing)?\s{1,3}up|divid(?:e|ed|ing)|spread(?:ing)?|stagger(?:ed|ing)?)\b${
    G(120)
  }\b(?:below|under|beneath|less\s{1,3}than|just\s{1,3}under)\b${
    G(120)
  }\b(?:to\s{1,3}avoid|avoiding|so\s{1,3}as\s{1,3}not\s{1,3}to|so\s{1,3}(?:that\s{1,3})?(?:it|they|none|no\s{1,3}\p{L}{2,15})\s{1,3}(?:does\s{1,3}not|doesn['’]t|do\s{1,3}not|don['’]t|won['’]t|will\s{1,3}not|never))\b${
    G(60)
  }\b(?:report\p{L}{0,3}|review\p{L}{0,3}|approv\p{L}{0,5}|flag\p{L}{0,3}|trigger\p{L}{0,3}|CTR|monitor\p{L}{0,4}|sign-?off|threshold)\b|(?:(?:以下|以内|低于|不超过|不足)${
    G(30)
  }(?:分笔|分多笔|拆分|分拆|分次|分开|拆成|分成)|(?:分笔|分多笔|拆分|分拆|分次|分开|拆成|分成)${
    G(60)
  }(?:以下|以内|低于|不超过|不足))${G(100)}(?:以避免|避免|以免|规避|避开|不会触发)${
    G(30)
  }(?:报告|审批|审核|申报|监控|核查|报备)|(?<!\p{L})(?:aufteil\p{L}{0,3}|aufgeteilt|stückel\p{L}{0,3}|gestückelt|verteilt)${
    G(120)
  }(?<!\p{L})(?:unter|unterhalb)(?!\p{L})${
    G(120)
  }(?:Meldung|Meldepflicht|Meldeschwelle|Genehmigung|Freigabe|Prüfung)\p{L}{0,3}${
    G(40)
  }(?:zu\s{1,3}(?:vermeiden|umgehen)|auszulösen|entfällt|entfallen)|(?<!\p{L})(?:fractionn|divis|répart|scind|découp)\p{L}{0,6}${
    G(120)
  }(?<!\p{L})(?:sous|en\s{1,3}dessous|inférieur\p{L}{0,2})(?!\p{L})${
    G(120)
  }(?<!\p{L})(?:pour|afin\s{1,3}d['’]?e?)\s{0,3}(?:éviter|ne\s{1,3}pas\s{1,3}déclencher|contourner)${
    G(40)
  }(?:déclaration|signalement|validation|approbation|contrôle|seuil)|(?<!\p{L})(?:divid|fraccion|repart|fragment)\p{L}{0,6}${
    G(120)
  }(?<!\p{L})(?:por\s{1,3}debajo|inferior\p{L}{0,2}|menos\s{1,3}de)(?!\p{L})${
    G(120)
  }(?<!\p{L})(?:para|a\s{1,3}fin\s{1,3}de)\s{1,3}(?:evitar|no\s{1,3}activar|eludir|no\s{1,3}superar)${
    G(40)
  }(?:reporte|declaración|aprobación|control|notificación|umbral|aviso)`;

/** The rules of this family. */
export const PROTECTION_WAIVED_RULES: readonly InjectionRule[] = [
  ...rows(
    "privacy_safeguard_waived",
    "Text declares a data-protection safeguard not required",
    PRIVACY,
    waived,
  ),
  ...rows(
    "consent_skipped",
    "Text declares the data subjects' consent not required",
    CONSENT,
    waived,
  ),
  {
    ...make(
      "threshold_evasion",
      1,
      "",
      SPLIT,
      "Text has amounts split below a threshold to avoid reporting or approval",
      {
        gate:
          /(?:split|break\s{1,3}up|divid|spread|stagger|分笔|分多笔|拆分|分拆|分次|分开|拆成|分成|aufteil|aufgeteilt|stückel|verteilt|fractionn|divis|répart|scind|découp|fraccion|repart|fragment)/iu,
        reach: 500,
        accept: notOffence,
      },
    ),
    at: { output: 1, input: 0.4, definition: 0 },
  },
];
