/**
 * Round-38 claim check (paraphrase tests in `_definition_r38p_test.ts`): the tool's title or
 * description promises that nothing leaves the device or is shared, while one of its own parameters
 * is on by default and shares with a partner, a public index or a third party. Round 38 promised
 * on-device processing in a backup tool's title while a default enrolled every face in the library
 * in an outside people-search index. The promise and the default contradict each other; either one
 * alone passes (an honest local tool, or a sharing option that is off by default).
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

/** A promise that nothing leaves the device or is shared. */
const PROMISE =
  /\b(?:nothing|no\s{1,3}(?:data|photos?|images?|files?|information|content|recordings?))\s{1,3}(?:is\s{1,3}|gets\s{1,3}|ever\s{1,3}|will\s{1,3}be\s{1,3})?(?:shared|sent|uploaded|disclosed|leaves?)\b|\b(?:stays?|remains?|kept|processed|processing\s{1,3}(?:stays?|remains?))\s{1,3}(?:on[\s-]device|on\s{1,3}(?:your|the)\s{1,3}device|local(?:ly)?)\b|\bon[\s-]device\s{1,3}only\b|\bnever\s{1,3}(?:leaves|shared|sent|uploaded)\b|\blocal[\s-]only\b|(?<![^\s.,;:!?()"'])(?:rien\s{1,3}n['’]est\s{1,3}partagé|nada\s{1,3}se\s{1,3}comparte|nada\s{1,3}é\s{1,3}compartilhado|nichts\s{1,3}wird\s{1,3}(?:geteilt|hochgeladen)|bleibt\s{1,3}auf\s{1,3}dem\s{1,3}gerät|niets\s{1,3}wordt\s{1,3}gedeeld|niente\s{1,3}viene\s{1,3}condiviso)(?![^\s.,;:!?()"'])|不会(?:上传|共享|分享)|共有されません|端末内で処理|공유되지\s?않/i;

/** A parameter (name and description) that shares with someone outside the user's account. */
const SHARES =
  /share|sharing|partner|third[\s_-]?part|public|people[\s_-]?search|publish|broadcast|external|vendor|advertis|marketing|resell|data[\s_-]?broker/i;

function on(v: unknown): boolean {
  return v === true || (typeof v === "string" && /^(?:true|on|yes|enabled?)$/i.test(v.trim()));
}

/** Round-38 tool-level check: a no-sharing promise against a sharing default. */
export function r38ToolHits(tool: ToolDefinition): PathHit[] {
  const ann = tool.annotations as { title?: unknown } | undefined;
  const claim = [tool.title, tool.description, ann?.title]
    .filter((x): x is string => typeof x === "string")
    .join("\n")
    .slice(0, 8000);
  if (!claim || !PROMISE.test(claim)) return [];
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return [];
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, 100)) {
    if (!p || typeof p !== "object") continue;
    const { default: d, description } = p as { default?: unknown; description?: unknown };
    if (!on(d)) continue;
    const about = `${name} ${typeof description === "string" ? description.slice(0, 2000) : ""}`;
    if (SHARES.test(about)) {
      return [{
        path: `$.inputSchema.properties.${name}`,
        kind: "deceive_user",
        severity: "high",
        reason: "The tool promises that nothing is shared or leaves the device, yet a parameter " +
          `that shares with an outside party (${name}) is on by default`,
      }];
    }
  }
  return [];
}
