/**
 * Harvest areas: personal facts gleaned in the chat. A field of an ordinary tool that asks for
 * the user's identity, address, contacts, calendar, location, health or finances "as mentioned
 * in the conversation" — MCPTox's and MCP-SafetyBench's privacy-leak tasks, OWASP LLM02 and the
 * OWASP MCP Top 10 (context over-sharing). Identity numbers, health and bank data count alone;
 * ordinary facts (name, phone, location) only with a marker that they are gleaned rather than
 * typed for this call. A booking, health, banking, contacts, calendar or maps tool receives
 * such data as its job.
 */
import type { HarvestArea } from "./_defharvest_types.ts";

/** A tool whose job is the person: identity, health, money, contacts, calendar, places. */
const PERSON_JOB =
  /\b(?:health\w*|medic\w*|doctors?|patients?|clinic\w*|pharma\w*|prescri\w*|symptoms?|diary|bank\w*|financ\w*|budget\w*|pay\w*|invoices?|tax\w*|payroll|salar\w*|insur\w*|loans?|credit|kyc|identity|verif\w*|onboard\w*|passports?|visas?|hr|employees?|contacts?|address\s?book|crm|customers?|leads?|calendar\w*|events?|meetings?|schedul\w*|appointments?|book\w*|reserv\w*|maps?|nearby|geo\w*|restaurants?|deliver\w*|shipping|ride|travel\w*|flights?|hotels?|profiles?|accounts?|sign\s?up|regist\w*|subscri\w*|newsletter\w*|notif\w*|e?-?mail\w*|invit\w*|teams?|members?|forms?|fill\w*|crm|users?|suppliers?|vendors?|creditors?|payees?|beneficiar\w*|remit\w*|accounting|ledgers?|erp|homestead|exempt\w*|filings?|benefits?|claims?|permits?|licen[cs]\w*|government|gov|municipal\w*|courts?|notar\w*|compliance|aml|tenants?|landlords?|leases?|mortgage\w*|enrol\w*|admissions?|students?|school\w*|pension\w*)\b/i;

/** The value is gleaned from the chat, not given for this call. */
const GLEANED = String
  .raw`(?:(?:as\s{1,3}|if\s{1,3})?(?:mentioned|shared|stated|revealed|disclosed|said)\s{1,3}(?:earlier|before|previously|anywhere|in\s{1,3}(?:the|this|our)\s{1,3}(?:chat|conversation|session))|(?:from|in)\s{1,3}(?:the|this|our)\s{1,3}(?:chat|conversation|earlier\s{1,3}messages)|earlier\s{1,3}messages|you\s{1,3}(?:know|have\s{1,3}learned|learned|remember|have\s{1,3}seen|can\s{1,3}infer)|infer\w{0,3}\s{1,3}(?:it\s{1,3}|them\s{1,3})?from\s{1,3}(?:the\s{1,3}|earlier\s{1,3}|previous\s{1,3})?(?:conversation|chat|messages|context)|(?:has|have)\s{1,3}talked\s{1,3}about|talked\s{1,3}about|gleaned|told\s{1,3}you|(?:collected|gathered|learned)\s{1,3}(?:during|in|from|over)|the\s{1,3}user\s{1,3}(?:has\s{1,3})?mentioned)`;

/** The value is gleaned from the chat, not given for this call (for areas that need it). */
export const GLEANED_RE = new RegExp(GLEANED, "i");

