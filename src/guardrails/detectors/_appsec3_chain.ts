/**
 * Third pass, backend-as-a-service rules and smart contracts: Firebase Storage / Realtime Database
 * rules open to every caller (Firebase security-rules guide), and the Smart Contract Weakness
 * Classification registry (SWC-104 unchecked send, SWC-105/106 unprotected owner change and
 * self-destruct, SWC-107 reentrancy, SWC-112 delegatecall to a caller-chosen address, SWC-115
 * tx.origin authorisation, SWC-120 block values as randomness). The guarded form (an `if`
 * condition, an owner modifier, checks-effects-interactions) passes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** A Solidity function header open to anyone: visibility, then no modifier but these keywords. */
const OPEN_FN = String
  .raw`\bfunction\s{1,4}\w{1,40}\s{0,4}\([^)]{0,120}\)\s{0,4}(?:(?:public|external|payable|virtual|override)\s{1,4}){1,4}(?:returns\s{0,4}\([^)]{0,60}\)\s{0,4})?\{`;

export const APPSEC3_CHAIN_RULES: AppsecRule[] = [
  {
    id: "fb3.rules_unconditional_allow",
    kind: "data_exfiltration",
    lit: ["service firebase.storage", "service cloud.firestore"],
    re:
      /^\s{0,12}allow\s{1,4}(?:read|write|create|update|delete|get|list)(?:\s{0,4},\s{0,4}(?:read|write|create|update|delete|get|list)){0,4}\s{0,4};/m,
    why:
      "allows reads/writes with no condition in Firebase rules (anyone with the project id can read or overwrite the data)",
  },
  {
    id: "fb3.rtdb_public_write",
    kind: "data_exfiltration",
    lit: ['".write"', '".read"'],
    re:
      /"rules"\s{0,4}:\s{0,4}\{\s{0,8}(?:"\.read"\s{0,4}:\s{0,4}(?:true|"true")\s{0,4},\s{0,8})?"\.write"\s{0,4}:\s{0,4}(?:true|"true")|"rules"\s{0,4}:\s{0,4}\{\s{0,8}"\.read"\s{0,4}:\s{0,4}(?:true|"true")/,
    why: "makes the whole Firebase Realtime Database world-readable or world-writable",
  },
  {
    id: "sol3.tx_origin_auth",
    kind: "app_weakness",
    lit: "tx.origin",
    re:
      /\b(?:require|assert)\s{0,4}\(\s{0,4}tx\.origin\s{0,4}==|\bif\s{0,4}\(\s{0,4}tx\.origin\s{0,4}[!=]=\s{0,4}\w{1,30}\s{0,4}\)|==\s{0,4}tx\.origin\s{0,4}[),]/,
    not: /\btx\.origin\s{0,4}==\s{0,4}msg\.sender\b|\bmsg\.sender\s{0,4}==\s{0,4}tx\.origin\b/,
    why: "authorises by tx.origin (a contract the owner calls can act as the owner; SWC-115)",
  },
  {
    id: "sol3.unprotected_selfdestruct",
    kind: "destructive_command",
    lit: "selfdestruct(",
    re: new RegExp(
      String
        .raw`${OPEN_FN}(?:(?!\brequire\s{0,4}\(|\bif\s{0,4}\(|\bonly\w{0,20}\b)[^}]){0,200}\bselfdestruct\s{0,4}\(`,
    ),
    why: "lets anyone self-destruct the contract (no owner check; SWC-106)",
  },
  {
    id: "sol3.delegatecall_any_target",
    kind: "app_weakness",
    lit: ".delegatecall(",
    re: new RegExp(
      String
        .raw`\bfunction\s{1,4}\w{1,40}\s{0,4}\([^)]{0,60}\baddress\s{1,4}(\w{1,30})[^)]{0,60}\)\s{0,4}(?:(?:public|external|payable|virtual|override)\s{1,4}){1,4}(?:returns\s{0,4}\([^)]{0,60}\)\s{0,4})?\{(?:(?!\brequire\s{0,4}\(|\bif\s{0,4}\(|\bonly\w{0,20}\b)[^}]){0,200}\b\1\.delegatecall\s{0,4}\(`,
    ),
    why:
      "delegatecalls an address the caller passes (the caller's code runs with this contract's storage; SWC-112)",
  },
  {
    id: "sol3.reentrancy_state_after_call",
    kind: "app_weakness",
    lit: ".call{value:",
    re:
      /\bmsg\.sender\.call\s{0,4}\{\s{0,4}value\s{0,4}:\s{0,4}\w{1,30}\s{0,4}\}\s{0,4}\(\s{0,4}""\s{0,4}\)\s{0,4};[\s\S]{0,160}?\b\w{1,30}\s{0,4}\[\s{0,4}msg\.sender\s{0,4}\]\s{0,4}(?:=\s{0,4}0\s{0,4};|-=)/,
    not: /\bnonReentrant\b|\bReentrancyGuard\b/,
    why:
      "sends Ether before updating the sender's balance (reentrancy; SWC-107, checks-effects-interactions)",
  },
  {
    id: "sol3.block_values_randomness",
    kind: "app_weakness",
    lit: ["block.timestamp", "block.difficulty", "block.prevrandao", "blockhash("],
    re:
      /\bkeccak256\s{0,4}\(\s{0,4}abi\.encode(?:Packed)?\s{0,4}\([^;]{0,120}\b(?:block\.(?:timestamp|difficulty|prevrandao|number)|blockhash\s{0,4}\()[^;]{0,120}\)\s{0,4}\)\s{0,4}\)?\s{0,4}%/,
    why: "draws a random number from block values a miner/validator can steer (SWC-120)",
  },
  {
    id: "sol3.unprotected_owner_change",
    kind: "privilege_escalation",
    lit: ["owner = ", "owner="],
    re: new RegExp(
      String
        .raw`\bfunction\s{1,4}\w{1,40}\s{0,4}\(\s{0,4}address\s{1,4}(\w{1,30})\s{0,4}\)\s{0,4}(?:(?:public|external|virtual|override)\s{1,4}){1,3}\{\s{0,16}_?owner\s{0,4}=\s{0,4}\1\s{0,4};`,
    ),
    not: /\binitializer\b/,
    why:
      "lets anyone make themselves the contract owner (unprotected owner setter / initializer; SWC-105)",
  },
  {
    id: "sol3.unchecked_send",
    kind: "app_weakness",
    lit: ".send(",
    re:
      /^\s{0,12}(?:payable\s{0,4}\()?\w{1,30}\)?\.send\s{0,4}\(\s{0,4}[\w.]{1,40}\s{0,4}\)\s{0,4};/m,
    also: /\bpragma\s{1,4}solidity\b|\bcontract\s{1,4}\w{1,40}\s{0,4}(?:is\b[^{]{0,80})?\{/,
    why: "ignores the result of send() (a failed payment is silently lost; SWC-104)",
  },
];
