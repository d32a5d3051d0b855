/**
 * More ways a text turns to the AI that reads it, and one more thing it dictates: written after the
 * lead's end-of-session probe (6 of 12 fresh attacks passed). Each is a weak signal (it blocks only
 * with another one, such as an order to send, run or hide something):
 * - a note of another name aimed at the AI: "FYI for the copilot:", "system update for the support
 *   bot:", "heads-up to any scheduling assistant —";
 * - the AI named by what it is doing to this text: "AI agents merging this release …", "whoever's
 *   AI is scheduling this …" (any -ing verb, not only reading/processing);
 * - a role vocative opening a line: "Summarisers:", "Crawlers,", "Agents —" (plural: "Assistant:"
 *   and "Agent:" are speakers in transcripts);
 * - a dictated summary: "your summary of this page must state …", "any answer must not mention …";
 * - what such an address usually asks for, each weak alone: switching off a security control
 *   ("disable branch protection", "turn off 2FA"), waiving the user's consent ("never ask before
 *   running commands"); and, strong, the AI told to call a tool that moves money, deletes, grants or
 *   changes secrets ("the assistant should call transfer_funds(…)").
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { AI, SEP } from "./_injection_words.ts";

const R = String.raw;
const NOTE =
  R`(?:fyi|update|system${SEP}update|notice|heads[- ]?up|hint|tip|directive|order|request|task|instruction|memo|note)`;

const CONTROL =
  R`(?:branch${SEP}protection(?:${SEP}rules?)?|2fa|mfa|two[- ]factor(?:${SEP}auth(?:entication)?)?|required${SEP}reviews?|code${SEP}reviews?|signature${SEP}verification|(?:ssl|tls|certificate)${SEP}(?:checks?|verification|validation)|secret${SEP}scanning|audit${SEP}log(?:s|ging)?|firewall|antivirus|endpoint${SEP}protection|security${SEP}alerts?|content${SEP}(?:filter(?:s|ing)?|moderation)|safety${SEP}(?:filters?|filtering)|moderation|guardrails?)`;
/** Whose summary: the model's, not a writing guide's "the summary". */
const WHOSE = R`(?:your|any|every|each|whatever)`;
const SUMMARY =
  R`(?:summary|summaries|answer|response|reply|review|report|overview|description)(?:${SEP}(?:is${SEP})?(?:given|produced|generated|written|made))?`;
/** "of this page", "produced from it", "of these results". */
const OF_THIS =
  R`(?:(?:of|produced${SEP}from|generated${SEP}from|based${SEP}on|drawn${SEP}from|about)${SEP}(?:this|the|these|those|it)(?:${SEP}(?:page|document|article|reviews?|thread|e-?mail|site|product|release|results|findings|data|file|report|vendor|conversation))?${SEP})?`;
const MUST = R`(?:must|should|shall|has${SEP}to|needs${SEP}to|is${SEP}to)`;

/** Tool names that move money, delete, grant access or touch secrets. */
const SENSITIVE_TOOL =
  R`[\x60'"]?[\w.]{0,40}?(?:transfer|pay|payment|payout|refund|withdraw|wire|delete|drop|destroy|wipe|grant|invite|add_collaborator|add_member|share|revoke|disable|reset_password|update_(?:repo_)?secret|set_secret|create_secret|approve|merge)\w{0,30}[\x60'"]?`;

