/**
 * Round-38 obfuscation rules: DECODE FIRST, THEN JUDGE. Instead of one rule per encoding trick,
 * every notation an interpreter, shell, browser or spreadsheet expands on its own is decoded here
 * and the decoded text is judged by one shared test (a payload fetched and run, secrets read and
 * sent, antivirus told to look away, or a live credential). Danger must appear only after
 * decoding, so plain text that other rules already see is not judged twice.
 *
 * Notations decoded (each only when a long run of it is present):
 * - byte escapes written as runs: quoted-printable `=XX`, glued `0xHH` (forfiles, printf),
 *   HTML numeric entities `&#NN;` / `&#xHH;`, spreadsheet/SQL/VB `CHAR(n)`/`CHR(n)` chains;
 * - look-alike letters an interpreter folds (Unicode mathematical alphanumerics, full-width
 *   forms: Python NFKC-normalises identifiers), then hex literals inside the folded code;
 * - junk characters sprinkled through a literal and removed before running (`-replace`,
 *   `.replace`, `tr -d`, `split().join()`, `sed s///g`);
 * - a fixed character shift (Caesar / ROT-n / XOR with a small constant) applied by a decoder
 *   function to every literal;
 * - uuencoded text decoded by `unpack('u')`, `uudecode`, `a2b_uu`;
 * - colour codes (`#RRGGBB`) whose bytes in order spell a key;
 * - a command picked character by character out of an innocent string (`${v:N:1}` slices).
 *
 * One case-insensitive gate first; every decoder is bounded (run lengths, match counts).
 */
import { LiteralGate } from "./_literal_gate.ts";

