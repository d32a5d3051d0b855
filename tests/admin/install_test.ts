/** `smg install` into a temp HOME for every client, parsed back and checked against the client's format. */
import assert from "node:assert/strict";
import { clientConfigPath } from "../../src/cli/admin/install_clients.ts";
import { smg, tempHome } from "./_cli.ts";

type Json = Record<string, Record<string, Record<string, unknown>>>;

/** Minimal reader for the TOML smg writes: `[a.b]` tables with `k = value` lines (values are JSON-compatible). */
function readToml(text: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  let cur: Record<string, unknown> | undefined;
  for (const line of text.split("\n")) {
    const h = /^\[(.+)\]$/.exec(line.trim());
    if (h) {
      cur = out[h[1]] = {};
      continue;
    }
    const kv = /^([A-Za-z0-9_-]+)\s*=\s*(.+)$/.exec(line.trim());
    if (kv && cur) {
      cur[kv[1]] = JSON.parse(
        kv[2].replace(/\{ (.*) \}/, (_, b) => `{${b.replace(/([A-Za-z0-9_-]+) = /g, '"$1": ')}}`),
      );
    }
  }
  return out;
}

Deno.test("smg install writes each client's own format, merging and backing up", async (t) => {
  const { home, config } = await tempHome();
  const env = {
    os: Deno.build.os,
    home,
    get: (n: string) => (n === "XDG_CONFIG_HOME" ? `${home}/.config` : undefined),
  };
  try {
    for (
      const client of [
        "claude-desktop",
        "cursor",
        "vscode",
        "claude-code",
        "windsurf",
        "gemini",
      ] as const
    ) {
      await t.step(`${client}: stdio entry merged into existing JSON`, async () => {
        const file = clientConfigPath(client, env);
        await Deno.mkdir(file.slice(0, file.lastIndexOf("/")), { recursive: true });
        const root = client === "vscode" ? "servers" : "mcpServers";
        await Deno.writeTextFile(
          file,
          JSON.stringify({ keepMe: true, [root]: { other: { command: "x" } } }),
        );
        const r = await smg(home, ["install", "--client", client]);
        assert.equal(r.code, 0, r.stderr);
        const doc = JSON.parse(await Deno.readTextFile(file)) as Json & { keepMe: boolean };
        assert.equal(doc.keepMe, true, "other settings kept");
        assert.deepEqual(doc[root].other, { command: "x" }, "other servers kept");
        const e = doc[root].smg;
        assert.equal(e.command, Deno.execPath());
        assert.ok((e.args as string[]).includes("serve") && (e.args as string[]).includes(config));
        assert.match((e.env as Record<string, string>).SMG_GATEWAY_KEY, /^smg_[A-Za-z0-9]{43}$/);
        if (client === "vscode" || client === "claude-code") assert.equal(e.type, "stdio");
        else assert.equal(e.type, undefined);
        const backups = [...Deno.readDirSync(file.slice(0, file.lastIndexOf("/")))].filter((x) =>
          x.name.includes(".bak-")
        );
        assert.equal(backups.length, 1, "a backup of the previous file");
      });
    }

    const httpCases: [string, (e: Record<string, unknown>) => void][] = [
      ["cursor", (e) => assert.equal(e.url, "http://127.0.0.1:8000/mcp")],
      [
        "vscode",
        (e) => (assert.equal(e.type, "http"), assert.equal(e.url, "http://127.0.0.1:8000/mcp")),
      ],
      [
        "claude-code",
        (e) => (assert.equal(e.type, "http"), assert.equal(e.url, "http://127.0.0.1:8000/mcp")),
      ],
      ["windsurf", (e) => assert.equal(e.serverUrl, "http://127.0.0.1:8000/mcp")],
      ["gemini", (e) => assert.equal(e.httpUrl, "http://127.0.0.1:8000/mcp")],
    ];
    for (const [client, check] of httpCases) {
      await t.step(`${client}: HTTP entry with a bearer header and a given key`, async () => {
        const r = await smg(home, [
          "install",
          "--client",
          client,
          "--http",
          "http://127.0.0.1:8000/mcp",
          "--name",
          "gw",
          "--key",
          "smg_given",
        ]);
        assert.equal(r.code, 0, r.stderr);
        const doc = JSON.parse(
          await Deno.readTextFile(clientConfigPath(client as "cursor", env)),
        ) as Json;
        const e = doc[client === "vscode" ? "servers" : "mcpServers"].gw;
        check(e);
        assert.deepEqual(e.headers, { Authorization: "Bearer smg_given" });
      });
    }

    await t.step("codex: TOML tables, replaced in place on re-install", async () => {
      const file = clientConfigPath("codex", env);
      await Deno.mkdir(file.slice(0, file.lastIndexOf("/")), { recursive: true });
      await Deno.writeTextFile(file, 'model = "o3"\n\n[mcp_servers.other]\ncommand = "x"\n');
      for (const extra of [[], ["--http", "http://127.0.0.1:8000/mcp", "--key", "smg_k"]]) {
        const r = await smg(home, ["install", "--client", "codex", ...extra]);
        assert.equal(r.code, 0, r.stderr);
      }
      const text = await Deno.readTextFile(file);
      assert.match(text, /^model = "o3"/);
      assert.equal(text.match(/\[mcp_servers\.smg\]/g)?.length, 1, "re-install replaces the table");
      const doc = readToml(text);
      assert.deepEqual(doc["mcp_servers.other"], { command: "x" });
      assert.deepEqual(doc["mcp_servers.smg"], {
        url: "http://127.0.0.1:8000/mcp",
        http_headers: { Authorization: "Bearer smg_k" },
      });
    });

    await t.step("--print writes nothing; bad input is refused", async () => {
      const r = await smg(home, [
        "install",
        "--client",
        "windsurf",
        "--http",
        "http://127.0.0.1:8000/mcp",
        "--print",
        "--name",
        "printed",
      ]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).mcpServers.printed.serverUrl, "http://127.0.0.1:8000/mcp");
      assert.ok(!(await Deno.readTextFile(clientConfigPath("windsurf", env))).includes("printed"));
      const desk = await smg(home, [
        "install",
        "--client",
        "claude-desktop",
        "--http",
        "http://127.0.0.1:8000/mcp",
      ]);
      assert.equal(desk.code, 2);
      assert.match(desk.stderr, /only starts local \(stdio\) servers/);
      const unknown = await smg(home, ["install", "--client", "notepad"]);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /Unknown client "notepad"/);
      await Deno.writeTextFile(clientConfigPath("cursor", env), "{ broken");
      const broken = await smg(home, ["install", "--client", "cursor"]);
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /not valid JSON.*nothing was changed/);
    });
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("clientConfigPath() follows each client's per-OS location", () => {
  const env = (os: typeof Deno.build.os) => ({
    os,
    home: "/h",
    get: (n: string) => (n === "APPDATA" ? "C:/Users/u/AppData/Roaming" : undefined),
  });
  assert.equal(
    clientConfigPath("claude-desktop", env("darwin")),
    "/h/Library/Application Support/Claude/claude_desktop_config.json",
  );
  assert.equal(
    clientConfigPath("claude-desktop", env("windows")),
    "C:/Users/u/AppData/Roaming/Claude/claude_desktop_config.json",
  );
  assert.equal(
    clientConfigPath("claude-desktop", env("linux")),
    "/h/.config/Claude/claude_desktop_config.json",
  );
  assert.equal(
    clientConfigPath("vscode", env("darwin")),
    "/h/Library/Application Support/Code/User/mcp.json",
  );
  assert.equal(clientConfigPath("vscode", env("linux")), "/h/.config/Code/User/mcp.json");
  assert.equal(clientConfigPath("cursor", env("linux")), "/h/.cursor/mcp.json");
  assert.equal(clientConfigPath("claude-code", env("linux")), "/h/.claude.json");
  assert.equal(clientConfigPath("windsurf", env("linux")), "/h/.codeium/windsurf/mcp_config.json");
  assert.equal(clientConfigPath("gemini", env("linux")), "/h/.gemini/settings.json");
  assert.equal(clientConfigPath("codex", env("linux")), "/h/.codex/config.toml");
});
