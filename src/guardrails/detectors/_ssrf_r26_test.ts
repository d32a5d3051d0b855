import { strictEqual } from "node:assert/strict";
import { ssrfDetector, SsrfOptionsSchema } from "./ssrf.ts";

const OPTS = SsrfOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "http_request"): boolean =>
  ssrfDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity !== "low");

/** Paraphrases (none from the fixtures): metadata services reached by name. */
Deno.test("ssrf blocks named metadata services of IBM Cloud and Equinix Metal", () => {
  const cases: Array<[string, string]> = [
    ["url", "https://api.metadata.cloud.ibm.com/metadata/v1/instance?version=2024-11-12"],
    ["endpoint", "http://metadata.platformequinix.com/metadata"],
    ["url", "http://metadata.packet.net/2009-04-04/user-data"],
    ["command", "curl -X PUT http://api.metadata.cloud.ibm.com/instance_identity/v1/token"],
  ];
  for (const [k, v] of cases) strictEqual(blocks(k, v), true, v);
});

Deno.test("ssrf passes public IBM Cloud and Equinix API hosts", () => {
  const cases = [
    "https://cloud.ibm.com/docs/vpc?topic=vpc-imd-about",
    "https://api.equinix.com/metal/v1/projects",
    "https://iam.cloud.ibm.com/identity/token",
    "https://metadata-docs.example.com/cloud.ibm.com",
  ];
  for (const v of cases) strictEqual(blocks("url", v), false, v);
});

/** SSH tools' targets: internal names are what they are for; addresses keep their weight. */
Deno.test("ssrf records internal host names as an SSH tool's target", () => {
  const cases: Array<[string, string]> = [
    ["ssh_exec", "db2.internal"],
    ["run_ssh_command", "gitlab.corp"],
    ["sftp_upload", "files.lan"],
  ];
  for (const [tool, host] of cases) strictEqual(blocks("host", host, tool), false, host);
});

Deno.test("ssrf still blocks SSH targets at metadata or link-local addresses, and fetchers", () => {
  strictEqual(blocks("host", "169.254.169.254", "ssh_exec"), true);
  strictEqual(blocks("host", "metadata.google.internal", "ssh_exec"), true);
  strictEqual(blocks("host", "db2.internal", "http_request"), true);
  strictEqual(blocks("url", "http://web1.internal/admin", "ssh_exec"), true);
});

/** A liveness probe on localhost in a shell command is recorded; reads and writes are not. */
Deno.test("ssrf records loopback health probes in shell commands", () => {
  const cases = [
    "curl -fsS http://127.0.0.1:3000/health || exit 1",
    "wget -qO- http://localhost:9090/-/ready; curl -s http://localhost:8081/readyz",
    "curl --fail --silent http://localhost:8080/actuator/health",
    "until curl -sf http://localhost:5000/livez; do sleep 1; done",
  ];
  for (const c of cases) strictEqual(blocks("command", c, "run_command"), false, c);
});

Deno.test("ssrf still blocks loopback requests in commands that read data or send", () => {
  const cases = [
    "curl -s http://localhost:2375/containers/json",
    "curl -X POST http://localhost:8080/actuator/shutdown",
    "curl -s http://localhost:8080/healthz -d @/etc/passwd",
    "curl -s http://127.0.0.1:8500/v1/kv/?recurse && curl -s http://localhost/health",
    "curl -s http://localhost:8080/status | sh",
  ];
  for (const c of cases) strictEqual(blocks("command", c, "run_command"), true, c);
});

/** Remote-execution tools (SSH, WinRM/PowerShell remoting, agents) run ON their target host. */
Deno.test("ssrf records internal host names as a remote-execution tool's target", () => {
  const cases: Array<[string, string, string]> = [
    ["run_command", "host", "mbp-finance-02.local"],
    ["run_powershell", "computer", "DC02.corp.example.local"],
    ["invoke_pwsh", "host", "FS-01"],
    ["execute_command", "hostname", "build-03.internal"],
    ["powershell", "computer_name", "WS-HR-22"],
  ];
  for (const [tool, key, host] of cases) strictEqual(blocks(key, host, tool), false, host);
});

Deno.test("ssrf still blocks metadata and link-local targets of remote-execution tools", () => {
  strictEqual(blocks("host", "169.254.169.254", "run_command"), true);
  strictEqual(blocks("host", "metadata.google.internal", "run_powershell"), true);
  strictEqual(blocks("host", "db2.internal", "fetch_url"), true);
  strictEqual(blocks("host", "db2.internal", "run_query_proxy"), true);
  strictEqual(blocks("url", "http://web1.internal/admin", "run_command"), true);
});

Deno.test("ssrf records internal host names as a file-operation tool's machine (round 46)", () => {
  const cases: Array<[string, string, string]> = [
    ["read_file", "host", "app-07.intranet.local"],
    ["stat_file", "host", "nas-02.corp.internal"],
    ["search_files", "hostname", "worker-9.cluster.local"],
    ["list_directory", "server", "FILESRV01"],
  ];
  for (const [tool, key, host] of cases) strictEqual(blocks(key, host, tool), false, host);
  // addresses keep their weight; fetchers and URLs still count
  strictEqual(blocks("host", "169.254.169.254", "read_file"), true);
  strictEqual(blocks("host", "metadata.google.internal", "stat_file"), true);
  strictEqual(blocks("host", "app-07.intranet.local", "fetch_file_from_url"), true);
  strictEqual(blocks("url", "http://app-07.intranet.local/admin", "read_file"), true);
});
