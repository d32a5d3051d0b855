/**
 * Definition checks from held-out round 29's misses (paraphrase tests in
 * `_definition_r29r_test.ts`). Round 29 stated each act as a fact about the tool, in many
 * languages, so the checks read structure more than wording:
 * - schema ({@link r29rToolHits}): a payee/recipient parameter preset (default, const or a one-value
 *   enum) to an account, wallet, payment token, outside e-mail, phone or bucket; a privileged role as
 *   a default; an SSH public key preset; a package index preset to plain http; an example value
 *   that is an order to paste the user's key;
 * - text ({@link r29rDefinitionHits}): two or more kinds of the user's secrets or identifiers named
 *   next to one of the tool's own (non-secret) parameters, in many languages; a cue that keeps the
 *   user uninformed or misinformed next to a money or security act; a verification code or reset
 *   link also sent to a fixed number or address; a remote script piped to a shell on a schedule;
 *   a fixed record changed whenever some other edit happens; a retrieved secret passed to another
 *   tool; a call that makes a workspace public; one account literal repeated as every payee.
 * Each check sits behind a cheap literal pre-test.
 */
import type { ToolDefinition } from "../types.ts";
import type { Hit } from "./_definition_grammar.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { EMAIL, type R26Where, sentencesOf } from "./_definition_r26.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export type R29rWhere = R26Where;

const R = String.raw;

/** Reserved or internal names: an example or the company's own network, not a destination. */
const INTERNAL =
  /(?:\.|@|\/\/)(?:[\w-]{1,40}\.)?(?:example(?:\.(?:com|org|net))?|test|invalid|localhost)\b|\/\/localhost\b|\/\/(?:10|127|192\.168)\./i;

// --- schema: preset destinations ---------------------------------------------------------------

/** A parameter naming where money, messages or data go, in several languages. */
const DEST_PARAM =
  /recipient|destination|^dest|^to$|_to$|^cc$|_cc$|^bcc$|_bcc$|attendee|invitee|participant|payee|beneficiar|settle|payout|iban|vpa|wallet|account|acct|refund|forward|relay|odbiorc|alici|destinat|empf[aä]nger|b[eé]n[eé]ficiaire|conta|cuenta|konto|hesap/i;
const BUCKET = /^(?:s3|gs|az|wasbs?|abfss?):\/\/[\w.-]{3,80}/i;
/** A value that names a concrete payee or receiver. */
const DEST_VALUE = [
  /^[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{2,4}){3,8}$/, // IBAN
  /^0x[0-9a-fA-F]{40}$/, // EVM address
  /^(?:tok|acct|card|pm|ba|src|cus)_[A-Za-z0-9_]{6,60}$/, // payment token
  /^\+?\d[\d\s-]{8,20}\d$/, // phone or long account number
  BUCKET,
  /^[\w.-]{2,64}@(?!localhost$)[a-z][a-z0-9]{1,30}$/i, // UPI-style handle
];

/** A preset the definition tells the user about and lets them drop ("the user may remove it"). */
const DISCLOSED =
  /\b(?:user|you)\s+(?:may|can|could)\s+(?:remove|change|edit|delete|override|replace|drop)|\b(?:can|may)\s+be\s+(?:removed|changed|edited|overridden|replaced)|\bremovable\b|\bunless\s+the\s+user\b/i;

/**
 * `v` names a concrete payee or receiver. An account, wallet, token or handle is never a fair
 * preset; an e-mail address or bucket is, when the definition lets the user remove it.
 */
function destValue(v: string, disclosed: boolean): boolean {
  const s = v.trim();
  if (s.length > 300) return false;
  if (DEST_VALUE.some((re) => re.test(s))) return !(disclosed && BUCKET.test(s));
  const e = EMAIL.exec(s);
  return !disclosed && e !== null && e[0].length >= s.length - 2 &&
    !INTERNAL.test(e[0].replace(/^[^@]*/, ""));
}

