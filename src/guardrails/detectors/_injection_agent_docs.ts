/**
 * Agent-guidance documents: `AGENTS.md`, `CLAUDE.md`, `GEMINI.md`, `.github/copilot-instructions.md`,
 * `.cursorrules`, `llms.txt`, an agent's progress or hand-off file (`agent-progress.md`), and a
 * repository's "Instructions for AI agents" sections. A project
 * writes them TO the coding agent on purpose, and agents read them through file and repository
 * tools all day; that such a text addresses the model is its genre, not a sign of injection.
 *
 * In a text that is such a document — a genre marker (a file name as its title, the stock
 * "This file provides guidance to Claude Code" line, the VS Code scaffold comment; or a heading
 * "… for AI agents" in several languages) AND the vocabulary of a code base (tests, lint, build,
 * commits, pull requests, packages, source folders: one word after a file-name title or stock
 * header, three distinct words after a heading alone) — the hits that
 * only say "this text speaks to the AI" are dropped: the address itself, "about the user", an
 * addressed request, a reader address ("whoever picks this up"), an urgency marker, and a hidden
 * comment. Every hit that
 * names a harm (sending data out, credentials, payments, destructive acts, concealment, tool
 * hijacks …) still counts, so a poisoned `AGENTS.md` that asks for something harmful still blocks;
 * what no longer blocks is guidance that asks for nothing but the project's conventions.
 */

import { addressOnlyWith } from "./_injection_address_only.ts";

/** Hit kinds that only say the text addresses the model (or "whoever picks this up"). */
const ADDRESS_ONLY = addressOnlyWith("urgency", "addresses_handler");

/** A strong genre marker: a guidance file named as the title, or a tool's stock header. */
const FILE_GENRE = new RegExp(
  [
    // A guidance file named as the title or in the first lines.
    String
      .raw`^[\s\S]{0,200}?\b(?:AGENTS|CLAUDE|GEMINI|CODEX|COPILOT|WARP|CONVENTIONS)\.md\b|^[\s\S]{0,200}?(?:copilot-instructions\.md|\.cursorrules|\.windsurfrules|\.clinerules|llms(?:-full)?\.txt)`,
    // A progress or hand-off file the coding agent keeps across sessions (`agent-progress.md`,
    // `claude-progress.txt`, `HANDOFF.md`), named as the title: written by and for the agent.
    String
      .raw`^[\s\S]{0,120}?(?<![\w-])(?:(?:agent|ai|claude|codex|copilot|cursor|gemini|llm)[-_](?:progress|handoff|hand-off|notes|memory|scratchpad|worklog)|PROGRESS|HANDOFF)\.(?:md|txt)\b`,
    // The stock headers of Claude Code's /init, VS Code's Copilot scaffold and Laravel Boost.
    String
      .raw`\bthis file provides guidance to (?:claude|codex|gemini|copilot|cursor|ai)\b|\buse this file to provide workspace-specific custom instructions to copilot\b|^\s{0,8}<laravel-boost-guidelines>`,
  ].join("|"),
  "iu",
);
/** A heading "… for AI agents" (several languages): a weaker marker. */
const HEADING_GENRE = new RegExp(
  [
    // A heading (markdown or a line of its own) "… for AI agents / LLMs / coding assistants".
    String
      .raw`(?:^|\n)[ \t]{0,3}(?:#{1,4}[ \t]{1,4})?[^\n]{0,60}\b(?:instructions|guidelines|guidance|notes?|rules|conventions|tips|context|information)[ \t]+for[ \t]+(?:the[ \t]+)?(?:ai|llms?|coding|code)?[ \t]*(?:agents?|assistants?|models?|llms?)\b[^\n]{0,40}(?:\n|$)`,
    String
      .raw`(?:^|\n)[ \t]{0,3}#{1,4}[ \t]{1,4}(?:ai|llm|agent|copilot|claude|cursor|codex|gemini)[ \t]+(?:agent[ \t]+)?(?:instructions|guidelines|guidance|rules|notes)\b`,
    // Round 31: a section heading that is only the address, "## For AI assistants (Copilot …)",
    // "## Для ИИ-ассистентов", "## Para asistentes de IA" (still needs the code-base words).
    String
      .raw`(?:^|\n)[ \t]{0,3}#{1,4}[ \t]{1,4}(?:for|para|pour|für|per|voor|dla|для)[ \t]+(?:(?:the|los|las|os|as|les|die|gli|de)[ \t]+)?(?:(?:ai|ki|ia|ии|llm)[- \t]?)?(?:agents?|agentes|agenten|agenti|агентов|assistants?|asistentes|assistentes|assistenten|assistenti|ассистентов|coding[ \t]+agents?)(?:[ \t]+(?:de[ \t]+)?(?:ia|ki|ai|ии))?(?![\p{L}])[^\n]{0,60}(?:\n|$)`,
    // The same headings in other languages.
    String
      .raw`(?:^|\n)[ \t]{0,3}#{1,4}[ \t]{1,4}[^\n]{0,60}(?:instrucciones|instruções|consignes|hinweise|anweisungen|richtlijnen|istruzioni|wytyczne|инструкции|указания|talimatlar|reglas|regras|règles|regeln|regole|regels|zasady|правила|kurallar|gu[ií]a|leitfaden|notas)[ \t]+(?:para|für|pour|per|voor|dla|для)[ \t]+(?:(?:los|las|os|as|les|die|gli|de)[ \t]+)?(?:agentes|agenten|agents|agenti|agentów|агентов|asistentes|assistentes|assistenten|assistants|assistenti|asystentów|ассистентов|ki|ia|ии|ai|llms?)(?![\p{L}])`,
  ].join("|"),
  "iu",
);

/** Words of a code base's working conventions. */
const DEV_WORD =
  /\b(?:tests?|testing|lint(?:ing|er)?|build|commits?|pull requests?|PRs?|branch(?:es)?|repository|repo|codebase|package\.json|npm|pnpm|yarn|pip|cargo|make|typescript|python|rust|golang|eslint|prettier|pytest|jest|vitest|src\/|components?|modules?|dependencies|migrations?|endpoints?|api|framework|directory|refactor(?:ing)?|code style|formatting)\b/gi;

/** True when `text` is an agent-guidance document of a code base (see the module comment). */
export function isAgentGuidance(text: string): boolean {
  const need = FILE_GENRE.test(text) ? 1 : HEADING_GENRE.test(text) ? 3 : 0;
  if (need === 0) return false;
  const seen = new Set<string>();
  DEV_WORD.lastIndex = 0;
  for (let m = DEV_WORD.exec(text); m !== null; m = DEV_WORD.exec(text)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= need) return true;
  }
  return false;
}

/**
 * Drops the address-only hits of an agent-guidance document (see the module comment). Only reads
 * the text when such a hit is present.
 */
export function dropGuidanceAddress(text: string, hits: Map<string, unknown>): void {
  let any = false;
  for (const k of hits.keys()) {
    if (ADDRESS_ONLY.has(k)) {
      any = true;
      break;
    }
  }
  if (!any || !isAgentGuidance(text)) return;
  for (const k of ADDRESS_ONLY) hits.delete(k);
}
