/** `smg scan` as a subprocess against bundled servers: findings, exit codes, JSON, SARIF, pins. */
import assert from "node:assert/strict";
import { definitionHash, pinnedView } from "../../src/guardrails/pins.ts";
import { runSmg } from "../helpers/gateway.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const server = (name: string) => [Deno.execPath(), "run", "--no-prompt", `bad_mcps/${name}.ts`];

const smg = (args: string[], home: string) => runSmg(args, home, { cwd: ROOT });

type Finding = {
  server: string;
  item: string;
  name: string;
  detector: string;
  kind: string;
  severity: string;
  path?: string;
};

Deno.test("smg scan -- tool_poisoning: high findings on every poisoned tool, none on the clean one, exit 1", async () => {
  const home = await Deno.makeTempDir();
  try {
    const sarif = `${home}/scan.sarif`;
    const r = await smg(
      ["scan", "--json", "--sarif", sarif, "--", ...server("tool_poisoning")],
      home,
    );
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.ok, false);
    const high = (report.findings as Finding[]).filter((f) =>
      f.severity === "high" || f.severity === "critical"
    );
    assert.deepEqual([...new Set(high.map((f) => f.name))].sort(), [
      "add",
      "convert_units",
      "get_forecast",
      "list_tasks",
      "search_notes",
    ]);
    assert.ok(
      !(report.findings as Finding[]).some((f) => f.name === "multiply"),
      "the clean tool has no finding",
    );
    // The raw listing is scanned: the SDK client would strip this non-standard annotation key.
    assert.ok(high.some((f) => f.path === "$.annotations.instructions"));
    const log = JSON.parse(await Deno.readTextFile(sarif));
    assert.equal(log.version, "2.1.0");
    assert.ok(log.runs[0].results.some((x: { level: string }) => x.level === "error"));
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("smg scan -- echo: no findings, exit 0", async () => {
  const home = await Deno.makeTempDir();
  try {
    const r = await smg(["scan", "--", ...server("echo")], home);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /server echo: 2 tool\(s\)/);
    assert.match(r.stdout, /no findings/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("smg scan output never carries the server's escape sequences to the terminal", async () => {
  const home = await Deno.makeTempDir();
  try {
    const r = await smg(["scan", "--", ...server("ansi_injection")], home);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /show_status/);
    // deno-lint-ignore no-control-regex
    assert.ok(!/[\u001b\u0007\u202e\u2069]/.test(r.stdout), "raw escape or bidi character printed");
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("smg scan --config: scans every server, finds shadowing within a set, compares pins", async () => {
  const home = await Deno.makeTempDir();
  try {
    const pins = `${home}/pins.json`;
    // Pin echo's `echo` with a different description: the live definition no longer matches.
    const old = {
      server: "echo",
      name: "echo",
      description: "Old description",
      inputSchema: { type: "object" },
    };
    await Deno.writeTextFile(
      pins,
      JSON.stringify({
        version: 1,
        pins: {
          "echo/echo": {
            hash: definitionHash(old),
            definition: pinnedView(old),
            first_seen: "2024-01-01T00:00:00Z",
          },
        },
      }),
    );
    const config = `${home}/config.json`;
    await Deno.writeTextFile(
      config,
      JSON.stringify({
        settings: { pins_file: pins },
        server_sets: {
          team: {
            servers: [
              { name: "echo", command: "smg", args: ["bad-mcp", "run", "echo"] },
              { name: "mail", command: "smg", args: ["bad-mcp", "run", "shadowing"] },
            ],
          },
        },
      }),
    );
    const r = await smg(["scan", "--config", config, "--json"], home);
    assert.equal(r.code, 1, r.stderr);
    const findings = JSON.parse(r.stdout).findings as Finding[];
    assert.ok(
      findings.some((f) => f.server === "mail" && f.name === "echo" && f.kind === "shadowing"),
    );
    assert.ok(
      findings.some((f) =>
        f.server === "echo" && f.name === "echo" && f.kind === "definition_changed"
      ),
    );
    assert.ok(
      findings.some((f) =>
        f.server === "echo" && f.name === "add" && f.kind === "not_pinned" && f.severity === "low"
      ),
    );
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("smg scan: no target, two targets or an unreachable server", async () => {
  const home = await Deno.makeTempDir();
  try {
    assert.equal((await smg(["scan"], home)).code, 2);
    assert.equal((await smg(["scan", "--url", "http://127.0.0.1:9/mcp", "--", "x"], home)).code, 2);
    const r = await smg(["scan", "--timeout", "3000", "--url", "http://127.0.0.1:9/mcp"], home);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /NOT SCANNED/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
