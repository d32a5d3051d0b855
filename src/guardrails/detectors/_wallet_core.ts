/**
 * Shared pieces of the crypto-wallet asset-control rules (`_wallet_*.ts`): the rule shape (the
 * tradecraft one, ./_tradecraft_core.ts, plus a "recipient is the user's own" check), the amount,
 * address and key-value fragments that read the same in calldata, a `key\nvalue` whole-call view,
 * JSON (escaped or not), a CLI (`cast`, `solana`, `spl-token`, `bitcoin-cli`) and library code
 * (ethers, viem, web3.py, @solana/web3.js).
 *
 * Amounts: an allowance is "unlimited" at 2^256-1 (`MaxUint256`, `type(uint256).max`, 64 `f`s,
 * the 78-digit decimal), at Permit2's 2^160-1, or at anything ≥ 2^128 (39 decimal digits or more,
 * an ABI word whose upper 16 bytes are not zero): no single swap needs that.
 */
import { r, type TradecraftRule } from "./_tradecraft_core.ts";

export { r } from "./_tradecraft_core.ts";

/** One wallet technique. */
export interface WalletRule extends TradecraftRule {
  /**
   * Global pattern whose first defined group is the recipient (an address or a variable): the rule clears when
   * every recipient found is the user's own (named twice in the call, or derived from a local key).
   */
  own?: RegExp;
  /** With {@link own}: a call that names no recipient at all is the user's own too. */
  ownIfNone?: boolean;
}

/** An unlimited or ≥ 2^128 amount as code or a CLI writes it. */
export const HUGE_NUM =
  r`(?:(?:ethers\.)?(?:constants\.)?Max(?:Uint|Int)(?:256|160)\b|MAX_U?INT(?:_?256|_?160)?\b|(?:INFINITE|UNLIMITED)(?:_?(?:APPROVAL|ALLOWANCE|AMOUNT))?\b|UINT(?:256|160)_MAX\b|MAX_ALLOWANCE\b|U256::MAX\b|U256::max_value\(\)|type\(\s{0,2}uint(?:256|160)\s{0,2}\)\.max\b|\(?2n?\s{0,2}\*\*\s{0,2}(?:12[89]|1[3-9]\d|2[0-5]\d)n?\)?(?:\s{0,2}-\s{0,2}1n?)?|\(?1n?\s{0,2}<<\s{0,2}(?:12[89]|1[3-9]\d|2[0-5]\d)n?\)?(?:\s{0,2}-\s{0,2}1n?)?|\$\(\s{0,2}cast\s{1,3}max-uint\b[^)\n]{0,20}\)|(?<![\w.])0x[fF]{32,64}(?![\w.])|(?<![\w.])0x(?!0{32})[0-9a-fA-F]{64}(?![\w.])|(?<![\w.])[1-9]\d{38,77}(?![\w.])|(?<![\w.])[1-9](?:\.\d{1,30})?e\+?(?:39|[4-7]\d)(?![\w.]))`;

/** An unlimited amount as a tool argument spells it (a word, or {@link HUGE_NUM}). */
export const HUGE_ANY =
  r`(?:${HUGE_NUM}|unlimited|infinite|infinity|max(?:imum)?(?:_?uint(?:256)?)?|uint256_?max|all|-1)`;

/** An address: EVM, bech32, base58 (Solana, Tron, legacy Bitcoin) or an ENS name. */
export const ADDR =
  r`(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{11,71}|[1-9A-HJ-NP-Za-km-z]{25,44}|[\w-]{1,60}\.eth)`;

/** A key (case-insensitive in the caller's flags) followed by its value, across JSON (escaped too), call views, flags and kwargs. */
export const kv = (key: string, value: string): string =>
  r`(?:^|[^\w])-{0,2}(?:${key})\\{0,2}["']?[\s:=]{0,5}\\{0,2}["']?\$?(?:${value})(?![\w-])`;

/** The method or function a generic contract-call tool or a JSON-RPC body names. */
export const fnIs = (names: string): string =>
  r`(?:function(?:_?name|Name|_?signature)?|method(?:_?name)?|fn|abi_?function|entrypoint)\\{0,2}["']?[\s:=]{0,5}\\{0,2}["']?(?:${names})\b`;

/** False, off or disabled in any spelling. */
export const OFF = r`(?:false|0|off|no|disabled?|none|\[\s{0,2}\]|null)`;

/** An address a literal recipient resolves to locally (the user's own key or wallet). */
const DERIVED =
  /^(?:\$\(\s{0,2}(?:solana-keygen\s{1,3}pubkey|solana\s{1,3}address|bitcoin-cli\b[^)]{0,80}getnewaddress|cast\s{1,3}wallet\s{1,3}address|sui\s{1,3}client\s{1,3}active-address|aptos\s{1,3}account\s{1,3}lookup-address)|(?:my|own|self|me|cold|vault|treasury|savings|backup|hardware|ledger|trezor|personal|main|multisig|safe|timelock|governor|governance|dao)(?:[_A-Z.]|$))/i;

const LITERAL_ADDR = new RegExp(`^${ADDR}$`);

/**
 * True when every recipient `own` finds in `view` is the user's own: derived from a local key or
 * named for it, or a literal address named again elsewhere in the same call (a `from`, an owned
 * accounts list). A variable recipient not named for the user is not judged own; a call that shows
 * no recipient at all counts as own only with `none` (a withdrawal back to the depositor).
 */
export function recipientsOwn(view: string, own: RegExp, none = false): boolean {
  own.lastIndex = 0;
  const matches = [...view.matchAll(own)];
  // Where each recipient sits: the same address as the recipient of a second transfer is not
  // "named elsewhere" (a sweep of SOL and then USDC to one outside address).
  const recipientAt = new Set<number>();
  for (const m of matches) {
    const to = m.slice(1).find((g) => g !== undefined);
    if (to !== undefined) recipientAt.add(m.index! + m[0].lastIndexOf(to));
  }
  const lo = view.toLowerCase();
  for (const m of matches) {
    const to = m.slice(1).find((g) => g !== undefined);
    if (to === undefined) return false;
    if (DERIVED.test(to)) continue;
    if (!LITERAL_ADDR.test(to)) return false;
    const t = to.toLowerCase();
    let elsewhere = false;
    for (let at = lo.indexOf(t); at !== -1; at = lo.indexOf(t, at + t.length)) {
      if (!recipientAt.has(at)) {
        elsewhere = true;
        break;
      }
    }
    if (!elsewhere) return false;
  }
  const seen = matches.length;
  // No recipient visible at all (a withdrawal back to the depositor): own only when `none` says so.
  return seen > 0 || none;
}
