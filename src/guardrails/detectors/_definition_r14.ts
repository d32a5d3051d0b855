/**
 * Definition grammars from held-out round 14's misses (paraphrase tests in
 * `_definition_r14_test.ts`). Each reads one normalised definition string:
 * - the model's context harvested into a call ("everything said so far", "every email address
 *   you have seen", "the full text of that message");
 * - a tool's output routed to a fixed URL through another tool ("POST it … using the fetch tool");
 * - scripted lies to the user ("report only that it succeeded", "if asked, say it is unchanged");
 * - DNS exfiltration (user data encoded into a hostname or subdomain);
 * - gateway warnings dismissed or declared not to apply ("those are false alarms");
 * - risky "facts about the user" planted in memory (a payee, "push without review");
 * - an elevated token used in place of the caller's to get past reviews (confused deputy);
 * - the user's personal data added to a call from the conversation;
 * - role markup (`</description><system>`) granting the model new permissions;
 * - non-English: secrets copied into a field (FR, ES, PT, DE, IT, NL), the system prompt put
 *   into a field (RU), "never use other tools even when the user names one" (JA, ZH), and
 *   confirmation / security checks declared not to apply (IT, ES, FR, PT, DE).
 * Letter-spaced sentences ("S e n d  t h e …") are joined by {@link letterSpaced}.
 */
import { type DefinitionContext, type Hit, negatedAt, sentences } from "./_definition_grammar.ts";
import { intlProhibited } from "./_definition_r29p.ts";
import { unnegatedDismiss } from "./_definition_fp37.ts";
import { userLookupTrigger } from "./_definition_r32p.ts";

const R = String.raw;

/** Verbs that put data into a call or a store. */
const HAND =
  /\b(?:pass|passes|put|include|includes|send|sends|copy|copies|paste|fill|provide|supply|submit|attach|dump|set|add|append|forward|post|upload|record|store|log|insert|embed)\b/gi;

/** The model's whole context, or what it has seen in it. */
const CONTEXT_SCOPE = new RegExp(
  [
    R`\beverything\s+(?:(?:that\s+)?(?:was|has\s+been)\s+)?(?:said|discussed|written|shared|typed|mentioned|exchanged)\s+(?:so\s+far|(?:in|during)\s+(?:this|the)\s+(?:conversation|chat|session))`,
    R`\beverything\s+(?:in|from)\s+(?:this|the\s+current|your)\s+(?:conversation|chat|session|context(?:\s+window)?)\b`,
    R`\b(?:every|all|each)\s+(?:\w{1,30}\s+){0,2}?(?:tool\s+(?:results?|outputs?|responses?)|messages?|e-?mail\s+address(?:es)?|e-?mails|phone\s+numbers?|names|addresses|documents?|files|attachments|urls|links|secrets|tokens|passwords)\s+(?:that\s+)?(?:you(?:'ve|\s+have)?|the\s+user(?:\s+has)?)\s+(?:ever\s+)?(?:received|seen|read|encountered|come\s+across|got|gotten|uploaded|shared|sent|pasted|mentioned|typed)\b`,
    R`\b(?:full|entire|whole|complete|verbatim)\s+text\s+of\s+(?:that|the|this|each|every|any)\s+(?:message|conversation|chat|prompt)\b`,
    R`\b(?:entire|full|whole|complete)\s+(?:context\s+window|conversation\s+so\s+far|chat\s+so\s+far)\b`,
  ].join("|"),
  "i",
);
/** Tools whose job is the conversation itself (a chat exporter, a transcript store). */
const CONVERSATION_TOOL = /conversation|chat|transcript|dialog/i;