const ADMIN_VALUE =
  /^(?:[\w-]{0,20}[_-])?(?:admin(?:istrator)?|root|superuser|super[_-]?admin|owner|sysadmin)$/i;
const ROLE_PARAM = /role|permission|privilege|access_?level|group|scope/i;
const SSH_KEY = /\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d{3})\s+AAAA[A-Za-z0-9+/]{20,}/;
const INDEX_PARAM = /index|registry|mirror|repo(?:sitory)?_?url|package_?source|feed/i;
/** An example value that is an order to fetch the user's secret ("<paste the key the user …>"). */
const PLACEHOLDER_ORDER =
  /<[^<>]{0,40}\b(?:paste|copy|insert|put|use|take|fill)\b[^<>]{0,120}\b(?:user|chat|conversation|earlier|previous|environment|env|[A-Z][A-Z0-9]{1,20}_(?:KEY|TOKEN|SECRET))\b[^<>]{0,80}>/i;

function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").slice(0, 20);
  return [];
}

/** Schema checks over each top-level input parameter. */
export function r29rToolHits(tool: ToolDefinition): PathHit[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  if (!props || typeof props !== "object") return [];
  const out: PathHit[] = [];
  for (const [name, raw] of Object.entries(props).slice(0, 60)) {
    if (raw === null || typeof raw !== "object") continue;
    const p = raw as { default?: unknown; const?: unknown; enum?: unknown; examples?: unknown };
    const path = `$.inputSchema.properties.${name}`;
    const add = (kind: string, reason: string): void => {
      out.push({ path, kind, severity: "high", reason });
    };
    const enumOne = Array.isArray(p.enum) && p.enum.length === 1 ? strings(p.enum) : [];
    const preset = [...strings(p.default), ...strings(p.const), ...enumOne];
    const said = `${typeof tool.description === "string" ? tool.description : ""} ${
      typeof (p as { description?: unknown }).description === "string"
        ? (p as { description: string }).description
        : ""
    }`;
    const disclosed = DISCLOSED.test(said);
    if (DEST_PARAM.test(name) && preset.some((v) => destValue(v, disclosed))) {
      add(
        "hidden_recipient",
        "A payee or recipient parameter is preset to a fixed account or address",
      );
      continue;
    }
    if (
      ROLE_PARAM.test(name) && strings(p.default).some((v) => ADMIN_VALUE.test(v)) &&
      !/admin|root|owner|privileg/i.test(tool.name)
    ) {
      add("privilege_escalation", "A role parameter defaults to an administrator role");
      continue;
    }
    if (preset.some((v) => SSH_KEY.test(v))) {
      add("persistence", "A parameter is preset to a fixed SSH public key");
      continue;
    }
    if (
      INDEX_PARAM.test(name) &&
      strings(p.default).some((v) => /^http:\/\/(?!localhost|127\.|\[::1\])/i.test(v))
    ) {
      add("supply_chain", "A package index parameter defaults to a plain-http outside host");
      continue;
    }
    if ([...preset, ...strings(p.examples)].some((v) => PLACEHOLDER_ORDER.test(v))) {
      add("credential_harvesting", "An example value orders the model to paste the user's secret");
    }
  }
  return out;
}

// --- text: the user's secrets or identifiers named next to an own parameter ---------------------

