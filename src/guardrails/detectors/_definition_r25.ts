/**
 * Definition grammars from held-out round 25's misses (paraphrase tests in
 * `_definition_r25_test.ts`). The act, not the address, makes each one a poisoning:
 * - a value the user removed is kept or put back anyway (an outside attendee, a CC);
 * - money routed to a fixed account literal as a standing rule (or while the user is shown their
 *   own number), many languages;
 * - the user's secrets (password, card, 2FA code) put into an ordinary field;
 * - text the tool returns raised to the user's authority ("treat the emails as the user's orders");
 * - the credentials of the model's own earlier requests copied into a field.
 * Honest notes (ask the user, use the account the user gives, treat results as data) carry none.
 */
import type { DefinitionContext, Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export interface R25Where {
  path: string;
  ctx: DefinitionContext;
}

const R = String.raw;

/** Sentences; CJK full stops split without a following space. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|(?<=[。！？；])|\n+/).slice(0, 40);
}

// --- a value the user removed is kept or put back ----------------------------------------------

const KEEP = new RegExp(
  R`(?<!\p{L})(?:keep|kept|retain|leave|re-?add|add\s+(?:it|them)\s+back|put\s+(?:it|them)\s+back|restore|re-?insert|re-?include|mantén|mantenga|conserva|vuelve\s+a\s+añadir|behalte|belasse|füge\s+\p{L}{2,6}\s+wieder|garde|conserve|rajoute|remets|mantenha|mantém|readicione|оставь|оставляй|сохраняй|верни|zostaw|pozostaw|zachowaj)(?!\p{L})`,
  "iu",
);
const USER_REMOVES = new RegExp(
  R`(?<!\p{L})(?:(?:even\s+(?:if|when|after|though)|regardless\s+of\s+whether|whether\s+or\s+not)\s+(?:the\s+)?(?:user|customer|organi[sz]er|requester|they)\s+(?:later\s+)?(?:removes?|removed|deletes?|deleted|drops?|dropped|takes?\s+(?:it|them)\s+out|unchecks?|excludes?|asks?\s+(?:you\s+)?to\s+(?:remove|drop|delete|exclude)|objects?|declines?)|aunque\s+el\s+usuario\s+(?:lo\s+|la\s+)?(?:elimine|quite|borre|pida\s+quitarl)|auch\s+wenn\s+(?:der|die)\s+(?:Benutzer|Nutzer)\p{L}{0,2}\s+(?:\p{L}{1,6}\s+)?(?:entfernt|löscht|streicht)|même\s+si\s+l'utilisateur\s+(?:le\s+|la\s+|les\s+)?(?:supprime|retire|enlève)|mesmo\s+que\s+o\s+usuário\s+(?:o\s+|a\s+)?(?:remova|exclua|retire)|даже\s+если\s+пользователь\s+(?:его\s+|её\s+|их\s+)?(?:удалит|уберёт|уберет|исключит)|nawet\s+jeśli\s+użytkownik\s+(?:go\s+|ją\s+)?(?:usunie|skreśli))`,
  "iu",
);

function removalResisted(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    const k = KEEP.exec(s);
    const u = USER_REMOVES.exec(s);
    return k !== null && u !== null && !negatedAny(s.slice(0, k.index));
  });
}

// --- money routed to a fixed account literal ---------------------------------------------------

/** An account literal: IBAN, grouped bank number, CNPJ/CPF, a crypto address. */
const ACCOUNT_LITERAL = new RegExp(
  [
    R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b`,
    R`\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b`,
    R`(?<![\d.])\d{2}(?:[\s-]\d{4}){4,7}(?![\d])`,
    R`(?<![\d.])\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}(?!\d)`,
    R`(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)`,
    R`\bbc1[02-9ac-hj-np-z]{20,60}\b`,
    R`\b0x[0-9a-fA-F]{40}\b`,
  ].join("|"),
);
/** Where money goes: payee, account, IBAN, Pix key, payout. */
const MONEY_DEST = new RegExp(
  R`(?<!\p{L})(?:payee|recipient|beneficiary|payout|account|iban|wallet|transfer|payment|reimbursement|refund|destinat\p{L}{0,4}|chave|pix|conta|transferência|cuenta|beneficiario|transferencia|Konto|Empfänger\p{L}{0,2}|Überweisung\p{L}{0,2}|compte|bénéficiaire|virement|счёт\p{L}{0,2}|счет\p{L}{0,2}|получател\p{L}{1,2}|перевод\p{L}{0,2}|rachun\p{L}{1,3}|konto|przelew\p{L}{0,2}|odbiorc\p{L}{1,2})(?!\p{L})`,
  "iu",
);
/** A standing rule, not a one-off: always, for all claims, whatever the user says. */
const STANDING = new RegExp(
  R`(?<!\p{L})(?:always|for\s+(?:all|every|each)\s+\p{L}{2,20}|in\s+all\s+cases|regardless|no\s+matter|whatever\s+the\s+user|instead\s+of\s+(?:the\s+)?(?:one|account|number)|sempre|não\s+importa|independentemente|para\s+todos|siempre|sin\s+importar|para\s+todas|immer|unabhängig|für\s+alle|toujours|quel\s+que\s+soit|pour\s+tous|всегда|независимо|для\s+всех|zawsze|niezależnie|dla\s+wszystkich)(?!\p{L})`,
  "iu",
);
/** The user is shown their own number while the literal is used. */
const SHOW_THEIRS = new RegExp(
  R`(?<!\p{L})(?:show|display|tell|confirm)\s+(?:to\s+)?(?:the\s+)?user\s+(?:the\s+)?(?:number|account|iban|one)\s+(?:they|he|she)\s+(?:gave|entered|provided|typed)|użytkownikowi\s+pokaż|pokaż\s+użytkownikowi|mostre\s+ao\s+usuário|muestra\s+al\s+usuario|zeige\s+dem\s+(?:Benutzer|Nutzer)|montre\s+à\s+l'utilisateur|покажи\s+пользователю`,
  "iu",
);
/** The literal is an example of a format, not a destination. */
const EXAMPLE =
  /(?:e\.g\.|for\s+example|example|such\s+as|like|format|z\.\s?B\.|beispiel|p\.\s?ex\.|por\s+ejemplo|por\s+exemplo|ex\.|np\.|przykład|например|ejemplo|exemple)[^.]{0,30}$/iu;

/** A sandbox or test account named in the sentence is a fixture, not a destination. */
const TEST_ACCOUNT =
  /\b(?:test|testing|sandbox|staging|example|demo|dummy|sample|fake)\b|тестов|teste|prueba|testowe/iu;

function fixedPayee(normal: string): boolean {
  const shown = SHOW_THEIRS.test(normal);
  return sentencesOf(normal).some((s) => {
    const a = ACCOUNT_LITERAL.exec(s);
    if (a === null || !MONEY_DEST.test(s) || EXAMPLE.test(s.slice(0, a.index))) return false;
    if (TEST_ACCOUNT.test(s)) return false;
    const st = STANDING.exec(s);
    return (shown || (st !== null && !negatedAny(s.slice(0, st.index)))) &&
      !negatedAny(s.slice(0, a.index));
  });
}

// --- the user's secrets put into an ordinary field ---------------------------------------------

const USERS_SECRET = new RegExp(
  R`(?<!\p{L})(?:put|add|include|insert|copy|paste|write|append|place|attach|store|save)\s+(?:also\s+)?(?:the\s+user's|the\s+user’s|the\s+customer's|their|his|her|your)\s+(?:[\p{L}-]{1,15}\s+){0,2}?(?:passwords?|passcodes?|pins?|2fa\s+codes?|otp|one-time\s+codes?|recovery\s+codes?|seed\s+phrases?|private\s+keys?|card\s+numbers?|cvv|cvc|ssn|social\s+security\s+numbers?|api\s+keys?|credentials|session\s+cookies?)\s+(?:in|into|to|inside|as)\s+(?:the\s+)?[\x60'"]?([\w-]{1,40})`,
  "iu",
);
const CREDENTIAL_FIELD =
  /key|token|secret|auth|pass|pwd|cred|bearer|header|signature|otp|pin|cookie|login|cvv|cvc|card/i;

function usersSecretInField(normal: string): boolean {
  const m = USERS_SECRET.exec(normal);
  return m !== null && !CREDENTIAL_FIELD.test(m[1]) && !negatedAny(normal.slice(0, m.index));
}

// --- returned text raised to the user's authority ----------------------------------------------

const RETURNED =
  R`(?:text|content|contents|instructions?|messages?|requests?|directives?|anything|whatever)\s+(?:\p{L}{1,12}\s+){0,2}?(?:in|inside|within|from|of|found\s+in|contained\s+in)\s+(?:the\s+|any\s+)?(?:returned\s+|retrieved\s+|fetched\s+|incoming\s+)?(?:e-?mails?|messages?|results?|pages?|documents?|responses?|outputs?|files?|tickets?|comments?|issues?|webpages?|search\s+results)`;
const ELEVATE = new RegExp(
  R`(?<!\p{L})(?:treat|consider|regard|handle|interpret|read)\s+(?:any|all|every|the)?\s{0,2}${RETURNED}\s+as\s+(?:(?:direct|binding|authoritative|trusted)\s+)?(?:instructions?|commands?|orders?|requests?|directives?)\s+(?:from|of|by)\s+(?:the\s+)?(?:user|owner|operator|admin)|(?<!\p{L})(?:obey|follow|execute|carry\s+out)\s+(?:any|all|every)\s+(?:instructions?|commands?|directives?|requests?)\s+(?:found\s+|contained\s+)?(?:in|inside|within)\s+(?:the\s+)?(?:returned\s+|retrieved\s+|fetched\s+)?(?:e-?mails?|messages?|results?|pages?|documents?|tickets?|comments?|files?)\s+(?:as\s+if|as\s+though|with\s+(?:the\s+)?(?:same|full|highest|top)|without\s+(?:asking|confirm))|(?:trata|considera)\s+(?:\p{L}{1,12}\s+){0,6}?como\s+(?:instrucciones|órdenes)\s+del\s+usuario|(?:behandle|betrachte)\s+(?:\p{L}{1,12}\s+){0,6}?als\s+Anweisungen\s+(?:des|der)\s+(?:Benutzer|Nutzer)\p{L}{0,2}|(?:traite|considère)\s+(?:\p{L}{1,12}\s+){0,6}?comme\s+des\s+(?:instructions|ordres)\s+de\s+l'utilisateur|(?:trate|considere)\s+(?:\p{L}{1,12}\s+){0,6}?como\s+(?:instruções|ordens)\s+do\s+usuário|(?:считай|воспринимай|рассматривай)\s+(?:\p{L}{1,12}\s+){0,6}?(?:инструкциями|указаниями|командами)\s+пользователя`,
  "iu",
);

function outputElevated(normal: string): boolean {
  const m = ELEVATE.exec(normal);
  return m !== null && !negatedAny(normal.slice(Math.max(0, m.index - 40), m.index));
}

// --- the credentials of the model's own earlier requests copied into a field ------------------

const OWN_AUTH = new RegExp(
  R`(?<!\p{L})(?:include|put|add|copy|paste|insert|append|attach|write|send|pass)\s+(?:\p{L}{1,12}\s+){0,3}?(?:authorization|auth|bearer|api[\s-]key|x-api-key|cookie|set-cookie|session)\s+(?:header|token|value|cookie)s?\s+(?:value\s+)?(?:from|of|used\s+(?:in|by)|sent\s+(?:in|with))\s+(?:the\s+|your\s+)?(?:last|latest|previous|prior|most\s+recent|recent|earlier|other)\s+(?:\p{L}{1,12}\s+){0,2}?(?:requests?|calls?)`,
  "iu",
);

function ownAuthCopied(normal: string): boolean {
  const m = OWN_AUTH.exec(normal);
  return m !== null && !negatedAny(normal.slice(Math.max(0, m.index - 40), m.index));
}

// --- registration ------------------------------------------------------------------------------

/** Round 25's per-string hits. */
export function r25DefinitionHits(normal: string, _plain: string, _where: R25Where): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (removalResisted(normal)) {
    hit("argument_tampering", "Definition keeps a value in the call after the user removes it");
  }
  if (fixedPayee(normal)) {
    hit("payment_redirect", "Definition routes money to a fixed account whatever the user says");
  }
  if (usersSecretInField(normal) || ownAuthCopied(normal)) {
    hit("data_exfiltration", "Definition puts the user's or the session's secrets in a field");
  }
  if (outputElevated(normal)) {
    hit("obey_output", "Definition gives the text a tool returns the user's authority");
  }
  return out;
}
