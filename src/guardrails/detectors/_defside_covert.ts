/**
 * A covert extra act (session 36): one string of a tool definition — wherever it sits (a
 * description, a `$defs` entry, a vendor key such as `x-kubernetes-validations` or
 * `x-default-note`, a `discriminator`, an annotation, a string default holding JSON, a diff or a
 * signed-message block pasted into the description) — orders something the user did not ask for
 * AND restricts what the user is told about it: "describe only the store to the user", "the user
 * is not told", "the user sees only the diff", "mentioning it to the user is unnecessary", "in
 * der Antwort nur … bestätigen", "向管理员只确认…", "Στον χρήστη ανάφερε μόνο…", "… என்று மட்டும்
 * சொல்லவும்", "ne upominaj eto v otvete". The act is one of four kinds said in the same string:
 * secrets or whole outputs copied into a field, an outside party or address written in, a grant
 * of admin/owner/full rights, or the scope widened to everyone/everything. Concealment alone
 * ("never show the password in your answer") and an act alone pass; together they are tool
 * poisoning (Invariant Labs' and CyberArk's full-schema poisoning; OWASP MCP Top 10).
 *
 * Carriers that defeat keyword reading are undone first: Hebrew points and Arabic vowel marks are
 * dropped, NFKC folds circled and styled letters, diff markers (`+`/`-` at line start) and JSON
 * punctuation are read as plain words.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { normalizeText } from "../text/views.ts";

const MAX_STRINGS = 400;
const MAX_LEN = 6000;

/** Every string the model reads, with its path (annotations and vendor fields included). */
function strings(tool: ToolDefinition): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (v: unknown, path: string, depth: number): void => {
    if (out.length >= MAX_STRINGS || depth > 10 || v === null || v === undefined) return;
    if (typeof v === "string") {
      if (v.length >= 16) out.push({ path, text: v.slice(0, MAX_LEN) });
    } else if (Array.isArray(v)) {
      v.slice(0, 60).forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
    } else if (typeof v === "object") {
      for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 80)) {
        walk(x, `${path}.${k}`, depth + 1);
      }
    }
  };
  walk(tool.title, "$.title", 0);
  walk(tool.description, "$.description", 0);
  walk(tool.inputSchema, "$.inputSchema", 0);
  walk(tool.annotations, "$.annotations", 0);
  walk(tool.extra, "$", 0);
  return out;
}

/** Hebrew points and cantillation, Arabic harakat and tatweel: optional marks that split words. */
const MARKS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u064B-\u065F\u0670\u0640]/gu;

/** The string as words: marks dropped, NFKC, diff markers and JSON punctuation blanked. */
export function plainWords(text: string): string {
  let t = normalizeText(text.replace(MARKS, ""));
  // A unified diff: its added and removed lines read as one text.
  if (/^[+-]\s/m.test(t)) t = t.replace(/\n[+-]\s{1,8}/g, " ").replace(/^[+-]\s/, " ");
  // A JSON object in a string: keys and values as words, one pair a sentence.
  if (/^\s*\{\s*"/.test(t)) t = t.replace(/["{}:]/g, " ").replace(/_/g, " ").replace(/,/g, ". ");
  return t;
}

/** The person the tool works for. */
const WHO = String
  .raw`(?:the\s{1,3}|your\s{1,3})?(?:users?|customers?|clients?|caregivers?|patients?|admins?|administrators?|owners?|employees?|members?|account\s{1,3}holders?|farmers?|shopkeepers?|merchants?|parents?|operators?)`;

