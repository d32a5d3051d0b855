/**
 * Crypto-wallet asset-control abuse: a tool call to a wallet, blockchain, exchange or signing MCP
 * server (`send_transaction` `{to, value, data}`, `approve_token`, `sign_typed_data`,
 * `create_api_key`), or code and CLIs a code tool runs (ethers, viem, web3.py, @solana/web3.js,
 * `cast`, `solana`, `spl-token`, `bitcoin-cli`, exchange REST APIs), whose effect hands control of
 * the user's assets to someone else or destroys it. By area: unlimited allowances, operator
 * approvals, permits and blind signatures (`_wallet_allow.ts`); ownership, proxy admin, multisig
 * owners and threshold, EIP-7702 delegation, Solana authorities, ENS names and recovery guardians
 * handed over (`_wallet_control.ts`); whole balances swept out, swaps with no minimum out, exchange
 * keys with withdrawal rights, withdrawal allow-lists off, bridges to another's address
 * (`_wallet_value.ts`); seed phrases, private keys and keystores placed where others read them
 * (`_wallet_keys.ts`); session keys, Cosmos authz, TRON permissions, NEAR keys, Sui sweeps,
 * Seaport free listings, Safe delegatecalls and key-reveal tools (`_wallet_chains.ts`).
 *
 * Calldata is decoded by its 4-byte selector and its ABI words judged (an amount ≥ 2^128, `true`,
 * a threshold of 1). The rules read each argument and the whole-call view (`walk.ts` `callText`,
 * the tool's name in front), so `approve_token {token, spender, amount: "max"}` is judged whole.
 *
 * Cost: one {@link literalRuleGate} over every rule's literals; a rule's regexes run only when one
 * of its own literals is present. Bounded patterns, no nested quantifiers.
 */
import { inSentence, quotedInProse } from "./_kb_mention.ts";
import { kbKeys, kbRuleHolds } from "./_kb_rule.ts";
import { literalRuleGate } from "./_literal_gate.ts";
import { DESCRIBES, inFencedDoc, SEARCH_KEY } from "./_ctlplane.ts";
import { recipientsOwn, type WalletRule } from "./_wallet_core.ts";
import { WALLET_ALLOW_RULES } from "./_wallet_allow.ts";
import { WALLET_CONTROL_RULES } from "./_wallet_control.ts";
import { WALLET_VALUE_RULES } from "./_wallet_value.ts";
import { WALLET_CHAIN_RULES } from "./_wallet_chains.ts";
import { bareMnemonic, WALLET_KEY_RULES } from "./_wallet_keys.ts";
import { findingFactory, type RoundMechanism } from "./_round_code.ts";

/** The one finding kind of this knowledge base. */
export const WALLET_KIND = "asset_control_transfer";

/** Every wallet rule, area by area. */
export const WALLET_RULES: readonly WalletRule[] = [
  ...WALLET_ALLOW_RULES,
  ...WALLET_CONTROL_RULES,
  ...WALLET_VALUE_RULES,
  ...WALLET_CHAIN_RULES,
  ...WALLET_KEY_RULES,
];

/** A finder for the first of `rules` that holds on `view` (one shared gate). */
function finder(rules: readonly WalletRule[]): (view: string) => WalletRule | undefined {
  const candidates = literalRuleGate(rules.map(kbKeys));
  return (view) => {
    if (view.length < 8 || view.length > 65536) return undefined;
    for (const i of candidates(view)) {
      const rule = rules[i];
      if (
        kbRuleHolds(rule, view) &&
        (rule.own === undefined || !recipientsOwn(view, rule.own, rule.ownIfNone))
      ) {
        return rule;
      }
    }
    return undefined;
  };
}

/** The first key-exposure technique `view` performs, or undefined. */
const keyRule = finder(WALLET_KEY_RULES);

/** Argument names that hold a search, never a value sent. */
const QUERY_KEY = /^(?:q|query_text|search|regex|pattern|term|keyword|keywords|grep)$/;

