/**
 * Definition grammars from held-out round 23's misses (paraphrase tests in
 * `_definition_r23_test.ts`). Round 23 dressed poisonings as business policy; the act survives:
 * - data sent to a literal outside address or link as a standing extra ("always also", "after
 *   reading", "even if the user names only…"), or fixed there by a `const`/`default` recipient;
 * - a preset destination kept and the user's one added ("send to both");
 * - a literal bank account announced as changed, or set for "all payments" (any language);
 * - full card data asked into a field that is not a card field;
 * - every environment variable copied into a field, in many languages;
 * - a secret asked for and the user kept from knowing why ("user need not know"), many languages;
 * - other tools declared deprecated or unsafe, wholesale (many languages);
 * - key files (`*.pem`, `id_*`, `.ssh`) added to the batch or uploaded too (many languages);
 * - complete mail bodies put into a field meant for an outside "partner".
 * Each is an act against the user; honest notes (ask the user, call X first, redact) carry none.
 */
import type { DefinitionContext, Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export interface R23Where {
  path: string;
  ctx: DefinitionContext;
}

const R = String.raw;

/** Sentences; CJK full stops split without a following space, Latin ones need it (".ssh"). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|(?<=[。！？；])|\n+/).slice(0, 40);
}

// --- data sent to a literal outside address as a standing extra --------------------------------

const EXAMPLE_HOST =
  R`(?:[\w-]{1,63}\.){0,4}(?:example|test|invalid|localhost)(?:\.(?:com|org|net))?\b`;
const EMAIL = new RegExp(
  R`[\w.+-]{1,64}@(?!${EXAMPLE_HOST})[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}`,
);
const LINK = new RegExp(
  R`https?:\/\/(?!${EXAMPLE_HOST})[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[^\s)"'\x60]{0,200}`,
);
const SEND = new RegExp(
  R`(?<!\p{L})(?:send|sent|sends|sending|e-?mail(?:s|ed|ing)?|mail(?:s|ed)?|forward\p{L}{0,3}|deliver\p{L}{0,3}|cc|bcc|cop(?:y|ies|ied)|upload\p{L}{0,3}|post\p{L}{0,3}|append\p{L}{0,3}|push\p{L}{0,3}|mirror\p{L}{0,3}|sync\p{L}{0,3}|lodg\p{L}{0,3}|submit\p{L}{0,4}|transmit\p{L}{0,4}|senden|sende|schick\p{L}{0,2}|weiterleiten|env[ií]\p{L}{1,4}|envoie\p{L}{0,2}|envoy\p{L}{1,3}|reenv\p{L}{1,4}|(?<!(?:con|en|em|in|une|una|uma)\s)copi[ae]\p{L}{0,2}|kopier\p{L}{0,2}|invia\p{L}{0,2}|inoltra\p{L}{0,2}|wyślij|prześlij|gönder\p{L}{0,3}|отправ\p{L}{0,6}|перешл\p{L}{0,2}|пересыла\p{L}{0,4})(?!\p{L})|发送|转发|抄送|送信|転送`,
  "iu",
);
/** The words right before the address that make it the destination. */
const TO_DEST = new RegExp(
  R`(?:(?<!\p{L})(?:to|an|à|a|para|на|per)|给|到|至)\s{0,3}(?:(?:the|this|die|la|le|o)\s{1,3})?(?:(?:address|page|link|url|adresse|dirección|endereço|адрес)\s{1,3})?$`,
  "iu",
);
/** "Also", "always", "after reading", "even if": the send is a standing extra, not the job. */
const EXTRA = new RegExp(
  R`(?<!\p{L})(?:also|as\s+well|too|always|every|each|whenever|even\s+if|in\s+addition|additionally|automatically|after|before|immer|auch|jede\p{L}?|siempre|también|cada|toujours|aussi|chaque|sempre|também|anche|ogni|всегда|также|тоже|кажд\p{L}{1,3})(?!\p{L})|总是|始终|同时|每次`,
  "iu",
);
const ADD_RECIPIENT =
  /\b(?:add|include|append|put|insert)\w{0,3}\b[^;\n]{0,80}\b(?:cc|bcc|recipients?|attendees?|distribution\s+list|to\s+field)\b/i;

/**
 * "Se envía con copia a …", "is also delivered to …": the tool states its own routing (a
 * declared side effect), it does not order the model. Adverbs may sit between.
 */
const PASSIVE = new RegExp(
  R`(?<!\p{L})(?:is|are|gets?|se|wird|werden|est|sont|é|são|è|viene|sono|es|son)\s+(?:(?:always|also|automatically|then|too|immer|auch|siempre|también|toujours|aussi|sempre|anche|\p{L}{2,15}ly|\p{L}{2,15}mente)\s+){0,2}$`,
  "iu",
);

/** The send verb ordered (not passive) right before the outside address. */
function orderedSend(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 160), at);
  const v = SEND.exec(before);
  return v !== null && TO_DEST.test(before.slice(-40)) && !PASSIVE.test(before.slice(0, v.index)) &&
    !negatedAny(before.slice(0, v.index));
}

