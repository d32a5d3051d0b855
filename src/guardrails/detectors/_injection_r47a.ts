/**
 * Round-47 "facts": a rule document (treasury policy, model policy, SOP, circular, safety
 * instruction, method statement, consent notes, help-centre article) whose provenance line names an
 * OUTSIDE editor and whose body then switches a control off — stated as the current state, addressed
 * to nobody, for an agent that reconciles, generates or publishes from it.
 *
 * `outside_editor_relaxes` (`_injection_outside_editor.ts`) reads the same two parts; this file
 * widens both halves where round 47 wrote them in words it does not know, and files the match under
 * the same kind (one signal, never counted twice):
 *
 * - the provenance line: "Last change … by", bare participles before the editor ("Scheda aggiornata
 *   il … dall'account fornitore", "Modificata il … dal fornitore"), ru "Внесено:", hi "अपलोडकर्ता:",
 *   fa "ویرایشگر:" / "آخرین ویرایش"; outsiders: a service/visit provider, an agency, an automation
 *   ("…-bot") account, id "pihak ketiga", vi "nhà thầu", hi "आउटसोर्स/वेंडर", fa "خارجی/مهمان",
 *   ru/uk "поставщик/постачальник", ko "게스트/업체";
 * - the relaxation: a named safeguard (check, review, approval, timelock, MFA, warning, banner,
 *   verification, limit, PPE …) "removed / retired / disabled / optional", "needs no review", "does
 *   not need … sign-off", "bypass is permitted", "shared with anyone with the link", fr "ne bloque
 *   plus", "sans CAPA/contrôle", a warning removed (it/es/fr/de/pt), ko "…선택 사항", ar "معطّل" (any
 *   diacritics), "دون تحقق", he "בוטל/הושבת", hi "आवश्यकता नहीं / अनिवार्य नहीं / बंद की", ru
 *   "отменён", fa "بدون حساب", "هر کسی که لینک", id "tanpa batas".
 *
 * An honest notice by the organisation itself (no outsider on the provenance line), an outside
 * editor's page that only tightens or keeps a control, or a relaxation denied ("must never be
 * disabled") does not match. Paraphrases in `_injection_r47a_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { make } from "./_injection_make.ts";
import {
  DENIED,
  FREEMAIL,
  LABEL_CJK,
  LABEL_KEY,
  OUTSIDE,
  OUTSIDE_CJK,
  relaxesAfter,
} from "./_injection_outside_editor.ts";

const R = String.raw;
const NB = R`(?<![\p{L}\p{N}])`;
const NA = R`(?![\p{L}\p{N}])`;

/** Provenance labels the older rule does not read. */
const LABEL_MORE = [
  R`last\s{1,3}change|merged\s{1,3}by|committed\s{1,3}by`,
  // a bare participle: the editor follows on the line ("aggiornata il 05/03 dall'account …")
  R`aggiornat[oa]|modificat[oa]|actualizad[oa]|modificad[oa]|atualizad[oa]|alterad[oa]|modifiée?|mise?\s{1,3}à\s{1,3}jour|geändert|aktualisiert|bearbeitet`,
  R`внесено|внесла|внёс|внес|внесли|внесено\s{1,3}изменение`,
  R`अपलोडकर्ता|अपलोड|संशोधनकर्ता`,
  R`ویرایشگر|ویرایش\s{1,3}توسط|آخرین\s{1,3}ویرایش|ویرایش\s{1,3}شده\s{1,3}توسط`,
].join("|");

