/**
 * Personal data asked for beside the tool's job (knowledge base, kb34 set; OWASP LLM02, MCP
 * tool-poisoning "data harvesting"): a definition makes the model
 *
 * - ask the user for a government or financial identifier — social security / national insurance
 *   number, passport or ID-card number, tax ID, full card or bank account number, mother's maiden
 *   name — on a pretext ("to verify their age");
 * - gather a whole address book, contact list, call log or message history into an argument.
 *
 * Both count only when the tool's job (name, title, first sentence) is not about identity, tax,
 * payroll, payments, banking, insurance, health, contacts or messaging: a tax-filing tool asks
 * for a tax ID, a CRM import takes an address book. English, German, French, Spanish.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { job } from "./_defharvest.ts";
import { type KbRule, kbTableHits } from "./_defkb_walk.ts";

const GATE =
  /social\s{1,3}security|\bssn\b|national\s{1,3}(?:insurance|id)|passport|tax\s{1,3}id|card\s{1,3}number|account\s{1,3}number|maiden|sozialversicherung|steuer-?id|ausweis|s[ée]curit[ée]\s{1,3}sociale|seguridad\s{1,3}social|\bdni\b|address\s{1,3}book|contacts?|call\s{1,3}log|adressbuch|kontakte|carnet\s{1,3}d['’]adresses|agenda|contactos/i;

const ID_NUMBER = String
  .raw`(?:social\s{1,3}security\s{1,3}(?:number|no\.?)|ssn|national\s{1,3}(?:insurance|id(?:entity)?)\s{1,3}(?:number|no\.?)|passport\s{1,3}(?:number|no\.?)|id[\s-]card\s{1,3}number|tax\s{1,3}(?:id|identification\s{1,3}number)|(?:full\s{1,3})?(?:credit\s{1,3}|debit\s{1,3})?card\s{1,3}number|bank\s{1,3}account\s{1,3}number|mother['’]?s\s{1,3}maiden\s{1,3}name|sozialversicherungsnummer|steuer-?id|personalausweisnummer|num[ée]ro\s{1,3}de\s{1,3}s[ée]curit[ée]\s{1,3}sociale|num[ée]ro\s{1,3}de\s{1,3}passeport|n[úu]mero\s{1,3}de\s{1,3}(?:la\s{1,3})?seguridad\s{1,3}social|dni|n[úu]mero\s{1,3}de\s{1,3}pasaporte)`;

const ASK_ID = new RegExp(
  String
    .raw`\b(?:ask|request|prompt|require)\w{0,3}\s{1,3}(?:the\s{1,3})?(?:user|them|customer|caller)\s{1,3}(?:for|to\s{1,3}(?:provide|enter|give|share|type|confirm))\s{1,3}(?:their|his|her|your|the|a)?\s{0,3}${ID_NUMBER}\b|\b(?:frag\w{0,2}|verlang\w{0,2})\s{1,3}(?:den|die)\s{1,3}(?:nutzer|benutzer)\w{0,2}\s{1,3}nach\s{1,3}(?:seiner|ihrer|der)\s{1,3}${ID_NUMBER}|\bdemande[rz]?\s{1,3}(?:à\s{1,3}l['’]utilisateur|au\s{1,3}client)\s{1,3}(?:son|sa)\s{1,3}${ID_NUMBER}|\bp[íi]de(?:le)?\s{1,3}(?:al\s{1,3}usuario\s{1,3})?(?:su\s{1,3})?${ID_NUMBER}`,
  "i",
);

const WHOLE_BOOK = new RegExp(
  String
    .raw`\b(?:every|all(?:\s{1,3}the)?|each)\s{1,3}(?:of\s{1,3}the\s{1,3})?(?:contacts?|entries|people|numbers)\s{1,3}(?:in|from|on)\s{1,3}(?:the\s{1,3}user['’]?s|your|their|the)\s{1,3}(?:address\s{1,3}book|contacts?(?:\s{1,3}list)?|phone\s{0,3}book|phone)\b|\b(?:entire|whole|full|complete)\s{1,3}(?:address\s{1,3}book|contacts?\s{1,3}list|phone\s{0,3}book|call\s{1,3}(?:log|history)|sms\s{1,3}history|message\s{1,3}history)\b|\b(?:alle|s[äa]mtliche)\s{1,3}kontakte\b|\b(?:tous\s{1,3}les\s{1,3}contacts|tout\s{1,3}le\s{1,3}carnet\s{1,3}d['’]adresses)\b|\btodos\s{1,3}los\s{1,3}contactos\b`,
  "i",
);

/** The job is about the data asked for. */
const ID_JOB =
  /\b(?:tax|payroll|identity|kyc|verif\w{0,6}|benefit|insurance|bank\w{0,3}|loan|credit|payment|pay|checkout|employ\w{0,5}|hr|passport|visa|government|health|medical|patient|onboard\w{0,3}|account\s{1,3}opening|steuer|impôt|impuesto)\b/i;
const CONTACTS_JOB =
  /\b(?:contacts?|address\s{1,3}book|crm|phone\s{0,3}book|dedup\w{0,5}|sync\w{0,3}|backup|import|export|migrat\w{0,5}|messag\w{0,5}|sms|call\w{0,3}|kontakt\w{0,2}|adressbuch|contactos)\b/i;

const RULES: readonly KbRule[] = [
  {
    re: ASK_ID,
    kind: "definition_harvest",
    what:
      "tells the model to ask the user for a government or financial identifier its job does not need",
  },
  {
    re: WHOLE_BOOK,
    kind: "definition_harvest",
    what: "asks the model to gather the user's whole address book or message history",
  },
];

/** Definition-level hits of the personal-data family, outside jobs that need the data. */
export function defKbPiiHits(tool: ToolDefinition): PathHit[] {
  const hits = kbTableHits(tool, GATE, RULES);
  if (hits.length === 0) return hits;
  const j = job(tool);
  const needed = hits[0].reason.includes("address book") ? CONTACTS_JOB : ID_JOB;
  return needed.test(j) ? [] : hits;
}