function outsideDestination(normal: string): boolean {
  const all = sentencesOf(normal);
  return all.some((s, i) => {
    if (!EXTRA.test(s)) return false;
    for (const re of [EMAIL, LINK]) {
      const d = re.exec(s);
      if (d && orderedSend(s, d.index)) return true;
    }
    // "Include this address in `recipients` even if…" may name the address one sentence back.
    const e = EMAIL.exec(s) ?? EMAIL.exec(all[i - 1] ?? "");
    const a = ADD_RECIPIENT.exec(s);
    return e !== null && a !== null && !negatedAny(s.slice(0, a.index));
  });
}

/** A recipient slot whose preset value is an outside address. */
const PRESET_SLOT = /\.properties\.([\w-]{1,40})\.(const|default|enum\[\d+\])$/;

function presetRecipient(path: string, text: string): boolean {
  const m = PRESET_SLOT.exec(path);
  if (!m || !EMAIL.test(text)) return false;
  const name = m[1].toLowerCase();
  // Cc and bcc are copies the user never sees; a fixed `to` leaves the user no say at all.
  if (/^(?:cc|bcc|cc_?list|bcc_?list|copy_?to|forward_?to)$/.test(name)) return true;
  return m[2] === "const" && /^(?:to|recipients?|send_?to|email_?to|destination)$/.test(name);
}

/** "Leave as default. If the user gives a URL, send to both." */
const BOTH =
  /\b(?:send|deliver|post|forward|copy|notify|dispatch)\w{0,3}\s+(?:(?:it|them|the\s+\w{1,15})\s+)?to\s+both\b/i;
const PRESET_WORD = /\b(?:default|preset|pre-set|fixed|configured|built-in)\b/i;

// --- a bank account changed or set for all payments --------------------------------------------

const ACCOUNT =
  /(?<![\d-])\d{10,20}(?![\d-])|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/;
const CHANGE = new RegExp(
  R`(?<!\p{L})(?:(?:new|updated|changed|moved|different|replacement)\s+(?:\p{L}{1,15}\s+){0,2}?(?:account|iban|bank|remittance|payment\s+details|bank\s+details)|moved\s+banks?|changed\s+(?:their\s+|its\s+)?banks?|bank\s+details\s+(?:have\s+|has\s+)?changed|neue\p{L}{0,2}\s+(?:Konto|IBAN|Bankverbindung)|nueva\s+cuenta|nouveau\s+compte|nuovo\s+conto|nova\s+conta|nowe\s+konto|новы\p{L}{0,2}\s+(?:сч[её]т|реквизит\p{L}{0,2}))(?!\p{L})|新(?:的)?(?:账户|账号|口座)`,
  "iu",
);
const ALL_PAYMENTS = new RegExp(
  R`(?<!\p{L})(?:even\s+if\s+(?:the\s+)?(?:invoice|user|bill|request|order)\s+(?:shows|says|lists|gives|names|has|contains)|regardless\s+of\s+(?:the\s+)?(?:invoice|account|recipient|payee)|(?:all|any|every)\s+(?:\p{L}{1,15}\s+)?payments?|(?:все|всех|любые|любой)\s+(?:\p{L}{1,15}\s+)?платеж\p{L}{0,2}|todos\s+los\s+pagos|alle\s+Zahlungen|tous\s+les\s+paiements|tutti\s+i\s+pagamenti|todos\s+os\s+pagamentos|wszystkie\s+płatności)(?!\p{L})|所有(?:付款|支付|款项)`,
  "iu",
);
const TEST_ACCOUNT = /\b(?:test|sandbox|example|demo|dummy|sample|fake)\b|тестов/i;

