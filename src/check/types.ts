/**
 * Contracts of the red-team suite (`smg check`): scenarios and their steps (the threat manifest is
 * data of these types) and the results a run produces.
 */

/** What a tool call must come to. */
export type CallVerdict =
  | "allowed" // the call succeeds and nothing was changed
  | "redacted" // the call succeeds, but listed text is absent (redacted, stripped or truncated)
  | "blocked_input" // an input guard refused it (JSON-RPC -32010), nothing reached the upstream
  | "blocked_output" // an output guard withheld the result (-32011)
  | "hidden" // the tool is not in the catalog (-32602): its definition was blocked
  | "error" // the gateway failed the call cleanly (timeout -32001, upstream_error -32002)
  | "refused"; // a client without a valid gateway key was turned away (-32003 / HTTP 401)

/** A verdict as observed (adds outcomes no step expects). */
export type ObservedVerdict = CallVerdict | "no_answer" | "internal_error";

/** Discovery expectations: which tools a client must (not) see. Upstream tool names. */
export interface ToolsStep {
  kind: "tools";
  /** Stable step id, unique in its scenario (JUnit testcase / SARIF result names use it). */
  id: string;
  /** Server the tools belong to (default: the scenario's attack server). */
  server?: string;
  /** Tools that must not be listed (their definition is blocked). */
  hidden?: string[];
  /** Tools that must stay listed. */
  visible?: string[];
  /** Keep re-listing up to this long until the expectation holds (e.g. after list_changed). */
  eventuallyMs?: number;
  /** Why, in one sentence (shown when the step fails). */
  why: string;
}

/** Output limits a redacted result must respect. */
export interface ResultLimits {
  /** UTF-8 bytes of all text content. */
  maxBytes?: number;
  /** Number of content items. */
  maxItems?: number;
  /** Nesting depth of structuredContent. */
  maxDepth?: number;
}

/** One tool call and the verdict it must get. */
export interface CallStep {
  kind: "call";
  id: string;
  /** Server (default: the scenario's attack server). */
  server?: string;
  /** Upstream tool name. */
  tool: string;
  args: Record<string, unknown>;
  expect: CallVerdict;
  /** Other verdicts that also stop the attack (e.g. `hidden` for a blocked_input attack). */
  alsoAccept?: CallVerdict[];
  /** For `error`: the smg error code (`timeout`, `upstream_error`). */
  code?: "timeout" | "upstream_error";
  /** Strings the result text must contain (allowed / redacted). */
  contains?: string[];
  /** Regular expressions (source) the result text must match. */
  matches?: string[];
  /** Strings the result must not contain anywhere (text or structuredContent). */
  absent?: string[];
  limits?: ResultLimits;
  /** Per-step deadline (default 10 s). */
  timeoutMs?: number;
  /** Call without a valid gateway key (expect `refused`). */
  anonymous?: boolean;
  why: string;
}

/** A scenario step. */
export type Step = ToolsStep | CallStep;

/** An upstream server of a scenario: a bundled server under a config name. */
export interface ScenarioServer {
  name: string;
  bundled: string;
  /** Per-server timeouts (ms) so hangs are cut quickly. */
  toolCallMs?: number;
}

/** One attack (or baseline) and everything expected of the gateway. */
export interface Scenario {
  /** The bundled server's name (registry key). */
  name: string;
  /** The threat, one line. */
  threat: string;
  /** The guard(s) that must stop it. */
  stoppedBy: string;
  /** How bad the threat is when not stopped (SARIF security-severity). */
  severity: "critical" | "high" | "medium" | "low" | "none";
  /** The test file that proves this scenario end to end (it must name the scenario). */
  test: string;
  /** Extra servers in the same project (e.g. a benign twin for shadowing). */
  extraServers?: ScenarioServer[];
  /** Per-server tool-call timeout for the attack server (ms). */
  toolCallMs?: number;
  steps: Step[];
}

/** The outcome of one check (a call step, or one tool of a tools step). */
export interface CheckResult {
  /** `<step id>` or `<step id>/<tool>`: unique in the scenario. */
  id: string;
  kind: "tools" | "call" | "clean";
  /** Upstream tool (empty for scenario-wide checks). */
  tool: string;
  expected: string;
  observed: string;
  passed: boolean;
  /** Why it failed, or the guard's reason; sanitized when printed. */
  detail: string;
  why: string;
  ms: number;
}

/** The outcome of one scenario. */
export interface ScenarioResult {
  name: string;
  threat: string;
  stoppedBy: string;
  severity: Scenario["severity"];
  test: string;
  passed: boolean;
  ms: number;
  results: CheckResult[];
  /** Set when the scenario could not run at all (setup failure). */
  error?: string;
}

/** A whole run. */
export interface CheckReport {
  ok: boolean;
  policySource: string;
  startedAt: string;
  ms: number;
  summary: { scenarios: number; failedScenarios: number; checks: number; failedChecks: number };
  scenarios: ScenarioResult[];
}