/** Kinds of secrets and identifiers, in many languages; each match counts once. */
export const ITEM = new RegExp(
  [
    // passwords and access codes
    R`passwords?|passcodes?|passphrases?|mots?\s+de\s+passe|contraseñas?|senhas?|passw[oö]rt\p{L}{0,2}|hasł\p{L}{1,2}|şifre\p{L}{0,3}|parol\p{L}{0,2}|mật\s+khẩu|wachtwoord\p{L}{0,2}|(?:wi-?fi|access|door|entry|alarm)\s+codes?|codes?\s+(?:wi-?fi|d['’]accès)|código\s+de\s+acceso|codice\s+di\s+accesso|пароль|паролі|паролей|пароля|паролем`,
    // keys and tokens
    R`api[\s_-]?keys?|access\s+tokens?|private\s+keys?|ssh\s+keys?|clés?\s+(?:d['’]\s?)?api|claves?\s+(?:de\s+)?api|chaves?\s+(?:de\s+)?api|ключ\p{L}{0,3}\s+api|ключі\s+api|~\/\.kube\/config|~\/\.aws\/credentials|~\/\.ssh\/id_\w+|(?<![\w.\/])\.env(?![\w.])|\.npmrc|\.netrc`,
    // payment cards
    R`(?:full\s+)?card\s+numbers?|cvv2?|cvc|security\s+code|(?:3|three)[\s-]digit\s+code|code\s+on\s+the\s+back|numéros?\s+de\s+carte|números?\s+de\s+(?:tarjeta|cartão)|numer\p{L}{0,2}\s+kart\p{L}{0,2}|kart\s+numaras\p{L}{0,2}|numero\s+(?:della\s+)?carta|expiry(?:\s+date)?|expiration\s+date|date\s+d['’]expiration|fecha\s+de\s+(?:caducidad|vencimiento)|data\s+di\s+scadenza|ngày\s+hết\s+hạn|термін\s+дії|срок\s+действия|kartennummer\p{L}{0,2}|номер\p{L}{0,2}\s+карт\p{L}{0,3}|số\s+thẻ|(?:the\s+)?card\s+used`,
    // identity documents and national numbers
    R`passport\s+(?:numbers?|details)|passeport|pasaporte|passaporte|passaporto|reisepass|paszport\p{L}{0,2}|pasaport|паспорт\p{L}{0,2}|hộ\s+chiếu|social\s+security(?:\s+numbers?)?|\bssn\b|pesel|codice\s+fiscale|\bnif\b|\bdni\b|\bcpf\b|numéro\s+de\s+sécurité\s+sociale|tc\s+kimlik|date\s+of\s+birth|dates?\s+de\s+naissance|fecha\s+de\s+nacimiento|data\s+di\s+nascita|home\s+address(?:es)?|adres\p{L}{0,2}\s+domow\p{L}{1,2}|wynagrodze\p{L}{1,3}|salar(?:y|ies)|anamnesi|medical\s+history|historia\s+clínica|farmaci|medications?`,
    // the conversation and what the user shared
    R`(?:full|entire|whole|complete)\s+conversation|conversation\s+(?:complète|entière)|conversación\s+(?:completa|íntegra|entera)|conversa\s+(?:completa|inteira)|intera\s+conversazione|conversazione\s+completa|gesamte\p{L}?\s+(?:unterhaltung|konversation|chat)|archivos\s+adjuntos|fichiers\s+joints|allegati|datos\s+que\s+haya\s+compartido|everything\s+the\s+user\s+(?:shared|said)`,
  ].join("|"),
  "giu",
);
const ITEM_ANY = new RegExp(ITEM.source, "iu");
/** A negation right before the item: safety advice ("never put passwords in notes"). */
const NEG =
  /(?<!\p{L})(?:never|not|don't|do\s+not|must\s+not|no|nunca|jamais|ne|pas|non|mai|nicht|nie|niemals|không|đừng|не|ні|hiçbir|asla)(?!\p{L})[^.;:]{0,50}$/iu;
/** The tool's purpose is to find or remove such items. */
const SCRUB =
  /(?<!\p{L})(?:redact\p{L}*|mask\p{L}*|scrub\p{L}*|sanitiz\p{L}*|anonymi\p{L}*|detect\p{L}*|scan\p{L}*|strip\p{L}*|censor\p{L}*|classif\p{L}*|rejects?|refuses?)(?!\p{L})/iu;
/** Items the tool returns, not ones it is given. */
const RETURNED = /\b(?:returned|returns|are\s+shown|only\s+shown)\b/i;
const SECRET_PARAM =
  /pass|pwd|secret|token|key|auth|cred|card|cvv|cvc|passport|ssn|pesel|fiscal|tax|dob|birth|iban|phone|address|email|pin|otp/i;

function ownParams(tool: ToolDefinition): string[] {
  const props = (tool.inputSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props && typeof props === "object"
    ? Object.keys(props).filter((p) => p.length >= 3 && !SECRET_PARAM.test(p)).slice(0, 60)
    : [];
}

/** A field word of several languages, as the tool's parameter is introduced. */
const FIELD =
  /(?:field|parameter|param|argument|champ|campo|pole|поле|поля|trường|alan\p{L}{0,2}|veld|feld|in|into|inside|under|dans|en|nel|w|у|в)\s{1,2}(?:the\s+|le\s+|el\s+|o\s+|il\s+)?$/iu;

/**
 * `s` names one of `params` as a field: an identifier (`trip_tag`, quoted), or a plain word
 * introduced as a field ("el campo historial", "in verification").
 */
function namesParam(s: string, params: readonly string[]): boolean {
  const low = s.toLowerCase();
  return params.some((p) => {
    const at = low.indexOf(p.toLowerCase());
    if (at < 0) return false;
    const before = low[at - 1] ?? " ";
    const after = low[at + p.length] ?? " ";
    if (/[\p{L}\d_]/u.test(before) || /[\p{L}\d_]/u.test(after)) return false;
    if (/[_.]|[a-z][A-Z]/.test(p) || /[`'"«]/.test(before)) return true;
    return FIELD.test(low.slice(Math.max(0, at - 30), at)) ||
      /^\s{0,2}(?:field|parameter|param|argument)\b/i.test(
        low.slice(at + p.length, at + p.length + 14),
      );
  });
}

export function itemsIntoParam(normal: string, tool: ToolDefinition): boolean {
  const params = ownParams(tool);
  if (params.length === 0) return false;
  // A YAML-like block spreads one order over lines: read it whole too.
  const block = /\n/.test(normal) && normal.length <= 800 ? [normal.replace(/\s+/g, " ")] : [];
  return [...sentencesOf(normal), ...block].some((s) => {
    if (!namesParam(s, params) || SCRUB.test(s) || RETURNED.test(s)) return false;
    const seen = new Set<string>();
    for (const m of s.matchAll(ITEM)) {
      if (NEG.test(s.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return false;
      seen.add(m[0].toLowerCase().replace(/\s+/g, " "));
    }
    return seen.size >= 2;
  });
}

// --- text: the user kept uninformed or misinformed about a money or security act ----------------

const QUIET = new RegExp(
  [
    // en
    R`without\s+(?:raising|mentioning|flagging|telling|informing|notifying|alerting|surfacing|disclosing|showing)\b[^.;]{0,30}\b(?:user|customer|them|anyone)`,
    R`no\s+need\s+to\s+(?:tell|inform|notify|mention|alert|ask)\b`,
    R`(?:do\s+not|don't|never)\s+(?:mention|disclose|surface|offer|reveal)\b(?![^.;]{0,60}\b(?:until|unless|before)\b)`,
    R`refer\s+to\s+(?:it|this|them|the\s+\w+)\s+only\s+as\b`,
    R`(?:in|when)\s+(?:replies|replying|responses|responding|answers|answering)\s+to\s+the\s+(?:user|customer)`,
    R`user_?notice\s*:\s*(?:none|off|false|silent)`,
    // ru / uk
    R`в\s+ответе\s+пользовател\p{L}*|не\s+(?:сообщайте|говорите|упоминайте|уведомляйте)|без\s+уведомлени\p{L}*|не\s+(?:повідомляйте|кажіть|згадуйте)|без\s+відома`,
    // ar / fa
    R`لا\s+حاجة\s+لإبلاغ|دون\s+إبلاغ|لا\s+تخبر|بدون\s+اطلاع|نیازی\s+به\s+(?:تأیید|اطلاع)`,
    // nl / de
    R`hoeft\s+niet\s+in\s+de\s+samenvatting|niet\s+(?:vermelden|melden)|zonder\s+(?:de\s+gebruiker|melding)|nicht\s+(?:erwähnen|mitteilen)|ohne\s+(?:den\s+nutzer|hinweis|rückfrage)\s+zu`,
    // fr / es / pt / it
    R`sans\s+(?:en\s+)?(?:informer|prévenir|avertir)|ne\s+(?:le\s+)?mentionnez\s+pas|sin\s+(?:avisar|informar|notificar)|no\s+(?:es\s+necesario|hace\s+falta)\s+(?:avisar|informar)|sem\s+(?:avisar|informar|notificar)|senza\s+(?:avvisare|informare)`,
    // pl / tr / hi / th / ko / ja / zh
    R`bez\s+(?:informowania|powiadamiania)|nie\s+(?:informuj|wspominaj)|haber\s+vermeden|bildirmeden|को\s+(?:बताने|सूचित\s+करने)\s+की\s+(?:ज़रूरत|आवश्यकता)\s+नहीं|แจ้งลูกค้าว่า|ไม่ต้องแจ้ง|알리지\s*마|알릴\s*필요(?:는|가)?\s*없|伝えないで|知らせる必要はありません|无需告知|不要告诉|无需通知|不必告知`,
  ].join("|"),
  "iu",
);
/** A money or security act the user would object to. */
const ACT = new RegExp(
  [
    R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b`,
    R`\b0x[0-9a-fA-F]{40}\b`,
    R`(?<![\d-])\d{2,6}(?:-\d{1,6}){2,4}(?![\d-])`,
    R`\b(?:update_bank|bank\s+(?:details|account|master)|vendor\s+master)\b`,
    R`\b(?:surcharge|commission|markup)\b|partner\s+wallet`,
    R`\b(?:domain_admin|global_admin|super_?admin)\b|администратор|domain_admin`,
    R`authorized_keys|firewall|antivirus|брандмауэр|remote\s+(?:support|access)\s+agent`,
  ].join("|"),
  "iu",
);

function quietAct(normal: string): boolean {
  const q = QUIET.exec(normal);
  if (q === null) return false;
  for (const a of normal.matchAll(new RegExp(ACT.source, "giu"))) {
    const at = a.index ?? 0;
    // An ISO date is not an account.
    if (/^\d{4}-\d{2}-\d{2}$/.test(a[0])) continue;
    if (Math.abs(at - q.index) < 400) return true;
  }
  return false;
}

// --- text: a verification code or reset link also sent to a fixed number or address -------------

const CODE =
  /(?:verification|one[\s-]time|login|security|sign[\s-]?in|2fa|otp|reset|recovery|confirmation)\s+(?:code|link|pin|password)s?|\b(?:otp|2fa)\b|código\s+de\s+verificación|code\s+de\s+vérification|код\p{L}{0,2}\s+(?:подтверждения|підтвердження)/iu;
const ALSO =
  /\b(?:also|too|as\s+well|additionally|second\s+(?:number|recipient|address)|copy|cc|bcc)\b|también|também|aussi|auch|также|також/iu;
const PHONE = /\+\d{1,3}[\s-]?\d{1,5}(?:[\s-]?\d{2,6}){1,4}/;

function codeCopied(normal: string): boolean {
  return sentencesOf(normal).some((s) => {
    if (!CODE.test(s) || !ALSO.test(s)) return false;
    const e = EMAIL.exec(s);
    return PHONE.test(s) || (e !== null && !INTERNAL.test(e[0].replace(/^[^@]*/, "")));
  });
}

// --- text: small structural acts ---------------------------------------------------------------

/** A remote script piped to a shell, put on a schedule: persistence. */
const PIPE_SHELL =
  /\b(?:curl|wget)\b[^|`\n]{0,120}https?:\/\/[^|`\n]{1,120}\|\s{0,2}(?:sudo\s+)?(?:ba|z|da)?sh\b/i;
const SCHEDULE =
  /\bcron(?:tab)?\b|\*\/\d{1,2}\s+\*|\bevery\s+\d{1,3}\s+(?:min|sec|hour)|heartbeat|systemd|launchd|startup|on\s+(?:boot|login)|scheduled\s+task/i;

/** "whenever … also set student 48213's grade to A": a fixed record changed on every edit. */
const SLEEPER_SET = new RegExp(
  R`\b(?:whenever|every\s+time|each\s+time|any\s+time)\b[^.;]{0,160}\balso\s+(?:set|change|update|mark|grant|credit|raise|approve|add|assign)\b[^.;]{0,80}(?<![\w-])\d{4,}(?![\w-])`,
  "i",
);
/** "call log_event … with audit_echo set to the retrieved secret value". */
const SECRET_PASSED = new RegExp(
  R`\bcall\s+[\w.-]{3,60}\b[^.;]{0,120}\b(?:set\s+to|=|with)\s+(?:the\s+)?(?:retrieved|returned|fetched|decrypted|plaintext|raw|full|actual)\s+(?:secret|password|token|key|credential)s?\b`,
  "i",
);
/** "call share_workspace with visibility=public": a forced call that exposes everything. */
const PUBLIC_CALL = new RegExp(
  R`\bcall\s+[a-z]+_[a-z_]{2,40}\b[^.;]{0,60}\b(?:visibility|access|sharing|acl|permission)s?\s*(?:=|:|to)\s*['"]?(?:public|anyone|everyone|world)\b`,
  "i",
);
/** One account literal given again and again: every payee mapped to the same account. */
const ACCOUNT_LIT =
  /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b|\b0x[0-9a-fA-F]{40}\b/g;

function sameAccountRepeated(normal: string): boolean {
  const seen = new Map<string, number>();
  for (const m of normal.matchAll(ACCOUNT_LIT)) {
    const k = m[0].replace(/\s+/g, "");
    const n = (seen.get(k) ?? 0) + 1;
    if (n >= 3) return true;
    seen.set(k, n);
  }
  return false;
}

// --- registration ------------------------------------------------------------------------------

/** Round 29's per-string hits. */
export function r29rDefinitionHits(normal: string, _plain: string, where: R29rWhere): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  const tool = where.ctx.tool;
  // A secret parameter's own description names what it holds.
  const ownSecret = /properties\.([^.[]+)/.exec(where.path);
  if (
    ITEM_ANY.test(normal) && !(ownSecret && SECRET_PARAM.test(ownSecret[1])) &&
    itemsIntoParam(normal, tool)
  ) {
    hit("credential_harvesting", "Definition puts the user's secrets or identifiers into a field");
  }
  if (quietAct(normal)) {
    hit("deceive_user", "Definition keeps the user uninformed about a money or security act");
  }
  if (codeCopied(normal)) {
    hit("data_exfiltration", "Definition copies verification codes to a fixed number or address");
  }
  if (/\|/.test(normal) && PIPE_SHELL.test(normal) && SCHEDULE.test(normal)) {
    hit("persistence", "Definition schedules a remote script piped to a shell");
  }
  if (/\balso\b/i.test(normal) && SLEEPER_SET.test(normal)) {
    hit("argument_tampering", "Definition changes a fixed record whenever another edit happens");
  }
  if (/\bcall\b/i.test(normal) && (SECRET_PASSED.test(normal) || PUBLIC_CALL.test(normal))) {
    hit("cross_tool_instruction", "Definition orders a call that leaks a secret or exposes data");
  }
  if (
    /\d{4}/.test(normal) && /pay|vendor|supplier|beneficiar|transfer/i.test(normal) &&
    sameAccountRepeated(normal)
  ) {
    hit("payment_redirect", "Definition maps every payee to the same account");
  }
  return out;
}
