/** Every admin CLI command as a real subprocess against a temp HOME: happy path + a failure each. */
import assert from "node:assert/strict";
import { type CliResult, smg, tempHome } from "./_cli.ts";

Deno.test("smg admin CLI: every command works and fails clearly", async (t) => {
  const { home, config } = await tempHome();
  const run = (args: string[], stdin?: string) => smg(home, args, { stdin });
  const ok = async (args: string[], out?: RegExp): Promise<CliResult> => {
    const r = await run(args);
    assert.equal(r.code, 0, `smg ${args.join(" ")} → ${r.code}\n${r.stderr}`);
    if (out) assert.match(r.stdout + r.stderr, out, `smg ${args.join(" ")}`);
    return r;
  };
  const bad = async (args: string[], code: number, msg: RegExp, stdin?: string) => {
    const r = await run(args, stdin);
    assert.equal(
      r.code,
      code,
      `smg ${args.join(" ")} → ${r.code} (want ${code})\n${r.stdout}${r.stderr}`,
    );
    assert.match(r.stderr, msg, `smg ${args.join(" ")}`);
  };
  const json = async (args: string[]) => JSON.parse((await ok([...args, "--json"])).stdout);

  try {
    await t.step("server-set", async () => {
      await ok(["server-set", "add", "work", "-d", "work tools"], /added server set "work"/);
      await bad(["server-set", "add", "work"], 1, /Cannot add server set "work": it exists/);
      assert.deepEqual((await json(["server-set", "list"])).map((s: { name: string }) => s.name), [
        "default",
        "work",
      ]);
      assert.equal((await json(["server-set", "get", "work"])).description, "work tools");
      await bad(["server-set", "get", "nope"], 1, /No server set "nope"/);
      await ok(["server-set", "copy", "default", "staging"], /copied/);
      await bad(["server-set", "copy", "nope", "x"], 1, /No server set "nope"/);
      await ok(["server-set", "rename", "staging", "stage"], /renamed/);
      await bad(["server-set", "rename", "stage", "work"], 1, /"work" exists/);
      assert.equal((await json(["server-set", "search", "echo"])).length, 2);
      await bad(["server-set", "search"], 2, /missing required argument/);
      await bad(
        ["server-set", "remove", "stage"],
        2,
        /Refusing to remove server set "stage" without confirmation: pass --yes/,
      );
      await ok(["server-set", "remove", "stage", "--yes"], /removed/);
      await bad(["server-set", "remove", "default", "--yes"], 1, /used by project\(s\) "default"/);
    });

    await t.step("server", async () => {
      await ok([
        "server",
        "add",
        "gh",
        "--set",
        "work",
        "--url",
        "http://127.0.0.1:9/mcp",
        "--header-ref",
        "Authorization=GH_AUTH",
        "--tool",
        "search",
      ], /added server "gh"/);
      await bad(
        ["server", "add", "bad", "--set", "work", "--url", "http://x/mcp", "--command", "ls"],
        2,
        /has both "command" and "url"/,
      );
      await ok([
        "server",
        "add",
        "fs",
        "--set",
        "work",
        "--command",
        "ls",
        "--arg",
        "-l",
        "--env",
        "A=1",
      ]);
      const fromJson = await run(
        ["server", "add", "js", "--set", "work", "--from-json", "-"],
        JSON.stringify({ command: "deno", args: ["x.ts"] }),
      );
      assert.equal(fromJson.code, 0, fromJson.stderr);
      assert.deepEqual(
        (await json(["server", "list", "--set", "work"])).map((s: { name: string }) => s.name),
        ["gh", "fs", "js"],
      );
      await bad(["server", "list"], 2, /Pass --set SET: the config has 2 server sets/);
      const gh = await json(["server", "get", "gh", "--set", "work"]);
      assert.deepEqual(gh.headers, { Authorization: { env: "GH_AUTH" } });
      assert.equal(
        (await json(["server", "get", "fs", "--set", "work"])).env.A,
        "********",
        "literal secrets are masked",
      );
      await bad(["server", "get", "zz", "--set", "work"], 1, /No server "zz"/);
      await ok(
        ["server", "update", "gh", "--set", "work", "--tool", "a", "--tool", "b"],
        /updated/,
      );
      assert.deepEqual((await json(["server", "get", "gh", "--set", "work"])).tools, ["a", "b"]);
      await bad(
        ["server", "update", "gh", "--set", "work", "--type", "carrier-pigeon"],
        2,
        /\$\.type/,
      );
      await ok([
        "server",
        "set-policy",
        "gh",
        "--set",
        "work",
        "--kind",
        "input",
        "--detector",
        "secrets=block",
      ], /set input policy/);
      assert.equal(
        (await json(["server", "get", "gh", "--set", "work"])).input_policy.detectors.secrets
          .action,
        "block",
      );
      await bad(
        [
          "server",
          "set-policy",
          "gh",
          "--set",
          "work",
          "--kind",
          "input",
          "--detector",
          "secrets=explode",
        ],
        2,
        /must be one of/,
      );
      await ok(
        ["server", "set-policy", "gh", "--set", "work", "--kind", "input", "--clear"],
        /removed input policy/,
      );
      await bad(["server", "remove", "fs", "--set", "work"], 2, /without confirmation/);
      await ok(["server", "remove", "fs", "--set", "work", "--yes"], /removed server "fs"/);
      await bad(["server", "remove-all", "--set", "work"], 2, /without confirmation/);
      await ok(["server", "remove-all", "--set", "work", "--yes"], /removed 2 server/);
    });

    let userId = "";
    await t.step("user", async () => {
      userId = (await json(["user", "create", "alice@example.com", "--name", "Alice"])).id;
      await bad(
        ["user", "create", "alice@example.com"],
        1,
        new RegExp(
          `Cannot add user "alice@example.com": a user with this email exists \\(id ${userId}\\)`,
        ),
      );
      await bad(["user", "create", "not-an-email"], 2, /\$\.email/);
      assert.ok((await json(["user", "list"])).some((u: { id: string }) => u.id === userId));
      assert.equal((await json(["user", "get", "alice@example.com"])).id, userId);
      await bad(["user", "get", "bob@example.com"], 1, /No user "bob@example.com"/);
      await ok(["user", "update", "alice@example.com", "--name", "Alice B"], /updated/);
      await bad(
        ["user", "update", "alice@example.com", "--email", "demo@example.com"],
        1,
        /a user with this email exists/,
      );
      assert.equal((await json(["user", "search", "alice b"])).length, 1);
      await bad(["user", "search"], 2, /missing required argument/);
    });

    await t.step("project", async () => {
      await ok([
        "project",
        "create",
        "team",
        "--server-set",
        "work",
        "--user",
        "alice@example.com",
        "--exposure",
        "both",
      ], /created project "team"/);
      await bad(["project", "create", "team2", "--server-set", "nope"], 1, /no server set "nope"/);
      assert.ok((await json(["project", "list"])).some((p: { id: string }) => p.id === "team"));
      assert.equal((await json(["project", "get", "team"])).server_set, "work");
      await bad(["project", "get", "nope"], 1, /No project "nope"/);
      await ok(["project", "use-set", "team", "default"], /now uses/);
      await bad(["project", "use-set", "team", "nope"], 1, /No server set "nope"/);
      await ok(["project", "add-user", "team", "demo@example.com"], /added/);
      await bad(["project", "add-user", "team", "demo@example.com"], 1, /already a member/);
      assert.equal((await json(["project", "users", "team"])).length, 2);
      await bad(["project", "users", "nope"], 1, /No project/);
      await ok(["project", "remove-user", "team", "demo@example.com", "--yes"], /removed/);
      await bad(["project", "remove-user", "team", "demo@example.com", "--yes"], 1, /not a member/);
      const exp = JSON.parse((await ok(["project", "export", "team"])).stdout);
      assert.equal(exp.project.id, "team");
      assert.ok(exp.server_set.servers);
      await bad(["project", "export", "nope"], 1, /No project/);
      assert.equal((await json(["project", "search", "team"])).length, 1);
      await ok(["project", "create", "tmp", "--server-set", "default", "--user", "demo"]);
      await bad(["project", "remove-all-users", "tmp"], 2, /without confirmation/);
      await ok(["project", "remove-all-users", "tmp", "--yes"], /removed 1 user/);
      await bad(["project", "remove", "tmp"], 2, /without confirmation/);
      await ok(["project", "remove", "tmp", "--yes"], /removed project "tmp"/);
    });

    let keyId = "";
    await t.step("key", async () => {
      const created = await json([
        "key",
        "create",
        "--project",
        "team",
        "--user",
        "alice@example.com",
        "--name",
        "laptop",
        "--expires-in",
        "30d",
      ]);
      assert.match(created.key, /^smg_[A-Za-z0-9]{43}$/);
      keyId = created.id;
      const text = await readConfig(config);
      assert.ok(!text.includes(created.key), "the plain key is never stored");
      await bad(["key", "create", "--project", "team", "--user", "demo"], 1, /not a member/);
      await bad(
        [
          "key",
          "create",
          "--project",
          "team",
          "--user",
          "alice@example.com",
          "--expires-in",
          "soon",
        ],
        2,
        /Invalid duration "soon"/,
      );
      const list = await json(["key", "list", "--project", "team"]);
      assert.equal(list.length, 1);
      assert.equal(list[0].status, "active");
      assert.equal(list[0].last_used, "-");
      assert.ok(Date.parse(list[0].expires) > Date.now() + 29 * 86_400_000);
      assert.ok(!JSON.stringify(list).includes("sha256"), "listing never shows hashes");
      assert.match((await ok(["key", "list"])).stdout, /PREFIX .* LAST_USED/);
      await bad(["key", "list", "--user", "nobody"], 1, /No user "nobody"/);
      assert.equal((await json(["key", "get", keyId])).name, "laptop");
      await bad(["key", "get", "k_nope"], 1, /No key "k_nope"/);
      await ok(["key", "disable", keyId], /disabled/);
      assert.equal((await json(["key", "get", keyId])).status, "disabled");
      await bad(["key", "disable", "k_nope"], 1, /No key/);
      await ok(["key", "enable", keyId], /enabled/);
      await bad(["key", "enable", "k_nope"], 1, /No key/);
      const rotated = await json(["key", "rotate", keyId, "--yes"]);
      assert.notEqual(rotated.key, created.key);
      await bad(["key", "rotate", keyId], 2, /without confirmation/);
      await bad(["key", "delete", keyId], 2, /without confirmation/);
      await ok(["key", "delete", keyId, "--yes"], /deleted key/);
      await bad(["key", "delete", keyId, "--yes"], 1, /No key/);
      await ok(["key", "create", "--project", "team", "--user", "alice@example.com"]);
      await bad(["key", "delete-all", "--project", "team"], 2, /without confirmation/);
      await ok(["key", "delete-all", "--project", "team", "--yes"], /deleted 1 key/);
    });

    await t.step("user delete and projects", async () => {
      assert.deepEqual(
        (await json(["user", "projects", "alice@example.com"])).map((p: { id: string }) => p.id),
        ["team"],
      );
      await bad(["user", "projects", "nobody"], 1, /No user/);
      await bad(
        ["user", "delete", "alice@example.com", "--yes"],
        1,
        /member of 1 project\(s\).*--force/,
      );
      await ok(["user", "delete", "alice@example.com", "--force", "--yes"], /deleted user/);
    });

    await t.step("system, admin key, config export/import", async () => {
      assert.equal((await json(["system", "version"])).version.length > 0, true);
      const hr = await run(["system", "health", "--json"]);
      const h = JSON.parse(hr.stdout);
      assert.equal(hr.code, h.ok ? 0 : 1, JSON.stringify(h));
      assert.equal(h.config.ok, true);
      await ok(["system", "backup", `${home}/manual.json`], /backed up/);
      const backups = await json(["system", "backups"]);
      assert.ok(backups.length >= 3);
      await bad(["system", "restore", `${home}/manual.json`], 2, /without confirmation/);
      await bad(["system", "restore", "no-such-backup.json", "--yes"], 1, /no such file/);
      await bad(["system", "reset"], 2, /without confirmation/);
      const adm = await ok(["admin", "key", "create"]);
      assert.match(adm.stdout, /^smgadm_/);
      await bad(["admin", "key", "create"], 1, /one exists/);
      await ok(["admin", "key", "rotate"], /smgadm_/);
      await ok(["config", "export", `${home}/export.json`], /exported/);
      await bad(["config", "import", `${home}/export.json`], 2, /without confirmation/);
      await ok(["config", "import", `${home}/export.json`, "--yes"], /imported/);
      await Deno.writeTextFile(
        `${home}/broken.json`,
        JSON.stringify({ projects: { p: { name: "p", server_set: "ghost" } } }),
      );
      await bad(
        ["config", "import", `${home}/broken.json`, "--yes"],
        2,
        /\$\.projects\.p\.server_set: server set "ghost" does not exist/,
      );
      await ok(["system", "reset", "--confirm"], /reset/);
      assert.deepEqual(await json(["project", "list"]), []);
      // a corrupt file is never overwritten; restore brings a backup back
      await Deno.writeTextFile(config, "{ not json");
      await bad(
        ["user", "create", "x@example.com"],
        2,
        /file on disk is invalid and will not be overwritten[\s\S]*smg system restore/,
      );
      assert.equal(await readConfig(config), "{ not json");
      const broken = await run(["system", "health"]);
      assert.equal(broken.code, 2);
      assert.match(broken.stdout, /not valid JSON/);
      await ok(["system", "restore", `${home}/manual.json`, "--yes"], /restored/);
      assert.ok((await json(["project", "list"])).some((p: { id: string }) => p.id === "team"));
    });

    await t.step("completions", async () => {
      assert.match((await ok(["completions", "bash"])).stdout, /complete -F _smg smg/);
      assert.match((await ok(["completions", "zsh"])).stdout, /#compdef smg/);
      assert.match((await ok(["completions", "fish"])).stdout, /complete -c smg/);
      await bad(["completions", "tcsh"], 2, /Unknown shell "tcsh"/);
    });

    await t.step("--help shows an example on every admin command", async () => {
      for (
        const cmd of [
          ["key", "create"],
          ["server", "add"],
          ["project", "create"],
          ["user", "delete"],
          ["system", "restore"],
          ["install"],
          ["admin", "serve"],
        ]
      ) {
        const r = await ok([...cmd, "--help"]);
        assert.match(r.stdout, /Example/, cmd.join(" "));
      }
    });
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

async function readConfig(path: string): Promise<string> {
  return await Deno.readTextFile(path);
}
