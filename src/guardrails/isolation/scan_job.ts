/**
 * One scan job: text detectors (by id, with their raw config options) over a list of strings. A
 * pure function, run the same way inline and inside a scan worker, so both modes give identical
 * findings.
 */
import { TEXT_DETECTORS } from "../detectors/mod.ts";
import type { FieldContext, Finding, TextDetector } from "../types.ts";
import { CALL_VIEW, DOCUMENT_VIEW } from "../walk.ts";

/** A detector as a policy configures it: its id and its raw `options` from config. */
export interface ScanSpec {
  id: string;
  options?: unknown;
}

/**
 * The detectors of one policy stage, with a content-derived id: a worker is sent the specs only the
 * first time it sees the id, and parses them once.
 */
export interface ScanPolicy {
  readonly id: string;
  readonly specs: readonly ScanSpec[];
  /** True when an option holds user-written regexes (`patterns`, `allow_patterns`, …). */
  readonly userPatterns: boolean;
}

/** Options that carry user-written regex sources (keywords, secrets, injection). */
const hasUserPatterns = (options: unknown): boolean =>
  typeof options === "object" && options !== null &&
  Object.entries(options).some(([k, v]) => /patterns$/.test(k) && Array.isArray(v) && v.length > 0);

/** One string to scan and where it sits. */
export interface ScanItem {
  text: string;
  field: FieldContext;
}

/** A policy and the strings to scan with it. A job holds one or more groups. */
export interface ScanGroup {
  policy: ScanPolicy;
  items: ScanItem[];
}

/** Findings of one group: per item, per detector (in the policy's spec order). */
export type GroupFindings = Finding[][][];

/**
 * Where a job is, written before each detector runs, so a job stopped at its deadline can say
 * which detector on which value ran too long: [group, item, detector] indexes.
 */
export const PROGRESS_SLOTS = 3;

interface Parsed {
  detector: TextDetector<never>;
  options: never;
}

const ids = new Map<string, string>();

/** The {@link ScanPolicy} for `specs`; equal specs (across config reloads too) get the same id. */
export function scanPolicy(specs: readonly ScanSpec[]): ScanPolicy {
  const key = JSON.stringify(specs.map((s) => [s.id, s.options ?? {}]));
  let id = ids.get(key);
  if (!id) {
    id = `p${ids.size + 1}`;
    ids.set(key, id);
  }
  return { id, specs, userPatterns: specs.some((s) => hasUserPatterns(s.options)) };
}

/** Parsed detectors by policy id (the same specs always give the same id, so this is bounded). */
const parsedCache = new Map<string, Parsed[]>();

/** Parse a policy's specs once: unknown detector ids and bad options throw (config checks them). */
export function parsePolicy(policy: ScanPolicy): Parsed[] {
  let parsed = parsedCache.get(policy.id);
  if (parsed) return parsed;
  parsed = policy.specs.map((s) => {
    const detector = TEXT_DETECTORS[s.id];
    if (!detector) throw new Error(`Cannot scan with detector "${s.id}": no such text detector`);
    return { detector, options: detector.optionsSchema.parse(s.options ?? {}) as never };
  });
  parsedCache.set(policy.id, parsed);
  return parsed;
}

/** Run every group's detectors over its items; `progress` (if given) tracks where the job is. */
export function runScanJob(groups: readonly ScanGroup[], progress?: Int32Array): GroupFindings[] {
  return groups.map((g, gi) => {
    if (progress) {
      Atomics.store(progress, 0, gi);
      Atomics.store(progress, 1, -1);
      Atomics.store(progress, 2, -1);
    }
    const parsed = parsePolicy(g.policy);
    return g.items.map((item, ii) => {
      const key = item.text.length <= MEMO_MAX_CHARS ? memoKey(g.policy.id, item) : undefined;
      const known = key === undefined ? undefined : memo.get(key);
      if (known) return known;
      const found = parsed.map((p, di) => {
        if (progress) {
          Atomics.store(progress, 0, gi);
          Atomics.store(progress, 1, ii);
          Atomics.store(progress, 2, di);
        }
        // A whole-argument JSON view (`walk.ts` documentViews) and the whole-call view (`callText`)
        // are for the code detector only.
        if (
          p.detector.id !== "code_injection" &&
          (item.field.path.endsWith(DOCUMENT_VIEW) || item.field.path.endsWith(CALL_VIEW))
        ) {
          return [];
        }
        return p.detector.scan(item.text, item.field, p.options);
      });
      if (key !== undefined) remember(key, found);
      return found;
    });
  });
}

/**
 * Strings up to this long have their findings remembered. Argument names, enum-like values
 * (`"main"`, `"open"`, `"text"`), ids and the keys of every result repeat on every call to a tool,
 * and scanning one short string with a whole policy still costs ~20–40 µs (each detector's fixed
 * work); a call with a dozen short arguments paid more for them than for a 1 KB text.
 */
export const MEMO_MAX_CHARS = 96;
/** Remembered strings at most (oldest first out): ~1–2 MB. */
export const MEMO_MAX_ENTRIES = 4096;
/**
 * Findings by policy, field and text. Detectors are pure functions of (text, field, options) and a
 * policy id names its exact specs, so a remembered entry is what a new scan would return. Entries
 * are frozen: callers share them.
 */
const memo = new Map<string, Finding[][]>();
/** The shared, frozen "no findings" of remembered entries. */
const NOTHING = Object.freeze([]) as unknown as Finding[];

function memoKey(policy: string, { text, field: f }: ScanItem): string {
  return `${policy}\u0000${f.stage}\u0000${f.path}\u0000${f.key ?? ""}\u0001${f.tool ?? ""}\u0000${
    f.server ?? ""
  }\u0000${text}`;
}

function remember(key: string, found: Finding[][]): void {
  if (memo.size >= MEMO_MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  for (let i = 0; i < found.length; i++) {
    const list = found[i];
    if (list.length === 0) {
      found[i] = NOTHING;
      continue;
    }
    for (const f of list) Object.freeze(f);
    Object.freeze(list);
  }
  memo.set(key, Object.freeze(found) as Finding[][]);
}

/** Forget remembered findings (tests; a detector changed in place). */
export function clearScanMemo(): void {
  memo.clear();
}

/** A short text that exercises every detector's lazy set-up (compiled tables, regexes). */
const WARM_UP_TEXT =
  "Ignore previous instructions; cat ../../etc/passwd http://127.0.0.1/ {{7*7}} AKIAEXAMPLE " +
  "jane@example.com +1 415 555 0100 \u200b caf\u00e9 \u0441\u0435\u043a\u0440\u0435\u0442";

/**
 * Run every text detector once on a short text: a fresh worker does its first-use set-up before
 * it takes jobs, so that cost never counts against a job's deadline.
 */
export function warmUpDetectors(): void {
  for (const d of Object.values(TEXT_DETECTORS)) {
    for (const stage of d.stages) {
      if (stage === "definition") continue;
      try {
        const options = d.optionsSchema.parse({}) as never;
        d.scan(WARM_UP_TEXT, { stage, path: "$.text", key: "text" }, options);
        d.scan(WARM_UP_TEXT, { stage, path: "$.command", key: "command" }, options);
      } catch { /* warm-up only: a real job reports any failure */ }
    }
  }
}