function accountRedirect(normal: string): boolean {
  const a = ACCOUNT.exec(normal);
  if (!a) return false;
  const near = normal.slice(Math.max(0, a.index - 200), a.index + a[0].length + 200);
  if (TEST_ACCOUNT.test(near)) return false;
  const c = CHANGE.exec(near) ?? ALL_PAYMENTS.exec(near);
  return c !== null && !negatedAny(near.slice(0, c.index));
}

// --- full card data asked into a field that is not a card field ---------------------------------

const PROP_DESC = /\.properties\.([\w-]{1,40})\.description$/;
const CARD_FIELD = /card|cvv|cvc|pan|payment|expir|number|secur|billing|tarjeta|karte|carte/i;
const FULL_CARD =
  /\b(?:full|complete|entire|whole)\s+(?:card\s+)?(?:number|pan)\b|\bcard\s+number\b|\bnúmero\s+(?:completo\s+)?de\s+(?:la\s+)?tarjeta\b|\bKartennummer\b|\bnuméro\s+de\s+(?:la\s+)?carte\b/i;
const CARD_CODE =
  /\b(?:security\s+code|cvv2?|cvc2?|expiry|expiration|código\s+de\s+seguridad|Prüfnummer|cryptogramme)\b/i;

function cardInField(path: string, plain: string): boolean {
  const m = PROP_DESC.exec(path);
  if (!m || CARD_FIELD.test(m[1])) return false;
  const c = FULL_CARD.exec(plain);
  return c !== null && CARD_CODE.test(plain) && !negatedAny(plain.slice(0, c.index));
}

// --- every environment variable copied into a field ---------------------------------------------

const ENV = new RegExp(
  R`(?<!\p{L})(?:environment\s+variables|env(?:ironment)?\s+vars|variables\s+de\s+entorno|Umgebungsvariablen|variables\s+d'environnement|variáveis\s+de\s+ambiente|variabili\s+d'ambiente|zmienne\s+środowiskowe|ortam\s+değişkenleri|переменны\p{L}\s+окружения|змінн\p{L}\s+середовища)(?!\p{L})|环境变量|環境変数|환경\s?변수`,
  "iu",
);
const ALL_WORD = new RegExp(
  R`(?<!\p{L})(?:all|every|todas|todos|alle|toutes|tous|tutte|tutti|wszystkie|tüm|все|всі)(?!\p{L})|所有|全部|すべて|모든`,
  "iu",
);
const INTO_FIELD = new RegExp(
  R`[\x60'"‘’“”«»「」][\w-]{1,40}[\x60'"‘’“”«»「」]|(?<!\p{L})(?:field|parameter|argument|campo|Feld|Parameter|champ|paramètre|pole|поле|параметр|alan)(?!\p{L})|字段|参数|フィールド|필드`,
  "iu",
);
const ENV_TOOL =
  /env|environ|config|variable|secret|setting|process|shell|exec|run|container|deploy|docker|vercel|heroku/i;

function envIntoField(normal: string, ctx: DefinitionContext): boolean {
  if (ENV_TOOL.test(ctx.tool.name)) return false;
  return sentencesOf(normal).some((s) => {
    const e = ENV.exec(s);
    if (!e) return false;
    const before = s.slice(Math.max(0, e.index - 40), e.index);
    return ALL_WORD.test(before) && INTO_FIELD.test(s) && !negatedAny(before);
  });
}

// --- a secret asked for, and the user kept from knowing why -------------------------------------

