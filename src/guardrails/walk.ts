/** Iterative JSON walks for guards: visit every string (and object key) with its JSON path. */
import { splitValueViews } from "./walk_split.ts";

/** Visitor: text, its JSON path, and the nearest property name (lower-cased). */
export type StringVisitor = (text: string, path: string, key: string | undefined) => void;

/** Keys whose string values are binary payloads (base64 images/audio/blobs), not text. */
const BINARY_KEYS = new Set(["data", "blob"]);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Property names of a program to run, beside its argument vector. */
const PROGRAM_KEYS = ["command", "cmd", "program", "executable", "exe", "binary", "bin"];
/** Property names of that argument vector. */
const ARGS_KEYS = ["args", "argv", "arguments"];

/**
 * `{"command": "rm", "args": ["-rf", "/"]}` (the process schema of MCP client configs and of exec
 * tools): the program and its argv read as one command line, visited at `<object path>.<args
 * key><argv>` with key `command`. Neither part alone is a dangerous command.
 */
function programLine(o: Record<string, unknown>, path: string, visit: StringVisitor): void {
  for (const p of PROGRAM_KEYS) {
    const prog = o[p];
    if (typeof prog !== "string" || prog.length === 0 || prog.length > 1024) continue;
    for (const a of ARGS_KEYS) {
      const v = o[a];
      if (!Array.isArray(v)) continue;
      const line = argvLine([prog, ...v], a);
      if (line !== undefined) visit(line, `${childPath(path, a)}<argv>`, "command");
      return;
    }
    return;
  }
}

/** JSON path of property `k` under `path`. */
function childPath(path: string, k: string): string {
  return IDENT.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
}

/** Options of the walks. */
export interface WalkOptions {
  /**
   * `value` is an MCP tool result: the base64 payloads of its content items (`content[i].data` of
   * an image or audio item, `content[i].resource.blob`) are binary, not text, and are skipped.
   * Nowhere else: in arguments or `structuredContent` a `data`/`blob` field is ordinary text, and
   * skipping it would let a caller hide any value from the guards by adding `"blob": ""`.
   */
  toolResult?: boolean;
  /** Stop after this many nodes (hostile huge values); default 1,000,000. */
  maxNodes?: number;
  /**
   * Also visit each argv array (see {@link argvLine}) as one command line, at `<array path><argv>`:
   * `{"args": ["s3", "rm", "s3://bucket", "--recursive"]}` is a command only when read whole.
   * Values split across sequenced sibling keys are read joined too (`<joined>`, ./walk_split.ts).
   */
  argvViews?: boolean;
}

/** Property names whose array value is a program's argument vector. */
const ARGV_KEY =
  /^(?:args|argv|arguments|command|cmd|cmdline|command_line|commandline|entrypoint|entry_point|exec|extra_args|script_args|program_args)$/;
