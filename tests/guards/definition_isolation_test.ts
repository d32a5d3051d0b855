/**
 * Definition scans under guard isolation: a hostile server's multi-megabyte tool description is
 * scanned in a worker with the settings.guards deadline, so discovery neither stalls the gateway's
 * event loop nor lists a definition nobody could check; small poisoned definitions get the same
 * verdict in every isolation mode.
 */
import assert from "node:assert/strict";
import type { SmgEvent } from "../../src/events/types.ts";
import { recommendedPolicies } from "../../src/guardrails/recommended.ts";
import { badServer } from "../helpers/config.ts";
import { inProcessGateway } from "../helpers/runtime.ts";

const HUGE = new URL("../fixtures/huge_definition_server.ts", import.meta.url).pathname;

function hugeServer(onError: "block" | "allow", kb: number) {
  const p = structuredClone(recommendedPolicies());
  p.tool_policy.on_error = onError;
  return {
    name: "docs",
    command: Deno.execPath(),
    args: ["run", "--allow-env=HUGE_KB", HUGE],
    env: { HUGE_KB: String(kb) },
    ...p,
  };
}

type Discovered = { servers: { server: string; blocked: { tool: string; reason: string }[] }[] };

/** The longest pause of the event loop (ms) while `work` runs, sampled by a 10 ms timer. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 10);
  try {
    const value = await work();
    stall = Math.max(stall, performance.now() - last);
    return { value, stall };
  } finally {
    clearInterval(timer);
  }
}

function definitionErrors(events: SmgEvent[]) {
  return events.filter((e) => e.type === "guard.error" && e.stage === "definition") as unknown as {
    tool?: string;
    kind: string;
    action: string;
    detector: string;
    reason: string;
  }[];
}

Deno.test("a 8 MB tool description is cut at settings.guards.timeout_ms in a worker: not listed, the event loop keeps running, the server's other tools stay", async () => {
  const gw = await inProcessGateway([hugeServer("block", 8192)], {
    settings: { guards: { isolation: "auto", workers: 1, timeout_ms: 300 } },
  });
  try {
    // Scanned inline, this description holds the event loop for seconds (~1.4 s per 4 MB here).
    const { value: listed, stall } = await longestStall(() => gw.client.listTools());
    const names = listed.tools.map((t) => t.name);
    assert.ok(!names.includes("docs__huge"), "a definition that could not be checked is listed");
    assert.ok(names.includes("docs__small"), "the server's small tool must stay available");
    // The deadline itself is proven by the scan_timeout event below (an inline scan cannot time
    // out); this bound catches the scan running on the event loop anyway. Measured in session 37
    // with isolation "inline": the 8 MB scan held the loop 13.5 s under the test task's regex flags
    // (~40 s with --regexp-interpret-all). The main thread's own work on 8 MB (parse, pin hash)
    // read up to 2.85 s in a fresh-clone CI and 7–10 s with four helpers' evals on the same two
    // cores, so 8 s: still well under an inline scan, whose time grows with load the same way.
    assert.ok(stall < 8000, `the event loop stalled ${Math.round(stall)} ms during discovery`);
    const [ev, ...more] = definitionErrors(gw.events);
    assert.equal(more.length, 0);
    assert.equal(ev.tool, "huge");
    assert.equal(ev.kind, "scan_timeout");
    assert.equal(ev.action, "block");
    assert.equal(ev.detector, "tool_definition");
    assert.match(ev.reason, /settings\.guards\.timeout_ms=300/);
    assert.ok(ev.reason.length < 1000, "the reason must not carry the description");
    const disc = (await gw.client.callTool({
      name: "smg_discover_tools",
      arguments: { server_name: "docs" },
    })).structuredContent as Discovered;
    const blocked = disc.servers[0].blocked;
    assert.deepEqual(blocked.map((b) => b.tool), ["huge"]);
    assert.match(blocked[0].reason, /did not finish within settings\.guards\.timeout_ms=300/);
  } finally {
    await gw.close();
  }
});

Deno.test("a definition scan timeout lists the tool under tool_policy on_error: allow, and still emits guard.error", async () => {
  const gw = await inProcessGateway([hugeServer("allow", 4096)], {
    settings: { guards: { isolation: "worker", workers: 1, timeout_ms: 200 } },
  });
  try {
    const names = (await gw.client.listTools()).tools.map((t) => t.name);
    assert.ok(names.includes("docs__huge"));
    assert.ok(names.includes("docs__small"));
    const [ev] = definitionErrors(gw.events);
    assert.equal(ev?.kind, "scan_timeout");
    assert.equal(ev?.action, "warn");
    assert.match(ev?.reason ?? "", /on_error: allow/);
  } finally {
    await gw.close();
  }
});

Deno.test("poisoned definitions get the same verdicts with isolation inline, worker and auto", async () => {
  const rec = () => structuredClone(recommendedPolicies());
  const verdicts: Record<string, string[]> = {};
  const listed: Record<string, string[]> = {};
  for (const isolation of ["inline", "worker", "auto"] as const) {
    const gw = await inProcessGateway([
      badServer("poison", "tool_poisoning", rec()),
      badServer("echo", "echo", rec()),
    ], { settings: { guards: { isolation, workers: 1, timeout_ms: 5000 } } });
    try {
      const names = (await gw.client.listTools()).tools.map((t) => t.name);
      assert.ok(names.includes("echo__echo"), `${isolation}: benign tool missing: ${names}`);
      assert.ok(!names.includes("poison__add"), `${isolation}: poisoned tool listed: ${names}`);
      listed[isolation] = names;
      assert.equal(definitionErrors(gw.events).length, 0, `${isolation}: a scan failed`);
      verdicts[isolation] = gw.events
        .filter((e) => e.type === "guard.blocked" && e.stage === "definition")
        .map((e) => {
          const b = e as unknown as {
            tool: string;
            detector: string;
            kind: string;
            reason: string;
          };
          return `${b.tool}|${b.detector}|${b.kind}|${b.reason}`;
        });
    } finally {
      await gw.close();
    }
  }
  assert.ok(verdicts.inline.length > 0, "no definition was blocked inline");
  assert.deepEqual(verdicts.worker, verdicts.inline);
  assert.deepEqual(verdicts.auto, verdicts.inline);
  assert.deepEqual(listed.worker, listed.inline);
  assert.deepEqual(listed.auto, listed.inline);
});
