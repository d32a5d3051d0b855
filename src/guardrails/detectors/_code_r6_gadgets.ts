/**
 * Code-injection mechanisms that need no template or interpreter syntax in the raw value:
 *
 * - a value that is entirely base64 and decodes to a serialized object whose loader runs code
 *   (a pickle importing `os.system`/`subprocess`/`builtins.eval`, a Java stream, a YAML
 *   language tag). Session blobs, cookies and "state" arguments travel this way under any name;
 * - prototype pollution: an object key `__proto__` (or `prototype` under `constructor`), or a
 *   property path / query parameter / JSON text that assigns through them, so a deep merge or
 *   `set(obj, path, value)` behind the tool changes every object of the server.
 */
import { base64Latin1 } from "./_code_views.ts";

/** A whole value in base64 (standard or URL-safe), long enough to hold an object. */
const WHOLE_BASE64 = /^[A-Za-z0-9+\/_-]{16,65536}={0,2}$/;
/**
 * Pickle opcodes that import a callable that runs commands or code: protocol 0-1 `GLOBAL`
 * (`cos\nsystem\n`) and protocol 2+ short strings before `STACK_GLOBAL`.
 */
// Pickle opcodes and length bytes are control characters by design.
export const PICKLE_IMPORT =
  // deno-lint-ignore no-control-regex
  /c(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|runpy|importlib|code)\n(?:system|popen|Popen|call|check_call|check_output|run|spawn\w{0,3}|exec\w{0,2}|eval|getattr|__import__|import_module|run_path|run_module|InteractiveInterpreter)\n|\x8c[\x01-\x10](?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|runpy|importlib)\x94?\x8c[\x01-\x20](?:system|popen|Popen|call|check_call|check_output|run|spawn\w{0,3}|exec\w{0,2}|eval|getattr|__import__|import_module|run_path|run_module)\b/;
/** Java serialization stream magic, YAML tags that construct objects, node-serialize functions. */
const OTHER_GADGET =
  // deno-lint-ignore no-control-regex
  /^\xac\xed\x00\x05|!!python\/(?:object|name|module)|!!(?:javax?|com|org)\.[\w.]{3,120}|!ruby\/object|_\$\$ND_FUNC\$\$_/;

/** Why a whole-base64 value is a code-running serialized object, or undefined. */
export function encodedGadget(text: string): string | undefined {
  const t = text.trim();
  if (t.length < 16 || !WHOLE_BASE64.test(t)) return undefined;
  const body = base64Latin1(t);
  if (!body) return undefined;
  if (PICKLE_IMPORT.test(body) && /[R\x93]/.test(body)) {
    return "is a base64 Python pickle that imports a command- or code-running function";
  }
  if (OTHER_GADGET.test(body)) {
    return "is a base64 serialized object (Java stream, YAML object tag or node-serialize function)";
  }
  return undefined;
}

/** A property path that walks into the prototype (`a.__proto__.x`, `constructor[prototype][y]`). */
const PROTO_PATH =
  /(?:^|[.\[]\s*['"]?)(?:__proto__|constructor['"]?\s*(?:\]\s*\[|\.)\s*['"]?prototype)['"]?\s*(?:\]\s*)?(?:\.|\[)\s*['"]?[\w$]/;
/** JSON text with a `__proto__` object, or `constructor` holding `prototype`. */
const PROTO_JSON = /"__proto__"\s*:\s*[{\["tf\d]|"constructor"\s*:\s*\{\s*"prototype"\s*:/;
/** Query-string or form keys: `?__proto__[admin]=1`, `constructor[prototype][x]=`. */
const PROTO_QUERY =
  /(?:^|[?&;])[\w.\[\]]{0,60}?(?:__proto__|constructor(?:\]?\[|\.)prototype)\]?(?:\[|\.)[\w$]{1,60}\]?=/;
/** Search-like keys: a code search for `obj.__proto__.x` is a question, not an assignment. */
const SEARCH_KEY = /^(?:q|query|search|search_query|term|terms|keywords?|pattern|question|text)$/;

/**
 * Why an argument pollutes a prototype, or undefined. `path` is the JSON path of the string
 * (object keys end in `<key>`), `key` the nearest property name.
 */
export function prototypePollution(
  text: string,
  path: string,
  key: string | undefined,
): string | undefined {
  if (path.endsWith("<key>")) {
    if (text === "__proto__") {
      return "has an object key __proto__, which a merge writes into the prototype";
    }
    if (
      text === "prototype" &&
      /(?:\.constructor|\["constructor"\])$/.test(
        path.slice(0, -5).replace(/\.prototype$|\["prototype"\]$/, ""),
      )
    ) {
      return "has constructor.prototype keys, which a merge writes into the prototype";
    }
    return undefined;
  }
  // A property path or query string is short and JSON text starts with a bracket; "proto" is in
  // both `__proto__` and `prototype`, so one search rules out nearly all of the rest.
  if (text.length > 65536 || (text.length > 2048 && !/^\s*[\[{]/.test(text))) return undefined;
  if (!text.includes("proto")) return undefined;
  if (PROTO_JSON.test(text) || PROTO_QUERY.test(text)) {
    return "assigns through __proto__ or constructor.prototype (prototype pollution)";
  }
  if (
    !(key && SEARCH_KEY.test(key)) && text.length <= 512 && !/\s/.test(text.trim()) &&
    PROTO_PATH.test(text)
  ) {
    return "is a property path through __proto__ or constructor.prototype (prototype pollution)";
  }
  return undefined;
}