/** Limits of an argv view: element count and joined length (larger arrays are data, not argv). */
const ARGV_MAX_ITEMS = 256;
const ARGV_MAX_CHARS = 8192;
const NEEDS_QUOTES = /[\s'"]|^$/;

/**
 * The command line an argv array stands for, as a person would type it: elements joined by
 * spaces, those holding whitespace or quotes single-quoted (`'\''` for a quote inside). Undefined
 * unless `key` names an argument vector and `v` holds 2…256 strings and nothing else, joined
 * within 8,192 characters. Each element is still scanned on its own as well.
 */
export function argvLine(v: readonly unknown[], key: string | undefined): string | undefined {
  if (v.length < 2 || v.length > ARGV_MAX_ITEMS || key === undefined || !ARGV_KEY.test(key)) {
    return undefined;
  }
  let line = "";
  for (const e of v) {
    if (typeof e !== "string") return undefined;
    const word = NEEDS_QUOTES.test(e) ? `'${e.replaceAll("'", "'\\''")}'` : e;
    line = line ? `${line} ${word}` : word;
    if (line.length > ARGV_MAX_CHARS) return undefined;
  }
  return line;
}

/** A shell program, by path or name. */
const SHELL_PROGRAM = /^(?:\/(?:usr\/)?(?:local\/)?bin\/)?(?:ba|z|da|k|a)?sh$/;
/** Its option that takes a script (`-c`, `-ec`, `-lc`). */
const SCRIPT_OPTION = /^-[a-z]{0,4}c[a-z]{0,4}$/;

/** Index of the script in an argv that runs `sh -c SCRIPT` (-1 when there is none). */
function shellScriptIndex(v: readonly unknown[]): number {
  for (let i = 2; i < v.length; i++) {
    const opt = v[i - 1];
    const prog = v[i - 2];
    if (
      typeof opt === "string" && SCRIPT_OPTION.test(opt) && typeof prog === "string" &&
      SHELL_PROGRAM.test(prog)
    ) return i;
  }
  return -1;
}

/** Property names that hold the value of a name/value pair (`{"name": "API_KEY", "value": …}`). */
const PAIR_VALUE = /^(?:value|val|v)$/i;
/** Sibling properties that name such a value. */
const PAIR_NAMES = ["name", "key", "Name", "Key", "NAME", "KEY"];

/**
 * The key a detector sees for property `k` of `o`, lower-cased: for the value of a name/value pair
 * (Kubernetes `env`, header lists, AWS tags) the pair's name, so `{"name": "DB_PASSWORD",
 * "value": "…"}` is judged like `"DB_PASSWORD": "…"`.
 */
function keyOf(o: Record<string, unknown>, k: string): string {
  if (PAIR_VALUE.test(k)) {
    for (const n of PAIR_NAMES) {
      const v = o[n];
      if (typeof v === "string" && v.length > 0 && v.length <= 128) return v.toLowerCase();
    }
  }
  return k.toLowerCase();
}

/** Where binary payloads sit in a tool result, relative to its root. */
const CONTENT_ITEM = /^\.content\[\d+\](?:\.resource)?$/;

/** True when `o`, at `path`, is an MCP content item (or its resource) carrying a binary payload. */
function isBinaryHolder(
  o: Record<string, unknown>,
  path: string,
  root: string,
  opts: WalkOptions,
): boolean {
  return !!opts.toolResult && CONTENT_ITEM.test(path.slice(root.length)) &&
    (o.type === "image" || o.type === "audio" || typeof o.blob === "string");
}

/** Property names of a record update (a Mongo `update`, a PATCH body, ORM `values`). */
const UPDATE_KEYS =
  /^(?:update|updates|\$set|changes|patch|fields|values|attributes|replacement|modifications)$/;

/**
 * An update object read whole, at `<path><json>`, when it holds a flag (a boolean, null or
 * number): `{"roles": ["org_admin"], "mfa.enabled": false}` — the `false` is no string, so
 * only this view shows what the update switches off (round 33, `detectors/_code_r33.ts`).
 */
function updateView(
  o: Record<string, unknown>,
  path: string,
  key: string,
  visit: StringVisitor,
): void {
  if (Object.keys(o).length > 64) return;
  let json: string;
  try {
    json = JSON.stringify(o);
  } catch {
    return;
  }
  if (json.length <= 4096 && /":(?:false|true|null|\[\]|-?\d)/.test(json)) {
    visit(json, `${path}<json>`, key);
  }
}

/** Path suffix of a document view (see {@link documentViews}). */
export const DOCUMENT_VIEW = "<doc>";
/** Bounds of a document view: shorter JSON is a pair of fields, longer is bulk data. */
const DOCUMENT_MIN_CHARS = 24;
const DOCUMENT_MAX_CHARS = 8192;

/**
 * Whether `v` can be a document view at all, judged without serializing it: at most 512 nodes and
 * {@link DOCUMENT_MAX_CHARS} characters of strings and keys (a huge argument is never copied whole).
 */
function small(v: object): boolean {
  const stack: unknown[] = [v];
  let nodes = 0;
  let chars = 0;
  while (stack.length) {
    const x = stack.pop();
    if (++nodes > 512) return false;
    if (typeof x === "string") chars += x.length;
    else if (Array.isArray(x)) { for (const y of x) stack.push(y); }
    else if (x !== null && typeof x === "object") {
      for (const [k, y] of Object.entries(x)) {
        chars += k.length;
        stack.push(y);
      }
    }
    if (chars > DOCUMENT_MAX_CHARS) return false;
  }
  return true;
}

/**
 * Each object (or array) argument read whole, at `<arg path><doc>`: a policy, a request body, a
 * manifest sent as JSON rather than as a string is otherwise seen one scalar at a time, and the
 * argument checks written for its text (`"Effect": "Allow"` beside `"Action": "*"`, `"users": ["*"]`
 * in a role mapping) never see the pairs together. Top-level arguments only (a nested object is
 * part of its argument's view); update objects have their own view ({@link updateView}). Only
 * the code detector reads these views (`isolation/scan_job.ts`): the others read the same values
 * one by one already, and a JSON text's escapes and length are not a command or a path.
 */
function documentViews(
  args: Record<string, unknown>,
  root: string,
  visit: StringVisitor,
): void {
  const keys = Object.keys(args);
  if (keys.length > 64) return;
  for (const k of keys) {
    const v = args[k];
    if (v === null || typeof v !== "object" || UPDATE_KEYS.test(k) || !small(v)) continue;
    let json: string;
    try {
      json = JSON.stringify(v);
    } catch {
      continue;
    }
    if (json.length >= DOCUMENT_MIN_CHARS && json.length <= DOCUMENT_MAX_CHARS) {
      visit(json, `${childPath(root, k)}${DOCUMENT_VIEW}`, k);
    }
  }
}

/** Path suffix of the whole-call view (see {@link callText}). */
export const CALL_VIEW = "<call>";
/**
 * Bounds of the whole-call view: shorter is too little to judge (a single loaded word weighs too
 * much in a 60-character call, so the learned check reads from 100; the control-plane rules of
 * `code_injection` read a short call too: `{policy_id, state: "disabled"}` of a named tool is 27), longer
 * is cut.
 */
const CALL_MIN_CHARS = 16;
const CALL_MAX_CHARS = 8192;
const CALL_MAX_NODES = 2048;
/**
 * Argument names whose values are the caller's own explanation (in any language), not the
 * operation: the call view leaves them out, so a model reads what the call does, not how it is
 * justified.
 */
const PROSE_KEY =
  /^(?:description|reason|note|notes|justification|comment|comments|rationale|purpose|summary|explanation|title|message|commit_message)$/i;

/**
 * The call's arguments as one text, as the learned argument check reads it: every key and every
 * string value (numbers and booleans as written) on its own line, depth first, the values of
 * {@link PROSE_KEY} arguments left out; at most {@link CALL_MAX_CHARS} characters and
 * {@link CALL_MAX_NODES} nodes. The trainer (`scripts/dev/train_args_model.ts`) builds its texts
 * with this same function.
 */
export function callText(args: unknown): string {
  const out: string[] = [];
  let size = 0;
  let nodes = 0;
  const stack: [unknown, string][] = [[args, ""]];
  while (stack.length && size < CALL_MAX_CHARS && ++nodes <= CALL_MAX_NODES) {
    const [v, key] = stack.pop()!;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      if (PROSE_KEY.test(key)) continue;
      const s = String(v);
      out.push(s);
      size += s.length + 1;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], key]);
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        stack.push([entries[i][1], entries[i][0]]);
        stack.push([entries[i][0], ""]);
      }
    }
  }
  return out.join("\n").slice(0, CALL_MAX_CHARS);
}

