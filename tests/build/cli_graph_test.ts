/**
 * What `smg` loads before it knows the command. The rule sets of the detectors take about a second
 * to load (thousands of regexes, gate plans), so only the commands that scan load them, on use
 * (`serve`, `check`, `scan`); every other command (admin, pins, init, --help …) reads only the
 * detectors' option specs to validate a config. This test keeps it so: a static import of a
 * detector (or of the engine) anywhere under main.ts would make every CLI command slow again.
 */
import assert from "node:assert/strict";

/** Detector files the CLI may load statically: options and specs, no rules. */
const LIGHT = new Set(["options.ts", "specs.ts", "_learned_levels.ts", "size.ts"]);

interface Dep {
  code?: { specifier: string };
  isDynamic?: boolean;
}
interface Info {
  roots: string[];
  modules: { specifier: string; dependencies?: (Dep & { specifier: string })[] }[];
}

Deno.test("smg's static import graph holds no detector rule set and no engine", async () => {
  const main = new URL("../../main.ts", import.meta.url).pathname;
  const r = await new Deno.Command(Deno.execPath(), {
    args: ["info", "--json", main],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(r.code, 0, new TextDecoder().decode(r.stderr));
  const info = JSON.parse(new TextDecoder().decode(r.stdout)) as Info;
  const deps = new Map(info.modules.map((m) => [m.specifier, m.dependencies ?? []]));
  const parent = new Map<string, string>();
  const queue = [...info.roots];
  const seen = new Set(queue);
  const heavy: string[] = [];
  let dynamic = 0;
  while (queue.length) {
    const s = queue.shift()!;
    if (/\/guardrails\/(?:detectors\/[^/]+|engine\.ts)$/.test(s)) {
      const file = s.slice(s.lastIndexOf("/") + 1);
      if (!LIGHT.has(file)) heavy.push(s);
    }
    for (const d of deps.get(s) ?? []) {
      if (d.isDynamic) {
        dynamic++;
        continue;
      }
      const c = d.code?.specifier;
      if (c && !seen.has(c)) {
        seen.add(c);
        parent.set(c, s);
        queue.push(c);
      }
    }
  }
  const chain = (s: string): string => {
    const out = [s];
    for (let p = parent.get(s); p; p = parent.get(p)) out.push(p);
    return out.map((x) => x.replace(/^.*\/(src|main)/, "$1")).join(" <- ");
  };
  assert.deepEqual(heavy.map(chain).slice(0, 3), [], "statically imported by the CLI");
  // The scanning commands are still reachable (and embedded by `deno compile`) through their
  // dynamic imports.
  assert.ok(dynamic >= 3, `expected the serve/check/scan dynamic imports, found ${dynamic}`);
  assert.ok(seen.size > 50, `graph too small (${seen.size} modules): did deno info fail?`);
});
