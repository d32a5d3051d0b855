/**
 * Side-effect area money_control: money or control routed to a fixed party — payouts, refunds,
 * settlements, standing orders or the default payment destination fixed to a bank account, IBAN,
 * wallet or payment-account id (business e-mail compromise and payment diversion, as the FBI IC3
 * and Europol describe them); name servers, MX records, registrant, billing, recovery or security
 * contacts changed to an outsider's host or address (domain hijacking, T1484 / T1584.002); a
 * director, signatory or owner added; devices enrolled into someone else's management tenant.
 * The party is judged in `_defside.ts`; the account on file or the original payment method passes.
 */
import type { SideRule } from "./_defside_types.ts";

/** Contacts, signatories and owners of record. */
const CONTACT = String
  .raw`registrant|admin(?:istrative)?\s{1,3}contact|billing\s{1,3}(?:contact|e-?mail|address)|technical\s{1,3}contact|tech\s{1,3}contact|security\s{1,3}contact|recovery\s{1,3}(?:e-?mail|phone|address|contact)|alternate\s{1,3}e-?mail|backup\s{1,3}e-?mail|owner(?:'s)?\s{1,3}e-?mail|account\s{1,3}owner|primary\s{1,3}contact|notification\s{1,3}e-?mail|directors?|signator(?:y|ies)|officers?|beneficial\s{1,3}owners?|authori[sz]ed\s{1,3}(?:signers?|users?|representatives?)|registered\s{1,3}agent|power\s{1,3}of\s{1,3}attorney|payees?|beneficiar(?:y|ies)`;

export const MONEY_RULES: readonly SideRule[] = [
  {
    area: "money_control",
    what: "money routed",
    gate:
      /pay|refund|settle|remit|withdraw|transfer|deposit|standing order|direct debit|sweep|proceeds|funds|balance|iban|wallet|bank|account|überweis|zahlung|pago|paiement|pagamento|transfer|付款|支付|退款|振込|支払|송금|결제|перевод|платеж/i,
    effect: new RegExp(
      [
        String
          .raw`\b(?:pay(?:s|ment|ments|outs?|able)?(?!\s{1,3}attention)|paid|refund\w{0,4}|settle\w{0,6}|remit\w{0,6}|withdraw\w{0,5}|transfer\w{0,4}|deposit\w{0,4}|standing\s{1,3}orders?|direct\s{1,3}debits?|sweep\w{0,3}|proceeds|funds|balance|disburse\w{0,6}|tips?|donations?|commissions?|fees?)\b`,
        String
          .raw`\b(?:überweis\w{0,6}|zahlung\w{0,3}|dauerauftrag|pagos?|paiements?|virements?|pagamentos?|bonific\w{0,6}|transferencias?)\b`,
        String.raw`付款|支付|退款|转账|振込|支払|送金|송금|결제|перевод\w{0,3}|платеж\w{0,3}`,
      ].join("|"),
      "gi",
    ),
    party: "money",
    loose: true,
  },
  {
    area: "money_control",
    what: "a domain's name servers or mail exchangers pointed",
    gate: /name ?servers?|\bns\d?\b|\bmx\b|mail exchanger|delegat|dns|域名服务器|ネームサーバ/i,
    effect:
      /\b(?:name\s?servers?|ns\s{1,3}records?|ns[12]?|mx(?:\s{1,3}records?)?|mail\s{1,3}exchangers?)\b[^;\n]{0,60}?\b(?:to|=|:|becomes?|are|is)\b|\bdelegat\w{0,5}\b[^;\n]{0,40}\bto\b|域名服务器|ネームサーバ/gi,
    party: "host",
    loose: true,
  },
  {
    area: "money_control",
    what: "a contact, signatory or owner of record changed",
    gate:
      /registrant|contact|recovery|director|signator|officer|beneficial|owner|agent|attorney|billing|payee|admin|kontakt|contacto|titular|responsable/i,
    effect: new RegExp(
      [
        String
          .raw`\b(?:set|sets|change[sd]?|update[sd]?|replace[sd]?|switch(?:es|ed)?|add(?:s|ed)?|appoint(?:s|ed)?|register(?:s|ed)?|names?|named|makes?|made|assign(?:s|ed)?|list(?:s|ed)?)\b[^;\n]{0,60}?\b(?:${CONTACT})\b`,
        String
          .raw`\b(?:${CONTACT})\b[^;\n]{0,40}?\b(?:set|changed|updated|replaced|switched|moved|becomes?|is\s{1,3}now|points?|listed|named|recorded|registered|given)\b`,
        String
          .raw`\b(?:transfer\w{0,4}\s{1,3}(?:the\s{1,3})?ownership|ownership\s{1,3}(?:is\s{1,3})?transferred)\b`,
        String
          .raw`\b(?:cambia|modifica|actualiza|ändert|setzt|change|modifie)\w{0,3}\b[^;\n]{0,60}?\b(?:kontakt\w{0,3}|contacto|titular|responsable|contact)\b`,
      ].join("|"),
      "gi",
    ),
    party: "any",
    loose: true,
  },
  {
    area: "money_control",
    what: "traffic routed through another party's gateway",
    gate: /traffic|dns|requests|connections|proxy|gateway|upstream|resolver|tunnel/i,
    effect:
      /\b(?:traffic|dns|requests?|connections?|proxy|gateway|upstream|resolvers?|tunnels?)\b[^;\n]{0,40}?\b(?:routed|proxied|tunnell?ed|forwarded|pointed)\b[^;\n]{0,30}?\b(?:via|through)\b/gi,
    party: "host",
    loose: true,
  },
  {
    area: "money_control",
    what: "a device enrolled into another party's management",
    gate: /enrol|mdm|device management|intune|jamf|managed by|supervis|provision|join/i,
    effect:
      /\b(?:enrol\w{0,6}|mdm|device\s{1,3}management|managed\s{1,3}by|supervis\w{0,6}|provision\w{0,5}|join\w{0,3})\b[^;\n]{0,80}?\b(?:tenant|server|instance|mdm|console|domain|organi[sz]ation|account|profile)\b/gi,
    party: "host",
    loose: true,
  },
];
