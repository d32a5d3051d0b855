/**
 * Wallet asset control, control moved: contract ownership (OpenZeppelin Ownable
 * `transferOwnership`, AccessControl `grantRole(DEFAULT_ADMIN_ROLE, …)`), proxy upgrades and
 * admin changes (UUPS `upgradeTo` / `upgradeToAndCall`, Transparent proxy `changeAdmin`,
 * ProxyAdmin `upgrade` / `changeProxyAdmin`), Safe owners, modules and a threshold of one
 * (`addOwnerWithThreshold`, `removeOwner`, `changeThreshold(1)`, `swapOwner`, `enableModule`),
 * EIP-7702 authorisations delegating an account to a contract, Solana mint / freeze / owner /
 * upgrade authorities, ENS names and records, and smart-wallet guardians and recovery addresses.
 * From the OpenZeppelin Contracts docs, Safe contracts reference, EIP-7702, Foundry `cast` book,
 * SPL Token and Solana CLI docs, ENS docs and 4byte selectors (`0xf2fde38b`, `0x3659cfe6`,
 * `0x4f1ef286`, `0x8f283970`, `0x0d582f13`, `0x694e80c3`, `0xf8dc5dd9`, `0xe318b52b`,
 * `0x610b5925`, `0x2f2ff15d`, `0x5b0fc9c3`, `0x06ab5923`).
 *
 * Thresholds raised, authorities disabled (`--disable`, `--final`, `null`) and a 7702
 * authorisation to the zero address (a revocation) pass; in a named authorisation tool's call the
 * signing account (`account`, `from`, `signer` …) is not the delegate, so only another key's
 * non-zero address counts.
 */
import { fnIs, kv, r, type WalletRule } from "./_wallet_core.ts";

const W = r`[0-9a-fA-F]{64}`;
/** An ABI address word that is not the zero address. */
const W_ADDR = r`0{24}(?!0{40})[0-9a-fA-F]{40}`;
/** An ABI word holding 1. */
const W_ONE = r`0{63}1(?![0-9a-fA-F])`;

/** Ownership / admin / upgrade functions. */
const OWNER_FNS =
  r`transferOwnership|upgradeTo|upgradeToAndCall|upgradeAndCall|changeAdmin|changeProxyAdmin|transferAdmin|beginDefaultAdminTransfer|setPendingOwner|transfer_ownership|upgrade_to|change_admin`;