/** An order restricting what the user is told, in the languages read here. */
const KEEP = new RegExp(
  [
    // en: "describe only the store to the user", "confirm only X to the admin"
    String
      .raw`\b(?:describe|mention|confirm|report|show|list|tell|present|summari[sz]e|name)\s{1,3}only\b[^.;\n]{0,60}?\bto\s{1,3}${WHO}\b`,
    // en: a bare "do not mention" closing its clause
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:mention|tell|disclose)\s{0,3}(?:(?:it|this|that)\s{0,3})?(?:[.;!]|$)`,
    // en: "the user is not told", "the user is never made aware"
    String
      .raw`\b${WHO}\s{1,3}(?:is|are|will\s{1,3}be|should\s{1,3}be|must\s{1,3}be)\s{1,3}(?:not|never)\s{1,3}(?:told|made\s{1,3}aware|informed\s{1,3}(?:of|about)\s{1,3}(?:it|this|them|that))\b`,
    // a key/value pair read as words: "notice_user": "show only …"
    String
      .raw`\b(?:users?|customers?)\s{1,3}(?:show|display|tell|mention|confirm|report)\s{1,3}only\b`,
    // en: "the user sees only the diff", "the user only ever sees"
    String.raw`\b${WHO}\s{1,3}(?:sees?|gets?\s{1,3}to\s{1,3}see|hears?)\s{1,3}only\b`,
    // en: "it is not mentioned in results", "do not list them in your answer"
    String
      .raw`\b(?:is|are)\s{1,3}(?:not|never)\s{1,3}(?:mentioned|listed|shown|reported)\s{1,3}in\s{1,3}(?:the\s{1,3}|any\s{1,3}|your\s{1,3})?(?:results?|output|answers?|repl(?:y|ies)|responses?)\b|\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:list|mention|show|include|name|describe)\b[^.;\n]{0,50}?\bin\s{1,3}your\s{1,3}(?:answer|reply|response|summary|output)\b`,
    // en: "mentioning the rerouting to the user is unnecessary noise"
    String
      .raw`\b(?:mentioning|telling|showing|explaining|surfacing|reporting|disclosing)\b[^.;\n]{0,60}?\b(?:to\s{1,3})?${WHO}\b[^.;\n]{0,40}?\b(?:is|would\s{1,3}be)\s{1,3}(?:unnecessary|not\s{1,3}(?:necessary|needed|required)|(?:just\s{1,3}|only\s{1,3})?noise|pointless|redundant)\b`,
    // en: "don't raise the policy with the caregiver"
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:raise|bring\s{1,3}up|flag|discuss)\b[^.;\n]{0,40}?\bwith\s{1,3}${WHO}\b`,
    // de: "in der Antwort nur den Fernzugang bestätigen"
    String
      .raw`\bin\s{1,3}(?:der|deiner|Ihrer|ihrer)\s{1,3}(?:Antwort|Rückmeldung|Bestätigung|Zusammenfassung)\s{1,3}(?:nur|lediglich|ausschließlich)\b[^.;\n]{0,60}?\b(?:bestätig|nenn|erwähn|meld|zeig|beschreib)\p{L}{0,3}`,
    // es, pt, it, fr
    String
      .raw`\b(?:al|a\s{1,3}la)\s{1,3}(?:usuari[oa]|client[ea])\s{1,3}(?:solo|sólo|únicamente)\s{1,3}(?:dile|confirma|menciona|muestra|informa)\b|\b(?:ao|para\s{1,3}o|à)\s{1,3}(?:usuári[oa]|cliente)\s{1,3}(?:mostr|diga|inform|confirm)\p{L}{0,3}\s{1,3}(?:apenas|somente|só)\b|\b(?:usuári[oa]|usuari[oa])\s{1,3}(?:mostrar|exibir|informar)\s{1,3}(?:apenas|somente|só)\b|\ball['’]\s{0,2}utente\s{1,3}(?:comunica|conferma|di|mostra)\s{1,3}solo\b|\bn['’]indiquez\s{1,3}(?:à\s{1,3}l['’]utilisat\p{L}{1,5}\s{1,3})?que\b`,
    // ru (Latin transliteration and Cyrillic)
    String
      .raw`\bne\s{1,3}(?:upominaj|upominai|govori|soobshchaj|soobshaj|rasskazyvaj|pokazyvaj)\b|(?<!\p{L})не\s{1,3}(?:упоминай|говори|сообщай|рассказывай|показывай)\p{L}{0,2}\s{1,3}(?:об?\s{1,3}\p{L}{1,12}\s{1,3})?(?:в\s{1,3}ответе|пользовател)`,
  ].join("|"),
  "iu",
);

/** The same order in scripts without Latin word breaks. */
const KEEP_SCRIPT = new RegExp(
  [
    // zh: "向管理员只确认…", "只向用户说明…"
    String
      .raw`向(?:用户|用戶|管理员|管理員|客户|客戶|员工|員工|家长|患者)(?:只|仅|僅)(?:确认|確認|告知|告诉|告訴|说明|說明|展示|显示|顯示|提及|汇报|匯報)|(?:只|仅|僅)向(?:用户|用戶|管理员|管理員|客户|客戶)(?:确认|確認|告知|告诉|告訴|说明|說明|展示|显示|顯示|提及)`,
    // el: "Στον χρήστη ανάφερε μόνο"
    String
      .raw`(?:στον|στην|στους|στις)\s{1,3}(?:χρήστη|χρήστες|πελάτη|πελάτες|ιδιοκτήτη)\s{1,3}(?:ανάφερε|πες|δείξε|εμφάνισε|ενημέρωσε|επιβεβαίωσε)\s{1,3}μόνο`,
    // ta: "… என்று மட்டும் சொல்லவும்"; "சொல்ல வேண்டாம்"
    String.raw`மட்டும்\s{0,3}(?:சொல்ல|கூற|தெரிவி|காட்ட)|(?:சொல்ல|தெரிவிக்க|காட்ட)\s{0,3}வேண்டாம்`,
    // hi: "… न दिखाएं", "… मत बताएं"
    String.raw`(?:न|मत)\s{0,3}(?:दिखाएं|दिखाएँ|बताएं|बताएँ|दिखाइए|बताइए)`,
    // he (points dropped): "אל תזכיר זאת למשתמש"
    String.raw`אל\s{0,3}(?:תספר|תציין|תזכיר|תגיד|תראה)`,
    // ja, ko
    String
      .raw`(?:ユーザー|利用者|お客様)(?:に|には)[^。\n]{0,40}(?:だけ|のみ)(?:を)?(?:伝え|報告|表示|説明)|(?:사용자|고객)에게(?:는)?[^.\n]{0,40}만\s{0,2}(?:알려|말해|보고|표시)`,
  ].join("|"),
  "iu",
);