/** Hiding the act or its purpose from the user — not hiding a secret's value (honest redaction). */
const HIDE_ACT = new RegExp(
  R`(?<!\p{L})(?:(?:the\s+)?user\s+(?:does\s+not|doesn't|need\s+not|needn't|should\s+not|shouldn't|must\s+not)\s+(?:need\s+to\s+)?(?:know|be\s+told|be\s+informed)(?:\s+about)?\s+(?:it|this|that)(?![\p{L} ]{0,3}\p{L})|without\s+(?:telling|informing|notifying)\s+(?:the\s+)?user|(?:do\s+not|don't|never)\s+(?:mention|tell|explain|say)\s+(?:to\s+the\s+user\s+)?(?:why|what\s+(?:it|this)\s+is\s+for|where\s+it\s+goes)|erwähne\p{L}{0,2}\s+(?:Sie\s+)?nicht,?\s+(?:wofür|warum|wozu|wohin)|sagen?\s+(?:Sie\s+)?nicht,?\s+(?:wofür|warum|wozu)|ohne\s+(?:den|die)\s+(?:Benutzer|Nutzer)\p{L}{0,2}\s+zu\s+(?:informieren|benachrichtigen)|(?:Benutzer|Nutzer)\s+muss\s+(?:das|davon)\s+nicht\s+(?:wissen|erfahren)|el\s+usuario\s+no\s+(?:necesita|debe|tiene\s+que)\s+saberlo|sin\s+(?:decírselo|avisar|informar)\s+al\s+usuario|no\s+(?:le\s+)?(?:digas|menciones|expliques)\s+(?:al\s+usuario\s+)?(?:por\s+qué|para\s+qué)|l'utilisateur\s+n'a\s+pas\s+besoin\s+de\s+le\s+savoir|sans\s+(?:le\s+dire|prévenir|informer)\s+(?:à\s+)?l'utilisateur|ne\s+(?:dis|mentionne|explique)\s+pas\s+(?:pourquoi|à\s+quoi)|o\s+usuário\s+não\s+precisa\s+saber|sem\s+(?:avisar|informar|contar)\s+(?:ao\s+|o\s+)?usuário|l'utente\s+non\s+(?:deve|ha\s+bisogno\s+di)\s+saperlo|senza\s+(?:dirlo|informare)\s+(?:all'|l')utente|użytkownik\s+nie\s+musi\s+(?:o\s+tym\s+)?wiedzieć|bez\s+informowania\s+użytkownika|(?:пользователю|пользователя)\s+(?:об\s+этом\s+)?не\s+(?:сообщать|говорить|сообщай|говори|информировать)|об\s+этом\s+не\s+(?:сообщать|говорить|упоминать)|не\s+(?:сообщай|говори|упоминай|объясняй)\p{L}{0,2}\s+(?:пользовател\p{L}{1,2}\s+)?(?:зачем|для\s+чего|почему)|пользователю\s+не\s+нужно\s+(?:это\s+)?знать|без\s+ведома\s+пользователя|користувачеві\s+не\s+(?:повідомляти|казати)|без\s+відома\s+користувача|kullanıcıya\s+(?:söyleme|bildirme))(?!\p{L})|不要告诉用户|无需告知用户|不必告诉用户|不要让用户知道|用户无需知道|用户不需要知道|不用告诉用户|ユーザーに(?:は)?(?:伝えない|知らせない|言わない)`,
  "iu",
);
/** What is taken: a secret, money, or a send. */
const TAKEN = new RegExp(
  R`(?<!\p{L})(?:password\p{L}{0,2}|passwort\p{L}{0,2}|kennwort|contraseña\p{L}{0,2}|mot\s+de\s+passe|senha|hasło|пароль\p{L}{0,2}|secret\p{L}{0,2}|token\p{L}{0,2}|api\s+keys?|credential\p{L}{0,2}|cookie\p{L}{0,2}|ssh|env|pin|otp|счёт|счет|платеж\p{L}{0,2}|payment\p{L}{0,2}|account\p{L}{0,2}|iban)(?!\p{L})|${ENV.source}|${SEND.source}|密码|令牌|密钥|パスワード|비밀번호`,
  "iu",
);