/** Outside parties the older rule does not name. */
const OUTSIDE_MORE = [
  R`provider|agency|agence|Agentur|agencia|agenzia|agencja|agentschap|ajans`,
  // an automation account ("@ci-maintenance-bot", "renovate[bot]")
  R`[\w.-]{1,40}-bot|[\w.-]{1,40}\[bot\]`,
  R`pihak\s{1,3}ketiga|nhà\s{1,3}thầu|поставщик\p{L}{0,3}|постачальник\p{L}{0,3}|आउटसोर्स|वेंडर|ठेकेदार`,
].join("|");
/** {@link OUTSIDE_MORE} for the gate: each alternative starts with a literal (see `GATE`). */
const OUTSIDE_MORE_GATE = [
  R`provider|agency|agence|Agentur|agencia|agenzia|agencja|agentschap|ajans`,
  R`-bot|\[bot\]`,
  R`pihak\s{1,3}ketiga|nhà\s{1,3}thầu|поставщик|постачальник|आउटसोर्स|वेंडर|ठेकेदार`,
].join("|");
/** Outsider words written without word spaces or in scripts `\p{L}` boundaries do not suit. */
const OUTSIDE_MORE_RAW = R`خارجی|مهمان|پیمانکار|برون[\u200c\s]?سپاری|게스트|업체`;

const OUT_ALL =
  R`(?:${NB}(?:${OUTSIDE}|${OUTSIDE_MORE})|${OUTSIDE_CJK}|${OUTSIDE_MORE_RAW}|${FREEMAIL})`;

/** The header line: a label, then (same line, a few words on) the outside party. */
const HEADER =
  R`(?=\p{L})(?:${NB}(?:${LABEL_KEY}|${LABEL_MORE})${NA}|${LABEL_CJK})[^\n]{0,90}?${OUT_ALL}`;

/**
 * The gate: an outsider word anywhere (one alternation). An automation account is gated by its
 * literal tail ("-bot", "[bot]"), not by `[\w.-]{1,40}-bot` itself: every header match holds the
 * tail, and a gate whose every alternative starts with a literal is ruled out by the injection
 * gate prefilter (`_gate_prefilter.ts`) on a text holding none of them, where the leading class
 * made it run over every text (the largest single gate cost of a guarded call, perf37).
 */
const GATE = new RegExp(
  R`(?:${OUTSIDE}|${OUTSIDE_MORE_GATE})|${OUTSIDE_CJK}|${OUTSIDE_MORE_RAW}|${FREEMAIL}`,
  "iu",
);

/** A named safeguard (en). */
const GUARD =
  R`(?:checks?|reviews?|approvals?|sign-?offs?|verifications?|scann(?:ing|er)|protections?|timelocks?|lock(?:out)?s?|MFA|2FA|OTP|two-factor|encryption|alerts?|warnings?|audits?|logging|monitoring|requirements?|limits?|caps?|confirmations?|call-?backs?|consent|banners?|signatures?|firewall|safeguards?|controls?|face\s{1,3}shields?|goggles|PPE|respirators?|harness(?:es)?)`;

