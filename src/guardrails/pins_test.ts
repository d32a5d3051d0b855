import assert from "node:assert/strict";
import { PinStore } from "./pins.ts";

const pin = (hash: string) => ({ hash, definition: { name: "t" }, first_seen: "2026-01-01" });

Deno.test("PinStore.update() persists pins atomically and re-reads them in a new store", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const store = new PinStore(`${dir}/sub/pins.json`);
    assert.equal(await store.update((p) => (p.pins["s/t"] = pin("sha256:a"))), undefined);
    assert.equal(new PinStore(`${dir}/sub/pins.json`).current().pins["s/t"].hash, "sha256:a");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("PinStore.update() keeps pins in memory and reports the error once when the file cannot be written", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // A regular file where a directory should be: no write can succeed, not even as root.
    await Deno.writeTextFile(`${dir}/blocker`, "");
    const store = new PinStore(`${dir}/blocker/pins.json`);
    const err = await store.update((p) => (p.pins["s/a"] = pin("sha256:a")));
    assert.ok(err instanceof Error, "first failure is reported");
    assert.equal(store.current().pins["s/a"]?.hash, "sha256:a", "pin kept in memory");
    const again = await store.update((p) => (p.pins["s/b"] = pin("sha256:b")));
    assert.equal(again, undefined, "the same failure is not reported twice");
    assert.deepEqual(Object.keys(store.current().pins).sort(), ["s/a", "s/b"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("PinStore.current() refuses a corrupt pins file instead of unpinning everything", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/pins.json`, "{ not json");
    assert.throws(() => new PinStore(`${dir}/pins.json`).current(), /not valid JSON/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