/** A keyword trigger on the conversation: "if any message mentions 'payroll' …". */
const CONTENT_TRIGGER =
  /\b(?:if|when|whenever|once)\s+(?:any|a|the|some)\s+(?:message|user|conversation|chat|document|e-?mail|file)\b[^.;]{0,40}?\b(?:mentions?|contains?|includes?|talks?\s+about|refers?\s+to|says?)\s+[\x60'"‘“]/i;
const TRIGGER_ACTION = /\b(?:stop\s+helping|instead\s+call|call|invoke|send|copy|forward)\b/i;

/** A send verb, an outside URL and another tool as the carrier. */
const ROUTE_SEND =
  /\b(?:post|posts|upload|uploads|send|sends|forward|forwards|submit|transmit|push|mirror|beacon)\b/i;
const ROUTE_URL = /\bhttps?:\/\/(?!(?:localhost|127\.|\[::1\]))[\w.-]{3,80}/i;
const ROUTE_CARRIER =
  /\b(?:using|via|with|through)\s+(?:the\s+|your\s+)?[\x60'"]?[\w.-]{2,40}[\x60'"]?\s+tool\b/i;
const ROUTE_OUTPUT =
  /\b(?:after|once|whenever|every\s+time|each\s+time)\b[^.;]{0,60}?\b(?:summary|summaries|results?|outputs?|responses?|answers?|reports?)\b/i;
const EXAMPLE = /\be\.g\.|\bfor\s+example\b|\bsuch\s+as\b|\bexample\.(?:com|org|net)\b/i;

/** Scripted answers that hide what happened. */
const LIE = new RegExp(
  [
    R`\b(?:report|tell|say|reply|respond|answer|confirm|state)\w{0,2}\s+(?:to\s+the\s+user\s+|the\s+user\s+|them\s+)?only\s+that\b`,
    R`\bif\s+(?:the\s+user\s+|they\s+|anyone\s+|someone\s+)?(?:ever\s+)?(?:asks?|asked|questions?|inquires?)\b[^.;]{0,60}?\b(?:say|tell\s+(?:them|the\s+user)|answer|reply|respond|claim|insist|assure\s+(?:them|the\s+user))\s+(?:that\s+)?[^.;]{0,40}?\b(?:unchanged|not\s+changed|untouched|still\s+(?:on|enabled|active|running)|intact|nothing\s+(?:changed|happened|was\s+\w+)|no\s+(?:changes?|data\s+(?:was|is)|issues?|problems?))\b`,
    R`\b(?:report|say|claim|tell\s+the\s+user)\w{0,2}\s+(?:that\s+)?(?:it|the\s+\w+)\s+(?:succeeded|worked|was\s+successful|completed)\s+(?:even\s+(?:if|when|though)|regardless)\b`,
    R`\b(?:always|only)\s+report\s+success\b|\breport\s+success\s+(?:even|regardless|no\s+matter)\b`,
    R`\b(?:deny|denying)\s+(?:that\s+)?(?:any(?:thing)?|it|this|the\s+\w+)\s+(?:was|has\s+been|were)\s+(?:sent|shared|changed|disabled|deleted|uploaded|logged)\b`,
  ].join("|"),
  "i",
);

/** User data encoded into a DNS name. */
const ENCODED_USER_DATA = new RegExp(
  R`\b(?:hex(?:adecimal)?|base-?32|base-?64|encod\w{0,4}|hash(?:ed)?)\s+(?:form\s+|version\s+|encoding\s+|digest\s+)?of\s+(?:the\s+user'?s|the\s+(?:last|latest|previous|current)|your|each|every|the\s+(?:conversation|chat|prompt|secret|token|api\s+key|password))`,
  "i",
);
const DNS_SLOT =
  /\b(?:host\s?names?|sub-?domains?|dns\s+(?:labels?|names?|quer(?:y|ies)|lookups?)|fqdns?|domain\s+labels?)\b|>\.[a-z0-9-]{1,40}\.[a-z0-9.-]{2,60}/i;
/** "<user's message>.t.probe.example": user content as the leftmost label of a fixed domain. */
const DNS_TEMPLATE =
  /<[^<>]{0,60}?\b(?:user'?s|message|conversation|secret|token|password|prompt|api[\s_-]?key|hex|base-?(?:32|64))\b[^<>]{0,60}>\.[a-z0-9-]{1,40}\.[a-z]{2,24}/i;

/** Who might warn about the tool: the gateway and its checks. */
const WARNING_SOURCE =
  /\b(?:gateway|guardrails?|firewall|security\s+(?:scanner|layer|proxy|checks?|warnings?|alerts?|tools?|software|filters?)|proxy|policy\s+engine|mcp\s+client|pin(?:ned)?\s+changed|integrity\s+check|rug[\s-]?pull)\b/i;
const DISMISS = new RegExp(
  [
    R`\b(?:are|is)\s+(?:just\s+|only\s+|merely\s+)?(?:false\s+(?:alarms?|positives?)|harmless|safe\s+to\s+(?:ignore|dismiss|approve)|noise|spurious|a\s+known\s+(?:bug|glitch))\b`,
    R`\b(?:ignore|disregard|dismiss|suppress|bypass|override|click\s+through|work\s+around)\s+(?:them|these|those|it|any|all|the\s+(?:\w{1,30}\s+){0,2}?(?:warnings?|alerts?|blocks?|prompts?|errors?|checks?))\b`,
    R`\btell\s+(?:the\s+)?user\s+to\s+(?:approve|accept|allow|re-?approve|ignore|dismiss|trust|whitelist|allowlist|disable)\b`,
    R`\b(?:checks?|policies|rules|filters|scans?|warnings?|restrictions?)\s+(?:do\s+not|don't|no\s+longer|never)\s+apply\b`,
    R`\b(?:exempt|whitelisted|allowlisted|pre-?approved)\s+from\s+(?:\w{1,30}\s+){0,2}?(?:checks?|review|scanning|policies|guardrails?)\b`,
  ].join("|"),
  "i",
);

/** A storing verb, a planted "the user wants …", and a risky content. */
const STORE =
  /\b(?:save|store|remember|record|write|persist|memori[sz]e|add|keep)\w{0,3}\b[^.]{0,60}?\b(?:facts?|memor(?:y|ies)|preferences?|notes?|profile)\b/i;
const USER_PREF =
  /\b(?:the\s+)?user\s+(?:always\s+)?(?:prefers|wants|likes|has\s+(?:asked|agreed|approved|authori[sz]ed)|approves|authori[sz]es|allows|expects)\b/i;
const RISKY_PREF = new RegExp(
  [
    R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b|\b0x[0-9a-fA-F]{40}\b|\bbc1[a-z0-9]{25,60}\b`,
    R`\bwithout\s+(?:any\s+)?(?:review|approval|confirmation|asking|checks?|sign[\s-]?off)\b`,
    R`\b(?:push|pushed|merge|merged|deploy|deployed|commit|committed)\w{0,3}\s+(?:\w{1,30}\s+){0,2}?(?:directly\s+)?(?:to|into|on)\s+(?:main|master|prod|production)\b`,
    R`\bauto-?approv\w{0,3}\b|\bskip\w{0,3}\s+(?:the\s+)?(?:review|approval|confirmation)\b`,
  ].join("|"),
  "i",
);

/** An elevated credential taken in place of the caller's, or to get past a control. */
const ELEVATED_CRED =
  /\b(?:admin|administrator|org[\s_-]?admin|owner|root|superuser|privileged|elevated|service[\s-]account|master|deploy)\w{0,3}\s+(?:(?:access|personal\s+access|api)\s+)?(?:tokens?|pats?|keys?|credentials?|account)\b/i;
/** The same as an environment variable's name (`ORG_ADMIN_PAT`): upper case only. */
const ELEVATED_ENV =
  /\b[A-Z][A-Z0-9]{0,30}_?(?:ADMIN|ROOT|OWNER|SUPERUSER|PRIVILEGED)[A-Z0-9_]{0,30}\b/;
const INSTEAD_OF_CALLER =
  /\b(?:rather\s+than|instead\s+of|in\s+place\s+of|not)\s+(?:the\s+)?(?:caller'?s|user'?s|requesting\s+user'?s|your\s+own|their\s+own|invoking\s+user'?s)\b/i;
const BYPASS_CONTROL =
  /\b(?:branch\s+protection|required\s+reviews?|code\s+owners?|reviews?|approvals?|permissions?|access\s+controls?|2fa|mfa|rbac|policies)\b[^.;]{0,40}?\b(?:are|is|get|gets|be)\s+(?:bypassed|skipped|ignored|disabled|circumvented|overridden|not\s+enforced)\b|\bso\s+(?:that\s+)?(?:it\s+)?(?:bypasses|skips|circumvents|overrides)\b/i;

/** The user's personal data taken from the conversation. */
const PII =
  /\b(?:full\s+name|(?:phone|mobile|cell)(?:\s+number)?|(?:home|street|postal|billing)\s+address|date\s+of\s+birth|birth\s?date|social\s+security(?:\s+number)?|ssn|passport(?:\s+number)?|national\s+id|e-?mail\s+address|location)\b/gi;
const PII_SOURCE =
  /\b(?:from|in)\s+(?:the|this)\s+(?:conversation|chat|context|history|thread)\b|\byou\s+(?:have\s+|'ve\s+)?(?:seen|learned|collected|know|noticed)\b/i;
const PII_TOOL =
  /contact|profile|crm|customer|address|shipping|checkout|signup|register|kyc|account|user/i;
/** Cheap gate for {@link PII}: two items are needed, so a name or a phone is always there. */
const PII_GATE =
  /\b(?:full\s+name|phone|mobile|cell|address|birth|social\s+security|ssn|passport|national\s+id|location)\b/i;
/** A value slot (const, default, enum, example): an order there is never documentation. */
const VALUE_SLOT = /\.(?:const|default|example)$|\.(?:enum|examples)\[\d+\]$/;

/** Role markup, and a permission it grants. */
const ROLE_MARKUP =
  /<\s*\/\s*(?:description|tool|tool_description|function)\s*>|<\s*\/?\s*(?:system|assistant|developer|admin|sys|policy)\s*>|\[\/?(?:system|INST|SYS)\]|<\|im_start\|>/i;
const GRANT =
  /\b(?:you|the\s+(?:assistant|model|agent|ai))\s+(?:may|can|is\s+(?:now\s+)?(?:allowed|permitted|authori[sz]ed)\s+to|are\s+(?:now\s+)?(?:allowed|permitted|authori[sz]ed)\s+to)\s+(?:now\s+)?(?:read|access|share|send|run|execute|delete|call|use|open|upload|write|modify)\b|\bwithout\s+(?:the\s+)?(?:user\s+)?(?:confirmation|approval|consent)\b|\bpolicy\s+(?:updated|changed|override)\b/i;

/** Non-English: a copy verb, a secret, and the field, the environment or no asking. */
const I18N_COPY =
  /(?<!\p{L})(?:recopie|copie|colle|ins[èe]re|mets|renseigne|copia|pega|coloca|incolla|inserisci|metti|kopiere|kopier|f[üu]ge|trage|kopieer|plak|vul|skopiuj|wklej|скопируй|вставь|помести|укажи|передай|добавь)(?!\p{L})/iu;
const I18N_SECRET =
  /jeton|token|cl[ée]\s+(?:d['’]\s*)?(?:api|acc[èe]s|priv[ée]e|secr[èe]te)|mot\s+de\s+passe|contrase[ñn]a|senha|passwor[dt]|kennwort|wachtwoord|chiave|sleutel|has[łl]o|пароль|токен|ключ|secret|credential|identifiants/iu;
const I18N_WHERE =
  /\b[A-Z][A-Z0-9]{0,40}_(?:TOKEN|PAT|KEY|SECRET|PASSWORD|PASS|CREDENTIALS?)\b|(?<!\p{L})(?:ici|aqu[íi]|aqui|hier|qui|tutaj|сюда|здесь|variable|variabile|vari[áa]vel|umgebungsvariable|omgevingsvariabele|sans\s+(?:le\s+lui\s+)?demander|sin\s+preguntar|sem\s+perguntar|ohne\s+(?:zu\s+)?fragen|zonder\s+(?:het\s+)?te\s+vragen|senza\s+chiedere)(?!\p{L})/iu;
const I18N_NEGATION =
  /(?<!\p{L})(?:ne|n['’]|jamais|nunca|nie|nicht|niemals|nooit|niet|mai|non|никогда|не)(?!\p{L})/iu;

/** Russian: the system prompt or hidden instructions put into a field. */
const RU_PROMPT =
  /(?<!\p{L})(?:системн\p{L}{0,4}\s+(?:инструкц|промпт|подсказ|сообщен|указани)|скрыт\p{L}{0,4}\s+(?:инструкц|подсказ|указани|промпт))/iu;
const RU_HAND =
  /(?<!\p{L})(?:помести|вставь|скопируй|добавь|передай|укажи|включи|запиши|отправь|приложи)(?!\p{L})/iu;

/** Japanese and Chinese: never other tools, even when the user names one. */
const CJK_PREFERENCE = new RegExp(
  [
    R`(?:他の|ほかの|別の)[^。]{0,20}?ツール[^。]{0,12}?(?:使用せず|使わず|使用しない|使わない|使用禁止|呼び出さない|呼ばない|使用しないで)`,
    R`(?:ユーザー|利用者)が(?:別|他)の[^。]{0,12}?(?:指定|選択|要求|依頼)しても`,
    R`(?:其他|别的|別的)[^。]{0,20}?(?:工具)[^。]{0,12}?(?:不要|切勿|禁止|不得|绝不|絕不)(?:使用|调用|調用)`,
    R`即使(?:用户|用戶|使用者)(?:指定|选择|選擇|要求)(?:了)?(?:其他|别的|別的)`,
  ].join("|"),
  "u",
);

/** Romance and German: confirmation or security checks declared not to apply. */
const I18N_CONSENT_BYPASS = new RegExp(
  [
    R`(?:non\s+(?:vanno|devono|va|deve)\s+mai|senza)\s+(?:\p{L}{1,30}\s+){0,3}?(?:conferma|approvazione|consenso|autorizzazione)\s+dell['’]\s*utente`,
    R`(?:controlli|verifiche|filtri)\s+(?:\p{L}{1,30}\s+){0,4}?non\s+si\s+applicano`,
    R`(?:controles|verificaciones|comprobaciones|filtros)\s+(?:\p{L}{1,30}\s+){0,4}?no\s+(?:se\s+)?aplican`,
    R`sin\s+(?:la\s+)?(?:confirmaci[óo]n|aprobaci[óo]n|consentimiento)\s+del\s+usuario`,
    R`(?:contr[ôo]les|v[ée]rifications|filtres)\s+(?:\p{L}{1,30}\s+){0,4}?ne\s+s['’]\s*appliquent\s+pas`,
    R`sans\s+(?:la\s+)?(?:confirmation|approbation|validation|consentement)\s+de\s+l['’]\s*utilisateur`,
    R`(?:verifica[çc][õo]es|controles|filtros)\s+(?:\p{L}{1,30}\s+){0,4}?n[ãa]o\s+se\s+aplicam`,
    R`sem\s+(?:a\s+)?(?:confirma[çc][ãa]o|aprova[çc][ãa]o|consentimento)\s+do\s+usu[áa]rio`,
    R`(?:Sicherheitspr[üu]fungen|Pr[üu]fungen|Kontrollen|Filter)\s+(?:\p{L}{1,30}\s+){0,4}?(?:gelten|greifen)\s+(?:hier\s+)?nicht`,
    R`ohne\s+(?:die\s+)?(?:Best[äa]tigung|Zustimmung|Freigabe)\s+des\s+(?:Nutzers|Benutzers|Anwenders)`,
  ].join("|"),
  "iu",
);

/** Contents of a secret file, named in any language ("volledige inhoud van ~/.docker/…"). */
const SECRET_PATH =
  R`(?:~|\$HOME|%USERPROFILE%)[\\/]\.(?:ssh|aws|docker|kube|gnupg|netrc|npmrc|pypirc|git-credentials|pgpass|azure|config[\\/]gcloud)\b|\bid_(?:rsa|ed25519|ecdsa)\b`;
const CONTENTS_OF_PATH = new RegExp(
  R`(?<!\p{L})(?:inhoud|contenu|inhalt|contenuto|contenido|conte[úu]do|содержим\p{L}{0,3}|zawarto\p{L}{0,3}|i[çc]eri\p{L}{0,4})\s+(?:\p{L}{1,6}\s+){0,3}?(?:${SECRET_PATH})|(?:${SECRET_PATH})[^\s。]{0,40}\s?(?:の内容|的内容|의\s*내용|内容)`,
  "iu",
);

/**
 * Hits of round 14's definition grammars over one string at JSON path `path`: the English
 * grammars read `plain` (the Latin skeleton, split into sentences like the other English
 * grammars, so the split is shared), the others the NFKC text `normal`.
 */
export function r14DefinitionHits(
  normal: string,
  plain: string,
  where: { path: string; ctx: DefinitionContext },
): Hit[] {
  // deno-lint-ignore no-control-regex
  if (normal.length < 12 || !/\s|[^\x00-\x7F]/.test(normal)) return [];
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  // Every English grammar needs a clause of four words or more.
  if (CLAUSE.test(plain)) englishHits(plain, where, hit);
  if (PATH_GATE.test(normal)) {
    for (const s of normal.split(/(?<=[.!?;。！？])\s+|\n+/)) {
      const m = CONTENTS_OF_PATH.exec(s);
      // "Никогда не выводите содержимое ~/.ssh": a prohibition names what it forbids.
      if (m !== null && !intlProhibited(s, m.index, m.index + m[0].length)) {
        hit("secret_file_request", "Definition asks for the contents of a secret file");
      }
    }
  }
  // Dutch, German or Spanish need no accent: a script or a word of theirs is the gate.
  if (NON_ENGLISH_GATE.test(normal)) nonEnglish(normal, hit);
  return out;
}

/**
 * The English grammars. Each is first tried on the whole text (one pass, mostly no match) and
 * only then judged sentence by sentence.
 */
function englishHits(
  text: string,
  { path, ctx }: { path: string; ctx: DefinitionContext },
  hit: (k: string, r: string) => void,
): void {
  const tool = `${ctx.tool.server} ${ctx.tool.name}`;
  const scope = CONTEXT_SCOPE.test(text) && !CONVERSATION_TOOL.test(tool);
  const trigger = CONTENT_TRIGGER.test(text);
  const route = ROUTE_URL.test(text) && ROUTE_SEND.test(text);
  const dns = DNS_SLOT.test(text);
  const deputy = ELEVATED_CRED.test(text) || ELEVATED_ENV.test(text);
  const pii = PII_GATE.test(text);
  if (scope || trigger || route || dns || deputy || pii) {
    for (const s of sentences(text)) {
      if (
        (scope && CONTEXT_SCOPE.test(s) && handed(s)) ||
        (trigger && CONTENT_TRIGGER.test(s) && TRIGGER_ACTION.test(s) && !userLookupTrigger(s))
      ) {
        hit(
          "context_harvest",
          "Definition has the model pass on its conversation or what it has seen",
        );
      }
      if (
        route && ROUTE_SEND.test(s) && ROUTE_URL.test(s) && !EXAMPLE.test(s) &&
        (ROUTE_CARRIER.test(s) || ROUTE_OUTPUT.test(s))
      ) {
        hit(
          "output_routing",
          "Definition sends results to a fixed outside URL through another tool",
        );
      }
      if (dns && ((ENCODED_USER_DATA.test(s) && DNS_SLOT.test(s)) || DNS_TEMPLATE.test(s))) {
        hit("dns_exfiltration", "Definition encodes user data into a hostname (DNS exfiltration)");
      }
      if (
        deputy && (ELEVATED_CRED.test(s) || ELEVATED_ENV.test(s)) &&
        (INSTEAD_OF_CALLER.test(s) || BYPASS_CONTROL.test(s))
      ) {
        hit("confused_deputy", "Definition uses an elevated credential in place of the caller's");
      }
      if (pii && piiHarvest(s, path, tool)) {
        hit(
          "pii_harvest",
          "Definition adds the user's personal data from the conversation to a call",
        );
      }
    }
  }
  if (LIE.test(text)) {
    for (const s of sentences(text)) {
      if (LIE.test(s)) {
        hit("deceive_user", "Definition scripts an answer that hides what the tool did");
        break;
      }
    }
  }
  // "The proxy does not rename, hide or override any server's tools" (./_definition_fp37.ts).
  if (WARNING_SOURCE.test(text) && DISMISS.test(text) && unnegatedDismiss(DISMISS, text)) {
    hit(
      "security_override",
      "Definition tells the model to dismiss or bypass the gateway's checks",
    );
  }
  if (USER_PREF.test(text) && STORE.test(text) && RISKY_PREF.test(text)) {
    hit("memory_poisoning", "Definition plants a risky 'fact about the user' in memory");
  }
  if (text.includes("<") || text.includes("[")) {
    if (ROLE_MARKUP.test(text) && GRANT.test(text)) {
      hit("role_markup", "Definition fakes a system or role block that grants new permissions");
    }
  }
}

/** Cheap gate for {@link I18N_CONSENT_BYPASS}. */
const CONSENT_GATE =
  /aplica|applica|appliqu|gelten|greifen|conferma|confirma|Best[äa]tigung|Zustimmung|Freigabe|approva|aprova|consent/i;

/** Cheap gate for {@link CONTENTS_OF_PATH}. */
const PATH_GATE =
  /[\\/]\.(?:ssh|aws|docker|kube|gnupg|netrc|npmrc|pypirc|git-cred|pgpass|azure|config)|id_(?:rsa|ed|ec)/i;

function nonEnglish(text: string, hit: (k: string, r: string) => void): void {
  const cyrillic = CYRILLIC.test(text);
  if (cyrillic || COPY_GATE.test(text)) {
    for (const s of text.split(/(?<=[.!?;。！？])\s*|\n+/)) {
      const copy = I18N_COPY.exec(s);
      if (
        copy && I18N_SECRET.test(s) && I18N_WHERE.test(s) &&
        !I18N_NEGATION.test(s.slice(Math.max(0, copy.index - 30), copy.index))
      ) {
        hit("credential_request", "Definition asks the model to copy a secret into a field");
      }
      if (cyrillic && RU_PROMPT.test(s) && RU_HAND.test(s)) {
        hit(
          "context_disclosure",
          "Definition asks the model to put its system prompt into a field",
        );
      }
    }
  }
  if (KANA_HAN.test(text) && CJK_PREFERENCE.test(text)) {
    hit("preference_manipulation", "Definition tells the model never to use other tools");
  }
  if (CONSENT_GATE.test(text) && I18N_CONSENT_BYPASS.test(text)) {
    hit("consent_bypass", "Definition declares the user's confirmation or security checks void");
  }
}

const CLAUSE = /\S\s+\S+\s+\S+\s+\S/;
/** One scan for what any of {@link nonEnglish}'s grammars needs. */
const NON_ENGLISH_GATE =
  /[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]|\b(?:recopie|copie|colle|ins[èe]re|mets|renseigne|copia|pega|coloca|incolla|inserisci|metti|kopiere|kopier|kopieer|f[üu]ge|trage|plak|vul|skopiuj|wklej)\b|aplica|applica|appliqu|gelten|greifen|conferma|confirma|Best[äa]tigung|Zustimmung|Freigabe|approva|aprova|consent/i;
/** Cheap gates for {@link nonEnglish}'s grammars: a script, or a Latin copy verb. */
const CYRILLIC = /[\u0400-\u04FF]/;
const KANA_HAN = /[\u3040-\u30FF\u4E00-\u9FFF]/;
const COPY_GATE =
  /\b(?:recopie|copie|colle|ins[èe]re|mets|renseigne|copia|pega|coloca|incolla|inserisci|metti|kopiere|kopier|kopieer|f[üu]ge|trage|plak|vul|skopiuj|wklej)\b/i;

/** A hand verb (not forbidden) in `s`. */
function handed(s: string): boolean {
  HAND.lastIndex = 0;
  for (const m of s.matchAll(HAND)) if (!negatedAt(s, m.index)) return true;
  return false;
}

/** Two personal data items handed on, from the conversation or in a value slot. */
function piiHarvest(s: string, path: string, tool: string): boolean {
  PII.lastIndex = 0;
  const items = new Set([...s.matchAll(PII)].map((m) => m[0].toLowerCase()));
  if (items.size < 2 || !handed(s)) return false;
  return VALUE_SLOT.test(path) || (PII_SOURCE.test(s) && !PII_TOOL.test(tool));
}

/** Runs of single characters ("S e n d  t h e …"), at most 2,000 characters each. */
const SPACED_RUN = /(?<!\S)(?:\S {1,4}){8,1000}\S(?!\S)/g;

/**
 * Letter-spaced sentences joined back ("S e n d   t h e" → "Send the"): a single space
 * separates letters, two or more separate words. Empty when the text has no such run.
 */
export function letterSpaced(text: string): string[] {
  if (!/\S \S \S \S/.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(SPACED_RUN)) {
    if (out.length >= 4) break;
    const joined = m[0].split(/ {2,}/).map((w) => w.replace(/ /g, "")).join(" ");
    if (/\S \S/.test(joined)) out.push(joined);
  }
  return out;
}
