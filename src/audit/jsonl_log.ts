/**
 * The audit log: guard verdicts, call outcomes, auth failures and pin changes appended as JSON
 * lines. It is fed only by events, which by construction carry no argument values, results,
 * secrets or PII.
 */
import type { EventBus } from "../events/bus.ts";
import type { SmgEvent } from "../events/types.ts";

const AUDITED = new Set<SmgEvent["type"]>([
  "call.finished",
  "guard.blocked",
  "guard.redacted",
  "guard.warned",
  "guard.error",
  "auth.failed",
  "pin.recorded",
  "pin.changed",
  "pin.write_failed",
  "pin.approved",
  "config.reloaded",
  "config.reload_failed",
  "upstream.exited",
  "upstream.failed",
]);

/** Append audited events to `path`; returns a function that flushes and stops. */
export function startAuditLog(bus: EventBus, path: string): () => Promise<void> {
  const enc = new TextEncoder();
  let pending: string[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    if (!pending.length) return writing;
    const chunk = pending.join("");
    pending = [];
    writing = writing.then(() =>
      Deno.writeFile(path, enc.encode(chunk), { append: true, create: true, mode: 0o600 })
    ).catch(() => {});
    return writing;
  };
  let scheduled = false;
  const off = bus.subscribe((e) => {
    if (!AUDITED.has(e.type)) return;
    pending.push(JSON.stringify({ time: new Date(e.ts).toISOString(), ...e }) + "\n");
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        void flush();
      });
    }
  });
  return async () => {
    off();
    await flush();
  };
}
