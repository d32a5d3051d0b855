/**
 * Wallet asset control, allowances and permits: unlimited ERC-20 `approve` / `increaseAllowance`,
 * ERC-721/1155 `setApprovalForAll(operator, true)`, EIP-2612 / DAI / Uniswap Permit2 typed data
 * with an unlimited amount, SPL-token delegates for an unlimited amount, and blind signing of a
 * raw 32-byte hash (`eth_sign`, `personal_sign`, `cast wallet sign --no-hash`): the "ice phishing"
 * and permit-phishing patterns of the Revoke.cash, ScamSniffer and MetaMask security write-ups.
 * From the ERC-20 / ERC-721 / ERC-1155 / EIP-2612 / EIP-712 specifications, Uniswap Permit2 docs,
 * the SPL Token program docs and the 4byte selectors `0x095ea7b3` approve, `0x39509351`
 * increaseAllowance, `0xa22cb465` setApprovalForAll, `0xd505accf` permit, `0x87517c45` Permit2
 * approve.
 *
 * Exact amounts, revocations (`approve(x, 0)`, `setApprovalForAll(op, false)`) and permits for an
 * exact amount pass.
 */
import { fnIs, HUGE_ANY, HUGE_NUM, kv, r, type WalletRule } from "./_wallet_core.ts";

/** One ABI word (32 bytes). */
const W = r`[0-9a-fA-F]{64}`;
/** An ABI amount word ≥ 2^128 (its upper 16 bytes are not all zero). */
const W_HUGE = r`(?!0{32})[0-9a-fA-F]{64}`;

/** A call's argument separator then the next argument (code, a JSON / viem `args` array). */
const ARG = r`\s{0,3}["']?[^,()\[\]\n]{1,120}["']?\s{0,3},\s{0,3}`;

