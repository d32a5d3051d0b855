/**
 * Injection rules for code planted in a tool result for the model to adopt: an order to weave given
 * code into "your code" (the model's answer or the user's project), and code whose behaviour gives
 * it away (download-and-run, collecting local data, sending it out). An install guide also says
 * "add the following snippet to your code"; what sets the attack apart is the payload, so the
 * strong form of the order counts only when the fenced block right after it does something no
 * install snippet needs.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { inMention, SENT, SEP } from "./_injection_words.ts";

const R = String.raw;

/** Verbs that weave given code into other code (not "add" / "paste", which install guides use). */
const WEAVE =
  R`(?:integrate|incorporate|merge|embed|meld|blend|fuse|weave|infuse|absorb|adopt|deploy|enlist|utili[sz]e|leverage|employ|inject|interweave|harmoni[sz]e|implant|splice|graft|intertwine|combine|insert)`;
/** "the following code block", "the subsequent snippet", "this code excerpt". */
const GIVEN_CODE =
  R`(?:following|subsequent|below|this|these|given|attached|provided)${SEP}(?:code|snippet|script|code${SEP}(?:snippet|block|excerpt|section|fragment|segment|piece|sample))`;

/**
 * What install snippets do not do: move data to another host over raw channels, fetch code or
 * files and then send or run them, spawn processes, or read browser, key or password stores.
 */
const RISKY = new RegExp(
  [
    R`\bftplib\b|storbinary|\bparamiko\b|\bscp\b|\.sendall\(|\.sendto\(|socket\.socket\(|\bbluetooth\b|PyBluez|\bsmtplib\b|\byagmail\b`,
    R`(?:requests\.get|urlopen|urlretrieve|\bwget\b|\bcurl\b)[\s\S]{0,600}?(?:requests\.post|\.send\(|\.put\(|\.upload\(|\bexec\(|os\.system|subprocess|popen|nohup|chmod)`,
    R`\bos\.system\(|\bsubprocess\.|\bpopen\(|\bnohup\b|\bexec\(|\beval\(|child_process`,
    R`cookies?\.(?:pkl|txt|sqlite)|cookiejar|\.ssh/|/etc/(?:passwd|shadow)|\bgetpass\b|keylog|psutil\.|\bxmrig\b|stratum\+tcp`,
  ].join("|"),
  "i",
);
const FENCE_NEAR = 80;
const FENCE_MAX = 2000;

/** True when a fenced code block starts right after `end` and its code is {@link RISKY}. */
export function risky(view: string, _start: number, end: number): boolean {
  const open = view.indexOf("\x60\x60\x60", end);
  if (open < 0 || open - end > FENCE_NEAR) return false;
  const from = view.indexOf("\n", open);
  if (from < 0) return false;
  const close = view.indexOf("\x60\x60\x60", from);
  const code = view.slice(from, close < 0 ? from + FENCE_MAX : Math.min(close, from + FENCE_MAX));
  return RISKY.test(code);
}

