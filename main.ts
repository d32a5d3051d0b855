/** smg entry point: build and run the CLI. */
import { runCli } from "./src/cli/mod.ts";

if (import.meta.main) {
  const code = await runCli(Deno.args);
  // `bad-mcp run` keeps serving after its action returns; every other command (or any failure) ends here.
  if (code !== 0 || !(Deno.args[0] === "bad-mcp" && Deno.args[1] === "run")) Deno.exit(code);
}
