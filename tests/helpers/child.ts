/** Start a helper child process and wait for its "listening on URL" line on stderr. */

/** A running child with the URL it printed. */
export interface ListeningChild {
  url: string;
  stop(): Promise<void>;
}

/** Spawn `deno <args>` and resolve with the URL from its `listening on …` line. */
export async function spawnListening(
  args: string[],
  env: Record<string, string> = {},
): Promise<ListeningChild> {
  const child = new Deno.Command(Deno.execPath(), {
    args,
    env,
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const reader = child.stderr.getReader();
  const dec = new TextDecoder();
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not start:\n${log}`)), 30_000);
    (async () => {
      while (true) {
        const { value, done } = await reader.read();
        if (done) break;
        log += dec.decode(value);
        const m = /listening on (http:\/\/\S+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
          return;
        }
      }
      clearTimeout(timer);
      reject(new Error(`child exited:\n${log}`));
    })().catch(reject);
  });
  // keep draining stderr
  void (async () => {
    try {
      while (!(await reader.read()).done) { /* discard */ }
    } catch { /* closed */ }
  })();
  return {
    url,
    stop: async () => {
      try {
        child.kill("SIGTERM");
      } catch { /* gone */ }
      await child.status;
    },
  };
}
