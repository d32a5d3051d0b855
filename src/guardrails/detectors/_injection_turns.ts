/**
 * Injection carried by the structure of a tool result rather than its prose (after round 11):
 * - a fake turn boundary: the result closes a tool/output/context tag and opens a user, system or
 *   assistant one (`</tool_output>\n<user_message>…`), so the text after it reads as a new turn;
 * - a structured next call: a JSON key that schedules a tool call (`"next_tool_call"`,
 *   `"required_action"`, `"tool_call"`) naming a tool that grants, pays, deletes or sends;
 * - a JSON key addressed to the model (`"note_for_model"`, `"instructions_for_assistant"`,
 *   `"ai_instructions"`): data fields are for the program, never for the model;
 * - the user's question or identity placed into a URL the answer must cite or load
 *   (`![source](https://…?q=<the user's full question and email>)`).
 * A chat log that a tool returns on purpose holds turn tags too, so the boundary alone weighs 0.7
 * and blocks with the order that follows it; the other three are strong on their own in results.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";

const R = String.raw;
const AT_RESULT = { input: 0.3, definition: 0.3 } as const;

/** Tools whose call a data field must never schedule. */
const SENSITIVE_TOOL =
  R`[\w.\-/]{0,40}?(?:add_?collaborator|add_?member|grant|invite|transfer|pay|payout|refund|wire|withdraw|delete|drop|destroy|wipe|revoke|reset_?password|set_?secret|update_?secret|create_?token|send_?(?:message|email|mail|sms)|forward|share|upload|export|exec|run_?command|shell)[\w.\-]{0,30}`;

/** Rules for fake turns, scheduled calls and fields addressed to the model. */
export const TURN_RULES: readonly InjectionRule[] = [
  rule(
    // "[earlier in this conversation] User: …": a turn the user never had, planted in data.
    "fake_history",
    0.8,
    "earli previ prior / conve chat sessi thread",
    R`\[\s{0,2}(?:earlier|previously|prior(?:ly)?|before)\s{1,3}(?:in\s{1,3})?(?:this|the|our)\s{1,3}(?:conversation|chat|session|thread)\s{0,2}\]\s{0,3}(?:user|human|you|me)\s{0,2}:`,
    "Text plants a turn the user never had in the conversation",
    { at: AT_RESULT },
  ),
  rule(
    // "your user wrote:", "your human asked": only an AI has a user; a forged quote of them.
    "addresses_ai",
    0.7,
    "your / user human princi owner",
    R`\byour\s{1,3}(?:user|human|principal)\s{1,3}(?:wrote|said|asked|requested|wants|told\s{1,3}(?:me|us))\b`,
    "Text speaks to the AI about 'your user'",
    { at: { input: 0.3, definition: 0.3 } },
  ),
  rule(
    "fake_turn",
    0.7,
    "</",
    R`</\s{0,2}(?:tool[_-]?(?:output|result|response)|function[_-]?(?:output|result|response)|observation|output|result|search[_-]?results?|context|document|data|untrusted[\w-]{0,20}|external[\w-]{0,20})\s{0,2}>\s{0,40}<\s{0,2}(?:user|human|system|assistant|admin|developer|instructions?)(?:[_-]?(?:message|turn|prompt|input|query|instructions?))?\s{0,2}>`,
    "Text closes the tool output and opens a fake user, system or assistant turn",
    { at: AT_RESULT },
  ),
  rule(
    "scheduled_call",
    1.0,
    "=next_tool_call =nextToolCall =tool_call =toolCall =tool_calls =function_call =functionCall =required_action =requiredAction =pending_tool_call =next_action =nextAction =follow_up_call",
    R`"(?:next_?tool_?call|tool_?calls?|function_?call|required_?action|pending_?tool_?calls?|next_?action|follow_?up_?call)"\s{0,3}:\s{0,3}[[{]?\s{0,3}(?:\{\s{0,3})?"(?:name|tool|function)"\s{0,3}:\s{0,3}"${SENSITIVE_TOOL}"`,
    "Data schedules a call of a tool that grants, pays, deletes or sends",
    { at: AT_RESULT, reach: 400 },
  ),
  rule(
    "model_field",
    1.0,
    "=_for_model =_for_the_model =_for_assistant =_for_the_assistant =_for_ai =_for_llm =_for_agent =_to_model =_to_assistant =-for-model =-for-assistant =ForModel =ForAssistant =ForAI =ForAgent",
    R`"(?:note|notes|instructions?|message|prompt|directive|hint|guidance)[_-]?(?:for|to)[_-]?(?:the[_-]?)?(?:model|assistant|ai|llm|agent|bot|copilot)s?"\s{0,3}:\s{0,3}"[^"]{8,200}`,
    "A data field is addressed to the model",
    { at: { input: 0.3, definition: 0.2 } },
  ),
  rule(
    // "ai_instructions": an agent's config holds such keys too, so half a block.
    "model_field",
    0.6,
    "=ai_instruction =llm_instruction =model_instruction =assistant_instruction =agent_instruction =ai_note =model_note =aiInstructions =modelInstructions",
    R`"(?:ai|llm|model|assistant|agent)[_-]?(?:instructions?|notes?|directives?)"\s{0,3}:\s{0,3}"[^"]{8,200}`,
    "A data field is addressed to the model",
    { at: { input: 0.3, definition: 0.2 } },
  ),
  rule(
    "url_secret_append",
    1.0,
    "==< /< / user users custo their your quest promp query",
    R`https?://[^\s"'<>)]{3,200}?[=/]\s?<[^<>\n]{0,60}?\b(?:user|customer|their|your)(?:'s|’s)?\b[^<>\n]{0,80}?\b(?:question|prompt|query|request|message|e-?mail|name|address|phone)s?\b[^<>\n]{0,80}>`,
    "Text has the user's question or identity placed into a URL the answer must load or cite",
    { at: { input: 0.5, definition: 0.5 } },
  ),
];