/** A code span that is handed over to be run: "run `…`", "requires adding `…`", "execute: `…`". */
const TO_RUN =
  /\b(?:run|running|execute|executing|add|adding|paste|pasting|type|enter|invoke|insert|inserting|append|appending|put|putting)\b[^\n`]{0,24}`{1,3}\s*$/i;
const toBeRun = (view: string, start: number): boolean => {
  if (!TO_RUN.test(view.slice(Math.max(0, start - 48), start))) return false;
  // "the text \"… and run `curl … | sh`\"": the whole order is itself quoted.
  const tick = view.lastIndexOf("`", start - 1);
  return tick < 0 || !inMention(view, tick, tick + 1);
};

/** Rules for code planted in a tool result. */
export const CODE_RULES: readonly InjectionRule[] = [
  rule(
    "code_injection",
    0.7,
    "code snipp scrip / your follo subse below this these given attac provi",
    R`${SENT}(?:please${SEP}|now${SEP}|also${SEP})?(?:[A-Za-z0-9'’]+${SEP}){0,5}?${WEAVE}\b[^.!?\n]{0,60}?\b${GIVEN_CODE}\b[^\n]{0,100}?(?::|\.)?[ \t]*$`,
    "Text tells the model to weave given code that spawns, fetches or sends into its work",
    { flags: "im", accept: risky },
  ),
  rule(
    "code_injection",
    0.4,
    "code snipp / your follo subse below this these given",
    R`\b(?:following|subsequent|below|this|these|given)${SEP}(?:code|snippet|code${SEP}(?:snippet|block|excerpt|section|fragment|segment))\b[^.!?\n]{0,120}?\b(?:your${SEP}(?:code|codebase|implementation|solution|algorithm|response|answer|program|script|elucidation|reply)|the${SEP}code${SEP}you)\b|\byour${SEP}(?:code|codebase|implementation|solution|algorithm|program|script)\b[^.!?\n]{0,80}?\b(?:following|subsequent|below)${SEP}(?:code|snippet|code${SEP}(?:snippet|block|excerpt|section))\b|${SENT}(?:please${SEP})?(?:[A-Za-z0-9'’]+${SEP}){0,5}?(?:integrate|incorporate|include|merge|embed|meld|blend|fuse|weave|infuse|absorb|adopt|deploy|enlist|utili[sz]e|leverage|employ|inject|interweave|harmoni[sz]e)\b[^.!?\n]{0,40}?\b(?:following|subsequent|below)${SEP}(?:code|snippet)`,
    "Text tells the model to put given code into its work",
  ),
  rule(
    "malicious_code",
    0.7,
    "curl wget iwr irm invok iex urlre urlop urlli reque httpx =rm~- =dd~if= =mkfs. :() =exec( =os.remove =systemctl =rc.local =nc~-e /dev/tcp =xmrig =minerd =stratum =nohup =os.system( / sh bash zsh chmod exec syste subpr popen pytho iex invok",
    R`\brm${SEP}-[a-z]*r[a-z]*f?${SEP}(?:/|~|\*|\$HOME)(?:\s|$|usr|etc|lib|bin|var|home)|\bdd${SEP}if=\S+${SEP}of=/dev/[sh]d|\bmkfs\.|:\(\)\s*\{\s*:\|:&\s*\};:|\b(?:curl|wget)\b[^\n|;]{0,200}(?:\|\s*(?:sudo\s+(?:-\S+\s+){0,3})?(?:(?:ba|z)?sh\b|python[23]?(?:\s+-)?(?=[\s\x60'")]|$))|&&\s*chmod\s+\+x)|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^\n|;]{0,200}\|\s*(?:iex|invoke-expression)\b|\b(?:iex|invoke-expression)\s*\(\s*\(?\s*(?:iwr|irm|new-object)\b|\bexec\(\s*(?:open|requests\.get|urllib)|\bos\.remove\(\s*["']/(?:lib|etc|usr|bin|boot)|\bsystemctl\s+stop\b|/etc/init\.d/rc\.local|\bnc\s+-e\s|bash\s+-i\s+>&\s*/dev/tcp/|(?:urlretrieve|wget|curl|requests\.get|urlopen|urllib3|\.request\(\s*["']GET|httpx\.get)[\s\S]{0,600}?(?:\bexec\(|os\.system\(\s*f?["'](?:python|bash|sh|nohup|\./)|subprocess\.\w+\(\s*\[?\s*["'](?:python3?|bash|sh|nohup|\./))|\b(?:xmrig|minerd|stratum\+tcp)\b`,
    "Text contains destructive or download-and-run code",
    // Code sits in code spans: "run `curl … | sh`" hands over the command, "a script that ran
    // `curl … | sh`" (an advisory) only quotes it.
    { reach: 800, quotedOk: toBeRun },
  ),
  rule(
    "code_collects",
    0.3,
    "=os.environ =getenv( =cookiejar =cookies. =SimpleCookie =psutil. =driverquery =usb.core =getpass =keylog =/path/to/trash =contacts.csv .ssh/ =bluetooth. =query_devices /etc/passwd",
    R`os\.environ|\bgetenv\(|cookiejar|cookies\.(?:txt|pkl|sqlite)|SimpleCookie|psutil\.|driverquery|usb\.core|getpass|keylog|/path/to/trash|contacts\.csv|bluetooth\.discover|query_devices|/etc/passwd`,
    "Text contains code that collects local data",
  ),
  // A key path counts as collection only where something opens, reads or copies it, not in an
  // SSH error message that tells the user to `ssh-add ~/.ssh/id_rsa`.
  rule(
    "code_collects",
    0.3,
    ".ssh/",
    R`\b(?:open|expanduser|Path|readFile(?:Sync)?|read_?text|read(?:\s{1,4}the\s{1,4}file)?|join|glob|cat|cp|scp|tar|zip|base64|copyfile|copy)(?:\s{0,4}\()?\s{0,4}[frb]?["'\x60]?[~\w/$.{}-]{0,40}\.ssh/(?!(?:[\w.-]{1,40}\.pub|known_hosts|authorized_keys|config)\b)`,
    "Text contains code that collects local data",
  ),
  rule(
    "code_sends",
    0.3,
    "curl =requests.post .sendall( .sendto( =storbinary =smtplib =yagmail =publish.single =http.client =cookies= =files={ =scp =paramiko =ftplib =PyBluez .upload( / form data upload f d t",
    R`requests\.post|\.sendall\(|\.sendto\(|storbinary|smtplib|yagmail|publish\.single|http\.client|\bcookies=|files=\{|\bscp\b|paramiko|ftplib|PyBluez|\.upload\(|\bcurl\b[^\n]{0,80}?["'\s](?:-F|--form|--data\S*|-d|--upload-file|-T)\b`,
    "Text contains code that sends data over the network",
  ),
];
