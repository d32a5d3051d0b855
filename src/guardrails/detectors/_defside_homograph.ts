/**
 * A definition that names a homograph host: a URL in its description, a field's description,
 * `default`, `const`, `enum` or example whose punycode host reads as another site — a label mixing
 * Latin with Cyrillic, Greek or Armenian letters (`login.micrоsoftonline.com`), a label of those
 * scripts that reads as Latin (`аррӏе.com`), or a well-known service's domain spelled with
 * look-alikes (IDN homograph attack, CAPEC-632; MITRE ATT&CK T1583.001, T1566.002). A sign-in
 * redirect, error page or download URL preset to such a host sends the user to a look-alike page
 * whatever the tool's job; the definition may even call it "the default Microsoft page". The test
 * is the one the browser guard uses (./_browser_phish.ts `homographHost`): ordinary
 * international names (`münchen.de`, `россия.рф`) pass. A tool whose job is to explain or detect
 * such hosts is left to the caller's documentation-job check.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { homographHost } from "./_browser_phish.ts";

const MAX_VIEW = 40000;

/** A hit when any URL the definition carries has a homograph punycode host. */
export function homographDefinition(tool: ToolDefinition): PathHit | undefined {
  const view = JSON.stringify([
    tool.description,
    tool.inputSchema,
    (tool as { outputSchema?: unknown }).outputSchema,
    tool.annotations,
    tool.extra,
  ]).slice(0, MAX_VIEW);
  if (!/xn--/i.test(view) || !homographHost(view)) return undefined;
  return {
    path: "$.inputSchema",
    kind: "definition_side_effect",
    severity: "high",
    reason: `${
      JSON.stringify(tool.name)
    } names a URL whose punycode host is a homograph of another site (look-alike letters of another script): users sent there land on a look-alike page`,
  };
}