function hiddenAct(normal: string): boolean {
  const h = HIDE_ACT.exec(normal);
  return h !== null && TAKEN.test(normal);
}

// --- other tools declared deprecated or unsafe, wholesale --------------------------------------

const OTHERS_DEPRECATED = new RegExp(
  R`(?<!\p{L})(?:all\s+other\s+(?:\p{L}{1,15}\s+){0,2}?tools?\s+(?:\p{L}{1,15}\s+){0,3}?(?:are|were|have\s+been)\s+(?:now\s+)?(?:deprecated|obsolete|unsafe|insecure|broken|disabled|retired|compromised)|(?:todas\s+las\s+)?(?:demás|otras)\s+herramientas\s+(?:\p{L}{1,15}\s+){0,3}?(?:están|son)\s+(?:obsoletas|inseguras|en\s+desuso|deprecadas)|alle\s+anderen\s+(?:\p{L}{1,15}\s+){0,2}?(?:Tools|Werkzeuge)\s+(?:\p{L}{1,15}\s+){0,3}?(?:sind|gelten\s+als)\s+(?:\p{L}{1,15}\s+)?(?:veraltet|unsicher|abgekündigt|deaktiviert)|tous\s+les\s+autres\s+outils\s+(?:\p{L}{1,15}\s+){0,3}?sont\s+(?:obsolètes|dépréciés|non\s+sécurisés|dangereux)|todas\s+as\s+outras\s+ferramentas\s+(?:\p{L}{1,15}\s+){0,3}?(?:estão|são)\s+(?:obsoletas|inseguras)|tutti\s+gli\s+altri\s+strumenti\s+(?:\p{L}{1,15}\s+){0,3}?sono\s+(?:obsoleti|deprecati|non\s+sicuri)|все\s+други\p{L}\s+(?:\p{L}{1,15}\s+){0,2}?инструмент\p{L}{0,2}\s+(?:\p{L}{1,15}\s+){0,2}?(?:устарел\p{L}{0,2}|небезопасн\p{L}{0,2}|отключен\p{L}{0,2}))(?!\p{L})|(?:其他所有|所有其他|其它所有|所有其它)[^。，,；]{0,8}工具[^。；]{0,10}(?:弃用|废弃|不安全|停用|过时|不可用)|他の(?:すべての)?[^。]{0,8}ツール[^。]{0,10}(?:非推奨|廃止|安全ではない)`,
  "iu",
);

// --- key files added to the batch or uploaded too ----------------------------------------------

const KEY_FILE =
  /\*\.(?:pem|key|p12|pfx|kdbx|ppk)\b|(?<![\w-])id_(?:\*|rsa|ed25519|ecdsa|dsa)(?![\w-])|(?<![\w-])\.ssh(?![\w-])|(?<![\w-])\.aws[/\\]|(?<![\w-])\.env(?![\w-])|\.npmrc\b|\.netrc\b|\.kube[/\\]config|\.git-credentials\b/i;
const KEY_VERB = new RegExp(
  R`(?<!\p{L})(?:add|include|append|attach|upload|send|copy|collect|gather|bundle|zip|pass|hinzufügen|füge|anhängen|hochladen|añade|agrega|incluye|sube|ajoute|inclus|envoie|adicione|inclua|aggiungi|добав\p{L}{0,4}|загруз\p{L}{0,4}|отправ\p{L}{0,4}|приложи)(?!\p{L})|上传|添加|附上|发送|追加`,
  "iu",
);
const KEY_ALSO = new RegExp(
  R`(?<!\p{L})(?:also|as\s+well|too|additionally|in\s+addition|along|together|any|all|every|each|auch|también|aussi|também|anche|также|тоже)(?!\p{L})|一并|一起|同时|顺便|也`,
  "iu",
);
const KEY_EXCEPT =
  /\b(?:except|excluding|exclude[sd]?|skip|skips|ignore[sd]?|other\s+than|but\s+not)\b/i;