/**
 * Visit every string in `value`, object keys included. With `opts.toolResult` the binary payloads
 * of its content items are skipped (see {@link WalkOptions}). Iterative, so hostile deep values
 * cannot overflow the stack; `opts.maxNodes` bounds the work.
 */
export function forEachString(
  value: unknown,
  root: string,
  visit: StringVisitor,
  opts: WalkOptions = {},
): void {
  const maxNodes = opts.maxNodes ?? 1_000_000;
  if (typeof value === "string") {
    visit(value, root, undefined);
    return;
  }
  if (opts.argvViews && value && typeof value === "object" && !Array.isArray(value)) {
    documentViews(value as Record<string, unknown>, root, visit);
  }
  const stack: [unknown, string, string | undefined][] = [[value, root, undefined]];
  let nodes = 0;
  while (stack.length) {
    const [v, path, key] = stack.pop()!;
    if (++nodes > maxNodes) break;
    if (typeof v === "string") {
      visit(v, path, key);
    } else if (Array.isArray(v)) {
      let script = -1;
      if (opts.argvViews) {
        const line = argvLine(v, key);
        if (line !== undefined) {
          visit(line, `${path}<argv>`, key);
          script = shellScriptIndex(v);
        }
      }
      for (let i = v.length - 1; i >= 0; i--) {
        // The script handed to a shell (`…, "bash", "-c", SCRIPT`) is a command line of its own.
        stack.push([v[i], `${path}[${i}]`, i === script ? "command" : key]);
      }
    } else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (opts.argvViews) {
        programLine(o, path, visit);
        splitValueViews(o, path, visit, childPath);
        if (key !== undefined && UPDATE_KEYS.test(key)) updateView(o, path, key, visit);
      }
      const binary = isBinaryHolder(o, path, root, opts);
      const keys = Object.keys(o);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        const child = o[k];
        if (binary && BINARY_KEYS.has(k) && typeof child === "string") continue;
        const p = childPath(path, k);
        visit(k, `${p}<key>`, undefined);
        stack.push([child, p, keyOf(o, k)]);
      }
    }
  }
  // The whole call last: a finding on a value (with its path and a rule's reason) comes first.
  if (opts.argvViews && value && typeof value === "object" && !Array.isArray(value)) {
    const call = callText(value);
    if (call.length >= CALL_MIN_CHARS) visit(call, `${root}${CALL_VIEW}`, undefined);
  }
}

