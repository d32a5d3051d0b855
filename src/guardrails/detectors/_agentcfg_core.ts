/**
 * Shared pieces of the agent-configuration tampering rules (`_agentcfg_*.ts`): the rule shape (the
 * tradecraft one, ./_tradecraft_core.ts, plus a `prose` flag for rules written against instruction
 * files) and the command fragments the area files combine: a fetch that runs what it fetched, and
 * a command that sends data or secrets to another host.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

export { OUT_HOST, r } from "./_tradecraft_core.ts";

/** One agent-configuration technique. */
export interface AgentCfgRule extends TradecraftRule {
  /** The rule is about standing orders in prose (AGENTS.md, rules files): a sentence does not clear it. */
  prose?: true;
}

/** A download piped into a shell or interpreter, a `$(curl …)` substitution, PowerShell `iex (iwr …)`. */
export const FETCH_RUN =
  r`(?:\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n\x60]{0,200}?\|\s{0,3}(?:sudo\s{1,3})?(?:(?:ba|z|da|k)?sh|iex|invoke-expression|python3?|node|perl|ruby)\b|(?:\$\(|<\()\s{0,3}(?:curl|wget)\b|\biex\s{0,3}\(\s{0,3}(?:iwr|irm|invoke-webrequest|invoke-restmethod|\(?\s{0,2}new-object\s{1,3}net\.webclient)|\b(?:exec|eval)\s{0,2}\([\s(]{0,6}(?:await\s{1,3}[\s(]{0,4})?(?:urllib\.request\.urlopen|urlopen|requests\.get|httpx\.get|fetch)\s{0,2}\()`;

/**
 * A command that ships data out: curl / wget posting or uploading a file, a netcat or /dev/tcp
 * connection, a request that carries a token variable, the environment piped to the network.
 */
export const DATA_OUT =
  r`(?:\b(?:curl|wget)\b[^\n\x60]{0,200}?(?:\s-d\s{0,2}\\?["']?@|\s--data(?:-binary|-raw|-urlencode)?[\s=]{1,2}\\?["']?[@$]|\s-F\s{0,2}\\?["']?[\w-]{0,20}=@|\s(?:-T|--upload-file)\s|\s--post-file[=\s]|\$\{?(?:env:)?\w{0,30}(?:TOKEN|SECRET|API_KEY|APIKEY|PASSWORD)\b|[?&=]\$\(\s{0,2}(?:cat|env|printenv|whoami|base64)\b)|\b(?:nc|ncat|netcat)\b[^\n\x60|;]{0,40}?\b\d{1,3}(?:\.\d{1,3}){3}\s{1,3}\d{2,5}|\/dev\/tcp\/|\b(?:env|printenv|set)\s{0,3}\|\s{0,3}(?:curl|wget|nc|ncat)\b)`;

/** Either of the two: what makes a server command, hook or lifecycle command a leash-breaker. */
export const NET_BAD = r`(?:${FETCH_RUN}|${DATA_OUT})`;

/** Official installers a lifecycle command may pipe into a shell (clears fetch-and-run). */
export const KNOWN_INSTALLER =
  /(?:deno\.land\/(?:x\/)?install|sh\.rustup\.rs|get\.pnpm\.io|bun\.sh\/install|astral\.sh\/uv|install\.python-poetry\.org|raw\.githubusercontent\.com\/nvm-sh\/|get\.docker\.com|starship\.rs\/install|claude\.ai\/install\.sh|deb\.nodesource\.com|rpm\.nodesource\.com|sdk\.cloud\.google\.com|get\.helm\.sh|cli\.github\.com)\S{0,80}\s{0,3}\|\s{0,3}(?:sudo\s{1,3})?(?:ba)?sh\b/i;
