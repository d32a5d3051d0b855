/**
 * Wallet asset control, value sent out: whole balances swept to an address that is not the
 * user's own (`solana transfer … ALL`, `spl-token transfer … ALL`, `bitcoin-cli sendall`, a send
 * of `getBalance()` or `balanceOf(me)`, a wallet tool's `amount: "all"`), swaps that accept any
 * price (`amountOutMin: 0`, slippage ≥ 5 % / 500 bps), exchange API keys minted with withdrawal
 * rights, withdrawal address allow-lists switched off, and bridges delivering to someone else's
 * address. From the Uniswap v2/v3 router docs, Jupiter / 1inch / 0x API references, Solana and
 * SPL Token CLI docs, Bitcoin Core RPC reference, and the Binance / Coinbase / Kraken / OKX API-key
 * permission and withdrawal docs.
 *
 * Transfers between the user's own addresses named in the call, ordinary slippage (≤ 3 %), keys
 * with read / trade rights only and read-only queries pass.
 */
import { ADDR, kv, OFF, r, type WalletRule } from "./_wallet_core.ts";

/** A recipient argument (group 1 is the address or expression). */
const TO_KEY =
  r`(?:to|recipient|destination|dest|address|to_?address|toAddress|receiver|payee|beneficiary|destination_?address|recipient_?address|withdraw_?address|target)`;
const own = (re: string): RegExp => new RegExp(re, "gi");