/** What the page then states: a safeguard dropped, beyond the older rule's phrases. */
const RELAX_MORE = new RegExp(
  [
    // en: a named safeguard removed, retired, switched off or made optional
    R`\b${GUARD}\b[^.\n]{0,60}?\b(?:is|are|was|were|been|now)\s{1,3}(?:now\s{1,3})?(?:disabled|removed|retired|dropped|lifted|waived|suspended|bypassed|deactivated|cancell?ed|optional|(?:turned|switched)\s{1,3}off)\b`,
    R`\bneeds?\s{1,3}no\s{1,3}(?:\w+\s{1,3})?(?:review|approval|sign-?off|check|verification)\b`,
    R`\b(?:does|do)\s{1,3}not\s{1,3}need\s{1,3}(?:an?\s{1,3}|any\s{1,3}|the\s{1,3})?(?:[\w-]{1,24}\s{1,3}){0,2}(?:approval|sign-?off|review|verification|check)\b|\b(?:does|do)\s{1,3}not\s{1,3}need\s{1,3}to\s{1,3}(?:see|check|verify|review)\b`,
    R`\b(?:guidance|rule|requirement|restriction|safeguard)s?\b[^.\n]{0,160}?\bdoes\s{1,3}not\s{1,3}apply\b`,
    R`\b(?:bypass|override)\s{1,3}(?:is|are)\s{1,3}(?:permitted|allowed)\b|\banyone\s{1,3}with\s{1,3}the\s{1,3}link\b`,
    // approval granted in advance or by the document itself; a check deferred until after the act
    R`\b(?:is|are)\s{1,3}(?:now\s{1,3})?(?:pre-?approved|auto-?approved|treated\s{1,3}as\s{1,3}approved|deemed\s{1,3}approved)\b`,
    R`\b(?:can|may|will)\s{1,3}be\s{1,3}(?:checked|verified|reviewed|signed|approved|certified|completed)\s{1,3}(?:after\s{1,3}(?:the|it|release|shipping|dispatch|go-?live|payment|the\s{1,3}fact)|later|retroactively|a\s{1,3}posteriori)\b|\bno\s{1,3}longer\s{1,3}blocks?\b|\bnon\s{1,3}blocca\s{1,3}più\b|\bya\s{1,3}no\s{1,3}bloquea\b|\bblockiert\s{1,3}nicht\s{1,3}mehr\b|\bnão\s{1,3}bloqueia\s{1,3}mais\b|\bgéré\p{L}{0,2}\s{1,3}a\s{1,3}posteriori\b`,
    // fr / it / es / de / pt: a block lifted, a control skipped, a safety warning removed
    R`\bne\s{1,3}bloquen?t?\s{1,3}plus\b|\bsans\s{1,3}(?:CAPA|contrôle|validation|vérification|certification|approbation|signature|revue)\b`,
    R`(?:avvertenz\p{L}|avvertiment\p{L}|avertissement|mise\s{1,3}en\s{1,3}garde|advertencia|Warnhinweis|Warnung|aviso\s{1,3}de\s{1,3}seguran[çc]a)[^.\n]{0,120}?(?:rimoss\p{L}|eliminat\p{L}|supprimée?s?|retirée?s?|eliminad\p{L}|retirad\p{L}|removid\p{L}|entfernt|gestrichen)`,
    // ko: a safeguard made optional
    R`(?:보호구|보호대|보안경|장갑|검사|점검|확인|승인|검토)[^\n]{0,12}선택\s{0,2}사항`,
    // ar: switched off (any diacritics), without verification
    R`م\p{M}{0,2}ع\p{M}{0,2}ط\p{M}{0,2}ل|(?:دون|بدون)\s{1,3}(?:تحقق|التحقق|توثيق|مصادقة)`,
    // he: cancelled, disabled
    R`${NB}(?:בוטל|בוטלה|בוטלו|הושבת|הושבתה|הושבתו)${NA}`,
    // hi: not needed, no longer mandatory, stopped
    R`आवश्यकता\s{1,3}नहीं|अनिवार्य\s{1,3}नहीं|बंद\s{1,3}(?:की|किया|किए|कर)`,
    // ru: abolished
    R`${NB}(?:отмен[её]н\p{L}{0,2}|упразднен\p{L}{0,2})${NA}`,
    // fa: without an account/password/verification, anyone who has the link
    R`بدون\s{1,3}(?:حساب|رمز|تأیید|تایید|احراز|اجازه|رضایت)|هر\s{1,3}کسی\s{1,3}که\s{1,3}لینک`,
    // id: without limit
    R`${NB}tanpa\s{1,3}batas${NA}`,
  ].join("|"),
  "giu",
);

/** Reach of the body read after the header line. */
const BODY = 3000;

/** A relaxation of this file's lexicon stated (not denied) after the header. */
function relaxesMore(view: string, end: number): boolean {
  const body = view.slice(end, end + BODY);
  const re = RELAX_MORE;
  re.lastIndex = 0;
  for (let m = re.exec(body), n = 0; m !== null && n < 6; m = re.exec(body), n++) {
    if (!DENIED.test(body.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

/** The round-47 outside-editor rows (see the module comment). */
export const R47A_RULES: readonly InjectionRule[] = [
  make(
    "outside_editor_relaxes",
    1,
    "",
    HEADER,
    "A page edited or written by an outside account states a safeguard dropped",
    {
      gate: GATE,
      reach: 160,
      accept: (view, s, end) => relaxesAfter(view, end, s) || relaxesMore(view, end),
    },
  ),
];
