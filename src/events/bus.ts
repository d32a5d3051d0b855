/** A small synchronous typed event bus. A throwing subscriber never affects the emitter. */
import type { SmgEvent, SmgEventInput, SmgEventType } from "./types.ts";

/** A subscriber. */
export type Listener = (event: SmgEvent) => void;

/** Typed pub/sub used by every layer to report what happened. */
export class EventBus {
  #listeners = new Set<Listener>();
  #now: () => number;

  constructor(opts: { now?: () => number } = {}) {
    this.#now = opts.now ?? Date.now;
  }

  /** Publish an event to every subscriber. */
  emit(event: SmgEventInput): void {
    if (this.#listeners.size === 0) return;
    const full = { ...event, ts: this.#now() } as SmgEvent;
    for (const l of this.#listeners) {
      try {
        l(full);
      } catch {
        // A broken subscriber (e.g. a closed SSE stream) must not break the call path.
      }
    }
  }

  /** Subscribe to every event; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Subscribe to one event type. */
  on<T extends SmgEventType>(
    type: T,
    listener: (e: Extract<SmgEvent, { type: T }>) => void,
  ): () => void {
    return this.subscribe((e) => {
      if (e.type === type) listener(e as Extract<SmgEvent, { type: T }>);
    });
  }

  /** Resolve with the first event matching `pred` (for tests and waiting without sleeps). */
  waitFor(pred: (e: SmgEvent) => boolean, timeoutMs = 5000): Promise<SmgEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for an event`));
      }, timeoutMs);
      const off = this.subscribe((e) => {
        if (pred(e)) {
          clearTimeout(timer);
          off();
          resolve(e);
        }
      });
    });
  }
}
