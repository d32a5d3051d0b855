/**
 * Wallet asset control beyond the ERC-20 / Solana basics: session keys and ERC-7715
 * `wallet_grantPermissions` without limits, Cosmos `authz` grants to send everything, TRON
 * account-permission updates (the multisig-hijack scam), NEAR full-access keys added, Sui
 * `pay-all-sui` sweeps, Seaport listings for nothing (the "free listing" signature phish), Safe
 * transactions that DELEGATECALL an arbitrary contract (the 2025 Safe{Wallet} / Bybit pattern), and
 * wallet tools asked to reveal a private key or seed phrase into the chat. From ERC-7715, the
 * Cosmos SDK `x/authz` docs, TRON account-permission docs, NEAR CLI docs, Sui CLI docs, the
 * Seaport order docs, the Safe transaction docs and wallet security write-ups (Blockaid,
 * ScamSniffer, SlowMist).
 */
import { HUGE_ANY, kv, r, type WalletRule } from "./_wallet_core.ts";

const own = (re: string): RegExp => new RegExp(re, "gi");

export const WALLET_CHAIN_RULES: readonly WalletRule[] = [
  {
    id: "chains.session_key_unlimited",
    lit: ["grantpermissions", "session_key", "sessionkey", "session-key", "grant_permissions"],
    re:
      /\b(?:wallet_grantPermissions|grantPermissions|grant_permissions|create_?session_?key|add_?session_?key|addSessionKey|registerSessionKey|createSessionKey)\b/i,
    also: new RegExp(
      r`${
        kv(
          "allowance|limit|spend_?limit|spendLimit|value_?limit|valueLimit|max_?amount|maxAmount|amount",
          HUGE_ANY,
        )
      }|${kv("valid_?until|validUntil|expiry|expires?_?at|expiresAt", "0")}|${
        kv("targets?|contracts?|allowed_?contracts?|allowedTargets", r`\[?\s{0,2}["']?\*`)
      }`,
      "i",
    ),
    why:
      "grants a session key or dapp permission with no spending limit, no expiry or every contract: its holder can move the account's assets",
  },
  {
    id: "chains.cosmos_authz",
    lit: ["authz", "msggrant", "genericauthorization"],
    re:
      /\btx\s{1,3}authz\s{1,3}grant\s{1,3}\S{10,90}\s{1,3}(?:generic\b|send\b(?![^\n]{0,300}--spend-limit))|\bMsgGrant\b[\s\S]{0,600}?GenericAuthorization[\s\S]{0,300}?MsgSend|GenericAuthorization[\s\S]{0,300}?\/cosmos\.bank\.v1beta1\.MsgSend/i,
    why:
      "grants another Cosmos account authz rights to send this account's funds with no spend limit",
  },
  {
    id: "chains.tron_permission_update",
    lit: [
      "updateaccountpermissions",
      "accountpermissionupdate",
      "account_permission_update",
      "update_account_permission",
    ],
    re:
      /(?:\b|_)(?:updateAccountPermissions|AccountPermissionUpdate(?:Contract)?|account_?permission_?update|update_?account_?permissions?)\b/i,
    not: /(?:^|\n)\s{0,8}(?:function|def)\s{1,3}updateAccountPermissions\b/,
    why:
      "updates a TRON account's owner / active permissions: the new key holders control the account (the multisig-hijack scam)",
  },
  {
    id: "chains.near_full_access_key",
    lit: ["add-key", "addkey", "addfullaccesskey", "add_full_access_key", "grant-full-access"],
    re:
      /\bnear\s{1,3}add-key\s{1,3}\S{2,64}\s{1,3}\S{20,100}(?![^\n]{0,300}--contract-id)|\bnear\s{1,3}account\s{1,3}add-key\b[^\n]{0,300}?grant-full-access|\baddFullAccessKey\s{0,2}\(|\badd_full_access_key\b|\baccount\.addKey\s{0,2}\(\s{0,3}[^,()\n]{1,120}\s{0,3}\)/i,
    why:
      "adds a full-access key to a NEAR account: its holder controls the account and everything it holds",
  },
  {
    id: "chains.sui_pay_all",
    lit: ["pay-all-sui", "pay_all_sui", "payallsui"],
    re: /\b(?:pay-all-sui|pay_all_sui|payAllSui)\b/i,
    own: own(
      r`--recipient\s{1,3}(\$\([^)\n]{1,100}\)|\S{20,80})|\brecipient["']?[\s:=]{1,5}["']?([\w.$]{1,100})`,
    ),
    why: "sends every SUI coin of the account to another address",
  },
  {
    id: "chains.seaport_free_listing",
    lit: ["ordercomponents", "orderparameters", "consideration"],
    re:
      /\b(?:OrderComponents|OrderParameters)\b[\s\S]{0,4000}?\bconsideration\b|\bconsideration\b[\s\S]{0,4000}?\b(?:OrderComponents|OrderParameters)\b/,
    also: new RegExp(
      r`\bconsideration\b[\s\S]{0,1500}?${kv("startAmount|start_amount", r`[01]`)}[\s\S]{0,200}?${
        kv("endAmount|end_amount", r`[01]`)
      }`,
      "i",
    ),
    why:
      "signs a Seaport order that gives the NFT away for nothing (a zero-price listing): anyone can fill it",
  },
  {
    id: "chains.safe_delegatecall",
    lit: [
      "safetx",
      "exectransaction",
      "safetxgas",
      "safe_tx",
      "propose_transaction",
      "createtransaction",
    ],
    re:
      /\b(?:SafeTx|execTransaction|safeTxGas|safe_?tx(?:_?gas)?|propose_?transaction|createTransaction)\b/i,
    also: new RegExp(kv("operation", r`1|DelegateCall|OperationType\.DelegateCall|"1"`), "i"),
    not: /multi_?send/i,
    why:
      "has a Safe execute a DELEGATECALL into another contract: that code runs as the Safe and can replace its owners or implementation",
  },
  {
    id: "chains.tool_reveal_key",
    lit: [
      "private_key",
      "privatekey",
      "seed",
      "mnemonic",
      "recovery_phrase",
      "keystore",
      "secret_key",
      "secretkey",
    ],
    re:
      /(?:^|\n)[\w.-]{0,30}(?:export|reveal|show|get|dump|backup|print|display|read)_?(?:wallet_?)?(?:private_?key|secret_?key|seed(?:_?phrase)?|mnemonic|recovery_?phrase|keystore|signing_?key)s?[\w.-]{0,30}\n/i,
    why:
      "asks a wallet tool to reveal a private key or seed phrase: it lands in the chat and the logs, where others can read it",
  },
];
