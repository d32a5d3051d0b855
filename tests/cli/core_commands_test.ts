/** CLI commands of the core, run as real subprocesses against a temp HOME. */
import assert from "node:assert/strict";
import { BAD_MCPS } from "../../bad_mcps/registry.ts";
import { runSmg } from "../helpers/gateway.ts";

const FIXTURE = new URL("../fixtures/enkrypt_mcp_config.json", import.meta.url).pathname;

async function smg(
  home: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const r = await runSmg(args, home);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

Deno.test("smg --help lists every command; --version prints the version", async () => {
  const home = await Deno.makeTempDir();
  const help = await smg(home, "--help");
  assert.equal(help.code, 0);
  for (const c of ["serve", "init", "config", "bad-mcp", "pins", "version"]) {
    assert.match(help.out, new RegExp(`\\n  ${c}\\b`));
  }
  const v = await smg(home, "--version");
  assert.match(v.out.trim(), /^\d+\.\d+\.\d+$/);
  const bad = await smg(home, "frobnicate");
  assert.equal(bad.code, 2);
  await Deno.remove(home, { recursive: true });
});

Deno.test("smg init writes a working config, refuses to overwrite, and --force keeps a backup", async () => {
  const home = await Deno.makeTempDir();
  const first = await smg(home, "init");
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /gateway key \(shown once.*\): smg_[A-Za-z0-9]{43}/);
  const key = /smg_[A-Za-z0-9]{43}/.exec(first.out)![0];
  const text = await Deno.readTextFile(`${home}/.smg/config.json`);
  assert.ok(!text.includes(key), "the plaintext key must not be stored");
  const cfg = JSON.parse(text);
  assert.equal(cfg.server_sets.default.servers[0].name, "echo");
  assert.ok(
    cfg.server_sets.default.servers[0].input_policy.enabled,
    "recommended policies written",
  );
  assert.equal((await smg(home, "config", "validate")).code, 0);

  const again = await smg(home, "init");
  assert.equal(again.code, 2);
  assert.match(again.err, /already exists.*--force/);

  const forced = await smg(home, "init", "--force");
  assert.equal(forced.code, 0);
  const backups = [...Deno.readDirSync(`${home}/.smg`)].filter((e) =>
    e.name.startsWith("config.json.bak-")
  );
  assert.equal(backups.length, 1);
  assert.equal(await Deno.readTextFile(`${home}/.smg/${backups[0].name}`), text);
  await Deno.remove(home, { recursive: true });
});

Deno.test("smg config validate lists every problem with its JSON path and exits 2", async () => {
  const home = await Deno.makeTempDir();
  const path = `${home}/bad.json`;
  await Deno.writeTextFile(
    path,
    JSON.stringify({ projects: { p: { name: "P", server_set: "nope", exposure: "x" } }, bogus: 1 }),
  );
  const r = await smg(home, "config", "validate", path);
  assert.equal(r.code, 2);
  assert.match(r.err, /\$\.projects\.p\.exposure/);
  assert.match(r.err, /\$\.bogus/);
  const j = await smg(home, "config", "validate", path, "--json");
  assert.equal(j.code, 2);
  assert.ok(JSON.parse(j.out).issues.length >= 2);
  await Deno.remove(home, { recursive: true });
});

Deno.test("smg config show masks secrets; config path honours --config", async () => {
  const home = await Deno.makeTempDir();
  await smg(home, "init");
  const path = `${home}/.smg/config.json`;
  const cfg = JSON.parse(await Deno.readTextFile(path));
  cfg.server_sets.default.servers[0].env = { TOKEN: "super-secret-value", REF: { env: "X_TOKEN" } };
  await Deno.writeTextFile(path, JSON.stringify(cfg));
  const r = await smg(home, "config", "show");
  assert.equal(r.code, 0, r.err);
  assert.ok(!r.out.includes("super-secret-value"));
  assert.match(r.out, /"REF": \{\s*"env": "X_TOKEN"/);
  assert.equal(
    (await smg(home, "config", "path", "--config", "/x/y.json")).out.trim(),
    "/x/y.json",
  );
  await Deno.remove(home, { recursive: true });
});

Deno.test("smg config import-enkrypt converts a file, lists what it could not map, and -o writes a valid config", async () => {
  const home = await Deno.makeTempDir();
  const r = await smg(home, "config", "import-enkrypt", FIXTURE);
  assert.equal(r.code, 0, r.err);
  assert.ok(JSON.parse(r.out).server_sets.default_config);
  assert.match(r.err, /imported 2 server set\(s\), 3 server\(s\)/);
  assert.match(r.err, /not mapped/);
  assert.match(r.err, /escalation_policies/);
  const out = `${home}/smg.json`;
  const w = await smg(home, "config", "import-enkrypt", FIXTURE, "-o", out);
  assert.equal(w.code, 0, w.err);
  const v = await smg(home, "config", "validate", out);
  assert.equal(v.code, 0, v.err);
  const bad = await smg(home, "config", "import-enkrypt", `${home}/missing.json`);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /Cannot read/);
  await Deno.remove(home, { recursive: true });
});

Deno.test("smg bad-mcp list shows every bundled server; unknown names fail clearly", async () => {
  const home = await Deno.makeTempDir();
  const r = await smg(home, "bad-mcp", "list", "--json");
  assert.equal(r.code, 0);
  const names = JSON.parse(r.out).map((x: { name: string }) => x.name).sort();
  assert.deepEqual(names, Object.keys(BAD_MCPS).sort());
  assert.ok(names.length >= 22);
  const bad = await smg(home, "bad-mcp", "run", "nope");
  assert.equal(bad.code, 2);
  assert.match(bad.err, /Unknown bundled server "nope"/);
  await Deno.remove(home, { recursive: true });
});
