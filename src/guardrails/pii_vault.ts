/**
 * Reversible redaction for one tool call: PII in the arguments is swapped for placeholders before
 * the upstream sees it, and the placeholders the upstream echoes back are swapped back in the
 * result the client receives.
 *
 * Decisions:
 * - Placeholder format `[[SMG_PII:EMAIL_1]]`: plain ASCII, so it survives JSON escaping (also
 *   Python's `ensure_ascii`), and `%5B%5BSMG_PII%3AEMAIL_1%5D%5D` (URL-encoded) is restored too
 *   (with the original value URL-encoded).
 * - The same value always gets the same placeholder within one vault.
 * - `restore` puts back only placeholders this vault created. Any other placeholder-shaped
 *   string (forged by an upstream, or from another call) becomes `[redacted]`: the client never
 *   sees a placeholder and never receives a value it did not send in this call.
 * - Object keys are redacted and restored too (maps keyed by email are common). If two redacted
 *   keys would collide, the later one wins — it cannot happen, since distinct values get distinct
 *   placeholders.
 * - Walks are iterative (no recursion limit) and never mutate their input.
 */
import type { Finding } from "./types.ts";

/** Scans one string found at `path` (`key` is its property name, lower-cased). */
export type ScanFn = (text: string, at: { path: string; key?: string }) => Finding[];

const PLACEHOLDER = /\[\[SMG_PII:([A-Z0-9_]{1,48})\]\]/g;
const PLACEHOLDER_URL = /%5B%5BSMG_PII%3A([A-Z0-9_]{1,48})%5D%5D/gi;
/** What a placeholder this vault did not create becomes. */
export const FOREIGN_PLACEHOLDER = "[redacted]";

/** Placeholder store for one call. */
export class PiiVault {
  #byValue = new Map<string, string>();
  #byId = new Map<string, string>();
  #counters = new Map<string, number>();

  /** Number of distinct values redacted so far. */
  get size(): number {
    return this.#byId.size;
  }

  /** Placeholder id for `value` (created on first use). */
  #idFor(value: string, kind: string): string {
    let id = this.#byValue.get(value);
    if (id) return id;
    const label = kind.toUpperCase().replace(/[^A-Z0-9]+/g, "_").slice(0, 32) || "PII";
    const n = (this.#counters.get(label) ?? 0) + 1;
    this.#counters.set(label, n);
    id = `${label}_${n}`;
    this.#byValue.set(value, id);
    this.#byId.set(id, value);
    return id;
  }

  /** Replace each finding's span in `text` by its placeholder (findings without spans are ignored). */
  redact(text: string, findings: readonly Finding[]): string {
    const spans = findings
      .filter((f) => f.start !== undefined && f.end !== undefined)
      .map((f) => ({
        start: Math.max(0, f.start!),
        end: Math.min(text.length, f.end!),
        kind: f.kind,
      }))
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let out = "";
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue; // overlaps an earlier, longer span
      out += text.slice(at, s.start) +
        `[[SMG_PII:${this.#idFor(text.slice(s.start, s.end), s.kind)}]]`;
      at = s.end;
    }
    return out + text.slice(at);
  }

  /** Put original values back; neutralize placeholders this vault did not create. */
  restore(text: string): string {
    if (!text.includes("SMG_PII") && !/SMG_PII/i.test(text)) return text;
    return text
      .replace(PLACEHOLDER, (_m, id: string) => this.#byId.get(id) ?? FOREIGN_PLACEHOLDER)
      .replace(PLACEHOLDER_URL, (_m, id: string) => {
        const v = this.#byId.get(id.toUpperCase());
        return v === undefined ? encodeURIComponent(FOREIGN_PLACEHOLDER) : encodeURIComponent(v);
      });
  }

  /** Copy of a JSON value with every string (and object key) redacted by `scan`'s findings. */
  redactJson(value: unknown, scan: ScanFn): unknown {
    return mapJson(value, (text, path, key) => {
      const findings = scan(text, { path, key });
      return findings.length ? this.redact(text, findings) : text;
    });
  }

  /** Copy of a JSON value with every string (and object key) restored. */
  restoreJson(value: unknown): unknown {
    return mapJson(value, (text) => this.restore(text));
  }
}

/**
 * Visit every string (and object key) of a JSON value in the order, and with the paths and keys,
 * that {@link PiiVault.redactJson} passes to its scan function: findings computed from this walk
 * (in a scan worker, say) can be handed back to `redactJson` one by one.
 */
export function forEachJsonString(
  value: unknown,
  visit: (text: string, at: { path: string; key?: string }) => void,
): void {
  mapJson(value, (text, path, key) => {
    visit(text, { path, key });
    return text;
  });
}

type MapString = (text: string, path: string, key: string | undefined) => string;

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to "__proto__" would replace the prototype instead of adding a property.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Iterative structural copy applying `fn` to string values and object keys. */
function mapJson(value: unknown, fn: MapString): unknown {
  if (typeof value === "string") return fn(value, "$", undefined);
  if (typeof value !== "object" || value === null) return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: { src: object; dst: unknown; path: string }[] = [{
    src: value,
    dst: root,
    path: "$",
  }];
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const { src, dst, path } = stack.pop()!;
    if (seen.has(src)) continue; // JSON has no cycles; this only guards against hostile objects
    seen.add(src);
    const entries: [string | number, unknown][] = Array.isArray(src)
      ? src.map((v, i) => [i, v])
      : Object.entries(src);
    for (const [k, v] of entries) {
      const isIndex = typeof k === "number";
      const childPath = isIndex ? `${path}[${k}]` : `${path}.${k}`;
      const key = isIndex ? undefined : k.toLowerCase();
      let out: unknown = v;
      if (typeof v === "string") out = fn(v, childPath, key);
      else if (typeof v === "object" && v !== null) {
        out = Array.isArray(v) ? [] : {};
        stack.push({ src: v, dst: out, path: childPath });
      }
      if (isIndex) (dst as unknown[])[k] = out;
      else setOwn(dst as Record<string, unknown>, fn(k, childPath, undefined), out);
    }
  }
  return root;
}