export const WALLET_CONTROL_RULES: readonly WalletRule[] = [
  {
    id: "control.calldata",
    lit: [
      "f2fde38b",
      "3659cfe6",
      "4f1ef286",
      "8f283970",
      "99a88ec4",
      "9623609d",
      "7eff275e",
      "e318b52b",
      "610b5925",
      "0d582f13",
      "694e80c3",
      "f8dc5dd9",
      "2f2ff15d",
      "5b0fc9c3",
      "06ab5923",
    ],
    re: new RegExp(
      r`(?:f2fde38b|3659cfe6|4f1ef286|8f283970|610b5925)${W_ADDR}|(?:99a88ec4|9623609d|7eff275e|e318b52b)${W}${W_ADDR}|0d582f13${W}${W_ONE}|694e80c3${W_ONE}|f8dc5dd9${W}${W}${W_ONE}|2f2ff15d0{64}${W_ADDR}|5b0fc9c3${W}${W_ADDR}|06ab5923${W}${W}${W_ADDR}`,
      "i",
    ),
    why:
      "its calldata hands control over: transferOwnership, a proxy upgrade or admin change, a Safe owner swap, module or a threshold of one, the default admin role, or an ENS name's owner",
  },
  {
    id: "control.ownership_call",
    lit: [
      "transferownership",
      "upgradeto",
      "upgradeandcall",
      "changeadmin",
      "changeproxyadmin",
      "transferadmin",
      "begindefaultadmintransfer",
      "setpendingowner",
      "transfer_ownership",
      "upgrade_to",
      "change_admin",
    ],
    re: new RegExp(
      r`(?<!super|this|\b_)\.(?:${OWNER_FNS})\s{0,2}\(\s{0,3}(?!\))|["'](?:transferOwnership|upgradeTo|upgradeToAndCall|changeAdmin|changeProxyAdmin|transferAdmin|upgradeAndCall)\((?:address|bytes)[\w,\s]{0,60}\)["']\s{1,3}\S|${
        fnIs(OWNER_FNS)
      }|(?:^|\n)[\w.-]{0,30}(?:transfer_?ownership|change_?(?:proxy_?)?admin|upgrade_?(?:proxy|to|contract|implementation)|set_?owner)[\w.-]{0,30}\n`,
      "i",
    ),
    not:
      /(?:^|\n)\s{0,8}(?:function|def|fn|event)\s{1,3}(?:transferOwnership|upgradeTo)\b[^\n]{0,200}\{?\s{0,3}$|^\s{0,3}(?:interface|abstract\s{1,3}contract|contract|library)\s{1,3}\w{1,60}[^\n]{0,200}\{/m,
    own: new RegExp(
      r`(?<!super|this|\b_)\.(?:transferOwnership|changeAdmin|transferAdmin|setPendingOwner)\s{0,2}\(\s{0,3}["']?([\w.$]{1,100})|["']transferOwnership\(address\)["']\s{1,3}["']?([\w.$]{1,100})`,
      "g",
    ),
    why:
      "hands a contract's ownership, proxy admin or implementation to another address: whoever holds it controls the contract and the assets it holds",
  },
  {
    id: "control.admin_role",
    lit: ["grantrole", "grant_role"],
    re:
      /\b(?:grantRole|grant_role)\b\s{0,2}(?:\(\s{0,3}|["']?[\s:=,]{0,5}["']?)(?:await\s{1,3})?[\w.]{0,40}(?:DEFAULT_ADMIN_ROLE|MINTER_ROLE|UPGRADER_ROLE|ADMIN_ROLE|OWNER_ROLE|0x0{64})\b|["']grantRole\(bytes32,\s{0,2}address\)["']\s{1,3}["']?(?:0x0{64}|\$\(\s{0,2}cast\s{1,3}keccak\s{1,3}["']?(?:MINTER|UPGRADER|ADMIN)_ROLE)/i,
    why:
      "grants an admin, minter or upgrader role of a contract: the grantee can mint, upgrade or take the contract's assets",
  },
  {
    id: "control.safe_threshold_one",
    lit: ["threshold", "addownerwiththreshold", "removeowner", "add_owner", "remove_owner"],
    re: new RegExp(
      r`\bchangeThreshold\s{0,2}\(\s{0,3}1n?\s{0,3}\)|\baddOwnerWithThreshold\s{0,2}\(${"\\s{0,3}"}[^,()\n]{1,120},\s{0,3}1n?\s{0,3}\)|\bremoveOwner\s{0,2}\([^()\n]{1,260},\s{0,3}1n?\s{0,3}\)|\bcreate(?:AddOwner|RemoveOwner|ChangeThreshold|SwapOwner)Tx\s{0,2}\(\s{0,3}(?:1n?\s{0,3}\)|\{[^}]{0,300}?threshold\s{0,3}:\s{0,3}1n?\b)|["'](?:changeThreshold\(uint256\)|addOwnerWithThreshold\(address,\s{0,2}uint256\)\s{0,3}["']\s{1,3}\S{1,100}|removeOwner\(address,\s{0,2}address,\s{0,2}uint256\)\s{0,3}["']\s{1,3}\S{1,100}\s{1,3}\S{1,100})["']?\s{1,3}1\b|(?:^|\n)[\w.-]{0,30}(?:change_?threshold|add_?owner|remove_?owner|update_?threshold|set_?threshold)[\w.-]{0,30}\n[\s\S]{0,600}?${
        kv("threshold|new_?threshold|_threshold", "1")
      }`,
      "i",
    ),
    why:
      "sets a multisig's threshold to one signer: any single owner (a newly added one too) can move everything the Safe holds",
  },
  {
    id: "control.safe_module_or_swap",
    lit: [
      "enablemodule",
      "swapowner",
      "enable_module",
      "swap_owner",
      "createenablemoduletx",
      "createswapownertx",
    ],
    re:
      /(?<!function\s{1,3})(?:\.|["']|\b)(?:enableModule|swapOwner|createEnableModuleTx|createSwapOwnerTx)\s{0,2}\(\s{0,3}(?!\))|["'](?:enableModule\(address\)|swapOwner\(address,\s{0,2}address,\s{0,2}address\))["']\s{1,3}\S|(?:^|\n)[\w.-]{0,30}(?:enable_module|swap_owner)[\w.-]{0,30}\n/i,
    not: /(?:^|\n)\s{0,8}function\s{1,3}(?:enableModule|swapOwner)\b/,
    why:
      "enables a Safe module or swaps a Safe owner: a module can move the Safe's assets without any owner's signature",
  },
  {
    id: "control.eip7702_delegation",
    lit: [
      "sign-auth",
      "--auth",
      "signauthorization",
      "prepareauthorization",
      "authorizationlist",
      "authorization_list",
      "sign_authorization",
      "7702",
    ],
    re: new RegExp(
      r`\bcast\s{1,3}wallet\s{1,3}sign-auth\s{1,3}(?:--[\w-]{1,30}\s{1,3}\S{1,100}\s{1,3}){0,4}(?!0x0{40}\b)\S|\bcast\s{1,3}send\b[^\n]{0,400}?--auth\s{1,3}(?!0x0{40}\b)\S|\b(?:sign|prepare)Authorization\s{0,2}\(\s{0,3}\{[^}]{0,300}?\b(?:contractAddress|address)\s{0,3}:\s{0,3}(?!zeroAddress\b|["']0x0{40}["'])\S|\bauthorization_?list\\{0,2}["']?[\s:=]{0,5}[\s\S]{0,300}?${
        kv(
          "address|contract_?address|contractAddress|delegate|implementation",
          "0x(?!0{40})[0-9a-fA-F]{40}",
        )
      }|(?:^|\n)[\w.-]{0,30}(?:sign_?authorization|eip_?7702|7702_?(?:auth|delegat)\w{0,10}|set_?code_?(?:auth|delegat)\w{0,10})[\w.-]{0,30}\n[\s\S]{0,600}?(?:^|\n)(?!(?:account|from|signer|sender|owner|wallet|eoa|authority|chain_?id|nonce)\n)[\w.-]{1,40}\n0x(?!0{40})[0-9a-fA-F]{40}`,
      "i",
    ),
    why:
      "signs an EIP-7702 authorisation delegating your account to a contract: its code then runs as your account and can move everything it holds",
  },
  {
    id: "control.solana_authority",
    lit: [
      "spl-token",
      "set-upgrade-authority",
      "stake-authorize",
      "vote-authorize",
      "setauthority",
      "createsetauthorityinstruction",
      "set_authority",
      "newupdateauthority",
      "new_update_authority",
    ],
    re:
      /\bspl-token\s{1,3}authorize\s{1,3}(?:--[\w-]{1,30}\s{1,3}\S{1,100}\s{1,3}){0,4}\S{32,44}\s{1,3}(?:mint|freeze|owner|close|account-owner|close-account)\s{1,3}(?!--disable)[1-9A-HJ-NP-Za-km-z]{32,44}\b|\bsolana\s{1,3}program\s{1,3}set-upgrade-authority\b[^\n]{0,300}?--new-upgrade-authority\s{1,3}\S|\bsolana\s{1,3}(?:stake-authorize|vote-authorize-withdrawer)\b[^\n]{0,300}?\s[1-9A-HJ-NP-Za-km-z]{32,44}\b|\b(?:createSetAuthorityInstruction|setAuthority|set_authority)\s{0,2}\([^)]{0,400}?AuthorityType\.(?:MintTokens|FreezeAccount|AccountOwner|CloseAccount)\s{0,3},\s{0,3}(?!null\b|undefined\b|None\b)[\w$"'[]|\bnew_?update_?authority\s{0,3}[:=]\s{0,3}(?!null\b|undefined\b|None\b)[\w$"'[]/i,
    why:
      "hands a Solana mint, freeze, account-owner or program-upgrade authority to another key: it can mint, freeze, take or replace the asset",
  },
  {
    id: "control.ens_handover",
    lit: ["setowner", "setsubnodeowner", "setcontroller", "reclaim", "setaddr", "ens_", "_ens"],
    re: new RegExp(
      r`(?:\.|["'])(?:setOwner|setSubnodeOwner|setController|reclaim|setAddr)\s{0,2}\(|["'](?:setOwner\(bytes32,\s{0,2}address\)|setSubnodeOwner\(bytes32,\s{0,2}bytes32,\s{0,2}address\))["']|(?:^|\n)[\w.-]{0,30}(?:ens_?(?:set_?owner|transfer|set_?controller|set_?addr)|(?:transfer|set_?owner)_?ens)[\w.-]{0,30}\n`,
      "i",
    ),
    also: /namehash|labelhash|\bENS(?:Registry)?\b|NameWrapper|BaseRegistrar|[\w-]\.eth\b/i,
    not: /(?:^|\n)\s{0,8}function\s{1,3}(?:setOwner|setSubnodeOwner|setAddr)\b/,
    why:
      "hands an ENS name, its controller or its address record to another account: payments and logins to the name go to them",
  },
  {
    id: "control.guardian_recovery",
    lit: ["guardian", "recovery"],
    re:
      /(?<!function\s{1,3})(?:\.|["']|\b)(?:addGuardian|setGuardian|changeGuardian|proposeGuardian|setGuardians|setRecoveryAddress|changeRecoveryAddress|setRecovery|initiateRecovery|executeRecovery|addRecoveryMethod|setSocialRecovery)\s{0,2}\(\s{0,3}(?!\))|(?:^|\n)[\w.-]{0,30}(?:(?:add|set|change|update|replace|propose)_?(?:guardian|recovery_?(?:address|key|wallet|signer)|social_?recovery))[\w.-]{0,30}\n[\s\S]{0,600}?(?:0x[0-9a-fA-F]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})/i,
    why:
      "adds a guardian or changes a smart wallet's recovery address: whoever holds it can recover (take over) the wallet",
  },
];