export const PERSONAL_AREAS: readonly HarvestArea[] = [
  {
    area: "personal",
    what: "the user's identity, health or bank data",
    gate:
      /ssn|social security|passport|national id|tax id|medical|health|diagnos|medication|condition|prescription|bank|iban|account number|routing|salary|income|net worth|sozialversicherung|seguridad social|sécurité sociale|病历|病史|健康|銀行|银行/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:social\s{1,3}security|ssn|passport|national\s{1,3}id(?:entity)?|tax\s{1,3}id|driver'?s?\s{1,3}licen[cs]e)\s{1,3}(?:number|no|details|data)?`,
        String
          .raw`\b(?:user'?s?|customer'?s?|their|his|her)\s{1,3}(?:\w{1,16}\s{1,3}){0,2}(?:ssn|social\s{1,3}security|passport)`,
        String
          .raw`\b(?:user'?s?|customer'?s?|their|his|her|patient'?s?)\s{1,3}(?:\w{1,16}\s{1,3}){0,2}(?:medical|health|diagnos[ie]s|medications?|prescriptions?|bank\s{1,3}account|account\s{1,3}numbers?|iban|routing\s{1,3}numbers?|salary|income|net\s{1,3}worth|account\s{1,3}balances?)\b`,
        String
          .raw`(?:sozialversicherungsnummer|número\s{1,3}de\s{1,3}seguridad\s{1,3}social|numéro\s{1,3}de\s{1,3}sécurité\s{1,3}sociale|病历|病史|健康状况|銀行口座|银行账户|银行卡号|dossier\s{1,3}médical|historial\s{1,3}médico|krankengeschichte|kontonummer)`,
      ].join("|"),
      "gi",
    ),
    name:
      /^(?:user\s)?(?:ssn|social\ssecurity\snumber|passport\snumber|medical\shistory|health\sdata|bank\saccount(?:\snumber)?)$/,
    job: PERSON_JOB,
  },
  {
    area: "personal",
    what: "health or money facts the user mentioned",
    gate: /medical|health|diagnos|medication|prescription|bank|iban|salary|income|debt|net worth/i,
    ask:
      /\b(?:medical|health)\s{1,3}(?:conditions?|history|records?|data|information|issues|problems)\b|\b(?:diagnos[ie]s|medications?|prescriptions?|bank\s{1,3}accounts?|iban|salary|income|debts?|net\s{1,3}worth)\b/gi,
    needs: GLEANED_RE,
    job: PERSON_JOB,
  },
  {
    area: "personal",
    what: "personal facts gleaned in the chat (name, address, contacts, calendar, location)",
    gate:
      /name|address|phone|birth|email|personal|calendar|meeting|appointment|schedule|employer|family|relationship|religion|politic|adresse|dirección|teléfono|telefon|住址|电话|住所/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:user'?s?|customer'?s?|person'?s?|their|his|her)\s{1,3}(?:full\s{1,3}|real\s{1,3}|legal\s{1,3})?(?:name|home\s{1,3}address|address|phone(?:\s{1,3}number)?|date\s{1,3}of\s{1,3}birth|birthday|email|employer|family|relationship|religion|political)\b`,
        String.raw`\bpersonal\s{1,3}(?:details|data|information|info|facts)\b`,
        String
          .raw`\b(?:user'?s?|their|his|her)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:calendar\s{1,3}events|meetings|appointments|schedule)\b`,
      ].join("|"),
      "gi",
    ),
    needs: GLEANED_RE,
    job: PERSON_JOB,
  },
  {
    area: "personal",
    what: "the user's contacts or exact location",
    gate: /contact|location|gps|coordinates|whereabouts|address|infer|ubicación|standort|位置/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:contacts|people|friends|colleagues)\s{1,3}(?:the\s{1,3}user|they|he|she)\s{1,3}(?:has\s{1,3})?(?:talked|spoken|written|mentioned)\b|\b(?:names|emails|phone\s{1,3}numbers)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}of\s{1,3}(?:all\s{1,3}|every\s{1,3})?(?:the\s{1,3})?(?:user'?s\s{1,3})?contacts\b`,
        String
          .raw`\b(?:user'?s?|their|his|her)\s{1,3}(?:exact|precise|home|real|gps)\s{1,3}(?:gps\s{1,3})?(?:location|address|coordinates|whereabouts)\b`,
        String
          .raw`\binfer\w{0,3}\s{1,3}(?:it\s{1,3}|them\s{1,3})?from\s{1,3}(?:the\s{1,3}|earlier\s{1,3}|previous\s{1,3}|prior\s{1,3})?(?:conversation|chat|messages|context)`,
      ].join("|"),
      "gi",
    ),
    job: PERSON_JOB,
  },
];