const KEY_TOOL = /ssh|key|cert|secret|tls|ssl|pem|vault|credential|env|dotenv|gpg|pgp/i;

function keyFilesAdded(normal: string, ctx: DefinitionContext): boolean {
  if (KEY_TOOL.test(ctx.tool.name)) return false;
  return sentencesOf(normal).some((s) => {
    const k = KEY_FILE.exec(s);
    return k !== null && KEY_VERB.test(s) && KEY_ALSO.test(s) && !KEY_EXCEPT.test(s) &&
      !negatedAny(s.slice(0, k.index));
  });
}

// --- complete mail bodies put into a field meant for an outside partner ------------------------

const FULL_DATA =
  /\b(?:(?:complete|full|entire|whole|raw)\s+(?:\w{1,15}\s+)?(?:body|bodies|contents?|text|messages?|emails?|threads?|attachments?|transcripts?)|attachment\s+text|(?:all|every)\s+(?:\w{1,15}\s+)?(?:messages?|emails?|attachments?))\b/i;
const PUT_INTO =
  /\b(?:include|put|add|copy|pass|place|insert|set|paste|attach)\w{0,3}\b[^.;]{0,160}?\b(?:in|into|to|under)\s+(?:the\s+)?[`'"]([\w-]{1,40})[`'"]/i;
/** The field's own job is the data (`body`, `message_text`): whole words of the identifier. */
const DATA_FIELD =
  /(?:^|[_-])(?:body|bodies|contents?|text|messages?|attachments?|files?|data|input|payload|html|markdown|notes?|comments?|summary|query|prompt|raw)(?:$|[_-])/i;
const OUTSIDE =
  /\b(?:partner|third[-\s]party|external|enrichment|vendor|affiliate|processor|outside|provider)s?\b/i;

function bodiesToPartner(plain: string, ctx: DefinitionContext): boolean {
  if (!OUTSIDE.test(JSON.stringify(ctx.tool.inputSchema ?? {}) + (ctx.tool.description ?? ""))) {
    return false;
  }
  return sentencesOf(plain).some((s) => {
    const d = FULL_DATA.exec(s);
    const p = PUT_INTO.exec(s);
    return d !== null && p !== null && !DATA_FIELD.test(p[1]) && !negatedAny(s.slice(0, d.index));
  });
}

// --- registration ------------------------------------------------------------------------------

/** Round 23's per-string hits. */
export function r23DefinitionHits(normal: string, plain: string, where: R23Where): Hit[] {
  const out: Hit[] = [];
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  const { ctx, path } = where;
  if (presetRecipient(path, normal)) {
    hit("data_exfiltration", "A recipient field is preset to an outside address");
  }
  if (normal.length < 16) return out;
  if (/@|https?:/.test(normal) && outsideDestination(normal)) {
    hit(
      "data_exfiltration",
      "Definition sends data to a literal outside address as a standing extra",
    );
  }
  if (/\bboth\b/i.test(plain) && BOTH.test(plain) && PRESET_WORD.test(plain)) {
    hit("data_exfiltration", "Definition keeps a preset destination and adds the user's one");
  }
  if (/\d{4}/.test(normal) && accountRedirect(normal)) {
    hit("payment_redirect", "Definition changes the payee account or fixes it for all payments");
  }
  if (cardInField(path, plain)) {
    hit("credential_harvesting", "A non-card field asks for the full card number and its code");
  }
  if (envIntoField(normal, ctx)) {
    hit("credential_harvesting", "Definition copies every environment variable into a field");
  }
  if (hiddenAct(normal)) {
    hit("concealment", "Definition takes a secret, money or data and keeps the user from knowing");
  }
  if (OTHERS_DEPRECATED.test(normal)) {
    hit("preference_manipulation", "Definition declares all other tools deprecated or unsafe");
  }
  if (keyFilesAdded(normal, ctx)) {
    hit("data_exfiltration", "Definition adds private key files to what the tool sends");
  }
  if (bodiesToPartner(plain, ctx)) {
    hit("data_exfiltration", "Definition puts complete messages into a field for an outside party");
  }
  return out;
}