/**
 * Keys exposed in one argument: a bare seed phrase as the whole value (not for a wallet import
 * tool), or (unless `bareOnly`) a labelled seed phrase, private key or keystore.
 */
function keysExposed(
  text: string,
  field: Parameters<RoundMechanism>[1],
  where: string,
  bareOnly = false,
): ReturnType<RoundMechanism> {
  if (field.tool && WALLET_IMPORT.test(field.tool)) return undefined;
  if (bareMnemonic(text)) {
    return findingFactory(where)(
      WALLET_KIND,
      "Asset-control transfer: places what reads as a wallet seed phrase where others can read it; anyone who sees it controls the wallet (keys.bare_seed_phrase)",
    );
  }
  if (bareOnly) return undefined;
  const found = keyRule(text);
  if (!found || quotedInProse(text, keyRule)) return undefined;
  return findingFactory(where)(WALLET_KIND, `Asset-control transfer: ${found.why} (${found.id})`);
}

/** The first wallet technique `view` performs, or undefined. */
export const walletRule: (view: string) => WalletRule | undefined = finder(WALLET_RULES);

/** The whole-call view's path suffix (`walk.ts` CALL_VIEW). */
const CALL_VIEW = "<call>";

/** A signing tool, and the argument holding what it signs (dropped from the call view as prose). */
const SIGN_TOOL =
  /(?:^|[_.-])(?:eth_sign|personal_sign|sign_?message|sign_?hash|blind_?sign|sign)(?:$|[_.-])/i;
const SIGNED_KEY = /^(?:message|msg|data|hash|digest|payload)$/;
const RAW_HASH = /^\s{0,2}0x[0-9a-fA-F]{64}\s{0,2}$/;
const TYPED_OR_TX = /typed|transaction|_tx\b|712/i;
/** A wallet tool that takes a seed phrase by design (import, restore). */
const WALLET_IMPORT = /(?:import|restore|recover|load)_?(?:wallet|account|mnemonic|seed|key)/i;

/**
 * The wallet check: tool-call arguments only (input stage), on each argument and on the
 * whole-call view (prefixed with the tool's name); cleared when the construct is only quoted in
 * prose, sits in a sentence or in a fenced example of documentation, or is searched for.
 */
export const walletMechanism: RoundMechanism = (text, field, where) => {
  if (field.stage !== "input" || text.length < 8 || text.length > 100000) return undefined;
  // A signing tool's message is its payload, not prose: a bare 32-byte hash is a blind signature.
  if (
    field.tool && field.key !== undefined && SIGNED_KEY.test(field.key) &&
    SIGN_TOOL.test(field.tool) && !TYPED_OR_TX.test(field.tool) && RAW_HASH.test(text)
  ) {
    return findingFactory(where)(
      WALLET_KIND,
      "Asset-control transfer: blind-signs a raw 32-byte hash, which can be a transaction or a permit handing over your assets (allow.blind_sign_hash)",
    );
  }
  const whole = field.path.endsWith(CALL_VIEW);
  if (field.key !== undefined && SEARCH_KEY.test(field.key)) {
    // Prose arguments (a message, a comment, notes) are where keys get pasted: only the key rules.
    if (QUERY_KEY.test(field.key)) return undefined;
    return keysExposed(text, field, where);
  }
  const bare = keysExposed(text, field, where, true);
  if (bare) return bare;
  const view = whole && field.tool ? `${field.tool}\n${text}` : text;
  const found = walletRule(view);
  if (!found) return undefined;
  if (DESCRIBES.test(view)) return undefined;
  if (quotedInProse(view, walletRule) || inSentence(view, found.re, 8)) return undefined;
  if (inFencedDoc(view, found.re)) return undefined;
  return findingFactory(where)(WALLET_KIND, `Asset-control transfer: ${found.why} (${found.id})`);
};

/** The gate's keys (for the cost check in `scripts/dev`). */
export const WALLET_GATE_KEYS: readonly string[] = [...new Set(WALLET_RULES.flatMap(kbKeys))];
