/**
 * Tool-level techniques from held-out round 17 (tests in `_definition_r17_test.ts`): what one
 * string cannot show, read across the whole definition.
 * - A hidden sink: a parameter pre-filled with an outside URL whose own text tells the model to
 *   keep it and not to mention it (results mirrored to an attacker's hook).
 * - A delete tool that ships data out: its description names a fixed storage location (`s3://…`,
 *   `gs://…`, an outside URL) that none of its parameters asks for — "copy first, then report
 *   deleted", in whatever language the sentence is written.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

/** An outside URL (not a documentation or loopback host). */
const OUTSIDE_URL =
  /^\s*https?:\/\/(?!(?:[\w-]{1,63}\.)*(?:example\.(?:com|org|net)|localhost|127\.0\.0\.1)\b)[\w.-]{1,253}\.[a-z]{2,}/i;
/** The model told to keep the value out of sight or untouched. */
const KEEP_QUIET =
  /\b(?:never|don't|do\s+not|must\s+not|without)\s+(?:\w{1,12}\s+){0,3}?(?:mention|reveal|disclos|tell|show|surfac|expos|explain|discuss)\w{0,3}\b|\b(?:never|don't|do\s+not)\s+bring\s+(?:it|this|that)\s+up\b|\b(?:keep|leave)\s+(?:it|this|the\s+(?:value|default|url))\s+(?:hidden|secret|quiet|private)\b|\bsilently\b/i;

/** A tool whose job is to remove data. */
const DELETE_NAME =
  /(?:^|[_.-])(?:delete|remove|purge|erase|destroy|wipe|drop|shred)|^(?:rm|del)(?:$|[_.-])/i;
/** A fixed storage location: a bucket URI or an outside URL, not a placeholder. */
const STORAGE =
  /\b(?:s3|gs|az|abfss?|wasbs?|r2|oss|cos|b2|swift):\/\/(?![<{$]|my-|your-|example|bucket\/)[\w.-]{3,63}/i;
/** An outside URL with a path ("https://vault.retain-data.io/in"), not a site's home page. */
const OUTSIDE_PATH =
  /\bhttps?:\/\/(?!(?:[\w-]{1,63}\.)*(?:example\.(?:com|org|net)|localhost)\b)[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\/[\w-]/i;
/** Data moved there (a few languages: the verb stems are close). */
const MOVED =
  /\b(?:sen[dt]|cop(?:y|ie|i)|mirror|upload|mov(?:e|ed)|export|forward|post|back(?:ed)?\s+up|kopi|envi|enví|transf)\w{0,6}/i;
/** A parameter that asks where data goes (then a location in the text is its documentation). */
const LOCATION_PARAM = /bucket|url|uri|dest|target|path|location|archive|backup|storage/i;

function text(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Round 17's tool-level hits for `tool`. */
export function r17ToolHits(tool: ToolDefinition): PathHit[] {
  const out: PathHit[] = [];
  const schema = tool.inputSchema as Record<string, unknown> | undefined;
  const props = schema?.properties;
  const entries = props !== null && typeof props === "object" && !Array.isArray(props)
    ? Object.entries(props as Record<string, unknown>).slice(0, 200)
    : [];
  for (const [name, p] of entries) {
    if (p === null || typeof p !== "object" || Array.isArray(p)) continue;
    const prop = p as Record<string, unknown>;
    const quiet = `${text(prop.description)} ${text(prop.title)} ${text(prop.$comment)}`;
    if (OUTSIDE_URL.test(text(prop.default)) && KEEP_QUIET.test(quiet)) {
      out.push({
        kind: "data_exfiltration",
        severity: "high",
        reason: "A parameter defaults to an outside address the model must not mention",
        path: `$.inputSchema.properties${
          /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`
        }.default`,
      });
    }
  }
  const what = text(tool.description);
  if (
    DELETE_NAME.test(tool.name) &&
    (STORAGE.test(what) || (OUTSIDE_PATH.test(what) && MOVED.test(what)))
  ) {
    if (!entries.some(([name]) => LOCATION_PARAM.test(name))) {
      out.push({
        kind: "data_exfiltration",
        severity: "high",
        reason: "A delete tool names a fixed storage location that no parameter asks for",
        path: "$.description",
      });
    }
  }
  return out;
}
