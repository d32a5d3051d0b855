/**
 * A scan worker that, on a job whose first text is "PROBE", tries what a compromised detector
 * would (read a file, read the environment, open a socket, run a program) and answers with what it
 * was allowed, as the kinds of one finding; else a normal scan worker.
 */
import "../scan_worker.ts";

const scope = self as unknown as {
  onmessage: (e: MessageEvent) => void;
  postMessage: (m: unknown) => void;
};
const normal = scope.onmessage;

async function attempt(f: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await f();
    return "allowed";
  } catch (e) {
    return (e as Error).name;
  }
}

scope.onmessage = async (e) => {
  if (e.data?.type !== "job" || e.data.groups[0]?.items[0]?.text !== "PROBE") return normal(e);
  const tried = {
    read: await attempt(() => Deno.readTextFile("/etc/hostname")),
    env: await attempt(() => Deno.env.get("HOME")),
    net: await attempt(() => Deno.connect({ hostname: "127.0.0.1", port: 9 })),
    run: await attempt(() => new Deno.Command("true").output()),
  };
  scope.postMessage({
    type: "result",
    id: e.data.id,
    findings: [[[[{
      detector: "probe",
      kind: JSON.stringify(tried),
      severity: "low",
      reason: "",
    }]]]],
  });
};
