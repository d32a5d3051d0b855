/** Shared types of the detector evaluation (`deno task eval`). */

/** Which gateway stage a case goes through. */
export type CaseKind = "input" | "output" | "definition";

/** A tool definition as written in eval fixtures (MCP `Tool` fields). */
export interface FixtureTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: Record<string, unknown>;
  annotations?: Record<string, unknown>;
}

/** One evaluation case: a realistic tool call, tool result or tool definition. */
export interface EvalCase {
  /** Stable id, e.g. `pat-traversal-0042` or `own-secrets-03`. */
  id: string;
  kind: CaseKind;
  /** Upstream server name the call goes to. */
  server: string;
  /** Upstream tool name. */
  tool: string;
  /** Tool arguments (`kind: "input"`). */
  args?: Record<string, unknown>;
  /** Tool result text, or a full `CallToolResult` object (`kind: "output"`). */
  result?: string | Record<string, unknown>;
  /** The tool definition under test (`kind: "definition"`). */
  definition?: FixtureTool;
  /** Tools of other servers in the same project (for shadowing checks). */
  others?: { server: string; tool: FixtureTool }[];
  /** Why this case exists. */
  note?: string;
  /** Attack category (table row) or benign group. */
  category: string;
  /** Finer source group (e.g. the BIPIA attack family), for `--verbose` and `--json`. */
  group?: string;
  /** What counts as stopped: `block` (default) or `redact` (a redaction is also a success). */
  expect?: "block" | "redact";
  /** Policy variant: `roots` = recommended policies plus `allowed_roots` for path traversal. */
  variant?: "roots";
}

/** What the gateway did with a case. */
export interface CaseOutcome {
  /** The call or definition was refused. */
  blocked: boolean;
  /** Some value was rewritten (redaction, truncation) without a block. */
  redacted: boolean;
  /** Detector that blocked (or redacted), when any. */
  detector?: string;
  /** Finding kind of that verdict. */
  kind?: string;
}

/** A case with its outcome. */
export interface CaseResult {
  case: EvalCase;
  outcome: CaseOutcome;
  /** True when the outcome is what the case wanted (attack stopped / benign allowed). */
  ok: boolean;
}

/** Corpus cases left out on purpose, with the reason (reported with a count). */
export interface Exclusion {
  source: string;
  reason: string;
  count: number;
}

/** Cases built from one corpus plus what was excluded. */
export interface CaseSet {
  cases: EvalCase[];
  excluded: Exclusion[];
}
