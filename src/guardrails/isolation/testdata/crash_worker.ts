/** A scan worker that crashes (uncaught error) on a job whose first text is "CRASH"; else normal. */
import "../scan_worker.ts";

const scope = self as unknown as { onmessage: (e: MessageEvent) => void };
const normal = scope.onmessage;
scope.onmessage = (e) => {
  if (e.data?.type === "job" && e.data.groups[0]?.items[0]?.text === "CRASH") {
    throw new Error("worker crashed on purpose");
  }
  normal(e);
};