/** Copy `value`, replacing each string by `fn(text, path, key)` (object keys untouched). */
export function mapStrings(
  value: unknown,
  root: string,
  fn: (text: string, path: string, key: string | undefined) => string,
  opts: WalkOptions = {},
): unknown {
  if (typeof value === "string") return fn(value, root, undefined);
  if (!value || typeof value !== "object") return value;
  const out: unknown = Array.isArray(value) ? [] : {};
  const stack: [unknown, unknown, string, string | undefined][] = [[value, out, root, undefined]];
  while (stack.length) {
    const [src, dst, path, key] = stack.pop()!;
    const isArr = Array.isArray(src);
    const o = src as Record<string, unknown>;
    const binary = !isArr && isBinaryHolder(o, path, root, opts);
    for (
      const [k, child] of isArr
        ? (src as unknown[]).map((c, i) => [i, c] as const)
        : Object.entries(o)
    ) {
      const p = typeof k === "number" ? `${path}[${k}]` : childPath(path, k);
      let next: unknown = child;
      if (typeof child === "string") {
        next = binary && typeof k === "string" && BINARY_KEYS.has(k)
          ? child
          : fn(child, p, typeof k === "string" ? keyOf(o, k) : key);
      } else if (child && typeof child === "object") {
        next = Array.isArray(child) ? [] : {};
        stack.push([child, next, p, typeof k === "string" ? keyOf(o, k) : key]);
      }
      if (isArr) (dst as unknown[])[k as number] = next;
      else {Object.defineProperty(dst, k, {
          value: next,
          enumerable: true,
          writable: true,
          configurable: true,
        });}
    }
  }
  return out;
}

/**
 * Visit every string value (object keys excluded) in exactly the order {@link mapStrings} calls
 * its `fn`, without copying: scan first, and copy only when something must change.
 */
export function forEachValueString(
  value: unknown,
  root: string,
  visit: StringVisitor,
  opts: WalkOptions = {},
): void {
  if (typeof value === "string") {
    visit(value, root, undefined);
    return;
  }
  if (!value || typeof value !== "object") return;
  const stack: [unknown, string, string | undefined][] = [[value, root, undefined]];
  while (stack.length) {
    const [src, path, key] = stack.pop()!;
    if (Array.isArray(src)) {
      for (let i = 0; i < src.length; i++) {
        const child = src[i];
        if (typeof child === "string") visit(child, `${path}[${i}]`, key);
        else if (child && typeof child === "object") stack.push([child, `${path}[${i}]`, key]);
      }
      continue;
    }
    const o = src as Record<string, unknown>;
    const binary = isBinaryHolder(o, path, root, opts);
    for (const k of Object.keys(o)) {
      const child = o[k];
      if (typeof child === "string") {
        if (!(binary && BINARY_KEYS.has(k))) visit(child, childPath(path, k), keyOf(o, k));
      } else if (child && typeof child === "object") {
        stack.push([child, childPath(path, k), keyOf(o, k)]);
      }
    }
  }
}