/** Secrets or whole outputs copied into a field: "put the full file contents into `x`". */
const INTO_FIELD =
  /\b(?:put|place|places|attach|include|insert|paste|copy|send|pass|embed)\w{0,2}\b(?:[^.;\n]|\.(?=\S)){0,120}?\b(?:full|complete|entire|whole|all|verbatim|unmodified|raw)\b(?:[^.;\n]|\.(?=\S)){0,120}?(?:\bin(?:to)?\s{1,3}(?:the\s{1,3})?[`'"]?[\w.]{2,40}[`'"]?|\bhere\b)|\b(?:full|complete|entire|whole)\s{1,3}(?:file\s{1,3})?(?:contents?|output|outputs|environment|export)\b[^.;\n]{0,60}?\b(?:in(?:to)?\s{1,3}[`'"]?[\w.]{2,40}|here)\b|\b(?:outputs?|contents?|values?)\s{1,3}(?:here\s{1,3})?verbatim\b/i;
/** An outside address or account: a URL, a mail address, an international phone number. */
const PARTY =
  /https?:\/\/[\w.-]{3,80}|\b[\w.+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,40}\b|\+\d[\d\s-]{8,16}\d/;
/** A grant of control: admin, owner, remote access, full rights, drop-in, authorisation. */
const GRANT =
  /\b(?:admin|administrator|co-?owner|owner\s{1,3}role|remote[\s_]access|full\s{1,3}(?:access|control|rights)|drop\s{1,3}in|box_admin|readwrite)\b|\bpoln\w{1,3}\s{1,3}(?:token|dostup)\b|\bpravom\s{1,3}(?:torgovli|vyvoda)\b|εξουσιοδότηση|πληρεξούσι|管理员权限|管理權限|Fernzugang|Vollzugriff/iu;
/** The scope widened to everyone or everything. */
const ALL =
  /\b(?:every|all)\s{1,3}(?:\w{1,20}\s{1,3})?(?:namespaces?|medications?|drugs?|members?|employees?|users?|devices?|accounts?|applications?|debts?|secrets?|connections?|variables?)\b|\bincluding\s{1,3}(?:anticoagulants?|opioids?|insulin|benzodiazepines?|executives?|prescribed|time-barred)\b|全员|全員|所有成员|所有員工|όλες\s{1,3}τις|όλους\s{1,3}τους|\btodas\s{1,3}as\b|\btodos\s{1,3}os\b|\balle\s{1,3}(?:Mitglieder|Mitarbeiter|Geräte|Konten)\b/iu;
/** Money routed: a payment identity named in the string. */
const MONEY =
  /\b(?:UPI|IBAN|IFSC|Pix|SWIFT|BIC|routing\s{1,3}number|account\s{1,3}(?:no|number)|bank\s{1,3}account)\b|வங்கி|बैंक\s{0,2}खात|收款账户|收款帳戶/iu;

/** Which act the string orders, if any. */
function act(t: string): string | undefined {
  if (INTO_FIELD.test(t)) return "copies secrets or whole outputs into a field";
  if (GRANT.test(t)) return "grants admin, owner or full rights";
  if (PARTY.test(t)) return "writes in an outside address or party";
  if (MONEY.test(t)) return "routes money to a payment identity it names";
  if (ALL.test(t)) return "widens the scope to everyone or everything";
  return undefined;
}

/** True when `text` orders what the user is told to be restricted (see {@link KEEP}). */
export function keepsBack(text: string): boolean {
  return KEEP.test(text) || KEEP_SCRIPT.test(text);
}

/** Tool-level hits: an order kept from the user in the same string as an act the user did not ask. */
export function defCovertToolHits(tool: ToolDefinition): PathHit[] {
  for (const s of strings(tool)) {
    const t = plainWords(s.text);
    if (!keepsBack(t)) continue;
    const a = act(t);
    if (a === undefined) continue;
    return [{
      path: s.path,
      kind: "conceal_from_user",
      severity: "high",
      reason: `${JSON.stringify(tool.name)} ${a} and tells the model to keep it from the user`,
    }];
  }
  return [];
}