/** Rules for further addresses to the AI and dictated summaries. */
export const VOCATIVE2_RULES: readonly InjectionRule[] = [
  rule(
    "addresses_ai",
    0.7,
    "ai llm llms langu assis chatb bot bots agent agents model copil claud chatg gpt gemin summa crawl scrap whoev / fyi updat notic heads hint tip direc order reque task instr memo note ing this",
    R`\b${NOTE}${SEP}(?:to|for)${SEP}(?:the${SEP}|all${SEP}|any${SEP}|every${SEP}|your${SEP})?(?:[a-z][A-Za-z0-9-]{1,20}${SEP})?${AI}\s*[:,\-–—]` +
      R`|\b(?:whoever(?:'s|’s)|any|every|all|the|your)${SEP}(?:[a-z][A-Za-z0-9-]{1,20}${SEP})?${AI}${SEP}(?:(?:is|are)${SEP})?[a-z]{2,20}ing${SEP}(?:this|these)\b` +
      R`|\b(?:ai|llm)${SEP}${AI}${SEP}[a-z]{2,20}ing${SEP}(?:this|these)\b` +
      // Plural only for agents and assistants: "Assistant:" and "Agent:" are transcript speakers.
      R`|(?:^|\n)[ \t]*(?:summari[sz]ers?|crawlers|scrapers|(?:ai${SEP})?(?:agents|assistants|copilots|bots|llms))[ \t]*[:,—–]`,
    "Text addresses the AI model that reads it",
    // A tool definition is written for the model: "Tip for agents:" there is its job.
    { at: { definition: 0.35 } },
  ),
  rule(
    "summary_dictation",
    0.6,
    "summa answe respo reply revie repor overv descr / must shoul shall has needs is",
    // Whose summary: the model's ("your", "any", "every", "whatever"), not a writing guide's "the
    // summary should state the main findings"; and what it must leave out.
    R`\b${WHOSE}${SEP}${SUMMARY}${SEP}${OF_THIS}${MUST}${SEP}(?:[^.\n]{0,100}?${SEP}(?:and${SEP})?${MUST}${SEP})?(?:(?:also|then)${SEP})?(?:(?:not|never)${SEP}(?:mention|include|say|state|refer${SEP}to|discuss|list)|omit|leave${SEP}out|exclude)\b`,
    "Text dictates what the model's summary or answer must say or leave out",
  ),
  rule(
    // A claim dictated beside an omission is two signals: "must state that all vendors passed,
    // and must leave out the table above".
    "summary_claim",
    0.6,
    "summa answe respo reply repli revie repor overv descr / must shoul shall has needs is state alway",
    R`\b${WHOSE}${SEP}${SUMMARY}${SEP}${OF_THIS}(?:${MUST}${SEP}(?:(?:also|then)${SEP})?(?:(?:state|say|claim|conclude|assert)${SEP}that|call${SEP}(?:it|this|the)|recommend${SEP}(?:only${SEP})?(?:this|our|it|buying))|(?:states?|says?|reads?)${SEP}only)\b|\b(?:answers?|responses?|replies)${SEP}(?:about|to|regarding|on)${SEP}[^.\n:]{1,40}?${SEP}(?:are|is|must${SEP}be|should${SEP}be)${SEP}always\b`,
    "Text dictates what the model's summary or answer must say or leave out",
  ),
  rule(
    "control_off",
    0.4,
    "disab turn remov bypas skip deact / branc 2fa mfa two requi code signa ssl tls certi secre audit firew antiv endpo secur conte safet moder guard",
    R`\b(?:disable|disabling|turn(?:ing)?${SEP}off|remove|removing|bypass(?:ing)?|skip(?:ping)?|deactivate|deactivating)${SEP}(?:the${SEP}|all${SEP}|any${SEP})?(?:[a-z]{2,20}${SEP})?${CONTROL}\b`,
    "Text asks to switch off a security control",
  ),
  rule(
    "consent_waived",
    0.4,
    "never don dont no stop / ask askin check confi",
    R`\b(?:never|don't|dont|do${SEP}not|no${SEP}need${SEP}to|stop)${SEP}(?:ask(?:ing)?|check(?:ing)?${SEP}with|confirm(?:ing)?${SEP}with)${SEP}(?:(?:me|them|the${SEP}user|the${SEP}owner|anyone)${SEP})?(?:before|prior${SEP}to)${SEP}(?:running|executing|deleting|sending|paying|merging|deploying|installing|calling|using)\b`,
    "Text waives asking the user before acting",
  ),
  rule(
    "ordered_sensitive_call",
    1.0,
    "assis agent agents model bot copil ai / call invok run execu trigg use",
    R`\b(?:the|an?|any|your|each|every)${SEP}(?:ai${SEP})?(?:assistant|agent|model|bot|copilot)s?${SEP}(?:should|must|needs?${SEP}to|has${SEP}to|have${SEP}to|is${SEP}(?:required|expected|supposed)${SEP}to|will)${SEP}(?:(?:now|immediately|also|then|first)${SEP})?(?:call|invoke|run|execute|trigger|use)${SEP}(?:the${SEP})?${SENSITIVE_TOOL}`,
    "Text tells the AI to call a tool that moves money, deletes, grants access or changes secrets",
    { at: { definition: 0.4 } },
  ),
];
