import assert from "node:assert/strict";
import { r35Mechanism } from "./_code_r35.ts";
import { inComment } from "./_code_r47.ts";
import type { FieldContext } from "../types.ts";

const F: FieldContext = { stage: "input", path: "$.content", key: "content", tool: "write_file" };
const hit = (s: string): boolean => r35Mechanism(s, F, '"content"') !== undefined;

const BLOCK = [
  // the call is made, whatever the comments say
  "<?php\n// prefs cookie\n$prefs = unserialize(base64_decode($_COOKIE['p']));",
  "<?php /* legacy */ $cart = unserialize($_POST['cart']); # TODO json",
  "ObjectInputStream in = new ObjectInputStream(sock.getInputStream()); // new Socket(host, 9000)\nObject o = in.readObject(); Socket s = new Socket(h, 1);",
];
const PASS = [
  // named only in a comment that forbids it
  "<?php\n// Never call unserialize() on cookies (object injection).\n$prefs = json_decode($_COOKIE['p'] ?? '[]', true);",
  "<?php\n/*\n * Do not use unserialize() here: $_POST is attacker data.\n */\n$d = json_decode($_POST['d'], true, 4);",
  "# Marshal.load( on Net::HTTP bodies is banned — use JSON.parse\ndata = JSON.parse(Net::HTTP.get(URI(url)))",
];

Deno.test("code r47: a deserializer named in a comment is not called", () => {
  for (const s of BLOCK) assert.equal(hit(s), true, `should block: ${s}`);
  for (const s of PASS) assert.equal(hit(s), false, `should pass: ${s}`);
});

Deno.test("code r47: inComment", () => {
  const t = "a = 1; // x()\nb = x();";
  assert.ok(inComment(t, t.indexOf("x()")));
  assert.ok(!inComment(t, t.lastIndexOf("x()")));
});
