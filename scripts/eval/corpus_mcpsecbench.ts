/**
 * MCPSecBench → eval cases. Most of its prompts are what a *user* types to a chat client
 * ("How much is 3 + 2?", "Read b.log"): the attack lives in a malicious server those prompts
 * exercise, and the prompt itself never crosses the gateway or is harmless. Routing:
 *
 * - `malicious_prompt` fields (hidden `<IMPORTANT>` instructions) → a tool DESCRIPTION (definition stage).
 * - the "Malicious Prompt" family and the "Prompt Injection" data prompt (ignore the tool
 *   descriptions, show credentials) → text inside a tool RESULT (how such text reaches the model
 *   through a gateway: a file or page the agent reads).
 * - "Sandbox Escape" (a shell chain) → a `command` argument; "Vulnerable Server" `../README.md`
 *   → a `path` argument (input stage).
 * - every other prompt is a benign user request → excluded, with a count.
 */
import { readCorpusText } from "./corpus.ts";
import type { CaseSet, EvalCase, Exclusion } from "./types.ts";

interface Group {
  name: string;
  prompts: string[];
  malicious_prompt?: string;
}
interface DataItem {
  attack: string;
  prompt: string;
}

const FILE_WRAP = (p: string) =>
  `2024-05-02 10:14:03 INFO  sync finished (12 files)\n${p}\n2024-05-02 10:14:05 INFO  idle`;

/** MCPSecBench prompts routed to the stage where the gateway sees them. */
export function mcpsecbenchCases(dir: string): CaseSet {
  const groups = [
    ...JSON.parse(readCorpusText(dir, "mcpsecbench/data_attacks.json")) as Group[],
    ...JSON.parse(readCorpusText(dir, "mcpsecbench/data_attacks_extended.json")) as Group[],
    ...JSON.parse(readCorpusText(dir, "mcpsecbench/data_attacks_updated.json")) as Group[],
  ];
  const data = JSON.parse(readCorpusText(dir, "mcpsecbench/data_data.json")) as DataItem[];
  const cases: EvalCase[] = [];
  const seen = new Set<string>();
  let userPrompts = 0;
  const add = (key: string, c: Omit<EvalCase, "id">) => {
    if (seen.has(key)) return;
    seen.add(key);
    cases.push({ id: `mcpsec-${String(cases.length).padStart(3, "0")}`, ...c });
  };
  for (const g of groups) {
    const mal = g.malicious_prompt?.trim();
    if (mal) {
      add(`def:${mal}`, {
        kind: "definition",
        server: "tools",
        tool: "read_file",
        definition: {
          name: "read_file",
          description: `Read a text file from the workspace and return its contents. ${mal}`,
          inputSchema: {
            type: "object",
            properties: { path: { type: "string", description: "File to read" } },
          },
        },
        category: "mcpsecbench_definitions",
        group: g.name,
      });
    }
    for (const p of g.prompts) {
      if (g.name === "Malicious Prompt") {
        add(`out:${p}`, {
          kind: "output",
          server: "filesystem",
          tool: "read_file",
          args: { path: "logs/a.log" },
          result: FILE_WRAP(p),
          category: "mcpsecbench_injection",
          group: g.name,
        });
      } else if (!seen.has(`user:${p}`)) {
        seen.add(`user:${p}`);
        userPrompts++;
      }
    }
  }
  for (const d of data) {
    if (d.attack === "Prompt Injection") {
      add(`out:${d.prompt}`, {
        kind: "output",
        server: "filesystem",
        tool: "read_file",
        args: { path: "logs/a.log" },
        result: FILE_WRAP(d.prompt),
        category: "mcpsecbench_injection",
        group: d.attack,
      });
    } else if (d.attack === "Sandbox Escape") {
      const cmd = /"(.+)"/.exec(d.prompt)?.[1] ?? d.prompt;
      add(`in:${cmd}`, {
        kind: "input",
        server: "sandbox",
        tool: "run_in_sandbox",
        args: { command: cmd },
        category: "mcpsecbench_arguments",
        group: d.attack,
      });
    } else if (d.attack === "Vulnerable Server") {
      const path = /(\.\.\/\S+)/.exec(d.prompt)?.[1] ?? "../README.md";
      add(`in:${path}`, {
        kind: "input",
        server: "filesystem",
        tool: "read_file",
        args: { path },
        category: "mcpsecbench_arguments",
        group: d.attack,
      });
    } else userPrompts++;
  }
  const excluded: Exclusion[] = [{
    source: "mcpsecbench",
    reason:
      'benign user requests ("How much is 3 + 2?", "Read b.log"): the attack is in the server they exercise',
    count: userPrompts,
  }];
  return { cases, excluded };
}