const GATE =
  /(?:=[0-9a-f]{2}){6}|(?:0x[0-9a-f]{2}){6}|(?:&#x?[0-9a-f]{2,6};){6}|\b(?:nchar|char|chrw?)\s{0,2}\(\s{0,2}\d{1,3}\s{0,2}\)|[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]|replace|\btr\s{1,3}-d\b|\.join\s{0,2}\(|\bsed\b|charcodeat|\bord\s{0,2}\(|unpack\s{0,2}\(\s{0,2}["']u|uudecode|a2b_uu|#[0-9a-f]{6}\b|\$\{\w{1,20}:\d{1,4}:\d{1,3}\}/iu;
/** {@link GATE} skipped when none of its literals is in the text (`_literal_gate.ts`). */
const GATED = new LiteralGate(GATE);

// --- The shared judgement -----------------------------------------------------------------------

const SEND =
  /https?:\/\/|\b(?:curl|wget|ncat|nc|scp|rsync|ftp|tftp|socat)\b|\burlopen\b|\brequests\.(?:post|put|get)\b|\bfetch\s{0,2}\(|\bsendbeacon\b|\bxmlhttprequest\b|\binvoke-(?:webrequest|restmethod)\b|\b(?:iwr|irm)\b|\bwebclient\b|\/dev\/tcp\//i;
const EXEC =
  /\|\s{0,3}(?:sudo\s{1,3})?(?:ba|z|da|k)?sh\b|\|\s{0,3}(?:python3?|perl|ruby|node)\b|\biex\b|\binvoke-expression\b|\beval\s{0,2}\(|\bexec\s{0,2}\(|\bdownload(?:string|file)\b|\bstart-process\b|-w(?:indowstyle)?\s{1,3}hidden\b|\bsystem\s{0,2}\(|\bchild_process\b|\bexecsync\b|\bpopen\b|\bsubprocess\b|\bpowershell\b|\bchmod\s{1,3}\+x\b/i;
const SECRET_SRC =
  /\.ssh\b|\bid_(?:rsa|ed25519|ecdsa|dsa)\b|\.aws\b|\.kube\b|\.docker\b|\bgcloud\b|\.npmrc\b|\.netrc\b|\.pypirc\b|\.git-credentials\b|\bdocument\.cookie\b|\blocalstorage\b|\bsessionstorage\b|\/etc\/shadow\b|\bkeychain\b|\bwallet\.dat\b|\.gnupg\b|\blogin data\b|\bcookies\.sqlite\b/i;
const AV_OFF =
  /\badd-mppreference\b[^\n]{0,40}-exclusion|\bset-mppreference\b[^\n]{0,60}-disable\w{0,30}\s{1,3}\$?(?:true|1)\b/i;
const TOKEN =
  /\bAKIA[0-9A-Z]{16}\b|\bASIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}|\bgithub_pat_\w{30,}|\bxox[abposr]-[\w-]{10,}|\b[sr]k_live_\w{16,}|\bglpat-[\w-]{20,}|\bAIza[\w-]{35}|\bnpm_[A-Za-z0-9]{30,}|-----BEGIN [A-Z ]{0,20}PRIVATE KEY/;

/** What the decoded text does that is dangerous, or undefined. */
export function decodedDanger(decoded: string): string | undefined {
  if (decoded.length < 8) return undefined;
  if (TOKEN.test(decoded)) return "a live credential";
  if (AV_OFF.test(decoded)) return "an antivirus exclusion or shutdown";
  if (SEND.test(decoded)) {
    if (SECRET_SRC.test(decoded)) return "secrets read and sent out";
    if (EXEC.test(decoded)) return "a payload fetched and run";
  }
  return undefined;
}

/** How many kinds of evidence `text` shows (credential, AV off, sending, secrets, running). */
function evidence(text: string): number {
  let n = 0;
  for (const re of [TOKEN, AV_OFF, SEND, SECRET_SRC, EXEC]) if (re.test(text)) n++;
  return n;
}

/** Danger that appears (or gains evidence) only once `decoded` replaces `original`. */
function emerges(decoded: string, original: string): string | undefined {
  const d = decodedDanger(decoded);
  return d && (!decodedDanger(original) || evidence(decoded) > evidence(original)) ? d : undefined;
}

function bytesToText(codes: number[]): string {
  let out = "";
  for (const c of codes) out += String.fromCharCode(c);
  // UTF-8 sequences stay as Latin-1 bytes; the judgement only needs ASCII.
  return out;
}

// --- Runs of byte escapes -----------------------------------------------------------------------

const RUNS: { re: RegExp; unit: RegExp; radix: number }[] = [
  { re: /(?:=[0-9A-Fa-f]{2}){12,}/g, unit: /=([0-9A-Fa-f]{2})/g, radix: 16 },
  { re: /(?:0x[0-9A-Fa-f]{2}){12,}/g, unit: /0x([0-9A-Fa-f]{2})/g, radix: 16 },
  { re: /(?:&#\d{2,7};){12,}/g, unit: /&#(\d{2,7});/g, radix: 10 },
  { re: /(?:&#[xX][0-9A-Fa-f]{2,6};){12,}/g, unit: /&#[xX]([0-9A-Fa-f]{2,6});/g, radix: 16 },
  {
    re:
      /(?:\b(?:[nN]?[cC][hH][aA][rR]|[cC][hH][rR][wW]?)\s{0,2}\(\s{0,2}\d{1,3}\s{0,2}\)\s{0,2}(?:&|\+|\|\||,|\.)?\s{0,2}){12,}/g,
    unit: /\(\s{0,2}(\d{1,3})\s{0,2}\)/g,
    radix: 10,
  },
];

function escapeRuns(text: string): string | undefined {
  for (const { re, unit, radix } of RUNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m && n < 10; m = re.exec(text), n++) {
      const codes: number[] = [];
      unit.lastIndex = 0;
      for (let u = unit.exec(m[0]); u && codes.length < 20000; u = unit.exec(m[0])) {
        codes.push(parseInt(u[1], radix));
      }
      const d = emerges(bytesToText(codes), m[0]);
      if (d) return d;
    }
  }
  return undefined;
}

// --- Folded look-alike letters, then hex inside --------------------------------------------------

const HEX_LIT = /["']((?:[0-9a-fA-F]{2}){12,4000})["']/g;

function hexLiterals(text: string): string | undefined {
  if (
    !/fromhex|unhexlify|['"]hex['"]|xxd\s{1,3}-r|hex2bin|decode\s{0,2}\(\s{0,2}["']hex/i.test(text)
  ) {
    return undefined;
  }
  HEX_LIT.lastIndex = 0;
  for (let m = HEX_LIT.exec(text), n = 0; m && n < 10; m = HEX_LIT.exec(text), n++) {
    const codes: number[] = [];
    for (let i = 0; i < m[1].length; i += 2) codes.push(parseInt(m[1].slice(i, i + 2), 16));
    const d = decodedDanger(bytesToText(codes));
    if (d) return d;
  }
  return undefined;
}

function foldedLetters(text: string): string | undefined {
  if (!/[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/u.test(text)) return undefined;
  const folded = text.normalize("NFKC");
  // Look-alikes inside code identifiers: the folded text calls something the original hid.
  if (
    !/\b(?:system|exec|eval|popen|spawn|subprocess|run|call|invoke-expression|iex)\b/i.test(folded)
  ) {
    return undefined;
  }
  return emerges(folded, text) ?? hexLiterals(folded);
}

// --- Junk characters removed before running ------------------------------------------------------

const STRIP =
  /(?:-replace|\.replace(?:all)?\s{0,2}\()\s{0,3}(?:\/([^/\n]{1,3})\/g?|["']([^"'\n]{1,3})["'])\s{0,3},\s{0,3}(?:["']{2}|"\$null"|\$null)|\btr\s{1,3}-d\s{1,3}["']?([^"'\s]{1,3})|\.split\s{0,2}\(\s{0,2}["']([^"'\n]{1,3})["']\s{0,2}\)\s{0,2}\.join\s{0,2}\(\s{0,2}["']{2}|\bsed\s{1,3}["']?s([/|#])([^/|#\n]{1,3})\5\5g/gi;

function junkStripped(text: string): string | undefined {
  STRIP.lastIndex = 0;
  for (let m = STRIP.exec(text), n = 0; m && n < 8; m = STRIP.exec(text), n++) {
    let junk = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[6] ?? "";
    junk = junk.replace(/^\\(.)$/, "$1");
    if (!junk || /^[\s\w]$/.test(junk) && junk.length === 1 && !/[^\w\s]/.test(junk)) continue;
    const parts = text.split(junk);
    if (parts.length < 12) continue; // sprinkled through the text, not a one-off separator
    const d = emerges(parts.join(""), text);
    if (d) return d;
  }
  return undefined;
}

// --- A fixed character shift -------------------------------------------------------------------

const SHIFT =
  /\bfromcharcode\s{0,2}\(\s{0,2}\(?\s{0,2}\w{1,20}\.charcodeat\s{0,2}\(\s{0,2}\w{0,10}\s{0,2}\)\s{0,2}([-+^])\s{0,2}(\d{1,3})|\bchr\s{0,2}\(\s{0,2}\(?\s{0,2}ord\s{0,2}\(\s{0,2}\w{1,20}\s{0,2}\)\s{0,2}([-+^])\s{0,2}(\d{1,3})/i;
const LITERAL = /"((?:[^"\\\n]|\\.){3,2000})"|'((?:[^'\\\n]|\\.){3,2000})'|`([^`]{3,2000})`/g;

function shifted(text: string): string | undefined {
  const m = SHIFT.exec(text);
  if (!m) return undefined;
  const op = m[1] ?? m[3];
  const k = Number(m[2] ?? m[4]);
  if (!k || k > 255) return undefined;
  const parts: string[] = [];
  LITERAL.lastIndex = 0;
  for (let l = LITERAL.exec(text), n = 0; l && n < 200; l = LITERAL.exec(text), n++) {
    const lit = (l[1] ?? l[2] ?? l[3]).replace(/\\(["'\\])/g, "$1");
    let out = "";
    for (const ch of lit) {
      const c = ch.charCodeAt(0);
      out += String.fromCharCode(op === "+" ? c + k : op === "-" ? c - k : c ^ k);
    }
    parts.push(out);
  }
  return emerges(parts.join(" "), text);
}

// --- uuencoded text ----------------------------------------------------------------------------

const UU_LINE = /^[!-`][ -`]{4,80}$/gm;

function uuDecoded(text: string): string | undefined {
  if (!/unpack\s{0,2}\(\s{0,2}["']u|uudecode|a2b_uu|convert\.uu/i.test(text)) return undefined;
  const codes: number[] = [];
  UU_LINE.lastIndex = 0;
  for (let m = UU_LINE.exec(text), n = 0; m && n < 400; m = UU_LINE.exec(text), n++) {
    const line = m[0];
    const len = (line.charCodeAt(0) - 32) & 63;
    const body: number[] = [];
    for (let i = 1; i + 3 < line.length + 1 && i < line.length; i += 4) {
      const c = [0, 1, 2, 3].map((j) => ((line.charCodeAt(i + j) || 32) - 32) & 63);
      body.push(
        (c[0] << 2) | (c[1] >> 4),
        ((c[1] & 15) << 4) | (c[2] >> 2),
        ((c[2] & 3) << 6) | c[3],
      );
    }
    codes.push(...body.slice(0, len));
  }
  return codes.length >= 12 ? emerges(bytesToText(codes), text) : undefined;
}

// --- Colour codes that spell a key ---------------------------------------------------------------

const COLOUR = /#([0-9a-fA-F]{6})\b/g;

function colourKey(text: string): string | undefined {
  const codes: number[] = [];
  COLOUR.lastIndex = 0;
  for (let m = COLOUR.exec(text), n = 0; m && n < 400; m = COLOUR.exec(text), n++) {
    for (let i = 0; i < 6; i += 2) {
      const b = parseInt(m[1].slice(i, i + 2), 16);
      if (b !== 0) codes.push(b);
    }
  }
  if (codes.length < 18) return undefined;
  const s = bytesToText(codes);
  return TOKEN.test(s) ? "a live credential" : undefined;
}

// --- A command picked out of a string by slices ---------------------------------------------------

const ASSIGN = /\b(\w{1,20})=(?:'([^'\n]{8,600})'|"([^"\n$`]{8,600})")/g;
const SLICE = /\$\{(\w{1,20}):(\d{1,4}):(\d{1,3})\}/g;

function slicePicked(text: string): string | undefined {
  if ((text.match(SLICE)?.length ?? 0) < 8) return undefined;
  const vars = new Map<string, string>();
  ASSIGN.lastIndex = 0;
  for (let m = ASSIGN.exec(text), n = 0; m && n < 20; m = ASSIGN.exec(text), n++) {
    vars.set(m[1], m[2] ?? m[3]);
  }
  if (vars.size === 0) return undefined;
  const rebuilt = text.replace(SLICE, (s, v: string, a: string, l: string) => {
    const val = vars.get(v);
    return val === undefined ? s : val.substr(Number(a), Number(l));
  });
  return emerges(rebuilt, text);
}

/** A short description of what was hidden in `text`, or undefined. */
export function r38Obfuscated(text: string): string | undefined {
  if (text.length < 20 || text.length > 100000 || !GATED.test(text)) return undefined;
  const found = escapeRuns(text) ?? foldedLetters(text) ?? junkStripped(text) ??
    shifted(text) ?? uuDecoded(text) ?? colourKey(text) ?? slicePicked(text);
  return found ? `${found} hidden in encoded or disguised text` : undefined;
}