export const WALLET_ALLOW_RULES: readonly WalletRule[] = [
  {
    id: "allow.calldata_unlimited",
    lit: ["095ea7b3", "39509351", "d505accf", "87517c45"],
    re: new RegExp(
      r`(?:095ea7b3|39509351)${W}${W_HUGE}|(?:d505accf|87517c45)${W}${W}${W_HUGE}`,
      "i",
    ),
    why:
      "its calldata grants an unlimited (≥ 2^128) token allowance (approve, increaseAllowance, permit or Permit2 approve): the spender can take the whole balance at any time",
  },
  {
    id: "allow.calldata_approval_for_all",
    lit: "a22cb465",
    re: new RegExp(r`a22cb465${W}0{63}1(?![0-9a-f])`, "i"),
    why:
      "its calldata is setApprovalForAll(operator, true): the operator can move every NFT of the collection",
  },
  {
    id: "allow.code_unlimited",
    lit: ["approve", "increaseallowance", "increase_allowance", "increaseapproval", ".permit"],
    re: new RegExp(
      r`(?<![\w.]function\s{1,3}|def\s{1,3})\b(?:approve|increaseAllowance|increase_allowance|increaseApproval|approveDelegation)\s{0,2}\(${ARG}["']?(?:${HUGE_NUM})|["'](?:approve|increaseAllowance)\((?:address,\s{0,2}){1,2}uint(?:256|160)(?:,\s{0,2}uint48)?\)["']\s{1,3}(?:["']?\S{1,100}["']?\s{1,3}){1,2}["']?(?:${HUGE_NUM})|\.permit\s{0,2}\(${ARG}[^,()\n]{1,120},\s{0,3}["']?(?:${HUGE_NUM})|\.permit\s{0,2}\((?:\s{0,3}[^,()\n]{1,120},){4}\s{0,3}true\b`,
      "i",
    ),
    why:
      "approves an unlimited token allowance (MaxUint256, 2**256-1, `cast max-uint`): the spender can take the whole balance at any time",
  },
  {
    id: "allow.tool_unlimited",
    lit: ["approv", "allowance"],
    re: new RegExp(
      r`(?:^|\n)[\w.-]{0,40}(?:approv|allowance)[\w.-]{0,40}\n|${
        fnIs("approve|increaseAllowance|increase_allowance")
      }`,
      "i",
    ),
    also: new RegExp(
      r`${
        kv(
          "amount|value|allowance|limit|quantity|amount_?wei|raw_?amount|cap|approve_?amount|approval_?amount|added_?value|addedValue|increment",
          HUGE_ANY,
        )
      }|${
        kv(
          "unlimited|infinite|unlimited_?approval|infinite_?approval|approve_?max|max_?approval|use_?max|is_?unlimited|for_?all|approve_?all|all_?tokens",
          "true|yes|1",
        )
      }|\bargs\\{0,2}["']?[\s:=]{0,5}\[${ARG}["']?(?:${HUGE_NUM})|\nargs\n[^\n]{1,120}\n(?:${HUGE_NUM})(?:\n|$)`,
      "i",
    ),
    not: /(?:^|\n)(?:gh|github|gitlab|jira|linear)[\w.-]{0,40}\n|pull_?request|merge_?request/i,
    why:
      "asks a wallet tool for an unlimited token allowance: the spender can take the whole balance at any time",
  },
  {
    id: "allow.approval_for_all",
    lit: ["setapprovalforall", "set_approval_for_all", "approve_all", "approval_for_all"],
    re:
      /(?<!function\s{1,3}|event\s{1,3})\b(?:setApprovalForAll|set_approval_for_all|approve_all|approval_for_all)\b/i,
    also:
      /\b(?:setApprovalForAll|set_approval_for_all)\s{0,2}\(\s{0,3}["']?[^,()\n]{1,120}["']?\s{0,3},\s{0,3}(?:true|True)\b|\(address,\s{0,2}bool\)["']\s{1,3}["']?\S{1,100}["']?\s{1,3}(?:true|1)\b|\bargs\\{0,2}["']?[\s:=]{0,5}\[\s{0,3}["']?[^,\[\]\n]{1,120}["']?\s{0,3},\s{0,3}true\b|\nargs\n[^\n]{1,120}\ntrue(?:\n|$)|(?:^|[^\w])(?:approved|_approved|approve|approval|status|enabled)\\{0,2}["']?[\s:=]{0,5}\\{0,2}["']?true\b/i,
    why:
      "grants an operator setApprovalForAll(true): it can move every NFT or token of the collection",
  },
  {
    id: "allow.permit_unlimited",
    lit: ["permit"],
    re:
      /\bPermit(?:Single|Batch|TransferFrom|BatchTransferFrom|WitnessTransferFrom)?\b[\s\S]{0,4000}?\bspender\b|\bspender\b[\s\S]{0,4000}?\bPermit(?:Single|Batch|TransferFrom|BatchTransferFrom)?\b/,
    also: new RegExp(
      r`${kv("value|amount|allowed", HUGE_ANY)}|${kv("allowed", "true")}`,
      "i",
    ),
    not: /\bpermit\s{0,2}\(\s{0,2}principal\b/i,
    why:
      "signs an EIP-2612 / DAI / Permit2 permit for an unlimited amount: whoever holds the signature can take the whole balance without another transaction from you",
  },
  {
    id: "allow.solana_delegate",
    lit: [
      "spl-token",
      "createapproveinstruction",
      "createapprovecheckedinstruction",
      "approvechecked",
      "approve_delegate",
    ],
    re:
      /\bspl-token\s{1,3}approve\s{1,3}(?:--[\w-]{1,30}\s{1,3}\S{1,100}\s{1,3}){0,4}\S{32,44}\s{1,3}(?:ALL|18446744073709551615|[1-9]\d{8,19})(?:\.\d{1,9})?\s|\b(?:createApprove(?:Checked)?Instruction|approveChecked|approve_delegate|approve_checked)\b[\s\S]{0,400}?(?:u64::MAX\b|U64_MAX\b|18446744073709551615n?|2n\s{0,2}\*\*\s{0,2}64n|BigInt\(\s{0,2}["']?18446744073709551615|Number\.MAX_SAFE_INTEGER|MAX_U64\b)/i,
    why:
      "makes a third party the delegate of a token account for an unlimited amount: the delegate can transfer the tokens away",
  },
  {
    id: "allow.blind_sign_hash",
    lit: [
      "eth_sign",
      "personal_sign",
      "--no-hash",
      "blind_sign",
      "sign_hash",
      "eth.sign",
      "signmessage",
    ],
    re: new RegExp(
      r`\b(?:eth_sign|personal_sign|blind_sign|sign_hash)\b(?!Typed|Transaction|_?typed|_?transaction)[\s\S]{0,400}?(?:^|["'\s\[,])0x[0-9a-fA-F]{64}(?:["'\s\],]|$)|\bcast\s{1,3}wallet\s{1,3}sign\b[^\n]{0,200}?--no-hash\b|\beth\.sign\s{0,2}\(|\bsignMessage\s{0,2}\(\s{0,3}(?:(?:ethers\.)?(?:getBytes|arrayify|toBytes|hexToBytes)\s{0,2}\(\s{0,3}["']0x[0-9a-fA-F]{64}["']|\{[^}]{0,200}?\braw\s{0,3}:\s{0,3}["']0x[0-9a-fA-F]{64}["'])`,
      "i",
    ),
    why:
      "blind-signs a raw 32-byte hash: the hash can be a transaction or a permit that hands over your assets, and the wallet cannot show what it is",
  },
];
