/**
 * An EVM account address (`0x` and exactly 40 hex digits, 20 bytes) in a host-named argument
 * (`address`) is an account, not a host. Lenient IPv4 parsers read `0x…` as one number, so a
 * wallet call naming an account whose low 32 bits fall in a private or loopback range, or the
 * zero address that clears a delegation or burns a token, looked like an internal host.
 *
 * Not a host when:
 * - its value does not fit in 32 bits: `inet_aton` and the WHATWG URL parser both refuse a
 *   number above 0xffffffff, so no resolver reads it as an address (only a wrapping parser
 *   would, and an attacker gains nothing over writing the short form);
 * - it is the zero address and the tool or server is a wallet or chain one (`sign_authorization`
 *   on `evm-wallet`, `eth_sendTransaction`): `0x` + 40 zeros written to reach 0.0.0.0 in a
 *   fetch tool's `host` still counts.
 * An address that fits in 32 bits and is not zero (`0x…7f000001`) keeps its finding anywhere.
 */

const EVM_ADDRESS = /^0x[0-9a-f]{40}$/i;
/** Tool or server names of wallets, chains and their RPCs. */
const CHAIN_TOOL =
  /(?:^|[^a-z])(?:evm|eth|ethereum|wallet|web3|chain|solidity|erc20|erc721|eip|onchain|safe|multisig|polygon|arbitrum|optimism|base|bsc|avalanche|token|tx|transaction|authorization|delegat\w*|sign\w*)(?:[^a-z]|$)/i;

/** True when `value` of a host-named argument is an EVM account address, not a host. */
export function evmAccountNotHost(value: string, tool: string, server: string): boolean {
  if (!EVM_ADDRESS.test(value)) return false;
  const n = BigInt(value);
  if (n > 0xffffffffn) return true;
  return n === 0n && CHAIN_TOOL.test(`${tool} ${server}`.replace(/([a-z0-9])([A-Z])/g, "$1_$2"));
}
