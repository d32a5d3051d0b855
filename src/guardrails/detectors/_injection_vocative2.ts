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
 * - a dictated summary: "your summary of this page must state …", "any answer must not mention …".
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { AI, SEP } from "./_injection_words.ts";

const R = String.raw;
const NOTE =
  R`(?:fyi|update|system${SEP}update|notice|heads[- ]?up|hint|tip|directive|order|request|task|instruction|memo|note)`;

/** Rules for further addresses to the AI and dictated summaries. */
export const VOCATIVE2_RULES: readonly InjectionRule[] = [
  rule(
    "addresses_ai",
    0.7,
    "ai llm llms langu assis chatb bot bots agent agents model copil claud chatg gpt gemin summa crawl scrap whoev / fyi updat notic heads hint tip direc order reque task instr memo note ing this",
    R`\b${NOTE}${SEP}(?:to|for)${SEP}(?:the${SEP}|all${SEP}|any${SEP}|every${SEP}|your${SEP})?(?:[a-z][\w-]{1,20}${SEP})?${AI}\s*[:,\-–—]` +
      R`|\b(?:whoever(?:'s|’s)|any|every|all|the|your)${SEP}(?:[a-z][\w-]{1,20}${SEP})?${AI}${SEP}(?:(?:is|are)${SEP})?[a-z]{2,20}ing${SEP}(?:this|these)\b` +
      R`|\b(?:ai|llm)${SEP}${AI}${SEP}[a-z]{2,20}ing${SEP}(?:this|these)\b` +
      // Plural only for agents and assistants: "Assistant:" and "Agent:" are transcript speakers.
      R`|(?:^|\n)[ \t]*(?:summari[sz]ers?|crawlers|scrapers|(?:ai${SEP})?(?:agents|assistants|copilots|bots|llms))[ \t]*[:,—–]`,
    "Text addresses the AI model that reads it",
  ),
  rule(
    "summary_dictation",
    0.6,
    "summa answe respo reply revie repor overv descr / must shoul shall has needs is",
    // Whose summary: the model's ("your", "any", "every"), not a writing guide's "the summary should
    // state the main findings"; and what: a claim ("state that"), an omission, or a verdict.
    R`\b(?:your|any|every|each)${SEP}(?:summary|summaries|answer|response|reply|review|report|overview|description)${SEP}(?:of${SEP}(?:this|the)${SEP}(?:page|document|article|review|reviews|thread|e-?mail|site|product|release)${SEP})?(?:must|should|shall|has${SEP}to|needs${SEP}to|is${SEP}to)${SEP}(?:(?:not|never)${SEP}(?:mention|include|say|state|refer${SEP}to|discuss|list)|omit|leave${SEP}out|exclude|(?:state|say|claim|conclude|assert)${SEP}that|call${SEP}(?:it|this|the)|recommend${SEP}(?:only${SEP})?(?:this|our))\b`,
    "Text dictates what the model's summary or answer must say or leave out",
  ),
];