export const WALLET_VALUE_RULES: readonly WalletRule[] = [
  {
    id: "value.cli_sweep_all",
    lit: ["solana", "spl-token", "sendall", "bitcoin-cli"],
    re:
      /\bsolana\s{1,3}transfer\s{1,3}(?:--[\w-]{1,30}(?:[\s=]{1,3}[^\s-]\S{0,100})?\s{1,3}){0,6}\S{20,100}\s{1,3}ALL\b|\bspl-token\s{1,3}transfer\s{1,3}(?:--[\w-]{1,30}(?:[\s=]{1,3}[^\s-]\S{0,100})?\s{1,3}){0,6}\S{32,44}\s{1,3}ALL\s|\bbitcoin-cli\b[^\n]{0,200}?\bsendall\b|\bbitcoin-cli\b[^\n]{0,200}?\bsendtoaddress\s{1,3}\S{20,100}\s{1,3}["']?\$\([^)\n]{0,120}getbalance/,
    own: own(
      r`\bsolana\s{1,3}transfer\s{1,3}(?:--[\w-]{1,30}(?:[\s=]{1,3}[^\s-]\S{0,100})?\s{1,3}){0,6}(\$\([^)\n]{1,100}\)|\S{20,100})\s{1,3}ALL\b|\bspl-token\s{1,3}transfer\s{1,3}(?:--[\w-]{1,30}(?:[\s=]{1,3}[^\s-]\S{0,100})?\s{1,3}){0,6}\S{32,44}\s{1,3}ALL\s{1,3}(\$\([^)\n]{1,100}\)|\S{32,44})|\bsendall\s{1,3}["'\[\s]{0,6}(\S{26,90}?)["'\]]|\bsendtoaddress\s{1,3}(\$\([^)\n]{1,100}\)|[^\s"']{20,100})`,
    ),
    why:
      "sweeps the whole balance of a wallet to another address: nothing is left, and the address is not one of yours named in the call",
  },
  {
    id: "value.code_sweep_all",
    lit: ["getbalance", "get_balance", "balanceof", "balance_of"],
    re:
      /\bvalue\\{0,2}["']?\s{0,3}[:=]\s{0,3}\(?\s{0,2}(?:await\s{1,3})?[\w.]{0,60}\b(?:getBalance|get_balance)\s{0,2}\(|\.transfer\s{0,2}\(\s{0,3}[^,()\n]{1,120},\s{0,3}(?:await\s{1,3})?[\w.]{0,60}\b(?:balanceOf|balance_of)\s{0,2}\(|\.functions\.transfer\s{0,2}\(\s{0,3}[^,()\n]{1,120},\s{0,3}[\w.]{0,60}\b(?:balanceOf|balance_of)\b|\b(?:getBalance|get_balance)\s{0,2}\([\s\S]{0,600}?\bvalue\\{0,2}["']?\s{0,3}[:=]\s{0,3}\(?\s{0,2}(?:bal|balance|total|sweep)\w{0,20}\b|\b(?:balanceOf|balance_of)\s{0,2}\([\s\S]{0,600}?\.transfer\s{0,2}\(\s{0,3}[^,()\n]{1,120},\s{0,3}(?:bal|balance|total|all)\w{0,20}\s{0,3}\)/,
    own: own(
      r`\bto\\{0,2}["']?\s{0,3}[:=]\s{0,3}["']?([\w.$]{1,100})|\.transfer\s{0,2}\(\s{0,3}["']?([^,()\n"']{1,120})`,
    ),
    why:
      "sends a wallet's whole native or token balance (getBalance / balanceOf) to an address that is not one of yours named in the call",
  },
  {
    id: "value.tool_sweep_all",
    lit: ["send", "transfer", "withdraw", "sweep", "drain", "payout"],
    re: new RegExp(
      r`(?:^|\n)[\w.-]{0,30}(?:send|transfer|withdraw|sweep|drain|payout|move_?funds)[\w.-]{0,30}\n`,
      "i",
    ),
    also: new RegExp(
      r`${
        kv(
          "amount|value|qty|quantity|size|amount_?eth|amount_?sol|amount_?btc",
          "all|max|everything|entire(?:_?balance)?|full(?:_?balance)?|100\\s?%|(?:whole|total|full|entire)_?balance|balance",
        )
      }|${
        kv(
          "send_?all|sweep(?:_?all)?|send_?max|use_?(?:max|all|full)(?:_?balance)?|all_?funds|empty_?wallet|drain|entire_?balance|max_?amount",
          "true|yes|1",
        )
      }`,
      "i",
    ),
    own: own(kv(TO_KEY, r`(${ADDR}|\$\([^)\n]{1,100}\))`)),
    ownIfNone: true,
    why: "sends a wallet's whole balance to an address that is not one of yours named in the call",
  },
  {
    id: "value.swap_no_min_out",
    lit: [
      "amountoutmin",
      "minamountout",
      "amount_out_min",
      "min_amount_out",
      "minreturn",
      "min_return",
      "otheramountthreshold",
      "minout",
      "min_out",
      "minimum_received",
      "toamountmin",
      "mintoamount",
      "swapexact",
    ],
    re: new RegExp(
      r`${
        kv(
          "amountOutMin(?:imum)?|minAmountOut|amount_?out_?min(?:imum)?|min_?amount_?out|minReturn(?:Amount)?|min_?return(?:_?amount)?|otherAmountThreshold|other_?amount_?threshold|minOut|min_?out|minimum_?received|toAmountMin|to_?amount_?min|minToAmount|min_?to_?amount|amount_?out_?minimum",
          '0n?|0\\.0{0,18}|"0"',
        )
      }|\bswapExact(?:Tokens|ETH|AVAX)For(?:Tokens|ETH|AVAX)(?:SupportingFeeOnTransferTokens)?\s{0,2}\(\s{0,3}(?:[^,()\n]{1,80},\s{0,3})?0n?\s{0,3},`,
      "i",
    ),
    not:
      /(?:^|\n)[\w.-]{0,30}(?:quote|estimate|simulate|get_?amounts?_?out|price)[\w.-]{0,30}\n|\b(?:getAmountsOut|quoteExact\w{0,20}|callStatic|staticCall|simulateContract|eth_call|eth_estimateGas)\b/i,
    why:
      "swaps with no minimum output (amountOutMin 0): any sandwich bot or pool manipulator can take the whole trade",
  },
  {
    id: "value.swap_high_slippage",
    lit: ["slippage"],
    re: new RegExp(
      r`${
        kv(
          "slippage(?:_?(?:tolerance|percent(?:age)?|pct|pc))?|slippageTolerance|slippagePercent|max_?slippage|maxSlippage|slippage_?limit",
          "(?:[5-9]|[1-9]\\d|100)(?:\\.\\d{1,4})?\\s{0,2}%?",
        )
      }|${
        kv(
          "slippage_?bps|slippageBps|max_?slippage_?bps|slippage_?basis_?points",
          "(?:[5-9]\\d{2}|[1-9]\\d{3})",
        )
      }|${kv("slippagePercentage", "0?\\.[1-9]\\d{0,3}")}`,
      "i",
    ),
    why:
      "swaps with a slippage tolerance of 5 % or more (up to any price): a sandwich bot takes the difference",
  },
  {
    id: "value.exchange_key_withdraw",
    lit: [
      "api_key",
      "apikey",
      "api-key",
      "api_keys",
      "apikeys",
      "subaccountapi",
      "apirestrictions",
      "api_restriction",
    ],
    re:
      /(?:^|\n|\/)[\w.-]{0,30}(?:create|new|add|edit|update|generate|enable|set|modify)[_-]?(?:sub_?account_?)?(?:api_?keys?|apikeys?|api_?restrictions?|key_?permissions?)[\w.-]{0,30}(?:\n|\?|$)|\/(?:sapi\/v\d\/sub-account\/subAccountApi\/\w{0,40}|sapi\/v\d\/account\/apiRestrictions\w{0,40}|api\/v\d\/users\/self\/api_?keys|0\/private\/\w{0,20}Key\w{0,20})/i,
    also:
      /(?:permissions?|scopes?|rights|access|perms)\\{0,2}["']?[\s:=]{0,5}[^\n]{0,40}(?:\n[^\n]{0,40}){0,6}?\bwithdraw(?:als?|_?funds)?\b|\b(?:enableWithdrawals|enable_?withdrawals?|can_?withdraw|withdraw_?enabled|withdrawals?|withdraw)\\{0,2}["']?[\s:=]{0,5}\\{0,2}["']?(?:true|yes|1|on)\b|wallet:(?:transactions:send|withdrawals:create)|Withdraw Funds|\bcan_?transfer\\{0,2}["']?[\s:=]{0,5}\\{0,2}["']?true\b/i,
    not:
      /\b(?:enableWithdrawals|enable_?withdrawals?|can_?withdraw|withdraw_?enabled|withdraw)\\{0,2}["']?[\s:=]{0,5}\\{0,2}["']?(?:false|no|0|off)\b/i,
    why:
      "creates or edits an exchange API key with withdrawal rights: whoever holds the key can move the funds off the exchange",
  },
  {
    id: "value.withdraw_allowlist_off",
    lit: [
      "whitelist",
      "allowlist",
      "white_list",
      "allow_list",
      "address_book",
      "addressbook",
      "address_lock",
      "trusted_address",
    ],
    re: new RegExp(
      r`${
        kv(
          "(?:withdraw(?:al)?_?)?(?:address_?)?(?:white|allow)_?list(?:_?(?:enabled|on|only|mode|lock|status|required))?|address_?book_?(?:lock|only|restriction|enabled)|addressBook(?:Lock|Only)|withdraw(?:al)?_?address_?(?:lock|restriction)s?|trusted_?addresses?_?only|(?:withdraw(?:al)?_?)?(?:white|allow)list(?:Enabled|Only|Mode|Status)?",
          OFF,
        )
      }|(?:^|\n)[\w.-]{0,30}(?:disable|turn_?off|remove|delete)_?(?:withdraw(?:al)?_?)?(?:address_?)?(?:white|allow)_?list[\w.-]{0,30}\n`,
      "i",
    ),
    also:
      /withdraw|payout|binance|kraken|coinbase|okx|bybit|bitfinex|kucoin|gemini|exchange|wallet|crypto|custody|fireblocks/i,
    why: "switches off a withdrawal address allow-list: withdrawals can then go to any address",
  },
  {
    id: "value.bridge_to_other",
    lit: ["bridge", "depositv3", "depositforburn", "transfertokens", "sendfrom"],
    re:
      /(?:^|\n)[\w.-]{0,30}bridge[\w.-]{0,30}\n|\b(?:bridgeETHTo|bridgeERC20To|depositV3|depositForBurn|transferTokens|sendFrom|swapAndBridge|bridge_?to)\s{0,2}\(/i,
    also: new RegExp(
      kv(
        r`(?:recipient|to_?address|toAddress|destination_?address|destinationAddress|receiver|mint_?recipient|mintRecipient|dest_?address|beneficiary)`,
        ADDR,
      ),
      "i",
    ),
    own: own(
      kv(
        r`(?:recipient|to_?address|toAddress|destination_?address|destinationAddress|receiver|mint_?recipient|mintRecipient|dest_?address|beneficiary)`,
        r`(${ADDR})`,
      ),
    ),
    why:
      "bridges funds to a recipient on the other chain that is not one of your addresses named in the call",
  },
  {
    id: "value.payout_address_changed",
    lit: [
      "withdrawal-address",
      "withdrawal_address",
      "execution_address",
      "execution-address",
      "fee-recipient",
      "fee_recipient",
      "payout_address",
      "payout-address",
      "withdraw_address",
      "withdrawaladdress",
      "payoutaddress",
    ],
    re: new RegExp(
      r`\bethdo\s{1,3}validator\s{1,3}credentials\s{1,3}set\b[^\n]{0,300}?--withdrawal-address[\s=]{1,3}\S|\bgenerate-bls-to-execution-change\b[^\n]{0,400}?--execution[_-]address[\s=]{1,3}\S|(?:^|\n)[\w.-]{0,30}(?:set|change|update|edit|replace)_?(?:withdraw(?:al)?|payout|payment|reward|fee_?recipient|beneficiary|settlement)_?(?:address|wallet|destination)[\w.-]{0,30}\n`,
      "i",
    ),
    own: own(
      r`--(?:withdrawal|execution)[_-]address[\s=]{1,3}["']?(${ADDR})|${
        kv(
          r`(?:address|wallet|new_?address|newAddress|destination|payout_?address|withdraw(?:al)?_?address|fee_?recipient|beneficiary)`,
          r`(${ADDR})`,
        )
      }`,
    ),
    why:
      "points a validator's withdrawal credentials, a payout or a withdrawal address at another address: future funds go there (for 0x01 validator credentials, for good)",
  },
];
